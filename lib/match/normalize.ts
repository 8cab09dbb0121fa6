// Character folding shared by the matcher and by anyone who needs the same normalised view of a
// text (FACTS.md §6 "Matching" rule 1): case folded, curly apostrophes straight, any run of
// spaces / line breaks / no-break spaces / hyphens is one separator, soft hyphens and zero-width
// characters vanish. The matcher folds on the fly (no copy of the page text); `normalizeText`
// returns the folded string plus an offset map back to the original, for callers that want one.

/** Symbol of a folded character in the matcher's alphabet. */
export const SYM_NONE = 0; // not part of any term: ends a walk
export const SYM_APOS = 37;
export const SYM_SEP = 38;
export const SYM_IGNORE = 39; // soft hyphen, zero-width characters: skipped
export const ALPHABET = 39; // symbols 1..38 are transitions (a-z 1..26, 0-9 27..36, ' 37, sep 38)

const WORD_YES = 1;
const WORD_NO = 2;
const wordTable = new Uint8Array(0x10000);
const symTable = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

// ASCII is classified below; the rest lazily by isWordCode (0 = not classified yet). A native fill, not a 64k-step
// loop: this runs at start-up on every page.
wordTable.fill(WORD_NO, 0, 128);
for (let c = 48; c <= 57; c++) {
  wordTable[c] = WORD_YES;
  symTable[c] = 27 + (c - 48);
}
for (let c = 65; c <= 90; c++) {
  wordTable[c] = WORD_YES;
  wordTable[c + 32] = WORD_YES;
  symTable[c] = c - 64;
  symTable[c + 32] = c - 64;
}
// Apostrophes: straight, curly, modifier letter, prime (FACTS.md §6 rule 1).
for (const c of [0x27, 0x2018, 0x2019, 0x02bc, 0x2032]) symTable[c] = SYM_APOS;
// Whitespace, including no-break and thin spaces, and hyphen-like dashes (a hyphen in a term matches
// a space and a space matches a hyphen, §6 rule 1). The em dash is punctuation, not a hyphen.
for (const c of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x2d, 0x2010, 0x2011, 0x2012,
  0x2013, 0x2212,
])
  symTable[c] = SYM_SEP;
for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) {
  symTable[c] = SYM_IGNORE;
  wordTable[c] = WORD_NO;
}

/** True when the UTF-16 code unit is a letter, digit or combining mark (a word character, §6 rule 2). */
export function isWordCode(c: number): boolean {
  const w = wordTable[c];
  if (w === WORD_YES) return true;
  if (w === WORD_NO) return false;
  // Surrogates (emoji, rare scripts) count as non-word: lone halves cannot be classified.
  const yes = c < 0xd800 || c > 0xdfff ? LETTER_OR_DIGIT.test(String.fromCharCode(c)) : false;
  wordTable[c] = yes ? WORD_YES : WORD_NO;
  return yes;
}

/** The matcher's symbol for a code unit (0 when it can never be part of a term). */
export function symbolOf(c: number): number {
  return symTable[c];
}

/** True for a code unit that is whitespace (not a hyphen). */
export function isSpaceCode(c: number): boolean {
  return symTable[c] === SYM_SEP && c !== 0x2d && (c < 0x2010 || c > 0x2013) && c !== 0x2212;
}

export interface Normalized {
  /** Folded text: lower case, "'" for apostrophes, one " " per separator run. */
  text: string;
  /** offsets[i] is the index in the original text of folded character i; offsets[text.length] = original length. */
  offsets: number[];
}

/**
 * Folds `input` for comparison (FACTS.md §6 rule 1) and keeps a map back to the original offsets
 * (DESIGN.md §7: 10ten's normalizeInput). `keepCase` keeps letters as written, for abbreviations
 * (§6 rule 4). Hyphens become the separator, so "low-back" and "low back" fold alike; a term's
 * "nothing" variant ("lowback") is the matcher's job, not the folding's.
 */
export function normalizeText(input: string, keepCase = false): Normalized {
  const out: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    const s = symTable[c];
    if (s === SYM_IGNORE) {
      i++;
      continue;
    }
    if (s === SYM_SEP) {
      out.push(' ');
      offsets.push(i);
      i++;
      while (
        i < input.length &&
        (symTable[input.charCodeAt(i)] === SYM_SEP || symTable[input.charCodeAt(i)] === SYM_IGNORE)
      )
        i++;
      continue;
    }
    if (s === SYM_APOS) out.push("'");
    else if (keepCase) out.push(input[i]);
    else {
      const lower = input[i].toLowerCase();
      // Keep one folded unit per original unit so the offset map stays exact.
      out.push(lower.length === 1 ? lower : input[i]);
    }
    offsets.push(i);
    i++;
  }
  offsets.push(input.length);
  return { text: out.join(''), offsets };
}

/** Splits a phrase into lower-case word tokens (FACTS.md §6.1 D1: apostrophes and hyphens split words). */
export function wordTokens(phrase: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= phrase.length; i++) {
    const w = i < phrase.length && isWordCode(phrase.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      out.push(phrase.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
}
