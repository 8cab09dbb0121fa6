// The lookup's typo readings of every word of the 89 corpus pages (lib/lookup/
// typo-readings.conformance.test.ts): each reading that is neither the word itself nor an inflection
// of it. Print them with `npx tsx tests/conformance/typo-readings.ts` (needs ../shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPatternIndex, vocab } from '../../lib/lookup/features';
import { htmlToText } from '../bench/corpus-text';
import { CORPUS_DIR, exitUnlessShared, htmlFiles } from './shared';

/** Lower-case words of four letters or more in a page's text. */
const pageWords = (html: string): string[] =>
  htmlToText(html)
    .toLowerCase()
    .match(/[a-z]{4,}/g) ?? [];

/** "hurts" → "hurt", "ached" → "ache", "studies" → "study": the same word, not a correction. */
function sameWord(w: string, c: string): boolean {
  if (w === c) return true;
  if ((w.endsWith('ies') || w.endsWith('ied')) && `${w.slice(0, -3)}y` === c) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'ness', 'er', 'ers', 'y']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem === c || `${stem}e` === c || stem.slice(0, -1) === c) return true;
  }
  // British → American spelling and other small rewrites of the word's own stem.
  return c.startsWith(w.slice(0, Math.max(4, w.length - 4))) && Math.abs(c.length - w.length) <= 4;
}

export function corpusTypoReadings(): string[] {
  getPatternIndex();
  const words = new Set<string>();
  for (const f of htmlFiles(CORPUS_DIR))
    for (const w of pageWords(readFileSync(join(CORPUS_DIR, f), 'utf8'))) words.add(w);
  const out: string[] = [];
  for (const w of [...words].sort()) {
    vocab.resetBudget();
    const c = vocab.canonical(w);
    if (!sameWord(w, c)) out.push(`${w} ${c}`);
  }
  return out;
}

if (process.argv[1]?.endsWith('typo-readings.ts')) {
  exitUnlessShared('tests/conformance/typo-readings.ts', [CORPUS_DIR]);
  process.stdout.write(`${corpusTypoReadings().join('\n')}\n`);
}
