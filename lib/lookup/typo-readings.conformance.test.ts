// Conformance (needs ../shared/corpus): the lookup's typo correction must not start reading
// everyday words as other words. Every new pattern word is a new target for the correction (edit
// distance 1–2 to a word the vocabulary does not know), and in the sixteenth session "unrelated"
// became "unseated", "grinding" "grip", "counting" "cut" and "alive" the painkiller "aleve" without a
// single evaluation figure moving. So every word of the 89 corpus pages is read here, and each
// reading that is neither the word itself nor an inflection of it must be one already listed in
// typo-readings.known.txt. A new one fails: read it as written (REAL_WORD_NEIGHBOURS in
// lib/knowledge/data/lay-signals.ts), or, if the reading is right, add the line to the file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { corpusTypoReadings } from '../../tests/conformance/typo-readings';

const KNOWN = resolve(import.meta.dirname, 'typo-readings.known.txt');

test('every typo reading of a corpus word is one already listed', () => {
  const known = new Set(
    readFileSync(KNOWN, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
  const readings = corpusTypoReadings();
  expect(readings.length).toBeGreaterThan(100);
  expect(readings.filter((r) => !known.has(r))).toEqual([]);
  // About 20,000 words, each corrected from scratch: some 15 s on a 2-core machine.
}, 120_000);
