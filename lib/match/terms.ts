// The highlightable §6 lexicon terms with what the matcher needs to know about each (FACTS.md §6
// markers, §6.1 rules, A2 expansions). Built from lib/knowledge/lexicon.ts (`getLexicon`, parsed
// on first use) when the first scan hits a term.
import { getLexicon } from '../knowledge/lexicon';
import type { LexiconGroup, LexiconTerm } from '../knowledge/schema';

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

/** §6.1 A2: the expansions that license an abbreviation elsewhere in the document. */
const EXPANSIONS: Record<string, string[]> = {
  CES: ['cauda equina'],
  AAA: ['aortic aneurysm'],
  PE: ['pulmonary embolism', 'pulmonary embolus'],
  DVT: ['deep vein thrombosis'],
  MSCC: ['metastatic spinal cord compression'],
};

/** A quick test before the per-key check below: few terms spell out an abbreviation. */
const EXPANSION_WORDS = /cauda equina|aortic aneurysm|pulmonary embol|deep vein thrombosis|metastatic spinal/;

function compileTerm(group: LexiconGroup, t: LexiconTerm, index: number): CompiledTerm {
  const component = Boolean(group.component || t.component);
  const lower = t.text.toLowerCase();
  return {
    index,
    text: t.text,
    concept: group.concept,
    group,
    rule: t.rule,
    component,
    anchor: !component && Boolean(t.anchor ?? group.anchor),
    abbr: Boolean(t.abbr),
    also: t.also ?? group.also,
    expands: EXPANSION_WORDS.test(lower)
      ? Object.keys(EXPANSIONS).filter((k) => EXPANSIONS[k].some((e) => lower.includes(e)))
      : [],
    isBackWord: false,
  };
}

function backWordTerm(index: number): CompiledTerm {
  const backWord = getLexicon().find((g) => g.concept === 'nonspecific-low-back-pain') as LexiconGroup;
  return {
    index,
    text: 'back',
    concept: backWord.concept,
    group: backWord,
    rule: 'back-noun',
    component: false,
    anchor: true,
    abbr: false,
    expands: [],
    isBackWord: true,
  };
}

/** The highlightable terms of the §6 lexicon, in lexicon order, plus the bare "back" (§6.1 B). */
export function compileTerms(): CompiledTerm[] {
  const terms: CompiledTerm[] = [];
  for (const group of getLexicon()) {
    for (const t of group.terms) {
      if (t.lookup) continue; // [lookup] terms are never highlighted (§6 markers)
      terms.push(compileTerm(group, t, terms.length));
    }
  }
  terms.push(backWordTerm(terms.length));
  return terms;
}

/**
 * The same table, each term compiled on first use: a page meets a handful of the ~500 terms, and
 * the scanner asks by index (DESIGN.md §5 start-up). `count` includes the bare "back" (last).
 */
export function lazyTerms(): { count: number; get(index: number): CompiledTerm } {
  const groupOf: number[] = [];
  const termOf: number[] = [];
  const lexicon = getLexicon();
  lexicon.forEach((group, g) => {
    group.terms.forEach((t, k) => {
      if (t.lookup) return;
      groupOf.push(g);
      termOf.push(k);
    });
  });
  const count = groupOf.length + 1;
  const made: (CompiledTerm | undefined)[] = new Array(count);
  return {
    count,
    get(index) {
      let t = made[index];
      if (t === undefined) {
        if (index === count - 1) t = backWordTerm(index);
        else {
          const group = lexicon[groupOf[index]];
          t = compileTerm(group, group.terms[termOf[index]], index);
        }
        made[index] = t;
      }
      return t;
    },
  };
}
