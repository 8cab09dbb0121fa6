import { describe, expect, test } from 'vitest';
import { contextWindows, escalatingFindings } from './context-windows';

describe('context windows around found terms (issue 8)', () => {
  const text = 'One. Two. Three has back pain. Four. Five. Six. Seven. Eight has sciatica. Nine.';
  test('a term’s sentence with two before and two after', () => {
    const at = text.indexOf('back pain');
    const [w] = contextWindows(text, [{ start: at, end: at + 9 }]);
    expect(w.text).toBe('One. Two. Three has back pain. Four. Five. ');
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
});

describe('which analyser findings escalate (escalatingFindings)', () => {
  const window = { start: 100 };
  const finding = (start: number, end: number) => ({ start, end, level: 'emergency' });
  const redFlag = { start: 110, end: 130, conceptId: 'cauda-equina-syndrome' };
  const backTerm = { start: 100, end: 109, conceptId: 'nonspecific-low-back-pain' };
  test('a finding told only in a red-flag term is left to the matcher', () => {
    expect(escalatingFindings(window, [finding(10, 30), finding(12, 20)], [redFlag])).toEqual([]);
  });
  test('a finding that reaches beyond the red-flag term stands', () => {
    expect(escalatingFindings(window, [finding(10, 60)], [redFlag])).toHaveLength(1);
  });
  test('a finding over a back-pain term stands; a routine one never escalates', () => {
    expect(escalatingFindings(window, [finding(0, 9)], [backTerm])).toHaveLength(1);
    expect(escalatingFindings(window, [{ start: 0, end: 9, level: 'see-gp-soon' }], [backTerm])).toEqual([]);
  });
});
