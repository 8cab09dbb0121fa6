import { describe, expect, test } from 'vitest';
import {
  ACT_NOW_LINE,
  buildCardData,
  CARD_VARIANTS,
  type CardData,
  firstSentences,
  LEVEL_LABELS,
  massageAdvice,
  topLevel,
} from './card-data';
import { entries, notices, urgencyRank } from './knowledge/index';

const cards = entries.map((e) => [e.id, buildCardData(e.id) as CardData] as const);

describe('every entry builds a card (FACTS.md §0.1–§0.3)', () => {
  test.each(cards)('%s: disclaimer, sources, reviewed date, serialisable', (id, card) => {
    expect(card.id).toBe(id);
    expect(card.title.length).toBeGreaterThan(0);
    expect(card.disclaimer).toBe(notices.disclaimer);
    expect(card.sources.length).toBeGreaterThan(0);
    for (const s of card.sources) expect(s.org.length).toBeGreaterThan(0);
    expect(card.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Crosses the extension's message boundary: must survive a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(structuredClone(card)).toEqual(card);
  });

  test.each(cards)('%s: the red box holds only urgent escalations, most urgent first', (_id, card) => {
    for (const e of card.urgentEscalations) {
      expect(urgencyRank(e.level)).toBeGreaterThanOrEqual(urgencyRank('urgent-same-day'));
    }
    for (const e of card.otherEscalations)
      expect(urgencyRank(e.level)).toBeLessThan(urgencyRank('urgent-same-day'));
    const ranks = card.urgentEscalations.map((e) => urgencyRank(e.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  test.each(cards)('%s: the heading is the base level, never an escalation', (id, card) => {
    const entry = entries.find((e) => e.id === id)!;
    const base = 'urgency' in entry ? entry.urgency?.base : undefined;
    expect(card.urgency?.level).toBe(base);
    if (card.urgency) expect(card.urgency.label).toBe(LEVEL_LABELS[card.urgency.level]);
  });
});

describe('red flags lead, conditions never open red (§0.1 "How to show it")', () => {
  const redFlags = cards.filter(([, c]) => c.kind === 'red-flag');
  const others = cards.filter(([, c]) => c.kind !== 'red-flag');

  test.each(redFlags)('%s leads with its box only when urgent or emergency', (_id, card) => {
    const urgent = !!card.urgency && urgencyRank(card.urgency.level) >= urgencyRank('urgent-same-day');
    expect(card.leadWithWarning).toBe(urgent);
  });

  test.each(others)('%s does not lead with a warning box', (_id, card) => {
    expect(card.leadWithWarning).toBe(false);
  });

  test('an emergency red flag leads with an emergency level', () => {
    const card = buildCardData('rf-saddle-numbness')!;
    expect(card.leadWithWarning).toBe(true);
    expect(card.urgency?.level).toBe('emergency');
    expect(card.why).toBeTruthy();
  });

  test('context-only red flags have no level and no red box', () => {
    const card = buildCardData('rf-age')!;
    expect(card.urgency).toBeUndefined();
    expect(card.leadWithWarning).toBe(false);
  });

  test('everyday back pain: self-care heading, emergency escalations in the box', () => {
    const card = buildCardData('nonspecific-low-back-pain')!;
    expect(card.urgency?.level).toBe('self-care');
    expect(card.urgentEscalations[0].level).toBe('emergency');
    expect(topLevel(card)).toBe('emergency');
    // The CES escalation covers the saddle/bladder/bowel flags: they are not repeated.
    expect(card.redFlags.map((r) => r.id)).not.toContain('rf-saddle-numbness');
  });

  test('act_now is carried onto the heading and escalations', () => {
    const withActNow = cards.flatMap(([, c]) => [
      ...(c.urgency?.actNow ? [c.urgency.level] : []),
      ...c.urgentEscalations.filter((e) => e.actNow).map((e) => e.level),
    ]);
    expect(withActNow.length).toBeGreaterThan(0);
    // §0.1: act_now is allowed only on urgent-same-day.
    for (const l of withActNow) expect(l).toBe('urgent-same-day');
    expect(ACT_NOW_LINE).toMatch(/now/);
  });
});

describe('massage status (FACTS.md §0.2)', () => {
  test.each([
    ['absolute', 'avoid'],
    ['relative', 'adapt'],
    ['local', 'avoid-area'],
    ['none', 'no-known-issue'],
  ] as const)('%s → %s', (status, advice) => {
    expect(massageAdvice(status)).toBe(advice);
  });

  test.each(cards.filter(([, c]) => c.massage))(
    '%s: massage block has a label and the after-massage line',
    (_id, card) => {
      expect(card.massage!.label.length).toBeGreaterThan(0);
      expect(card.afterMassage?.text).toMatch(/common/);
    },
  );

  test.each(cards.filter(([, c]) => c.contraindications.length > 0 || c.kind === 'contraindication'))(
    '%s: contraindications carry the §0.2 caveat',
    (_id, card) => {
      expect(card.contraindicationCaveat).toBe(notices.contraindicationCaveat);
    },
  );

  test('the massage card shows the caveat and no urgency', () => {
    const card = buildCardData('massage')!;
    expect(card.contraindicationCaveat).toBe(notices.contraindicationCaveat);
    expect(card.urgency).toBeUndefined();
    expect(card.redFlags).toEqual([]);
  });
});

describe('myths (FACTS.md §5)', () => {
  test('the correction is always there; harmful claims are never quoted', () => {
    for (const [, card] of cards.filter(([, c]) => c.kind === 'myth')) {
      expect(card.myth!.correction.length).toBeGreaterThan(0);
      if (card.myth!.verdict.includes('harmful')) expect(card.myth!.claim).toBeUndefined();
      else expect(card.myth!.claim).toBeTruthy();
    }
  });
});

describe('neutral variants (FACTS.md §6.1)', () => {
  test.each([
    ['cauda-equina-syndrome', 'neutral-bladder', 'see-gp-soon'],
    ['vertebral-fracture-deformity', 'neutral-kyphosis', 'see-gp-soon'],
    ['sciatica-herniated-disc', 'neck-note', 'self-care'],
  ])('%s as %s opens with a calm heading (%s)', (id, variant, heading) => {
    const card = buildCardData(id, variant)!;
    expect(card.variant).toBe(variant);
    expect(card.urgency?.level).toBe(heading);
    expect(card.leadWithWarning).toBe(false);
    expect(card.title).not.toBe(buildCardData(id)!.title);
  });

  test('the bladder note keeps the CES combination as an emergency escalation', () => {
    const card = buildCardData('cauda-equina-syndrome', 'neutral-bladder')!;
    expect(card.urgentEscalations).toHaveLength(1);
    expect(card.urgentEscalations[0]).toMatchObject({ level: 'emergency', goTo: 'cauda-equina-syndrome' });
    expect(card.redFlags).toEqual([]);
  });

  test.each(CARD_VARIANTS.map((v) => [v]))('%s keeps the disclaimer and sources', (variant) => {
    const id = {
      'neutral-bladder': 'cauda-equina-syndrome',
      'neutral-kyphosis': 'vertebral-fracture-deformity',
      'generic-muscle-strain': 'muscle-strain',
      'uti-watch': 'pyelonephritis',
      'neck-note': 'sciatica-herniated-disc',
      'neutral-massage-parlour': 'massage',
      'gallstones-note': 'acute-cholecystitis',
      'upper-back-pain': 'rf-thoracic',
      claim: 'myth-m8',
    }[variant];
    const card = buildCardData(id, variant);
    if (!card) return; // the entry may not be written yet; the base test covers real ids
    expect(card.disclaimer).toBe(notices.disclaimer);
    expect(card.sources.length).toBeGreaterThan(0);
  });

  describe('the claim card (issue 12)', () => {
    const ids = Array.from({ length: 13 }, (_, i) => `myth-m${i + 1}`);
    test.each(ids)('%s: "This claim is not supported", a short correction, sources and date', (id) => {
      const full = buildCardData(id)!;
      const card = buildCardData(id, 'claim')!;
      expect(card.title).toBe('This claim is not supported');
      expect(card.entryTitle).toBe(full.title);
      expect(card.id).toBe(id);
      const correction = card.myth!.correction;
      expect(full.myth!.correction.startsWith(correction)).toBe(true);
      expect(correction.match(/[.!?](\s|$)/g)!.length).toBeLessThanOrEqual(2);
      expect(card.myth!.claim).toBeUndefined();
      expect(card.sources.length).toBeGreaterThan(0);
      expect(card.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    test("a claim variant on a non-myth entry is that entry's own card", () => {
      expect(buildCardData('massage', 'claim')!.title).toBe(buildCardData('massage')!.title);
    });

    test.each([
      ['One. Two. Three.', 'One. Two.'],
      ['No stop at the end', 'No stop at the end'],
      ['A 2.5 cm lump. Next one. Last.', 'A 2.5 cm lump. Next one.'],
    ])('firstSentences(%s)', (text, two) => {
      expect(firstSentences(text, 2)).toBe(two);
    });
  });

  test('upper-back-pain leads with the upper-back-pain card', () => {
    const card = buildCardData('rf-thoracic', 'upper-back-pain')!;
    expect(card.id).toBe('upper-back-pain');
    expect(card.variant).toBe('upper-back-pain');
    expect(card.leadWithWarning).toBe(false);
  });

  test('the gallstones note keeps the emergency signs first, then the cholecystitis card (issue 13 #6)', () => {
    const card = buildCardData('acute-cholecystitis', 'gallstones-note')!;
    expect(card.urgentEscalations[0].level).toBe('emergency');
    expect(card.urgency).toMatchObject({ level: 'urgent-same-day', actNow: true });
    expect(card.leadWithWarning).toBe(false);
  });

  test('an unknown variant gives the entry card unchanged', () => {
    expect(buildCardData('nonspecific-low-back-pain', 'no-such-variant')).toEqual(
      buildCardData('nonspecific-low-back-pain'),
    );
  });

  test('an unknown id gives nothing', () => {
    expect(buildCardData('no-such-concept')).toBeUndefined();
  });
});
