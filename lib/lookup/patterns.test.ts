// The pattern engine (patterns.ts): slots, gaps, optional slots. Pure: no knowledge data needed.
import { describe, expect, test } from 'vitest';
import { compilePattern, PatternIndex } from './patterns';
import { tokenize } from './tokenize';

const matches = (source: string, text: string, gap = 2) => {
  const idx = new PatternIndex();
  idx.add(compilePattern('f', source, gap, (w) => w));
  return idx.matchAll(tokenize(text)).map((m) => [m.start, m.end]);
};

describe('optional slots and gaps backtrack', () => {
  test('an optional slot that first binds to a later word is tried without it', () => {
    // Greedy matching took the "my" of "my shift" for "my?" and then found no "bed" after it.
    expect(matches('collapsed into my? bed', 'collapsed into bed after my shift')).toEqual([[0, 2]]);
  });

  test('a slot takes a later token in its gap when the first one leads nowhere', () => {
    expect(matches('pain down leg', 'pain down and down to the leg')).toEqual([[0, 6]]);
  });

  test('still no match across a clause or beyond the gap', () => {
    expect(matches('pain leg', 'pain, leg')).toEqual([]);
    expect(matches('pain leg', 'pain in the left leg')).toEqual([]);
  });
});

test('"#lead" is an age that opens the text alone in its clause, and may only open a pattern', () => {
  expect(matches('#lead', '68, first time in my life')).toEqual([[0, 0]]);
  // Not a duration running on in its clause, not an age later in the text, not a small number.
  expect(matches('#lead', '65 minutes into my run')).toEqual([]);
  expect(matches('#lead', 'my dad, 68, first time')).toEqual([]);
  expect(matches('#lead', '38, first time')).toEqual([]);
  expect(() => compilePattern('f', 'aged #lead', 2, (w) => w)).toThrow();
});
