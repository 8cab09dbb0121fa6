// One pass over the text: from every word start, walk the compiled trie on folded characters and
// record every lexicon string that ends on a word boundary (FACTS.md §6 rules 1–4). Overlapping
// raw hits are kept; the engine picks the longest accepted one. Most words leave the trie after
// one or two characters, so text without terms costs about one read of each character.
import type { Compiled, CompiledTerm } from './compile';
import { ALPHABET, isWordCode, SYM_IGNORE, SYM_NONE, SYM_SEP, symbolOf } from './normalize';

export interface RawHit {
  start: number;
  end: number;
  term: CompiledTerm;
}

/** True when a separator run from `i` (exclusive end `end`) holds a blank line (a paragraph edge). */
function hasBlankLine(text: string, i: number, end: number): boolean {
  let lines = 0;
  for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10 && ++lines > 1) return true;
  return false;
}

export function scanRaw(text: string, c: Compiled): RawHit[] {
  const hits: RawHit[] = [];
  const { next, ends, terms } = c;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to the next word start.
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let node = 0;
    let j = i;
    while (j < n) {
      const s = symbolOf(text.charCodeAt(j));
      if (s === SYM_IGNORE) {
        j++;
        continue;
      }
      if (s === SYM_NONE) break;
      if (s === SYM_SEP) {
        const child = next[node * ALPHABET + SYM_SEP];
        if (child === 0) break;
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
      const child = next[node * ALPHABET + s];
      if (child === 0) break;
      node = child;
      j++;
      const found = ends[node];
      if (found !== undefined && (j >= n || !isWordCode(text.charCodeAt(j)))) {
        for (const t of found) {
          const term = terms[t];
          // Abbreviations match only as written (§6 rule 4); "chiro" is checked by its rule.
          if (term.abbr && text.slice(start, j) !== term.text) continue;
          hits.push({ start, end: j, term });
        }
      }
    }
    // Skip the rest of this word.
    i++;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
  }
  return hits;
}
