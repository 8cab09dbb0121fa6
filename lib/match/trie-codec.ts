// The lexicon trie in a compact, precomputed form (DESIGN.md §5: a page without terms pays ≤ 5 ms
// of fixed start-up). Folding every §6 term into its variants and plurals and inserting them one
// character at a time took ~10 ms on a cold engine, on every page; so that work runs at build time
// (`npx tsx lib/match/generate-lexicon-trie.ts` writes lexicon-trie.generated.ts) and the content
// script only decodes the result: one short loop that creates each trie node once.
//
// Encoding: the folded forms (FACTS.md §6 rules 1 and 3) sorted, front-coded. Each record is
// P suffix I I: P = length of the prefix shared with the previous form, then the rest of the form
// (folded characters a–z, 0–9, ' and one space per separator), then the term index in two digits.
// Numbers use DIGITS, which holds none of the folded characters, so records need no separator.

import { ALPHABET, SYM_SEP, symbolOf } from './normalize';
import { pluralOfTerm } from './plurals';
import type { CompiledTerm } from './terms';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&()*+,-./:;<=>?@[]^_{|}~';
const BASE = DIGITS.length;
/** Longest folded form the decoder's path buffer holds. */
const MAX_FORM = 255;

/**
 * A listed term in folded form, with every variant its hyphens allow (§6 rule 1): a hyphen in a
 * listed term also matches nothing ("non-specific" = "nonspecific"), and any run of spaces or
 * hyphens is one separator (written " "). A space never matches nothing: "backpain" and
 * "backache" match only because they are listed. Runs at build time (and in tests) only.
 */
export function foldedVariants(term: string): string[] {
  const base = term.toLowerCase().replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
  const out = [base.replace(/[\s-]+/g, ' ')];
  if (base.includes('-')) {
    // Each hyphen independently as a separator or as nothing.
    let forms = [base];
    while (forms[0].includes('-')) forms = forms.flatMap((f) => [f.replace('-', ' '), f.replace('-', '')]);
    for (const f of forms) {
      const v = f.replace(/\s+/g, ' ');
      if (!out.includes(v)) out.push(v);
    }
  }
  return out;
}

/**
 * The trie as child lists (DESIGN.md §5: no big tables up front). Nodes are numbered in the order
 * the sorted forms create them; `kid[n]` is n's first child and `sib[c]` the next child of the same
 * parent (0 = none), `sym[c]` the symbol on the edge into c. The root's children, met at every
 * word start, are indexed by symbol in `root` instead.
 */
export interface DecodedTrie {
  kid: Uint16Array;
  sib: Uint16Array;
  sym: Uint8Array;
  root: Uint16Array;
  /** Term indices ending at each node, in increasing order (most nodes have none). */
  ends: (number[] | undefined)[];
}

/**
 * A trie decoded one first symbol at a time: the forms starting with one letter are one run of
 * records (TRIE_SEGMENTS says where), so a page decodes only the letters its text can start a term
 * with. `root` is filled up front; `ensure(s)` decodes the subtree under root[s] before use.
 */
export interface LazyTrie extends DecodedTrie {
  ensure(s: number): void;
}

/** The child of `node` along symbol `s`, or 0 (decoded subtrees only). */
export function trieChild(trie: DecodedTrie, node: number, s: number): number {
  if (node === 0) return trie.root[s];
  const { kid, sib, sym } = trie;
  let c = kid[node];
  while (c !== 0 && sym[c] !== s) c = sib[c];
  return c;
}

/** Every folded form of every term (listed text, its plural, hyphen variants), with its term index. */
export function lexiconForms(terms: readonly CompiledTerm[]): { form: string; term: number }[] {
  const out: { form: string; term: number }[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const plural = term.isBackWord ? undefined : pluralOfTerm(term.text, term.abbr);
    for (const text of plural ? [term.text, plural] : [term.text]) {
      for (const form of foldedVariants(text)) {
        for (let i = 0; i < form.length; i++) {
          const s = symbolOf(form.charCodeAt(i));
          if (s === 0 || s > SYM_SEP) throw new Error(`lexicon term "${form}" has an unmatchable character`);
        }
        const key = `${form}\n${term.index}`;
        if (!seen.has(key)) out.push({ form, term: term.index });
        seen.add(key);
      }
    }
  }
  // Sorted by form, then by term: a node's term list stays in term order (the scanner's hit order).
  return out.sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : a.term - b.term));
}

/** Front-codes sorted forms (see the top of this file). */
export function encodeTrie(forms: readonly { form: string; term: number }[]): string {
  const parts: string[] = [];
  let prev = '';
  for (const { form, term } of forms) {
    let p = 0;
    while (p < form.length && p < prev.length && form[p] === prev[p]) p++;
    if (p >= BASE || term >= BASE * BASE || form.length > MAX_FORM)
      throw new Error('lexicon too large for the trie encoding');
    parts.push(DIGITS[p], form.slice(p), DIGITS[Math.floor(term / BASE)], DIGITS[term % BASE]);
    prev = form;
  }
  return parts.join('');
}

/** Number of trie nodes (the root and one per distinct non-empty prefix) of the forms. */
export function countNodes(forms: readonly { form: string }[]): number {
  const prefixes = new Set<string>(['']);
  for (const { form } of forms) for (let i = 1; i <= form.length; i++) prefixes.add(form.slice(0, i));
  return prefixes.size;
}

/** Apostrophes as the folding knows them (normalize.ts SYM_APOS), for the expression below. */
const APOS_CLASS = '[\\x27\\u2018\\u2019\\u02bc\\u2032]';

/** Letters of a first word the pre-filter looks at (more: fewer false starts, slower to compile). */
const START_LETTERS = 4;

/**
 * Source of a case-insensitive regular expression that matches, at an (ASCII) word edge, the
 * first letters of every form's first word: the scanner's native pre-filter (scan.ts). Four
 * letters keep it small (it compiles in about half a millisecond on a cold engine, against one
 * and a half for whole words) while it still lets through only about one word in twenty of
 * ordinary text. Written as a trie of alternations ("b(?:ack|ad)|…") so it also runs fast. Only
 * ASCII letters, digits and apostrophes occur in first words (lexiconForms checks every
 * character); a shorter word is its own prefix, and a prefix already listed covers longer ones.
 */
export function startsPattern(forms: readonly { form: string }[]): string {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const { form } of forms) {
    const word = form.split(' ')[0];
    if (!/^[a-z0-9][a-z0-9']*$/.test(word)) throw new Error(`form "${form}" cannot start a term`);
    let node = root;
    for (const ch of word.slice(0, START_LETTERS)) {
      let child = node.get(ch);
      if (!child) {
        child = new Map();
        node.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const atom = (ch: string) => (ch === "'" ? APOS_CLASS : ch);
  const emit = (node: Node): string => {
    if (node.end) return '';
    const keys = [...node.keys()].sort();
    const leaves = keys.filter((k) => k !== "'" && (node.get(k) as Node).end);
    const parts = keys.filter((k) => !leaves.includes(k)).map((k) => atom(k) + emit(node.get(k) as Node));
    if (leaves.length === 1) parts.push(leaves[0]);
    else if (leaves.length > 1) parts.push(`[${leaves.join('')}]`);
    return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
  };
  return `(?<![a-z0-9])${emit(root)}`;
}

/**
 * The first stage's word list (gate.ts): the whole first word of every form of a term that can be
 * highlighted on its own (not a §6.1 C1 component), sorted, space-separated. First words are ASCII
 * letters, digits and apostrophes (lexiconForms), which the folding does not change beyond case.
 * A Set of them is built in microseconds; the expression this replaced (every first word as one
 * alternation) took 1–4 ms to compile on every page, most of a small page's cost (issue 10).
 */
export function gateWords(
  forms: readonly { form: string; term: number }[],
  dependent: ReadonlySet<number>,
): string {
  const words = new Set<string>();
  for (const { form, term } of forms) if (!dependent.has(term)) words.add(form.split(' ')[0]);
  return [...words].sort().join(' ');
}

/**
 * Where each first symbol's records start: [symbol, offset in the encoded text, first node]
 * triples, in order. Every character after a record's shared prefix creates one node, so node
 * numbers are counted without building anything.
 */
export function encodeSegments(forms: readonly { form: string }[]): number[] {
  const out: number[] = [];
  let prev = '';
  let offset = 0;
  let node = 1;
  for (const { form } of forms) {
    let p = 0;
    while (p < form.length && p < prev.length && form[p] === prev[p]) p++;
    if (p === 0) out.push(symbolOf(form.charCodeAt(0)), offset, node);
    offset += 1 + (form.length - p) + 2;
    node += form.length - p;
    prev = form;
  }
  return out;
}

function emptyTrie(nodes: number): DecodedTrie & { last: Uint16Array } {
  return {
    kid: new Uint16Array(nodes),
    sib: new Uint16Array(nodes),
    sym: new Uint8Array(nodes),
    root: new Uint16Array(ALPHABET),
    ends: new Array(nodes),
    /** The last child created under each node (children of a node are created one after another). */
    last: new Uint16Array(nodes),
  };
}

let digitOf: Int8Array | undefined;
let symOfChar: Uint8Array | undefined;

/** Decodes the records in [from, to) of `encoded`, numbering new nodes from `first`; returns the next number. */
function decodeRange(
  trie: DecodedTrie & { last: Uint16Array },
  encoded: string,
  from: number,
  to: number,
  first: number,
): number {
  if (digitOf === undefined || symOfChar === undefined) {
    digitOf = new Int8Array(128).fill(-1);
    for (let i = 0; i < BASE; i++) digitOf[DIGITS.charCodeAt(i)] = i;
    // This loop runs cold: symbols come from a small local table, not a call per character.
    symOfChar = new Uint8Array(128);
    for (let c = 0; c < 128; c++) symOfChar[c] = digitOf[c] < 0 ? symbolOf(c) : 0;
  }
  const digit = digitOf;
  const symOf = symOfChar;
  const { kid, sib, sym, root, ends, last } = trie;
  const path = new Int32Array(MAX_FORM + 1);
  let count = first;
  let i = from;
  while (i < to) {
    let depth = digit[encoded.charCodeAt(i++)];
    let node = path[depth];
    // Forms are sorted, so every character after the shared prefix starts a new node.
    for (let c = encoded.charCodeAt(i); digit[c] < 0; c = encoded.charCodeAt(++i)) {
      const s = symOf[c];
      if (node === 0) root[s] = count;
      else if (last[node] === 0) kid[node] = count;
      else sib[last[node]] = count;
      last[node] = count;
      sym[count] = s;
      node = count++;
      path[++depth] = node;
    }
    const term = digit[encoded.charCodeAt(i)] * BASE + digit[encoded.charCodeAt(i + 1)];
    i += 2;
    const list = ends[node];
    if (list === undefined) ends[node] = [term];
    else if (list[list.length - 1] !== term) list.push(term);
  }
  return count;
}

/** Rebuilds the whole trie of `encodeTrie` output; `nodes` sizes the tables once. */
export function decodeTrie(encoded: string, nodes: number): DecodedTrie {
  const trie = emptyTrie(nodes);
  if (decodeRange(trie, encoded, 0, encoded.length, 1) !== nodes)
    throw new Error('lexicon trie data is corrupt: regenerate it');
  return trie;
}

/** The trie of `encodeTrie` output, each first symbol's subtree decoded on first `ensure`. */
export function lazyTrie(encoded: string, nodes: number, segmentList: string): LazyTrie {
  const segments = segmentList.split(',').map(Number);
  const trie = emptyTrie(nodes);
  const ready = new Uint8Array(ALPHABET);
  /** Segment number of each first symbol. */
  const segmentOf = new Int8Array(ALPHABET).fill(-1);
  for (let k = 0; k < segments.length; k += 3) {
    trie.root[segments[k]] = segments[k + 2];
    segmentOf[segments[k]] = k;
  }
  return {
    ...trie,
    ensure(s) {
      if (ready[s] === 1) return;
      ready[s] = 1;
      const k = segmentOf[s];
      if (k < 0) return;
      const to = k + 3 < segments.length ? segments[k + 4] : encoded.length;
      const end = k + 3 < segments.length ? segments[k + 5] : nodes;
      if (decodeRange(trie, encoded, segments[k + 1], to, segments[k + 2]) !== end)
        throw new Error('lexicon trie data is corrupt: regenerate it');
    },
  };
}

/** `export const name = 'value';`, broken where Biome would break it (lines over 110). */
function stringConst(name: string, value: string): string {
  const line = `export const ${name} = '${value}';`;
  return line.length <= 110 ? line : `export const ${name} =\n  '${value}';`;
}

/** The text of lexicon-trie.generated.ts for these terms. */
export function renderTrieModule(terms: readonly CompiledTerm[]): string {
  const forms = lexiconForms(terms);
  const nodes = countNodes(forms);
  if (nodes > 0xffff) throw new Error('lexicon trie too large for a Uint16Array table');
  const encoded = encodeTrie(forms);
  const chunks: string[] = [];
  for (let i = 0; i < encoded.length; i += 100) {
    // Quoted the way Biome formats it (single quotes unless the chunk holds one), so it stays stable.
    const chunk = encoded.slice(i, i + 100);
    chunks.push(chunk.includes("'") ? `  "${chunk}"` : `  '${chunk}'`);
  }
  // The pattern holds backslashes but no quote (apostrophes are written \x27).
  const pattern = startsPattern(forms);
  const patternChunks: string[] = [];
  for (let i = 0; i < pattern.length; i += 100)
    patternChunks.push(`  '${pattern.slice(i, i + 100).replace(/\\/g, '\\\\')}'`);
  // Written as a string (its line breaks would otherwise be Biome's to choose).
  const segments = encodeSegments(forms).join(',');
  const segmentChunks: string[] = [];
  for (let i = 0; i < segments.length; i += 100) segmentChunks.push(`  '${segments.slice(i, i + 100)}'`);
  const dependentTerms = terms.filter((t) => t.component).map((t) => t.index);
  const dependent = dependentTerms.join(',');
  const gate = gateWords(forms, new Set(dependentTerms));
  const gateChunks: string[] = [];
  for (let i = 0; i < gate.length; i += 100) {
    const chunk = gate.slice(i, i + 100);
    gateChunks.push(chunk.includes("'") ? `  "${chunk}"` : `  '${chunk}'`);
  }
  const abbreviations = terms
    .filter((t) => t.abbr)
    .map((t) => `${t.index}:${t.text}`)
    .join(',');
  // Terms with a §6.1 context rule, index:rule: the gate applies a necessary condition of some
  // rules (gate.ts GATE_RULES) so everyday words ("disk", "stone", "went back") do not load the
  // second stage on pages without terms (issue 10).
  const rules = terms
    .filter((t) => t.rule)
    .map((t) => `${t.index}:${t.rule}`)
    .join(',');
  return `// GENERATED by \`npx tsx lib/match/generate-lexicon-trie.ts\` from lib/knowledge/lexicon.ts: do not edit.
// lib/match/lexicon-trie.test.ts fails when this file no longer matches the lexicon.
// Front-coded folded forms of every §6 term; format in lib/match/trie-codec.ts.

/** Number of compiled terms the data was made for. */
export const TRIE_TERMS = ${terms.length};
/** Number of trie nodes (sizes the table). */
export const TRIE_NODES = ${nodes};
export const TRIE_DATA =
${chunks.join(' +\n')};
/** Where each first symbol's records start: "symbol,offset,first node" triples (trie-codec.ts). */
export const TRIE_SEGMENTS =
${segmentChunks.join(' +\n')};
/** The first letters of every form at a word edge (case-insensitive): the scanner's pre-filter. */
export const TRIE_STARTS =
${patternChunks.join(' +\n')};
/** Terms never highlighted on their own (§6.1 C1 components: they need a back anchor): the gate. */
${stringConst('TRIE_DEPENDENT', dependent)}
/** Abbreviations (§6 rule 4: matched only as written), index:text; the gate checks case. */
${stringConst('TRIE_ABBREVIATIONS', abbreviations)}
/** Terms with a §6.1 context rule, index:rule; the gate applies a necessary condition of some. */
${stringConst('TRIE_RULES', rules)}
/** Whole first words of the terms that can be highlighted on their own: the first stage (gate.ts). */
export const TRIE_GATE_WORDS =
${gateChunks.join(' +\n')};
`;
}
