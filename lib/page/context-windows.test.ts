import { describe, expect, test } from 'vitest';
import { contextWindows } from './context-windows';

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
