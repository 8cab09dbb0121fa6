// What the built content script loads on a page (DESIGN.md §5 "Small", issue 10), read from the
// build the other e2e tests run: the first stage stays under its 60 kB budget, and the second
// stage (page-scan.js, loaded on every page with a term) carries neither Zod nor the matcher, which
// live in validation.js and page-reader.js, imported only on first need (card.e2e.test.ts and
// popup.e2e.test.ts open cards by the context menu and read the page summary, which load them).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TRIE_DATA } from '../../lib/match/lexicon-trie.generated';
import { EXTENSION_DIR } from './browser';

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
/** Zod's core error text, which minification keeps and any part of Zod's core brings along. */
const ZOD = 'Encountered Promise during synchronous parse';
/** A stretch of the lexicon's packed trie, which only the matcher carries. */
const MATCHER = String(TRIE_DATA).slice(0, 60);

test('the first stage is within its 60 kB budget', () => {
  expect(statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size).toBeLessThanOrEqual(60_000);
});

test('the markers are found where Zod and the matcher are bundled', () => {
  expect(MATCHER.length).toBe(60);
  expect(read('validation.js')).toContain(ZOD);
  expect(read('page-reader.js')).toContain(MATCHER);
  expect(read('background.js')).toContain(MATCHER);
});

test.each(['content-scripts/content.js', 'page-scan.js'])(
  '%s carries neither Zod nor the matcher',
  (file) => {
    const src = read(file);
    expect(src.includes(ZOD)).toBe(false);
    expect(src.includes(MATCHER)).toBe(false);
  },
);
