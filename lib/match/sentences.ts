// Tokens, sentences and paragraphs of a text (FACTS.md §6.1 D1–D4), built only when the scan
// found a candidate. Typed arrays keep it cheap on long pages.
//
// D1: a token is a run of letters or digits. D2: sentences end at . ! ? … followed by whitespace
// (not after a single letter or e.g., i.e., etc., vs., approx., Dr., Mr., Mrs., Ms., St., No.), at a
// blank line, and at the start of a list item. D3: list items belong to the sentence (and paragraph)
// that introduces the list. D4: a paragraph is the text between blank lines.
//
// Two sentence ids per token: `tokSent` is the D4 "same sentence" window after D3 merging (a whole
// list joins its introduction), and `tokLocal` is the plain D2 sentence before that merging. Token
// distances ("within N tokens", "directly before/after", the B-rule span) are counted inside the
// local sentence: D3 widens what "the same sentence" means for co-terms, but it never makes the
// last word of one list item and the first word of the next (or two sentences of one item) a
// phrase — "the back. Nagging pain" is not a back-pain span.
import { NO_SENTENCE_END_AFTER } from '../knowledge/data/report-cues';
import { isWordCode } from './normalize';

const NO_SPLIT_AFTER = NO_SENTENCE_END_AFTER;
const LIST_ITEM = /^[ \t\u00a0]*(?:[•·▪\-*–—][ \t\u00a0]|\d+[.)])/;
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d, 0xbb]); // " ' ) ] ’ ” »

export interface TextModel {
  text: string;
  count: number;
  tokStart: Int32Array;
  tokEnd: Int32Array;
  /** Sentence id of each token (after D3 list merging); non-decreasing. */
  tokSent: Int32Array;
  /** Paragraph id of each token; non-decreasing. */
  tokPara: Int32Array;
  /** Plain D2 sentence id of each token, before D3 list merging (each list item's sentences are
   *  their own); non-decreasing. Token-distance windows stay inside it. */
  tokLocal: Int32Array;
  /** Lower-case token i (cached). */
  lower(i: number): string;
  /** Token i as written. */
  raw(i: number): string;
  /** Index of the first token whose start is ≥ offset (count if none). */
  tokenAtOrAfter(offset: number): number;
  /** First and last token index of sentence s. */
  sentenceRange(s: number): [number, number];
  /** First and last token index of local (D2, unmerged) sentence l. */
  localRange(l: number): [number, number];
  /** First and last token index of paragraph p. */
  paragraphRange(p: number): [number, number];
  /** True when token i is the first token of its sentence or of a list item line. */
  startsUnit(i: number): boolean;
}

export function analyze(text: string): TextModel {
  const cap = Math.max(16, Math.ceil(text.length / 3));
  let tokStart = new Int32Array(cap);
  let tokEnd = new Int32Array(cap);
  let tokSent = new Int32Array(cap);
  let tokPara = new Int32Array(cap);
  let tokLocal = new Int32Array(cap);
  let unitStart = new Uint8Array(cap);
  let count = 0;

  let sid = 0;
  let pid = 0;
  let sentHasTok = false;
  let paraHasTok = false;
  let inList = false;
  let introSid = 0;
  let introPid = 0;
  let blankSeen = false;
  let itemStartPending = false;
  let lid = 0;
  let localHasTok = false;

  /** Ends the local (D2) sentence: every sentence end, list item start and blank line. */
  const newLocal = () => {
    if (localHasTok) {
      lid++;
      localHasTok = false;
    }
  };
  const newSentence = () => {
    newLocal();
    if (sentHasTok) {
      sid++;
      sentHasTok = false;
    }
  };
  const newParagraph = () => {
    newSentence();
    if (paraHasTok) {
      pid++;
      paraHasTok = false;
    }
  };
  const push = (s: number, e: number) => {
    if (count === tokStart.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      tokStart = grow(tokStart);
      tokEnd = grow(tokEnd);
      tokSent = grow(tokSent);
      tokPara = grow(tokPara);
      tokLocal = grow(tokLocal);
      unitStart = grow(unitStart);
    }
    tokStart[count] = s;
    tokEnd[count] = e;
    tokLocal[count] = lid;
    localHasTok = true;
    if (inList) {
      tokSent[count] = introSid;
      tokPara[count] = introPid;
      unitStart[count] = itemStartPending ? 1 : 0;
    } else {
      unitStart[count] = sentHasTok ? 0 : 1;
      sentHasTok = true;
      paraHasTok = true;
      tokSent[count] = sid;
      tokPara[count] = pid;
    }
    itemStartPending = false;
    count++;
  };

  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      blankSeen = true;
      newLocal();
      if (!inList) newParagraph();
    } else {
      if (LIST_ITEM.test(line)) {
        if (!inList) {
          // D3: the list belongs to the last sentence before its first item.
          if (!sentHasTok && sid > 0 && count > 0) {
            introSid = tokSent[count - 1];
            introPid = tokPara[count - 1];
          } else {
            introSid = sid;
            introPid = pid;
            if (!sentHasTok) {
              sentHasTok = true; // an empty intro still owns the list
              paraHasTok = true;
            }
          }
          inList = true;
        }
        newLocal();
        itemStartPending = true;
      } else if (inList && blankSeen) {
        // A plain line after a blank line ends the list.
        inList = false;
        sid = introSid + 1;
        pid = introPid + 1;
        sentHasTok = false;
        paraHasTok = false;
      }
      blankSeen = false;
      // Tokens and sentence ends inside the line.
      let i = lineStart;
      while (i < lineEnd) {
        const c = text.charCodeAt(i);
        if (isWordCode(c)) {
          const s = i;
          while (i < lineEnd && isWordCode(text.charCodeAt(i))) i++;
          push(s, i);
          continue;
        }
        if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
          let k = i + 1;
          while (
            k < lineEnd &&
            (text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x21 || text.charCodeAt(k) === 0x3f)
          )
            k++;
          while (k < lineEnd && CLOSERS.has(text.charCodeAt(k))) k++;
          const atEnd = k >= lineEnd || /\s/.test(text[k]);
          // Inside a list the sentence end is local only: the items stay in their introduction (D3).
          if (atEnd && !(c === 0x2e && k === i + 1 && isNoSplit(text, i, count, tokEnd)))
            if (inList) newLocal();
            else newSentence();
          i = k;
          continue;
        }
        i++;
      }
    }
    lineStart = lineEnd + 1;
  }

  // Preallocated so lazily filled slots keep the array in fast (holey) mode on long texts.
  const lowerCache: (string | undefined)[] = new Array(count);
  const model: TextModel = {
    text,
    count,
    tokStart,
    tokEnd,
    tokSent,
    tokPara,
    tokLocal,
    lower(i) {
      let s = lowerCache[i];
      if (s === undefined) {
        s = text.slice(tokStart[i], tokEnd[i]).toLowerCase();
        lowerCache[i] = s;
      }
      return s;
    },
    raw(i) {
      return text.slice(tokStart[i], tokEnd[i]);
    },
    tokenAtOrAfter(offset) {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokStart[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    sentenceRange(s) {
      return rangeOf(tokSent, count, s);
    },
    localRange(l) {
      return rangeOf(tokLocal, count, l);
    },
    paragraphRange(p) {
      return rangeOf(tokPara, count, p);
    },
    startsUnit(i) {
      return unitStart[i] === 1;
    },
  };
  return model;
}

/** D2 (a): no split after a single letter ("e.g.", "J. Smith") or a listed abbreviation. */
function isNoSplit(text: string, dot: number, count: number, tokEnd: Int32Array): boolean {
  if (count === 0 || tokEnd[count - 1] !== dot) return false;
  let s = dot;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && !/\d/.test(word)) return true;
  // "e.g." / "i.e.": the token before the final dot is a single letter preceded by "x."
  return NO_SPLIT_AFTER.has(word);
}

/** First and last index holding `value` in a non-decreasing array. */
function rangeOf(a: Int32Array, count: number, value: number): [number, number] {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo - 1];
}
