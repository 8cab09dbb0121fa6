// The §6 lexicon ready for matching, made lazily and at most once: a character trie over the
// folded alphabet of normalize.ts, decoded from data precomputed at build time (trie-codec.ts),
// and the term table built from lexicon.ts one term at a time. The scanner asks for the trie only
// when some first word of a term occurs in the text (scan.ts), and for a term only when it is hit,
// so a page without terms pays for neither (DESIGN.md §5 start-up).
import { TRIE_DATA, TRIE_NODES, TRIE_SEGMENTS, TRIE_TERMS } from './lexicon-trie.generated';
import { type CompiledTerm, lazyTerms } from './terms';
import { type LazyTrie, lazyTrie } from './trie-codec';

export type { CompiledTerm };

/** The trie (child lists, decoded one first letter at a time: trie-codec.ts) and the term table. */
export interface Compiled extends LazyTrie {
  /** The whole term table (compiles every term; the scanner uses `term`). */
  readonly terms: CompiledTerm[];
  /** One term by index, compiled on first use. */
  term(index: number): CompiledTerm;
  /** The pseudo-term for the bare word "back" (§6.1 B), the last index. */
  backTerm(): CompiledTerm;
}

let table: ReturnType<typeof lazyTerms> | undefined;

function termTable(): ReturnType<typeof lazyTerms> {
  if (table === undefined) {
    table = lazyTerms();
    // The trie comes precomputed; lexicon-trie.test.ts keeps it in step with the lexicon.
    if (table.count !== TRIE_TERMS)
      throw new Error('lib/match/lexicon-trie.generated.ts is stale: regenerate it');
  }
  return table;
}

let compiled: Compiled | undefined;
let all: CompiledTerm[] | undefined;

/** The compiled lexicon, built on first use and cached for the life of the script. */
export function getCompiled(): Compiled {
  if (compiled === undefined) {
    compiled = {
      ...lazyTrie(TRIE_DATA, TRIE_NODES, TRIE_SEGMENTS),
      get terms() {
        const t = termTable();
        all ??= Array.from({ length: t.count }, (_, i) => t.get(i));
        return all;
      },
      term: (index) => termTable().get(index),
      backTerm: () => termTable().get(TRIE_TERMS - 1),
    };
  }
  return compiled;
}
