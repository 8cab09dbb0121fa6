// FACTS.md §6 matching rules and the §6.1 required detection tests (B7, C3 and the list under
// "Required tests (detection)"), plus the API the DOM side uses.
import { describe, expect, test } from 'vitest';
import { lexicon } from '../knowledge/lexicon';
import { RULE_IDS } from './context-rules';
import { createScanContext, findTerms, findTermsInBlocks, isEscalated } from './index';

const spans = (text: string) => findTerms(text).map((m) => text.slice(m.start, m.end));
const conceptOf = (text: string, span: string) => {
  const s = text.indexOf(span);
  return findTerms(text).find((m) => m.start < s + span.length && s < m.end)?.conceptId;
};

describe('required detections (§6.1 B7, required tests)', () => {
  test.each([
    ['my back is killing me', 'my back is killing me'],
    ["my lower back's been aching", "my lower back's been aching"],
    ['done my back in', 'done my back in'],
    ['back spasms', 'back spasms'],
    ['herniated discs', 'herniated discs'],
    ['back pain with a fever', 'fever'],
    ['pain in my upper back', 'pain in my upper back'],
  ])('%j highlights %j', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  test('"losing weight can ease back pain": back pain only', () => {
    expect(spans('losing weight can ease back pain')).toEqual(['back pain']);
  });
});

describe('not detected (§6.1 B7, C3, required tests)', () => {
  test.each([
    'came back from injury',
    'came back from a knee injury',
    'back in training after a hamstring injury',
    'Arsenal pulled one back',
    'pulled pork and baby back ribs',
    'lower back tattoo ideas',
    'an upper back workout',
    'getting back to work is a pain',
    'the killing brought back memories',
    'shares slipped back lower',
    'went back to work',
    'go back to normal',
    'back up your files',
    'the running back is backing out',
    'fans fainted in the heat',
    'Smith had a fall at the last fence',
    'felt a tearing pain in his hamstring',
    'jelly legs after leg day',
    'the itch is always worse at night',
    'high temperatures are forecast',
    'a tight chest and shoulders from sitting',
    'a faint smell of gas',
    'a trip to the physio for my back',
    'he tripped over the kerb',
    "I've been breaking my back to finish this",
    'AS Roma striker',
    'sent to Triple-A on a rehab assignment',
    'unveiled at CES 2025',
    'our PE teacher',
    'AS SEEN ON TV',
    'passed out leaflets',
    'the passing-out parade',
    'blacked-out windows',
    'the rigors of the season',
    'feverish speculation',
    'cook at a high temperature',
    'a CPU running at a high temperature',
    'a heart attack on a plate',
    'nearly peed myself laughing',
    'The captain missed the derby with calf pain.',
    'He lost two stone before the wedding.',
    'the back of my knee hurts',
  ])('%j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('matching rules (§6 rules 1–5)', () => {
  test.each([
    ['low back pain', 'low back pain'],
    ['low-back pain', 'low-back pain'],
    ['non specific back pain', 'non specific back pain'],
    ['nonspecific back pain', 'nonspecific back pain'],
    ['back-pain', 'back-pain'],
    ['lower back\n pain', 'lower back\n pain'],
    ['I can\u2019t pee', 'can\u2019t pee'],
    ['BACK PAIN', 'BACK PAIN'],
    ['blood clots in the leg veins', 'blood clots'],
  ])('%j matches %j', (text, span) => {
    expect(spans(text)).toContain(span);
  });

  test.each([
    'my backpack',
    'the discography',
    'a strainer',
    'Japanese knotweed',
    'the Massagetae',
    'AAAS members',
    'the DOMs of two pages',
    'the cauda\n\nequina',
  ])('whole words only: %j has no match', (text) => {
    expect(spans(text)).toEqual([]);
  });

  test('longest match wins and matches never overlap', () => {
    const text = 'Chronic lower back pain and a hot stone massage.';
    expect(spans(text)).toEqual(['lower back pain', 'hot stone massage']);
  });

  test('offsets are UTF-16 offsets into the input, sorted', () => {
    const text = '😀 émigré with sciatica 😀 and back pain';
    const ms = findTerms(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['sciatica', 'back pain']);
    expect(ms[0].start).toBeLessThan(ms[1].start);
  });

  test('[lookup] terms are never highlighted', () => {
    expect(spans('I have a stiff neck and a fever after my epidural, and back pain.')).not.toContain(
      'stiff neck',
    );
    expect(spans('back pain after an epidural')).toEqual(['back pain']);
  });
});

describe('context rules (§6.1)', () => {
  test.each([
    ['Ankylosing spondylitis (AS) is a form of arthritis.', 'AS', 'axial-spondyloarthritis'],
    ['Pelvic inflammatory disease (PID) is treated with antibiotics.', 'PID', 'pelvic-inflammatory-disease'],
    ['A DVT (deep vein thrombosis) can follow a long flight.', 'DVT', 'dvt'],
    ['Cauda equina syndrome is rare. Suspected CES needs an MRI.', 'CES', 'cauda-equina-syndrome'],
    ['The physio said my slipped disc was pressing on a nerve.', 'slipped disc', 'sciatica-herniated-disc'],
    ['An MRI showed a bulging L4 disc.', 'disc', 'sciatica-herniated-disc'],
    ['I have back pain and a high temperature.', 'high temperature', 'rf-fever'],
    ['She has shingles, a painful rash on one side of her back.', 'shingles', 'shingles'],
    ['The urologist found a stone in my kidney.', 'stone', 'kidney-stones'],
    ['Tell your massage therapist if you are pregnant.', 'pregnant', 'ci-pregnancy'],
  ])('%j highlights %j as %s', (text, span, concept) => {
    expect(conceptOf(text, span)).toBe(concept);
  });

  test.each([
    ['The DVT phase starts after the prototype build.', 'DVT'],
    ['Suspected CES needs an MRI.', 'CES'],
    ['She has shingles on the roof of her cottage.', 'shingles'],
    ['Congratulations, you are pregnant!', 'pregnant'],
    ['The vinyl disc slipped off the shelf.', 'disc'],
    ['Tariffs are the key pressure point.', 'pressure point'],
    ['Massage the oil into your scalp.', 'Massage'],
    ['Massage the kale with lemon juice.', 'Massage'],
    ['Baby massage classes start on Monday.', 'massage'],
    ['The umbilical cord compression was brief.', 'cord compression'],
  ])('%j does not highlight %j', (text, span) => {
    expect(conceptOf(text, span)).toBeUndefined();
  });

  test('a component term needs a back anchor within ±1 sentence (C1)', () => {
    expect(spans('I fainted. My back pain is awful. I have a fever.')).toEqual([
      'fainted',
      'back pain',
      'fever',
    ]);
    expect(spans('I fainted. It was hot. Then it rained. My back pain is awful.')).toEqual(['back pain']);
  });

  test('list items belong to the sentence that introduces the list (D3)', () => {
    const text = 'See a GP urgently if you have back pain and:\n- a fever\n- unexplained weight loss';
    expect(spans(text)).toEqual(['back pain', 'fever', 'unexplained weight loss']);
  });

  test('card rules pick the card variant', () => {
    const cards = (text: string) => findTerms(text).map((m) => m.card);
    expect(cards('urinary incontinence after childbirth')).toEqual(['neutral-bladder']);
    expect(cards('Sudden urinary incontinence with sciatica needs help.')).toEqual([undefined, undefined]);
    expect(cards('He has mild kyphosis from years at a desk.')).toEqual(['neutral-kyphosis']);
    expect(cards('The striker has a pulled muscle.')).toEqual(['generic-muscle-strain']);
    expect(cards('There is a massage parlour on the corner.')).toEqual(['neutral-massage-parlour']);
    expect(cards('A trapped nerve in my neck makes my arm tingle.')).toEqual(['neck-note']);
  });

  test('red-flag context marks matches as escalated', () => {
    const ms = findTerms('Back pain with a fever.');
    expect(ms.map(isEscalated)).toEqual([true, true]);
    expect(findTerms('Back pain after gardening.').map(isEscalated)).toEqual([false]);
  });
});

describe('DOM-side API', () => {
  test('findTermsInBlocks returns per-block offsets and treats blocks as sentences', () => {
    const blocks = ['Warning signs', { text: 'a fever', listItem: true }, 'My back pain is worse.'];
    const out = findTermsInBlocks(blocks);
    expect(out.length).toBe(3);
    expect(out[1].map((m) => 'a fever'.slice(m.start, m.end))).toEqual(['fever']);
    expect(out[2].map((m) => m.conceptId)).toEqual(['nonspecific-low-back-pain']);
  });

  test('a scan context carries abbreviation expansions to later scans (A2)', () => {
    const ctx = createScanContext();
    findTerms('Deep vein thrombosis is a clot in a deep vein.', ctx);
    expect(spans('A DVT is treated with blood thinners.')).toEqual(['blood thinners']);
    expect(findTerms('A DVT is treated with blood thinners.', ctx).map((m) => m.term)).toEqual([
      'DVT',
      'blood thinners',
    ]);
  });
});

describe('lexicon', () => {
  test('every rule id in the lexicon is implemented', () => {
    for (const g of lexicon) for (const t of g.terms) if (t.rule) expect(RULE_IDS).toContain(t.rule);
  });

  test('every [ctx] term names its rule', () => {
    for (const g of lexicon) for (const t of g.terms) if (t.ctx) expect(t.rule, t.text).toBeTruthy();
  });

  test('concept ids are unique', () => {
    const ids = lexicon.map((g) => g.concept);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
