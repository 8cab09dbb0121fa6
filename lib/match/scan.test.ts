// The scanner's native pre-filter (scan.ts, TRIE_STARTS) must never change the raw hits: every
// text is scanned with it and again from every word start (the path taken when the text holds a
// character ignored inside terms), and both must agree.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../tests/bench/corpus-text';
import { REPO_PAGES_DIR } from '../../tests/conformance/shared';
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

  // Real text: the article BackCheck started from and the repository's real pages (the
  // detection cases of ../shared/eval get the same check in the conformance suite).
  const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
  const pages = [
    join(FIXTURES, 'source-article.html'),
    ...['001', 'firefox-nightly-blog', 'mozilla-1', 'wikipedia'].map((n) =>
      join(REPO_PAGES_DIR, `${n}.html`),
    ),
  ];
  test.each(pages)('page text of %s', (file) => {
    const text = htmlToText(readFileSync(file, 'utf8'));
    expect(text.length).toBeGreaterThan(1000);
    expect(hitsOf(text)).toEqual(fullScan(text));
  });

  test('the source article has hits to compare', () => {
    const text = htmlToText(readFileSync(join(FIXTURES, 'source-article.html'), 'utf8'));
    expect(hitsOf(text).length).toBeGreaterThan(10);
  });

  test('soft hyphens inside a term still match (the full scan is used)', () => {
    expect(hitsOf('sci\u00adatica').map((h) => h[1])).toEqual([9]);
  });
});
