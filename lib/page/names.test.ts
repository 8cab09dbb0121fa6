import { describe, expect, test } from 'vitest';
import { HighlightNames, randomElementName } from './names';

describe('names a page can see (DESIGN.md §3, issue 11 finding #4)', () => {
  test('element names are valid custom-element names that say nothing about BackCheck', () => {
    for (let i = 0; i < 50; i++) {
      const name = randomElementName();
      expect(name).toMatch(/^[a-z]{5}-[a-z]{6}$/);
      expect(name).not.toMatch(/backcheck/);
    }
  });

  test('random letters that happen to spell a telltale run are drawn again', () => {
    // A source that spells "zxwxt-jtjjvs" (holds "wxt"), then "aaabc-qqqqqq" (holds "bc-"), then
    // plain letters: the first two draws are thrown away.
    const letters = (word: string) => [...word].map((c) => (c.charCodeAt(0) - 97 + 0.5) / 26);
    const seq = [...letters('zxwxtjtjjvs'), ...letters('aaabcqqqqqq'), ...letters('qzkfambtrwe')];
    let i = 0;
    const name = randomElementName(() => seq[i++ % seq.length]);
    expect(name).toBe('qzkfa-mbtrwe');
    let j = 0;
    const hl = new HighlightNames(() => [...letters('abcwxtabcd'), ...letters('qqqqqqqqqq')][j++ % 20]);
    expect(hl.of('backcheck-condition')).toBe('qqqqqqqqqq');
  });

  test('highlight names map back to canonical names, stable within a document', () => {
    const names = new HighlightNames();
    const a = names.of('backcheck-condition');
    expect(names.of('backcheck-condition')).toBe(a);
    expect(names.of('backcheck-urgent')).not.toBe(a);
    expect(names.kinds()).toEqual({
      [a]: 'backcheck-condition',
      [names.of('backcheck-urgent')]: 'backcheck-urgent',
    });
    expect(names.canonicalOf('backcheck-condition')).toBeUndefined();
  });

  test('a colliding random source still yields distinct names', () => {
    let n = 0;
    const names = new HighlightNames(() => (n++ < 20 ? 0 : Math.random()));
    expect(names.of('x')).not.toBe(names.of('y'));
  });
});
