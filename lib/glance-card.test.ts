// The glance card (issue 9): one verdict line, at most three bullets per tier, most dangerous
// first, the region's numbers, massage terms verdict-first, red flags leading with their own
// action, and plain English measured for every entry (Flesch–Kincaid grade ≤ 6, ≤ 15 words a
// sentence on average; tests/unit/readability.ts).
import { describe, expect, test } from 'vitest';
import { readability } from '../tests/unit/readability';
import { buildCardData, CARD_VARIANTS } from './card-data';
import { withContextRedFlag } from './card-lead';
import { buildGlanceCard, type GlanceCard, MAX_BULLETS } from './glance-card';
import { entries } from './knowledge/index';

const glance = (id: string, region = 'uk', term?: string, variant?: string) =>
  buildGlanceCard(buildCardData(id, variant)!, region, term);

/** Every line of card text a person reads (the source line is a citation, not prose). */
function cardLines(g: GlanceCard): string[] {
  return [
    g.title,
    g.verdict,
    ...g.tiers.flatMap((t) => [t.heading, ...t.bullets]),
    ...(g.massage ? [g.massage] : []),
    g.moreLabel,
    g.disclaimer,
  ];
}

const all = [
  ...entries.map((e) => ({ name: e.id, card: glance(e.id) })),
  // A claim's card (issue 12) is not a glance card: lib/page/card-view.tsx renders it with Card.
  ...CARD_VARIANTS.filter((v) => v !== 'claim').map((v) => ({
    name: `${v} variant`,
    card: glance(variantConcept(v), 'uk', undefined, v),
  })),
];

function variantConcept(v: string): string {
  return (
    {
      'neutral-bladder': 'rf-bladder-change',
      'neutral-kyphosis': 'vertebral-fracture-deformity',
      'generic-muscle-strain': 'muscle-strain',
      'neck-note': 'sciatica-herniated-disc',
      'uti-watch': 'pyelonephritis',
      'neutral-massage-parlour': 'massage',
      'gallstones-note': 'acute-cholecystitis',
      'upper-back-pain': 'rf-thoracic',
    } as Record<string, string>
  )[v];
}

describe('every card', () => {
  test.each(all)('$name: a verdict, ≤ 3 bullets a tier, most dangerous tier first', ({ card }) => {
    expect(card.verdict.length).toBeGreaterThan(5);
    expect(card.verdict.split(/\s+/).length).toBeLessThanOrEqual(20);
    const order = card.tiers.map((t) => ['emergency', 'urgent-same-day', 'see-gp-soon'].indexOf(t.level));
    expect(order).toEqual([...order].sort());
    for (const t of card.tiers) {
      expect(t.bullets.length).toBeGreaterThan(0);
      expect(t.bullets.length).toBeLessThanOrEqual(MAX_BULLETS);
      for (const b of t.bullets) expect(b.split(/\s+/).length).toBeLessThanOrEqual(14);
    }
    expect(card.disclaimer).toBeTruthy();
    expect(card.source).toMatch(/^Source: .+ · checked \d{4}-\d\d-\d\d$/);
  });

  const grades = all.map(({ name, card }) => ({ name, ...readability(cardLines(card)) }));

  test.each(grades)(
    '$name reads at grade ≤ 6 ($grade), ≤ 15 words a sentence',
    ({ grade, wordsPerSentence }) => {
      expect(grade).toBeLessThanOrEqual(6);
      expect(wordsPerSentence).toBeLessThanOrEqual(15);
    },
  );

  test('the worst five (reported in the README)', () => {
    const worst = [...grades].sort((a, b) => b.grade - a.grade).slice(0, 5);
    console.log(
      `Worst five glance cards by reading grade:\n${worst.map((w) => `  ${w.name}: grade ${w.grade.toFixed(1)}, ${w.wordsPerSentence.toFixed(1)} words a sentence`).join('\n')}`,
    );
    expect(worst[0].grade).toBeLessThanOrEqual(6);
  });
});

describe('content', () => {
  test('sciatica: usually not serious, CES signs to call 999 for, then today and GP tiers', () => {
    const g = glance('sciatica-herniated-disc');
    expect(g.level).toBe('self-care');
    expect(g.tiers.map((t) => t.heading)).toEqual([
      'Call 999 now if',
      'Get help today (NHS 111 or your GP) if',
      'See a GP if',
    ]);
    expect(g.tiers[0].bullets[0]).toMatch(/genitals/);
    expect(g.massage).toMatch(/^Massage: fine if gentle/);
  });

  test('a red flag leads with its own action, not "if you also have"', () => {
    const g = glance('rf-saddle-numbness');
    expect(g.verdict).toMatch(/^Call 999 now/);
    expect(JSON.stringify(g)).not.toMatch(/also have/i);
    expect(glance('rf-fever').verdict).toMatch(/^Get help today/);
  });

  test('massage terms: soreness verdict first, with the page wording, then what is not normal', () => {
    const g = glance('massage', 'uk', 'deep tissue massage');
    expect(g.verdict).toBe(
      'Soreness for a day or two after a deep tissue massage is common. These are not normal:',
    );
    expect(g.tiers[0].heading).toBe('Call 999 now if');
    expect(g.tiers.flatMap((t) => t.bullets).join(' ')).toMatch(/calf|bruise|breath/i);
    expect(glance('massage').verdict).toMatch(/after a massage is common/);
  });

  test.each([
    ['uk', 'Call 999 now if', 'See a GP if'],
    ['us', 'Call 911 now if', 'See your doctor if'],
    ['eu', 'Call 112 now if', 'See your doctor if'],
    ['au', 'Call 000 now if', 'See a GP if'],
  ])('region %s: tier headings carry its numbers', (region, call, gp) => {
    const g = glance('sciatica-herniated-disc', region);
    expect(g.tiers[0].heading).toBe(call);
    expect(g.tiers[1].heading).toMatch(
      { uk: /NHS 111/, us: /urgent care/, eu: /your doctor/, au: /1800 022 222/ }[region]!,
    );
    expect(g.tiers[2].heading).toBe(gp);
    expect(glance('rf-saddle-numbness', region).verdict).toContain(call.replace(' if', ''));
  });

  test('contraindication cards say what to do about massage', () => {
    expect(glance('ci-anticoagulants-bleeding').verdict).toMatch(/fine if gentle/);
    expect(glance('ci-dvt-clot').verdict).toMatch(/not while/);
    expect(glance('ci-open-wound-burn').verdict).toMatch(/not on that area/);
  });
});

describe('a red flag reported around the term on the page leads (issue 8)', () => {
  test.each([
    ['uk', '999'],
    ['au', '000'],
  ])('%s: the emergency flag is the verdict, with the region number', (region, number) => {
    const led = withContextRedFlag(buildCardData('nonspecific-low-back-pain'), 'rf-saddle-numbness');
    const g = buildGlanceCard(led!, region);
    expect(g.level).toBe('emergency');
    expect(g.verdict).toMatch(new RegExp(`can be an emergency: call ${number} now`));
    expect(g.verdict).not.toMatch(/usually|at home/i);
  });

  test('without a reported flag the same card keeps its own verdict', () => {
    const g = buildGlanceCard(buildCardData('nonspecific-low-back-pain')!, 'uk');
    expect(g.verdict).not.toMatch(/emergency/);
  });
});
