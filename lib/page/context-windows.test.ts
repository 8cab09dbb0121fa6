import { describe, expect, test } from 'vitest';
import { contextWindows, escalatingFindings, MAX_WINDOWS } from './context-windows';

describe('context windows around found terms (issue 8)', () => {
  const text = 'One. Two. Three has back pain. Four. Five. Six. Seven. Eight has sciatica. Nine.';
  test('a term’s sentence with two before and three after', () => {
    const at = text.indexOf('back pain');
    const [w] = contextWindows(text, [{ start: at, end: at + 9 }]);
    expect(w.text).toBe('One. Two. Three has back pain. Four. Five. Six. ');
  });
  test('overlapping windows merge; no terms, no windows', () => {
    const a = text.indexOf('back pain');
    const b = text.indexOf('Three');
    expect(
      contextWindows(text, [
        { start: a, end: a + 9 },
        { start: b, end: b + 5 },
      ]),
    ).toHaveLength(1);
    expect(contextWindows(text, [])).toEqual([]);
  });
  test('every sentence with a term gets its window in a long thread, up to the bound', () => {
    // 300 posts, each one sentence with a term: far more than the old cap of 50 windows.
    const posts = Array.from({ length: 300 }, (_, i) => `Post ${i} says my back pain is bad.`).join(' ');
    const terms = (text: string) =>
      [...text.matchAll(/back pain/g)].map((m) => ({ start: m.index, end: m.index + 9 }));
    const windows = contextWindows(posts, terms(posts));
    expect(windows).toHaveLength(300);
    expect(windows[299].text).toContain('Post 299');
    const flood = Array.from({ length: MAX_WINDOWS + 50 }, () => 'My back pain is bad.').join(' ');
    expect(contextWindows(flood, terms(flood))).toHaveLength(MAX_WINDOWS);
  });
});

describe('which analyser findings escalate (escalatingFindings)', () => {
  const text = 'Sciatica in both legs now and they keep giving way. Back pain with a fever and shivering.';
  const window = { start: 100, text };
  const at = (w: string) => 100 + text.indexOf(w);
  const term = (w: string, conceptId: string) => ({ start: at(w), end: at(w) + w.length, conceptId });
  const finding = (w: string, level = 'emergency') => ({
    start: text.indexOf(w),
    end: text.indexOf(w) + w.length,
    level,
  });
  test('a finding told only in found terms and fillers is left to the matcher', () => {
    const terms = [
      term('Back pain', 'nonspecific-low-back-pain'),
      term('fever', 'rf-fever'),
      term('shivering', 'rf-fever'),
    ];
    expect(escalatingFindings(window, [finding('Back pain with a fever and shivering')], terms)).toEqual([]);
  });
  test('a finding with words of its own beyond a red-flag term stands', () => {
    const terms = [term('Sciatica in both legs', 'cauda-equina-syndrome')];
    expect(
      escalatingFindings(window, [finding('Sciatica in both legs now and they keep giving way')], terms),
    ).toHaveLength(1);
  });
  test('a finding over a back-pain term only stands; a routine one never escalates', () => {
    const terms = [term('Back pain', 'nonspecific-low-back-pain')];
    expect(escalatingFindings(window, [finding('Back pain with a fever')], terms)).toHaveLength(1);
    expect(escalatingFindings(window, [finding('Back pain with a fever', 'see-gp-soon')], terms)).toEqual([]);
  });
  test("a condition at its own base level, told only by its own term, is left to that term's card", () => {
    const own = { ...finding('fever', 'urgent-same-day'), redFlagId: 'x-condition', ownBase: true };
    expect(escalatingFindings(window, [own], [term('fever', 'x-condition')])).toEqual([]);
    // Escalated past its base, the same wording stands.
    expect(
      escalatingFindings(window, [{ ...own, ownBase: false }], [term('fever', 'x-condition')]),
    ).toHaveLength(1);
  });
});
