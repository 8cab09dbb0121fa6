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
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

// Small tables only (DESIGN.md §5 start-up): ASCII by lookup, the few other characters that fold
// by a switch, and word characters of the blocks English pages use most (Latin-1 and Latin
// Extended letters, general punctuation, currency, arrows, box drawing and symbols) by range
// tests. Anything else is classified on first sight with the Unicode property expression and
// remembered in a 64k table that only pages with such characters allocate. normalize.test.ts
// checks every code unit against that expression.
const asciiSym = new Uint8Array(128);
for (let c = 48; c <= 57; c++) asciiSym[c] = 27 + (c - 48);
for (let c = 65; c <= 90; c++) {
  asciiSym[c] = c - 64;
  asciiSym[c + 32] = c - 64;
}
asciiSym[0x27] = SYM_APOS;
// Whitespace and the hyphen (a hyphen in a term matches a space and a space matches a hyphen).
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d]) asciiSym[c] = SYM_SEP;

/** Folding of the characters above ASCII that take part in terms (FACTS.md §6 rule 1). */
function wideSymbol(c: number): number {
  switch (c) {
    // Apostrophes: curly, modifier letter, prime.
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
      return SYM_APOS;
    // Soft hyphen and zero-width characters vanish.
    case 0xad:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return SYM_IGNORE;
    // No-break, thin and other spaces; line and paragraph separators; hyphen-like dashes. The
    // em dash is punctuation, not a hyphen.
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0x2212:
      return SYM_SEP;
    default:
      return (c >= 0x2000 && c <= 0x200a) || (c >= 0x2010 && c <= 0x2013) ? SYM_SEP : SYM_NONE;
  }
}

let wideWord: Uint8Array | undefined;

/** True when the UTF-16 code unit is a letter, digit or combining mark (a word character, §6 rule 2). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) {
    const s = asciiSym[c];
    return s !== 0 && s < SYM_APOS; // a-z, 0-9
  }
  if (c < 0x250) {
    if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
    return (
      c === 0xaa ||
      c === 0xb2 ||
      c === 0xb3 ||
      c === 0xb5 ||
      c === 0xb9 ||
      c === 0xba ||
      (c >= 0xbc && c <= 0xbe)
    );
  }
  if (
    (c >= 0x2000 && c < 0x2070) ||
    (c >= 0x20a0 && c < 0x20d0) ||
    (c >= 0x2190 && c < 0x2400) ||
    (c >= 0x2500 && c < 0x2776) ||
    (c >= 0xd800 && c <= 0xdfff) // surrogates (emoji, rare scripts): lone halves cannot be classified
  )
    return false;
  wideWord ??= new Uint8Array(0x10000);
  const w = wideWord[c];
  if (w !== 0) return w === WORD_YES;
  const yes = LETTER_OR_DIGIT.test(String.fromCharCode(c));
  wideWord[c] = yes ? WORD_YES : WORD_NO;
  return yes;
}

/** The matcher's symbol for a code unit (0 when it can never be part of a term). */
export function symbolOf(c: number): number {
  return c < 0x80 ? asciiSym[c] : wideSymbol(c);
}

/** True for a code unit that is whitespace (not a hyphen). */
export function isSpaceCode(c: number): boolean {
  return symbolOf(c) === SYM_SEP && c !== 0x2d && (c < 0x2010 || c > 0x2013) && c !== 0x2212;
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
    const s = symbolOf(c);
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
        (symbolOf(input.charCodeAt(i)) === SYM_SEP || symbolOf(input.charCodeAt(i)) === SYM_IGNORE)
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

const LINE_BREAKS = /[\n\r\f\v\u2028\u2029]/g;
const HAS_LINE_BREAK = /[\n\r\f\v\u2028\u2029]/;

/**
 * HTML text as a reader sees it (issue 11 finding #12): outside `pre`, a browser renders any run
 * of white space, line breaks included, as one space, so "back\n\n   pain" in a paragraph reads
 * "back pain". The matcher would take the blank line for a paragraph break (FACTS.md §6.1 D2 b),
 * so the DOM side passes page text through this first. Each line break becomes one space: the
 * length is unchanged, so offsets still map back to the page one to one (and the folding above
 * already treats the run of spaces as one separator).
 */
export function flattenLineBreaks(text: string): string {
  return HAS_LINE_BREAK.test(text) ? text.replace(LINE_BREAKS, ' ') : text;
}
