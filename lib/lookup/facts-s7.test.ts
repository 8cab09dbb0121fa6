// Issue 13: the lookup's level for every FACTS.md §7 row ("urgency shown first") — the level of
// the first result, with act_now where the row names it — and the first result where the audit
// found it wrong (#7: rows 46 and 50). Plus the escalations the audit found missing from the
// lookup (#3 kidney stones, #4 after a massage, #14 profile/data mismatches).
import { describe, expect, test } from 'vitest';
import type { Urgency } from '../knowledge/index.ts';
import { lookupSymptoms } from './index.ts';

type Row = [n: number, query: string, level: Urgency | null, opts?: { actNow?: boolean; first?: string }];

// §7 "urgency shown first"; null: a contraindication or myth card (no level).
const S7: Row[] = [
  [1, 'pain after massage', 'self-care'],
  [2, 'sore back the day after deep tissue massage', 'self-care'],
  [3, 'back pain getting worse 3 days after massage', 'see-gp-soon'],
  [4, 'fever and back pain', 'urgent-same-day'],
  [5, 'back pain fever confused', 'emergency'],
  [6, 'numb groin', 'emergency'],
  [6, 'numbness between my legs', 'emergency'],
  [7, "can't pee and back pain", 'emergency'],
  [8, 'pain down leg', 'self-care'],
  [9, 'pain down both legs', 'emergency'],
  [10, 'foot weakness back pain', 'urgent-same-day', { actNow: true }],
  [10, 'foot drop', 'urgent-same-day', { actNow: true }],
  [11, 'burning when peeing and lower back pain', 'urgent-same-day'],
  [12, 'back pain worse at night', 'urgent-same-day'],
  [13, 'back stiff every morning better with exercise', 'see-gp-soon'],
  [14, 'back pain after a fall (elderly / osteoporosis)', 'urgent-same-day', { actNow: true }],
  [15, 'back pain after car accident', 'emergency'],
  [16, 'sudden severe back and stomach pain dizzy', 'emergency'],
  [17, 'upper stomach pain going through to back after drinking', 'emergency'],
  [18, 'pain under right ribs to shoulder blade', 'urgent-same-day', { actNow: true }],
  [19, 'cough fever pain in back when breathing', 'urgent-same-day'],
  [20, 'back pain and chest pain', 'emergency'],
  [21, 'lower back pain during period', 'self-care'],
  [22, 'pelvic pain fever unusual discharge', 'urgent-same-day'],
  [23, 'pregnant one-sided tummy pain shoulder tip pain', 'urgent-same-day', { actNow: true }],
  [24, 'calf swollen after massage', 'urgent-same-day', { actNow: true }],
  [25, 'big bruise after massage on warfarin', 'urgent-same-day', { actNow: true }],
  [26, 'losing weight without trying and back pain', 'urgent-same-day'],
  [27, 'had cancer now back pain', 'urgent-same-day'],
  [28, 'pulled muscle in lower back', 'self-care'],
  [29, 'can I get a massage with a fever', null, { first: 'ci-fever-acute-infection' }],
  [30, 'massage while pregnant', null, { first: 'ci-pregnancy' }],
  [31, 'massage with osteoporosis', null, { first: 'ci-osteoporosis' }],
  [32, 'massage to remove salt deposits', null, { first: 'myth-m1' }],
  [33, 'caught a chill in my back', 'self-care'],
  [34, 'wave-like pain from back to groin', 'urgent-same-day', { actNow: true }],
  [35, 'sudden severe headache and dizziness after neck massage', 'emergency'],
  [36, 'sudden severe lower back pain and I fainted', 'emergency'],
  [37, 'sudden tearing pain between my shoulder blades', 'emergency'],
  [38, 'I have ankylosing spondylitis and fell, now my neck and back hurt', 'emergency'],
  [39, 'arm went numb after neck massage', 'emergency'],
  [40, "I can't feel anything when I wipe", 'emergency'],
  [41, 'no feeling around my bum', 'emergency'],
  [42, "haven't peed all day, fever", 'urgent-same-day'],
  [43, 'fever headache and stiff neck', 'emergency'],
  [44, 'sudden severe lower back pain after lifting a box, no other symptoms', 'self-care'],
  [45, 'lower back pain, feeling sick, burning when I pee', 'urgent-same-day'],
  [
    46,
    'both legs ache when I walk, better when I sit, for months',
    'see-gp-soon',
    { first: 'spinal-stenosis' },
  ],
  [47, 'upper back pain from sitting at a desk all day', 'self-care'],
  [48, 'mild headache after a neck massage', 'self-care'],
  [
    49,
    'had an epidural 5 days ago, now fever and back pain at the site',
    'urgent-same-day',
    { actNow: true },
  ],
  [50, 'sciatica worse when I cough', 'self-care', { first: 'sciatica-herniated-disc' }],
];

describe('FACTS.md §7: the level shown first', () => {
  test.each(S7)('row %i: %s → %s', (_n, query, level, opts = {}) => {
    const first = lookupSymptoms(query)[0];
    expect(first, 'no result').toBeDefined();
    expect(first.urgency ?? null).toBe(level);
    if (opts.actNow !== undefined) expect(Boolean(first.actNow)).toBe(opts.actNow);
    if (opts.first) expect(first.id).toBe(opts.first);
  });
});

function levelOf(query: string, id: string) {
  return lookupSymptoms(query, 20).find((r) => r.id === id)?.urgency;
}

describe('escalations the audit found missing', () => {
  test.each([
    ['kidney stone pain not controlled by painkillers'],
    ['kidney stone and painkillers are not helping'],
    ['kidney stone pain and I only have one kidney'],
    ['kidney stones, I have a single kidney'],
  ])('#3 kidney stones: %s → emergency', (query) => {
    expect(levelOf(query, 'kidney-stones')).toBe('emergency');
    expect(lookupSymptoms(query)[0].urgency).toBe('emergency');
  });

  test.each([
    ['neck pain that has not settled 24 hours after a massage'],
    ['headache still there more than 24 hours after massage'],
    ['light-headed and it is not settling a day after my massage'],
    ['neck pain after massage getting worse'],
  ])('#4 after a massage: %s → urgent-same-day first', (query) => {
    const first = lookupSymptoms(query)[0];
    expect(first.urgency).toBe('urgent-same-day');
    expect(['massage-related-injury', 'post-massage-soreness']).toContain(first.id);
  });

  test('#14 ectopic pregnancy with feeling sick → emergency (as the data says)', () => {
    expect(levelOf('pregnant one-sided tummy pain and feeling sick', 'ectopic-pregnancy')).toBe('emergency');
  });

  test('#14 cholecystitis: pain going through to the back with vomiting → emergency', () => {
    expect(levelOf('pain under my right ribs going to my back and vomiting', 'acute-cholecystitis')).toBe(
      'emergency',
    );
  });

  test('#14 post-massage soreness escalates like the §4.2 rows', () => {
    expect(levelOf('sore after massage and now my calf is swollen', 'post-massage-soreness')).toBe(
      'urgent-same-day',
    );
    expect(levelOf('sore after massage and now I am breathless', 'post-massage-soreness')).toBe('emergency');
  });
});
