// The first stage (DESIGN.md §5 "Cheap where nothing matches"): could this text hold a highlight
// at all? Almost no page a person opens mentions back pain, so the content script loads only this
// check (with the text walker); the matcher, its rules and the painter are loaded when it says yes.
//
// It answers from data generated from the lexicon (lexicon-trie.generated.ts, drift-tested): a
// native expression of the whole first word of every term that can be highlighted on its own
// (TRIE_GATE: on most pages it finds nothing, and no JavaScript runs per word), then at each of its
// few hits scan.ts's trie walk, without the term table. A text can hold
// a match only if it holds a raw hit that could be accepted: not a §6.1 C1 component term (those
// need a back anchor, itself a raw hit that passes here), an abbreviation only as written
// (§6 rule 4), and the bare "back" only with one of its §6.1 B4 co-terms near it. Everything else
// (the context rules) is the matcher's to decide; this check may say yes too often, never no
// where findTerms would find something (gate.test.ts holds it to that).
import {
  TRIE_ABBREVIATIONS,
  TRIE_DATA,
  TRIE_DEPENDENT,
  TRIE_GATE,
  TRIE_NODES,
  TRIE_SEGMENTS,
  TRIE_TERMS,
} from './lexicon-trie.generated';
import { isWordCode, SYM_IGNORE, SYM_NONE, SYM_SEP, symbolOf } from './normalize';
import { type LazyTrie, lazyTrie } from './trie-codec';

/** Characters folding to SYM_IGNORE (normalize.ts), as in scan.ts. */
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** The bare "back" pseudo-term is the last one (terms.ts). */
const BACK_WORD = TRIE_TERMS - 1;

/**
 * Stems of every §6.1 B4 co-term and direct-after word of "back" (back-rule.ts; gate.test.ts
 * checks each one matches): a bare "back" with none of these near it is never highlighted.
 */
export const BACK_CO_TERMS =
  /pain|ache|aching|achy|sore|hurt|agon|killing|stiff|spasm|twinge|tweak|pulled|injur|numb|tingl|throb|gone|went|gave|gives|locked|seized/i;
/** Whitespace-separated words looked at on each side of "back" (B4: 4 tokens after, 4 + 2 before). */
const BACK_WINDOW_WORDS = 8;

let trie: LazyTrie | undefined;
let starts: RegExp | undefined;
let sticky: RegExp | undefined;
/** The word-start test TRIE_GATE begins with (trie-codec.ts gatePattern). */
const LOOKBEHIND = '(?<![a-z0-9])';
let dependent: Set<number> | undefined;
let abbreviations: Map<number, string> | undefined;

function tables(): void {
  trie = lazyTrie(TRIE_DATA, TRIE_NODES, TRIE_SEGMENTS);
  dependent = new Set(TRIE_DEPENDENT ? TRIE_DEPENDENT.split(',').map(Number) : []);
  abbreviations = new Map(
    (TRIE_ABBREVIATIONS ? TRIE_ABBREVIATIONS.split(',') : []).map((e) => {
      const at = e.indexOf(':');
      return [Number(e.slice(0, at)), e.slice(at + 1)] as const;
    }),
  );
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || (c >= 0x2000 && c <= 0x200a)
  );
}

/** True when a co-term of "back" lies within BACK_WINDOW_WORDS words of [start, end). */
function backHasCoTerm(text: string, start: number, end: number): boolean {
  let a = start;
  for (let words = 0; a > 0 && words <= BACK_WINDOW_WORDS; ) {
    a--;
    if (isSpace(text.charCodeAt(a)) && !isSpace(text.charCodeAt(a - 1))) words++;
  }
  let b = end;
  for (let words = 0; b < text.length && words <= BACK_WINDOW_WORDS; b++) {
    if (isSpace(text.charCodeAt(b)) && !isSpace(text.charCodeAt(b + 1))) words++;
  }
  return BACK_CO_TERMS.test(text.slice(a, b));
}

/** True when a hit ending at `j` on `node` could be accepted (see the top of this file). */
function acceptable(text: string, start: number, j: number, found: readonly number[]): boolean {
  for (const t of found) {
    if (dependent!.has(t)) continue;
    const abbr = abbreviations!.get(t);
    if (abbr !== undefined && text.slice(start, j) !== abbr) continue;
    if (t === BACK_WORD && !backHasCoTerm(text, start, j)) continue;
    return true;
  }
  return false;
}

/** scan.ts's walkFrom, stopping at the first acceptable hit. */
function walkFrom(text: string, start: number, t: LazyTrie): boolean {
  const { kid, sib, sym, root, ends } = t;
  const n = text.length;
  let node = 0;
  let j = start;
  while (j < n) {
    const s = symbolOf(text.charCodeAt(j));
    if (s === SYM_IGNORE) {
      j++;
      continue;
    }
    if (s === SYM_NONE) return false;
    let child: number;
    if (node === 0) {
      child = root[s];
      if (child !== 0) t.ensure(s);
    } else {
      child = kid[node];
      while (child !== 0 && sym[child] !== s) child = sib[child];
    }
    if (child === 0) return false;
    if (s === SYM_SEP) {
      // A separator run continues the walk; a blank line in it ends it in scan.ts, so carrying on
      // here can only find more (never fewer) hits.
      let k = j + 1;
      while (k < n) {
        const u = symbolOf(text.charCodeAt(k));
        if (u !== SYM_SEP && u !== SYM_IGNORE) break;
        k++;
      }
      node = child;
      j = k;
      continue;
    }
    node = child;
    j++;
    const found = ends[node];
    if (
      found !== undefined &&
      (j >= n || !isWordCode(text.charCodeAt(j))) &&
      acceptable(text, start, j, found)
    )
      return true;
  }
  return false;
}

/**
 * Could `text` hold a highlight? False means findTerms(text) finds nothing. `glued` lists offsets
 * where two pieces of text were joined with nothing between them although a block edge or line
 * break may separate them on the page (the first stage joins text nodes as they come): each is
 * also tried as a word start.
 */
export function mayHaveTerms(text: string, glued?: readonly number[]): boolean {
  if (trie === undefined) tables();
  const t = trie!;
  const n = text.length;
  if (IGNORABLE.test(text)) {
    if (glued) for (const at of glued) if (walkFrom(text, at, t)) return true;
    for (let i = 0; i < n; ) {
      while (i < n && !isWordCode(text.charCodeAt(i))) i++;
      if (i >= n) break;
      if (walkFrom(text, i, t)) return true;
      i++;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
    }
    return false;
  }
  if (glued && glued.length > 0) {
    // The same expression without its word-start test, anchored at each offset: most offsets
    // (menus, "Home" + "News") begin no term, and the trie is walked only where one may start.
    sticky ??= new RegExp(TRIE_GATE.replace(LOOKBEHIND, ''), 'iy');
    for (const at of glued) {
      sticky.lastIndex = at;
      if (sticky.test(text) && walkFrom(text, at, t)) return true;
    }
  }
  starts ??= new RegExp(TRIE_GATE, 'gi');
  const re = starts;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    re.lastIndex = start + 1;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    if (walkFrom(text, start, t)) {
      re.lastIndex = 0;
      return true;
    }
  }
  return false;
}
