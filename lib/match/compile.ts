// Compiles the §6 lexicon ONCE (lazily, on the first scan) into a character trie over the folded
// alphabet of normalize.ts. The scanner walks it from each word start, so one pass over the text
// finds every lexicon string at once and a page without terms costs little more than reading it.
import { lexicon } from '../knowledge/lexicon';
import type { LexiconGroup } from '../knowledge/schema';
import { ALPHABET, SYM_SEP, symbolOf } from './normalize';
import { pluralOfTerm } from './plurals';

/** A lexicon term ready for matching. */
export interface CompiledTerm {
  index: number;
  /** The term as listed in §6 ("back pain", "LBP"). */
  text: string;
  concept: string;
  group: LexiconGroup;
  /** §6.1 rule id (lib/match/context-rules.ts), if any. */
  rule?: string;
  component: boolean;
  /** §6.1 D5: an accepted match of this term is a back anchor. */
  anchor: boolean;
  abbr: boolean;
  also?: string[];
  /** Abbreviation keys (§6.1 A2) this term spells out, e.g. "cauda equina" → CES. */
  expands: string[];
  /** The pseudo-term for the bare word "back" (§6.1 B), never returned as is. */
  isBackWord: boolean;
}

export interface Compiled {
  terms: CompiledTerm[];
  /** Dense transition table: next[node * ALPHABET + symbol] → node (0 = none). */
  next: Int32Array;
  /** Term indices ending at each node (most nodes have none). */
  ends: (number[] | undefined)[];
}

/** §6.1 A2: the expansions that license an abbreviation elsewhere in the document. */
const EXPANSIONS: Record<string, string[]> = {
  CES: ['cauda equina'],
  AAA: ['aortic aneurysm'],
  PE: ['pulmonary embolism', 'pulmonary embolus'],
  DVT: ['deep vein thrombosis'],
  MSCC: ['metastatic spinal cord compression'],
};

/**
 * A listed term in folded form, with every variant its hyphens allow (§6 rule 1): a hyphen in a
 * listed term also matches nothing ("non-specific" = "nonspecific"), and any run of spaces or
 * hyphens is one separator (written " "). A space never matches nothing: "backpain" and
 * "backache" match only because they are listed. Native string operations only: this runs cold.
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

function build(): Compiled {
  const terms: CompiledTerm[] = [];
  const backWord: LexiconGroup = lexicon.find(
    (g) => g.concept === 'nonspecific-low-back-pain',
  ) as LexiconGroup;
  for (const group of lexicon) {
    for (const t of group.terms) {
      if (t.lookup) continue; // [lookup] terms are never highlighted (§6 markers)
      const component = Boolean(group.component || t.component);
      const lower = t.text.toLowerCase();
      terms.push({
        index: terms.length,
        text: t.text,
        concept: group.concept,
        group,
        rule: t.rule,
        component,
        anchor: !component && Boolean(t.anchor ?? group.anchor),
        abbr: Boolean(t.abbr),
        also: t.also ?? group.also,
        expands: Object.keys(EXPANSIONS).filter((k) => EXPANSIONS[k].some((e) => lower.includes(e))),
        isBackWord: false,
      });
    }
  }
  terms.push({
    index: terms.length,
    text: 'back',
    concept: backWord.concept,
    group: backWord,
    rule: 'back-noun',
    component: false,
    anchor: true,
    abbr: false,
    expands: [],
    isBackWord: true,
  });

  // All folded forms joined into one string, so the insertion is one long loop that the JIT
  // optimises early (the compile runs once, on a cold path, on every page).
  const formTerm: number[] = [];
  const forms: string[] = [];
  for (const term of terms) {
    const plural = term.isBackWord ? undefined : pluralOfTerm(term.text, term.abbr);
    for (const form of plural ? [term.text, plural] : [term.text]) {
      for (const v of foldedVariants(form)) {
        forms.push(v);
        formTerm.push(term.index);
      }
    }
  }
  const all = `${forms.join('\n')}\n`;
  let next = new Int32Array(ALPHABET * 8192);
  const ends: (number[] | undefined)[] = [];
  let nodes = 1;
  let node = 0;
  let form = 0;
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    if (c === 10) {
      const list = ends[node] ?? [];
      if (!list.includes(formTerm[form])) list.push(formTerm[form]);
      ends[node] = list;
      node = 0;
      form++;
      continue;
    }
    const s = symbolOf(c);
    if (s === 0 || s > SYM_SEP) throw new Error(`lexicon term "${forms[form]}" has an unmatchable character`);
    const slot = node * ALPHABET + s;
    let child = next[slot];
    if (child === 0) {
      child = nodes++;
      if (nodes * ALPHABET > next.length) {
        const grown = new Int32Array(next.length * 2);
        grown.set(next);
        next = grown;
      }
      next[slot] = child;
    }
    node = child;
  }
  ends.length = nodes;
  return { terms, next: next.slice(0, nodes * ALPHABET), ends };
}

let compiled: Compiled | undefined;

/** The compiled lexicon, built on first use and cached for the life of the script. */
export function getCompiled(): Compiled {
  compiled ??= build();
  return compiled;
}
