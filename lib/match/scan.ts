// One pass over the text: from every word start, walk the compiled trie on folded characters and
// record every lexicon string that ends on a word boundary (FACTS.md §6 rules 1–4). Overlapping
// raw hits are kept; the engine picks the longest accepted one.
//
// Most pages hold no term (DESIGN.md §5: ≤ 5 ms + 1.5× a bare TreeWalker pass there), and a
// script's first run is interpreted, so a JavaScript loop over every character is slow exactly
// where it matters. A native regular expression of the first letters of every term (TRIE_STARTS, made at
// build time) finds the few word starts where a term can begin; the trie walk runs only there.
// Text holding a soft hyphen or zero-width character (ignored inside terms, rule 1) could hide a
// first word from that expression, so such text is walked from every word start instead.
import type { Compiled, CompiledTerm } from './compile';
import { TRIE_STARTS } from './lexicon-trie.generated';
import { isWordCode, SYM_IGNORE, SYM_NONE, SYM_SEP, symbolOf } from './normalize';

export interface RawHit {
  start: number;
  end: number;
  term: CompiledTerm;
}

/** Characters folding to SYM_IGNORE (normalize.ts). */
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

let starts: RegExp | undefined;

/** True when a separator run from `i` (exclusive end `end`) holds a blank line (a paragraph edge). */
function hasBlankLine(text: string, i: number, end: number): boolean {
  let lines = 0;
  for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10 && ++lines > 1) return true;
  return false;
}

/** Walks the trie from the word start `start`, pushing every term that ends on a word boundary. */
function walkFrom(text: string, start: number, c: Compiled, hits: RawHit[]): void {
  const { kid, sib, sym, root, ends } = c;
  const n = text.length;
  let node = 0;
  let j = start;
  while (j < n) {
    const s = symbolOf(text.charCodeAt(j));
    if (s === SYM_IGNORE) {
      j++;
      continue;
    }
    if (s === SYM_NONE) break;
    // The child along s: the root's by table (its subtree decoded on first use), others by their
    // short child lists (trie-codec.ts).
    let child: number;
    if (node === 0) {
      child = root[s];
      if (child !== 0) c.ensure(s);
    } else {
      child = kid[node];
      while (child !== 0 && sym[child] !== s) child = sib[child];
    }
    if (child === 0) break;
    if (s === SYM_SEP) {
      let k = j + 1;
      while (k < n) {
        const t = symbolOf(text.charCodeAt(k));
        if (t !== SYM_SEP && t !== SYM_IGNORE) break;
        k++;
      }
      if (hasBlankLine(text, j, k)) break; // a term never spans two paragraphs (§6.1 D2 b, c)
      node = child;
      j = k;
      continue;
    }
    node = child;
    j++;
    const found = ends[node];
    if (found !== undefined && (j >= n || !isWordCode(text.charCodeAt(j)))) {
      for (const t of found) {
        const term = c.term(t);
        // Abbreviations match only as written (§6 rule 4); "chiro" is checked by its rule.
        if (term.abbr && text.slice(start, j) !== term.text) continue;
        hits.push({ start, end: j, term });
      }
    }
  }
}

/**
 * Raw hits in order of start (then of length). `compiled` is asked for only when a term can
 * begin somewhere, so text without any first word of a term never builds the trie.
 */
export function scanRaw(text: string, compiled: () => Compiled): RawHit[] {
  const hits: RawHit[] = [];
  const n = text.length;
  if (IGNORABLE.test(text)) {
    const c = compiled();
    let i = 0;
    while (i < n) {
      // Skip to the next word start, walk, then skip the rest of this word.
      while (i < n && !isWordCode(text.charCodeAt(i))) i++;
      if (i >= n) break;
      walkFrom(text, i, c, hits);
      i++;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
    }
    return hits;
  }
  // The expression checks ASCII letters and digits around the word; the exact word-start test
  // (any letter, digit or mark before it, §6 rule 2) is made here.
  starts ??= new RegExp(TRIE_STARTS, 'gi');
  const re = starts;
  re.lastIndex = 0;
  let c: Compiled | undefined;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    // A first word may hold an apostrophe, after which another word starts: search on from here.
    re.lastIndex = start + 1;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    c ??= compiled();
    walkFrom(text, start, c, hits);
  }
  return hits;
}
