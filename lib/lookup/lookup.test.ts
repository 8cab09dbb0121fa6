// Behaviour of the symptom lookup: contract shape, edge cases, FACTS.md §6.1 "Required tests
// (lookup)", negation and lost function (§6.1 N), safety-first order and query intent (§7).
import { describe, expect, it, test, vi } from 'vitest';
import { URGENCY_LEVELS, type Urgency } from '../knowledge/index.ts';
import { REAL_WORD_NEIGHBOURS } from '../knowledge/lay.ts';
import { extractFeatures } from './features.ts';
import { type LookupResult, lookupSymptoms, lookupWithChecks } from './index.ts';

const ids = (r: LookupResult[]) => r.map((x) => x.id);
const rank = (u: Urgency | undefined) => (u ? URGENCY_LEVELS.indexOf(u) : -1);
const find = (r: LookupResult[], id: string) => r.find((x) => x.id === id);

describe('edge cases: empty or junk input gives [] without throwing', () => {
  test.each([
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['punctuation', '?!?!... ,,, ;;'],
    ['emoji', '😭😭🔥💀'],
    ['Chinese', '我的背很痛'],
    ['Russian', 'у меня болит спина'],
    ['Arabic', 'ظهري يؤلمني'],
    ['digits only', '12345'],
  ])('%s', (_name, q) => {
    expect(() => lookupSymptoms(q)).not.toThrow();
    expect(lookupSymptoms(q)).toEqual([]);
  });

  test('non-string input does not throw', () => {
    expect(lookupSymptoms(undefined as unknown as string)).toEqual([]);
  });

  test('a 10 kB query returns results and still finds an emergency at its end', () => {
    const filler = 'I have been sitting at my desk a lot and my lower back aches a bit. '.repeat(150);
    const q = `${filler} Since this morning I can't pee at all.`;
    expect(q.length).toBeGreaterThan(10_000);
    const r = lookupSymptoms(q);
    expect(r.length).toBeGreaterThan(0);
    expect(r[0].urgency).toBe('emergency');
  });

  test('limit caps the number of results', () => {
    expect(lookupSymptoms('fever and back pain', 2).length).toBeLessThanOrEqual(2);
  });
});

describe('contract shape (DESIGN.md §3)', () => {
  test.each([['fever and back pain'], ['massage while pregnant'], ['does massage flush out toxins']])(
    '%s',
    (q) => {
      const r = lookupSymptoms(q);
      expect(r.length).toBeGreaterThan(0);
      for (const x of r) {
        expect(typeof x.id).toBe('string');
        expect(typeof x.title).toBe('string');
        expect(['condition', 'red-flag', 'contraindication', 'myth', 'guidance']).toContain(x.kind);
        expect(typeof x.score).toBe('number');
        if (x.kind === 'contraindication' || x.kind === 'myth') expect(x.urgency).toBeUndefined();
        if (x.urgency) expect(URGENCY_LEVELS).toContain(x.urgency);
      }
    },
  );
});

describe('FACTS.md §6.1 required tests (lookup)', () => {
  test('"I can\'t feel anything when I wipe" → cauda-equina-syndrome, emergency', () => {
    const r = lookupSymptoms("I can't feel anything when I wipe");
    expect(find(r, 'cauda-equina-syndrome')?.urgency).toBe('emergency');
    expect(r[0].urgency).toBe('emergency');
  });
  test('"no feeling around my bum" → cauda-equina-syndrome, emergency', () => {
    const r = lookupSymptoms('no feeling around my bum');
    expect(find(r, 'cauda-equina-syndrome')?.urgency).toBe('emergency');
    expect(r[0].urgency).toBe('emergency');
  });
  test('"haven\'t peed all day, fever" → pyelonephritis urgent-same-day; rf-bladder-change only as a check', () => {
    const { results, checks } = lookupWithChecks("haven't peed all day, fever");
    expect(find(results, 'pyelonephritis')?.urgency).toBe('urgent-same-day');
    expect(ids(results)).not.toContain('rf-bladder-change');
    expect(checks.map((c) => c.id)).toContain('rf-bladder-change');
    expect(results.every((x) => x.urgency !== 'emergency')).toBe(true);
  });
  test('"I don\'t have any numbness" → no cauda-equina-syndrome', () => {
    expect(ids(lookupSymptoms("I don't have any numbness"))).not.toContain('cauda-equina-syndrome');
  });
  test('"I can\'t stand up straight, my back went this morning" → nonspecific-low-back-pain first, no emergency', () => {
    const r = lookupSymptoms("I can't stand up straight, my back went this morning");
    expect(r[0].id).toBe('nonspecific-low-back-pain');
    expect(r.some((x) => x.urgency === 'emergency')).toBe(false);
  });
  test('"my legs keep giving way and my back hurts" → rf-progressive-weakness and rf-bilateral-leg, emergency', () => {
    const r = lookupSymptoms('my legs keep giving way and my back hurts');
    expect(ids(r)).toContain('rf-progressive-weakness');
    expect(find(r, 'rf-bilateral-leg')?.urgency).toBe('emergency');
    expect(r[0].urgency).toBe('emergency');
  });
  test('"I\'ve started wetting myself and my back hurts" → cauda-equina-syndrome, emergency', () => {
    const r = lookupSymptoms("I've started wetting myself and my back hurts");
    expect(find(r, 'cauda-equina-syndrome')?.urgency).toBe('emergency');
    expect(r[0].urgency).toBe('emergency');
  });
  test('"lost weight on my diet and my back feels better" → no rf-weight-loss (result or check)', () => {
    const { results, checks } = lookupWithChecks('lost weight on my diet and my back feels better');
    expect(ids(results)).not.toContain('rf-weight-loss');
    expect(checks.map((c) => c.id)).not.toContain('rf-weight-loss');
  });
  test('"stiff neck" alone → no rf-fever', () => {
    expect(ids(lookupSymptoms('stiff neck'))).not.toContain('rf-fever');
  });
});

describe('negation: a denied symptom does not count (§6.1 N)', () => {
  test.each([
    ['no fever, just lower back pain', 'rf-fever'],
    ['lower back pain without fever', 'rf-fever'],
    ['back pain, I do not have a temperature', 'rf-fever'],
    ['back ache but no numbness anywhere', 'cauda-equina-syndrome'],
    ['sore back, without numbness or tingling in my groin', 'rf-saddle-numbness'],
    ['no chest pain, just my upper back aches', 'rf-chest-pain'],
    ['back pain, never had cancer', 'rf-cancer-history'],
  ])('%s → no %s', (q, absent) => {
    expect(ids(lookupSymptoms(q))).not.toContain(absent);
  });

  test('negation ends at "but": "no fever but my groin is numb" still finds saddle numbness', () => {
    const r = lookupSymptoms('no fever but my groin is numb');
    expect(r[0].urgency).toBe('emergency');
    expect(ids(r)).not.toContain('rf-fever');
  });
});

describe('lost function counts as positive (§6.1 N table)', () => {
  test.each([
    ['I need to go but can\u2019t and my back hurts', 'rf-bladder-change', 'emergency'],
    ['cannot pee since this morning, lower back pain', 'cauda-equina-syndrome', 'emergency'],
    ["I don't know when I need to poo any more", 'rf-bowel-change', 'emergency'],
    ["can't feel my legs properly", 'rf-bilateral-leg', 'emergency'],
    ['unable to lift my foot, back pain', 'rf-progressive-weakness', 'urgent-same-day'],
    ['not getting better after 6 weeks of back pain', 'rf-no-improvement', 'see-gp-soon'],
  ])('%s → %s (%s)', (q, id, level) => {
    const r = lookupSymptoms(q);
    const hit = find(r, id);
    expect(hit, JSON.stringify(r.map((x) => x.id))).toBeDefined();
    expect(rank(hit?.urgency)).toBeGreaterThanOrEqual(rank(level as Urgency));
  });
});

describe('safety-first order (§7)', () => {
  test.each([
    ['back pain and chest pain'],
    ['sciatica and now I cannot pee'],
    ['massage made my back sore and now my groin feels numb'],
    ['pulled a muscle lifting, and I have pins and needles between my legs'],
  ])('%s: emergency first and urgency never increases down the list', (q) => {
    const r = lookupSymptoms(q);
    expect(r[0].urgency).toBe('emergency');
    const ranked = r.filter((x) => x.urgency);
    for (let i = 1; i < ranked.length; i++) {
      const prev = rank(ranked[i - 1].urgency);
      const cur = rank(ranked[i].urgency);
      if (prev < 2) expect(cur).toBeLessThan(2);
      else expect(cur).toBeLessThanOrEqual(prev);
    }
  });
});

describe('query intent: massage-safety questions (§7)', () => {
  test.each([
    ['massage on blood thinners?', 'ci-anticoagulants-bleeding'],
    ['can I have a massage if I am on warfarin', 'ci-anticoagulants-bleeding'],
    ['is massage safe in pregnancy', 'ci-pregnancy'],
    ['massage with a pacemaker', 'ci-implanted-device'],
    ['massage after my flu jab', 'ci-recent-vaccination'],
  ])('%s → %s first', (q, id) => {
    const r = lookupSymptoms(q);
    expect(r[0].id).toBe(id);
  });

  test('condition cards in a massage question carry no level unless an emergency is reported', () => {
    const r = lookupSymptoms('massage with osteoporosis');
    expect(r[0].id).toBe('ci-osteoporosis');
    expect(find(r, 'vertebral-fracture-deformity')?.urgency).toBeUndefined();
  });
});

describe('combination rows and context-only rows (§2, §7)', () => {
  test('sudden back pain after lifting with no collapse signs: rf-sudden-abdo-back is a check, not a result', () => {
    const { results } = lookupWithChecks('sudden severe lower back pain after lifting a box');
    expect(ids(results)).not.toContain('rf-sudden-abdo-back');
    expect(results[0].urgency).not.toBe('emergency');
  });
  test('long-standing both-leg ache with walking: spinal stenosis, rf-bilateral-leg only a check', () => {
    const { results, checks } = lookupWithChecks(
      'both legs ache when I walk and ease when I sit, for months',
    );
    expect(ids(results)).toContain('spinal-stenosis');
    expect(ids(results)).not.toContain('rf-bilateral-leg');
    expect(checks.map((c) => c.id)).toContain('rf-bilateral-leg');
  });
  test('context-only rows are never results', () => {
    for (const q of ['I inject drugs and have back pain', '75 year old with new back pain', 'I am 80']) {
      const r = ids(lookupSymptoms(q));
      expect(r).not.toContain('rf-infection-risk');
      expect(r).not.toContain('rf-age');
    }
  });
  test('a weight-loss mention without a qualifier is a check, not a result', () => {
    const { results, checks } = lookupWithChecks('back pain and I have lost weight');
    expect(ids(results)).not.toContain('rf-weight-loss');
    expect(checks.map((c) => c.id)).toContain('rf-weight-loss');
  });
  test('sciatica worse on coughing: rf-cough-sneeze-strain is a check', () => {
    const { results, checks } = lookupWithChecks('sciatica worse when I sneeze');
    expect(results[0].id).toBe('sciatica-herniated-disc');
    expect(checks.map((c) => c.id)).toContain('rf-cough-sneeze-strain');
  });
});

describe('urgency is per query: base raised by a reported escalation (§0.1)', () => {
  test('kidney infection alone is urgent-same-day; with confusion it is an emergency', () => {
    expect(find(lookupSymptoms('kidney infection'), 'pyelonephritis')?.urgency).toBe('urgent-same-day');
    const r = lookupSymptoms('kidney infection and now confused and drowsy');
    expect(find(r, 'pyelonephritis')?.urgency).toBe('emergency');
    expect(r[0].urgency).toBe('emergency');
  });
  test('sciatica alone is self-care; with foot drop it is urgent-same-day and act now', () => {
    expect(find(lookupSymptoms('sciatica'), 'sciatica-herniated-disc')?.urgency).toBe('self-care');
    const hit = find(lookupSymptoms('sciatica and my foot keeps slapping'), 'sciatica-herniated-disc');
    expect(hit?.urgency).toBe('urgent-same-day');
    expect(hit?.actNow).toBe(true);
  });
});

describe('spelling, typos and word order', () => {
  test.each([
    ['siatica down my leg', 'sciatica-herniated-disc'],
    ['sciatic pain in my left leg', 'sciatica-herniated-disc'],
    ['my back is killing me', 'nonspecific-low-back-pain'],
    ['tumour massage remove', 'myth-m1'],
    ['massage to remove tumors', 'myth-m1'],
    ['oesteoporosis massage', 'ci-osteoporosis'],
    ['pyelonefritis', 'pyelonephritis'],
    ['aneurism', 'abdominal-aortic-aneurysm'],
    ['numbness groin', 'cauda-equina-syndrome'],
    ['groin numb', 'cauda-equina-syndrome'],
  ])('%s → %s in top 3', (q, id) => {
    expect(ids(lookupSymptoms(q)).slice(0, 3)).toContain(id);
  });
});

describe('typo correction keeps real words (issue 8)', () => {
  test.each([
    ['fewer', 'fever'],
    ['towel', 'bowel'],
    ['sorry', 'lorry'],
    ['crying', 'try'],
    ['scared', 'scar'],
    ['message', 'massage'],
    ['exertion', 'erection'],
    ['boxes', 'bone'],
  ])('"%s" is not read as "%s"', (word, wrong) => {
    const fs = extractFeatures(`${word} and back pain`);
    expect(fs.tokens[0].c).not.toBe(wrong);
  });
  test('every listed real word reads as itself', () => {
    const rewritten = REAL_WORD_NEIGHBOURS.filter((w) => extractFeatures(w).tokens[0]?.c !== w);
    expect(rewritten).toEqual([]);
  });
  test('a real typo is still corrected', () => {
    expect(extractFeatures('sciatca').tokens[0].c).toBe('sciatica');
  });
  test('"no strain or exertion" is no erection problem', () => {
    const ids = lookupSymptoms(
      'muscles of her back and thighs ache and feel weak, no strain or exertion',
    ).map((r) => r.id);
    expect(ids).not.toContain('rf-sexual-change');
  });
});

describe('words that name Object.prototype members are just words', () => {
  test.each(['constructor back pain', '__proto__ sciatica', 'toString valueOf numb groin'])('%s', (q) => {
    expect(lookupSymptoms(q).length).toBeGreaterThan(0);
  });
});

describe('a lookup does not depend on what was looked up before', () => {
  // The free-text index once added the entries' names to the spelling vocabulary only when the
  // first lookup finished, so the very first query of a worker was corrected differently from the
  // same query later ("tackle" → "tackled"). Now the pattern index adds them when it is built.
  const probes = [
    'Got flattened in a tackle at rugby on Saturday, back sore and my right leg has gone numb and is dragging',
    'bought some new fishing tackle, my back aches from sitting on the bank',
    'sciatica was just my left leg now its both',
  ];
  const others = ['sat in a freezing draught and now my lower back is stiff', 'lumbago', 'cauda equina'];
  const render = (rs: LookupResult[]) => rs.map((r) => `${r.id}:${r.urgency}`).join(' ');

  it.each(probes)('same answer first and after other lookups: %s', async (q) => {
    vi.resetModules();
    const first = await import('./index.ts');
    const asFirst = render(first.lookupSymptoms(q));
    vi.resetModules();
    const later = await import('./index.ts');
    for (const o of others) later.lookupSymptoms(o);
    expect(render(later.lookupSymptoms(q))).toBe(asFirst);
  });

  it('corrects spelling towards the same words before and after the first lookup', async () => {
    // Before the fix, a fresh worker read "wrist" as "waist" and "flagging" as "flare".
    const text = 'my wrist is sore, energy flagging, a rugby tackle, teenage son, healthy otherwise';
    vi.resetModules();
    const fresh = await import('./features.ts');
    const asFirst = fresh.extractFeatures(text).tokens.map((t) => t.c);
    expect(asFirst).toContain('wrist');
    const index = await import('./index.ts');
    index.lookupSymptoms('lumbago');
    expect(fresh.extractFeatures(text).tokens.map((t) => t.c)).toEqual(asFirst);
  });

  it('tells a rugby tackle from fishing tackle', () => {
    expect(lookupSymptoms(probes[0])[0].id).toBe('rf-major-trauma');
    expect(lookupSymptoms(probes[1]).some((r) => r.id === 'rf-major-trauma')).toBe(false);
    expect(lookupSymptoms(probes[2])[0].urgency).toBe('emergency');
  });
});
