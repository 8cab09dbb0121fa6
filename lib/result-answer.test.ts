import { describe, expect, test } from 'vitest';
import { entries } from './knowledge/index';
import { answerLine, conceptLabel, withFollowUps } from './result-answer';

describe('answerLine', () => {
  test.each([
    ['post-massage-soreness', 'self-care', 'uk', /^Common for 1–2 days/],
    ['ci-anticoagulants-bleeding', undefined, 'uk', /lighter pressure, tell your therapist/],
    ['ci-dvt-clot', undefined, 'uk', /^No massage while this applies/],
    ['ci-open-wound-burn', undefined, 'uk', /Keep away from that area/],
    ['cauda-equina-syndrome', 'emergency', 'us', /^Call 911 now/],
    ['rf-fever', 'urgent-same-day', 'uk', /NHS 111/],
    ['rf-fever', 'urgent-same-day', 'au', /healthdirect on 1800 022 222/],
    ['rf-fever', 'urgent-same-day', 'us', /urgent care/],
    ['myth-m8', undefined, 'uk', /^Not true\./],
  ] as const)('%s (%s, %s)', (id, level, region, text) => {
    expect(answerLine(id, level, region)).toMatch(text);
  });

  test('every entry has a one-line answer of one or two short sentences', () => {
    for (const e of entries) {
      const line = answerLine(e.id, undefined, 'uk');
      expect(line.length, e.id).toBeGreaterThan(5);
      expect(line.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, e.id).toBeLessThanOrEqual(3);
    }
  });
});

test('withFollowUps adds the urgent red flags of the top results, most dangerous first', () => {
  const checks = withFollowUps(['post-massage-soreness'], []);
  expect(checks.length).toBeGreaterThanOrEqual(3);
  expect(checks[0].id).toBe('rf-saddle-numbness');
  // Never repeats a result or an existing check, and keeps the lookup's own checks first.
  const more = withFollowUps(['cauda-equina-syndrome', 'rf-saddle-numbness'], [{ id: 'rf-bladder-change' }]);
  expect(more[0].id).toBe('rf-bladder-change');
  expect(more.map((c) => c.id)).not.toContain('rf-saddle-numbness');
  expect(new Set(more.map((c) => c.id)).size).toBe(more.length);
});

test.each([
  ['sciatica-herniated-disc', 'Sciatica'],
  ['nonspecific-low-back-pain', 'Everyday low back pain'],
  ['dvt', 'Deep vein thrombosis (DVT)'],
  ['massage', 'Massage'],
])('conceptLabel(%s) = %s', (id, label) => {
  expect(conceptLabel(id)).toBe(label);
});

describe('answerLine for a result given as information (no level for this query)', () => {
  test('an emergency entry says when its care line applies instead of telling the reader to act now', () => {
    expect(answerLine('cauda-equina-syndrome', 'emergency', 'uk')).toMatch(/^Call 999 now/);
    const info = answerLine('cauda-equina-syndrome', undefined, 'uk');
    expect(info).toMatch(/^If you have its signs: call 999 now/);
  });
});
