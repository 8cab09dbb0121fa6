// The scanner's native pre-filter (scan.ts, TRIE_STARTS) must never change the raw hits: every
// text is scanned with it and again from every word start (the path taken when the text holds a
// character ignored inside terms), and both must agree.
import { describe, expect, test } from 'vitest';
import { loadCases } from '../../tests/eval/detection';
import { getCompiled } from './compile';
import { scanRaw } from './scan';

const hitsOf = (text: string) => scanRaw(text, getCompiled).map((h) => [h.start, h.end, h.term.index]);
/** A trailing soft hyphen changes no hit but forces the walk from every word start. */
const fullScan = (text: string) => hitsOf(`${text} \u00ad`);

const crafted: [string, string][] = [
  ['terms at the edges', 'Back pain. Sciatica'],
  ['a letter outside ASCII before a term', 'éback pain and ßsciatica, but also back pain'],
  ['an underscore or digit before a term', 'foo_back pain 2sciatica 3 back pain'],
  ['apostrophes inside and before first words', "don’t 'back pain' o'back can't pee"],
  ['case and hyphens', 'LOWER-BACK PAIN, Low‑back pain, lowback pain, non-specific back pain'],
  ['abbreviations as written', 'LBP and lbp, CES then ces, PE and pe'],
  ['a term cut by a blank line', 'lower back\n\npain'],
];

describe('pre-filtered scan = scan from every word start', () => {
  test.each(crafted)('%s', (_, text) => {
    expect(hitsOf(text)).toEqual(fullScan(text));
  });

  test.each(loadCases().map((c) => [c.id, c.text] as const))('eval case %s', (_, text) => {
    expect(hitsOf(text)).toEqual(fullScan(text));
  });

  test('soft hyphens inside a term still match (the full scan is used)', () => {
    expect(hitsOf('sci\u00adatica').map((h) => h[1])).toEqual([9]);
  });
});
