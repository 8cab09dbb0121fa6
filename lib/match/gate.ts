// The first stage (DESIGN.md §5 "Cheap where nothing matches"): could this text hold a highlight
// at all? Almost no page a person opens mentions back pain, so the content script loads only this
// check (with the text walker); the matcher, its rules and the painter are loaded when it says yes.
//
// It answers from data generated from the lexicon (lexicon-trie.generated.ts, drift-tested): the
// whole first word of every term that can be highlighted on its own (TRIE_GATE_WORDS, looked up in
// a Set for each ASCII word of the text, which one native split yields), then at each of its few
// hits scan.ts's trie walk, without the term table. A text can hold
// a match only if it holds a raw hit that could be accepted: not a §6.1 C1 component term (those
// need a back anchor, itself a raw hit that passes here), an abbreviation only as written
// (§6 rule 4), the bare "back" only after a §6.1 B2 determiner and with one of its B4 co-terms near
// it, and a term with one of the GATE_RULES context rules only where a necessary condition of that
// rule holds (issue 10: "disk", "stone", "pregnancy", "CES", "went back" loaded the second stage on
// 12 of the 89 corpus pages, none of which has a term). Everything else (the context rules) is the
// matcher's to decide; this check may say yes too often, never no where findTerms would find
// something (gate.test.ts holds it to that).
import {
  TRIE_ABBREVIATIONS,
  TRIE_DATA,
  TRIE_DEPENDENT,
  TRIE_GATE_WORDS,
  TRIE_NODES,
  TRIE_RULES,
  TRIE_SEGMENTS,
  TRIE_TERMS,
} from './lexicon-trie.generated';
import { isWordCode, SYM_IGNORE, SYM_NONE, SYM_SEP, symbolOf } from './normalize';
import { type LazyTrie, lazyTrie } from './trie-codec';

/** Characters folding to SYM_IGNORE (normalize.ts), as in scan.ts. */
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORABLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

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
/** §6.1 B2: a body-noun "back" follows a determiner, or one of these modifiers after a determiner. */
const BACK_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'an']);
const BACK_MODIFIERS = new Set(['lower', 'upper', 'middle', 'mid', 'bad', 'sore', 'stiff']);

/**
 * What the gate knows across the texts of one page: §6.1 A2 licenses an abbreviation by its
 * expansion anywhere in the document (the scanner reads what is in view first, so "earlier" is not
 * page order). PageGate keeps one; without it, such an abbreviation always passes.
 */
export interface GateMemory {
  /** Abbreviation keys whose expansion the page holds. */
  expanded: Set<string>;
  /** Abbreviation keys met without their expansion yet. */
  waiting: Set<string>;
}

export function gateMemory(): GateMemory {
  return { expanded: new Set(), waiting: new Set() };
}

/**
 * §6.1 A2 expansions (terms.ts EXPANSIONS, whose words every expanding term holds), loosely: any
 * non-word run between the words, so every folded variant and soft hyphen passes.
 */
export const EXPANSION_WORDS: Record<string, RegExp> = {
  CES: /cauda[^a-z0-9]*equina/i,
  AAA: /aortic[^a-z0-9]*aneurysm/i,
  PE: /pulmonary[^a-z0-9]*embol/i,
  DVT: /deep[^a-z0-9]*vein[^a-z0-9]*thrombosis/i,
  MSCC: /metastatic[^a-z0-9]*spinal/i,
};

/** The first word of each EXPANSION_WORDS expression, lower-case (gate.test.ts checks them). */
export const EXPANSION_FIRST: Record<string, string> = {
  CES: 'cauda',
  AAA: 'aortic',
  PE: 'pulmonary',
  DVT: 'deep',
  MSCC: 'metastatic',
};

/**
 * A necessary condition of a §6.1 context rule (context-rules.ts, abbreviations.ts), tested on the
 * gate's text around a hit [start, end): false means the rule rejects the hit there. Only rules
 * whose terms are everyday words are here; any other rule passes. gate.test.ts checks that the
 * words each one looks for cover the rule's own lists. 'dependent' means the rule accepts the
 * term only beside another match, which passes the gate by itself.
 */
type GateRule = (text: string, start: number, end: number, key: string) => boolean | 'dependent';

/** Stems of context-rules.ts DISC_BEFORE, DISC_AFTER and DISC_LEVEL. */
export const DISC_WORDS =
  /slipped|herniat|prolaps|bulg|ruptur|degenerat|lumbar|spinal|intervertebral|protrusion|l4|l5|s1/i;
/** Stems of context-rules.ts STONE_NEED. */
export const STONE_WORDS = /kidney|renal|ureter|urolog|urine|colic/i;
/** context-rules.ts MASSAGE_WORD and CONTRA. */
export const MASSAGE_WORDS = /massage/i;
export const CONTRA_WORDS = /contraindicat/i;
/** Stems of abbreviations.ts CO_TERMS, per abbreviation (A3: within 6 tokens). */
export const ABBR_CO_TERMS: Record<string, RegExp> = {
  AS: /ankylos|spondyl|axspa|bechterew|bekhterev|hla|b27|iritis|uveitis/i,
  PID: /pelvic|womb|fallopian|ovar|uterus|chlamydia|gonorr|sti|vaginal/i,
  LBP: /back|lumbar|pain|sciatica|physio/i,
  DOMS: /muscle|sore|workout|exercise|training/i,
  RMT: /massage|therapist|registered/i,
  LMT: /massage|therapist|licensed/i,
};

const GATE_RULES: Record<string, GateRule> = {
  // Spinal word within 2 tokens before, a disc-disease word after, or a level within 2.
  disc: (text, start, end) => DISC_WORDS.test(around(text, start, end, 2, 2)),
  // A kidney word in the sentence: somewhere in this text.
  stone: (text) => STONE_WORDS.test(text),
  // "massage" within 4 tokens after.
  'swedish-thai': (text, start, end) => MASSAGE_WORDS.test(around(text, start, end, 0, 4)),
  // Only with a massage match in the paragraph, unless a contraindication word is in it.
  'massage-context': (text) => (CONTRA_WORDS.test(text) ? true : 'dependent'),
  // A3: a co-term within 6 tokens (UTI has its own rule: it passes).
  'abbr-coterm': (text, start, end, key) => {
    const co = ABBR_CO_TERMS[key];
    return co === undefined || co.test(around(text, start, end, 6, 6));
  },
};

/** The text around [start, end) with `before` word tokens (runs of isWordCode) before, `after` after. */
function around(text: string, start: number, end: number, before: number, after: number): string {
  let a = start;
  for (let runs = 0; a > 0 && runs < before; ) {
    a--;
    if (isWordCode(text.charCodeAt(a)) && !isWordCode(text.charCodeAt(a - 1))) runs++;
  }
  let b = end;
  for (let runs = 0; b < text.length && runs < after; b++) {
    if (isWordCode(text.charCodeAt(b)) && !isWordCode(text.charCodeAt(b + 1))) runs++;
  }
  return text.slice(a, b);
}

/** §6.1 B2: the word before `start` is a determiner, or a modifier after one. */
function backHasDeterminer(text: string, start: number): boolean {
  const word = (end: number): [string, number] => {
    let e = end;
    while (e > 0 && !isWordCode(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
    return [text.slice(s, e).toLowerCase(), s];
  };
  const [w1, s1] = word(start);
  if (BACK_DETERMINERS.has(w1)) return true;
  return BACK_MODIFIERS.has(w1) && BACK_DETERMINERS.has(word(s1)[0]);
}

let trie: LazyTrie | undefined;
/** TRIE_GATE_WORDS without apostrophes, and for those with one: the part before it → after it. */
let gateWords: Set<string> | undefined;
let aposWords: Map<string, string[]> | undefined;
/**
 * Splits text into runs of ASCII letters and digits and what lies between (kept, so offsets can be
 * counted): a term's first word, at ASCII word edges, is one whole run (or two around an apostrophe).
 */
const ASCII_WORDS = /([^A-Za-z0-9]+)/;
let dependent: Set<number> | undefined;
let abbreviations: Map<number, string> | undefined;
let rules: Map<number, string> | undefined;

/** gateWords and the heads of aposWords: what a text's words are intersected with. */
let starts: Set<string> | undefined;
/**
 * The words two sets share: Set.prototype.intersection where the engine has it (Chrome 122+,
 * Firefox 127+: a native loop), else the same answer from a loop here (Node 20, the unit tests).
 */
const intersect: (a: Set<string>, b: Set<string>) => Set<string> =
  typeof (Set.prototype as { intersection?: unknown }).intersection === 'function'
    ? (a, b) => (a as unknown as { intersection(o: Set<string>): Set<string> }).intersection(b)
    : (a, b) => {
        const out = new Set<string>();
        for (const w of a) if (b.has(w)) out.add(w);
        return out;
      };

/** Runs of ASCII letters and digits in lower-cased text. */
const ASCII_WORD_RUNS = /[a-z0-9]+/g;

/** Where `word`, as a whole run of ASCII letters and digits of `lower`, starts at or after `from` (-1: nowhere). */
function runAt(lower: string, word: string, from: number): number {
  for (let at = lower.indexOf(word, from); ; at = lower.indexOf(word, at + 1)) {
    if (at < 0) return -1;
    if (!isAsciiWord(lower.charCodeAt(at - 1)) && !isAsciiWord(lower.charCodeAt(at + word.length))) return at;
  }
}

function words(): void {
  // Built natively (the split and the Set constructor), not word by word in a cold loop (issue 10).
  // The few words with an apostrophe stay in the Set too: a run of ASCII letters and digits, all
  // it is asked about, never equals one.
  const all: string = TRIE_GATE_WORDS;
  gateWords = new Set(all.split(' '));
  aposWords = new Map();
  for (const w of all.match(/[^ ']+'[^ ]*/g) ?? []) {
    const at = w.indexOf("'");
    const head = w.slice(0, at);
    aposWords.set(head, [...(aposWords.get(head) ?? []), w.slice(at + 1)]);
  }
}

/** The apostrophes a first word may hold (trie-codec.ts APOS_CLASS). */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc || c === 0x2032;
}

function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * Does a term's first word (TRIE_GATE_WORDS, any case) stand at `at`, ending at an ASCII word edge?
 * `word` is the run of ASCII letters and digits starting there.
 */
function firstWordAt(text: string, at: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (gateWords!.has(lower)) return true;
  const tails = aposWords!.get(lower);
  if (tails === undefined) return false;
  const after = at + word.length;
  if (!isApostrophe(text.charCodeAt(after))) return false;
  let end = after + 1;
  while (end < text.length && isAsciiWord(text.charCodeAt(end))) end++;
  return tails.includes(text.slice(after + 1, end).toLowerCase());
}

function tables(): void {
  trie = lazyTrie(TRIE_DATA, TRIE_NODES, TRIE_SEGMENTS);
  dependent = new Set(TRIE_DEPENDENT ? TRIE_DEPENDENT.split(',').map(Number) : []);
  const pairs = (list: string) =>
    new Map(
      (list ? list.split(',') : []).map((e) => {
        const at = e.indexOf(':');
        return [Number(e.slice(0, at)), e.slice(at + 1)] as const;
      }),
    );
  abbreviations = pairs(TRIE_ABBREVIATIONS);
  rules = pairs(TRIE_RULES);
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
function acceptable(
  text: string,
  start: number,
  j: number,
  found: readonly number[],
  memory: GateMemory | undefined,
): boolean {
  for (const t of found) {
    if (dependent!.has(t)) continue;
    const abbr = abbreviations!.get(t);
    if (abbr !== undefined && text.slice(start, j) !== abbr) continue;
    if (t === BACK_WORD && !(backHasDeterminer(text, start) && backHasCoTerm(text, start, j))) continue;
    const rule = rules!.get(t);
    if (rule === 'abbr-expansion' && memory && abbr !== undefined) {
      // A2: licensed by its expansion anywhere on the page (mayHaveTerms looks for it).
      if (memory.expanded.has(abbr)) return true;
      if (EXPANSION_WORDS[abbr]) {
        memory.waiting.add(abbr);
        continue;
      }
    }
    const check = rule === undefined ? undefined : GATE_RULES[rule];
    if (check !== undefined && check(text, start, j, abbr ?? '') !== true) continue;
    return true;
  }
  return false;
}

/** Records the expansions `text` holds; true when one licenses an abbreviation met before. */
function expansionsLicense(text: string, memory: GateMemory): boolean {
  let hit = false;
  let lower: string | undefined;
  for (const key in EXPANSION_WORDS) {
    if (memory.expanded.has(key)) continue;
    // Its first word, as a substring of the lower-cased text, before the expression is compiled:
    // on most pages none is there, and five compilations per page are saved (issue 10).
    lower ??= text.toLowerCase();
    if (!lower.includes(EXPANSION_FIRST[key]) || !EXPANSION_WORDS[key].test(text)) continue;
    memory.expanded.add(key);
    if (memory.waiting.has(key)) hit = true;
  }
  return hit;
}

/** scan.ts's walkFrom, stopping at the first acceptable hit. */
function walkFrom(text: string, start: number, memory: GateMemory | undefined): boolean {
  // Decoded at the first word that may begin a term: most pages have none (issue 10).
  if (trie === undefined) tables();
  const t = trie!;
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
      acceptable(text, start, j, found, memory)
    )
      return true;
  }
  return false;
}

/**
 * Could `text` hold a highlight? False means findTerms(text) finds nothing. `glued` lists offsets
 * where two pieces of text were joined with nothing between them although a block edge or line
 * break may separate them on the page (the first stage joins text nodes as they come): each is
 * also tried as a word start. `memory` carries what one page's texts told before (GateMemory).
 */
export function mayHaveTerms(text: string, glued?: readonly number[], memory?: GateMemory): boolean {
  const n = text.length;
  if (IGNORABLE.test(text)) {
    // Ignorable characters fold to nothing (normalize.ts SYM_IGNORE): read the text without them,
    // so words and word counts are what the matcher sees (or, where it splits a word at one, fewer
    // words in the same span: the checks can only say yes more often).
    // Without glued offsets to move, no character-by-character pass (one soft hyphen on a page
    // cost a cold loop over all its text, issue 10).
    if (glued === undefined || glued.length === 0)
      return mayHaveTerms(text.replace(IGNORABLE_ALL, ''), undefined, memory);
    const shifted: number[] = [];
    let removed = 0;
    let k = 0;
    const at = glued ?? [];
    for (let i = 0; i <= n; i++) {
      while (k < at.length && at[k] === i) shifted.push(at[k++] - removed);
      if (i < n && symbolOf(text.charCodeAt(i)) === SYM_IGNORE) removed++;
    }
    return mayHaveTerms(text.replace(IGNORABLE_ALL, ''), shifted, memory);
  }
  if (gateWords === undefined) words();
  if (glued && glued.length > 0) {
    // Each offset also begins a word (most, as in menus' "Home" + "News", begin no term).
    for (const at of glued) {
      let end = at;
      while (end < n && isAsciiWord(text.charCodeAt(end))) end++;
      if (end > at && firstWordAt(text, at, text.slice(at, end)) && walkFrom(text, at, memory)) return true;
    }
  }
  // The text lower-cased once and its ASCII words listed by one native match, then a Set lookup
  // per word: no per-word call or copy in this cold loop (issue 10), where one expression of every
  // first word cost 1–4 ms to compile on every page. Offsets are found for the few hits only.
  const lower = text.toLowerCase();
  if (lower.length === n) {
    // The words the text shares with the first words (natively where the browser can), then each
    // one's runs: no cold JavaScript loop over every word of the page (issue 10).
    starts ??= new Set([...gateWords!, ...aposWords!.keys()]);
    for (const word of intersect(new Set(lower.match(ASCII_WORD_RUNS)), starts)) {
      for (let at = runAt(lower, word, 0); at >= 0; at = runAt(lower, word, at + word.length))
        if (
          firstWordAt(text, at, word) &&
          !(at > 0 && isWordCode(text.charCodeAt(at - 1))) &&
          walkFrom(text, at, memory)
        )
          return true;
    }
    return memory !== undefined && expansionsLicense(text, memory);
  }
  // A text whose lower-case form is longer ("İ"): one native split, and a word lower-cased at a time.
  const parts = text.split(ASCII_WORDS);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // Even entries are words (the first may be empty), odd ones what separates them.
    if ((i & 1) === 0 && part.length > 0 && firstWordAt(text, at, part)) {
      if (!(at > 0 && isWordCode(text.charCodeAt(at - 1))) && walkFrom(text, at, memory)) return true;
    }
    at += part.length;
  }
  return memory !== undefined && expansionsLicense(text, memory);
}
