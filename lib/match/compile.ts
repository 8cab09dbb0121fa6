// The §6 lexicon ready for matching, made ONCE (lazily, on the first scan): the term table, built
// from lexicon.ts, and a character trie over the folded alphabet of normalize.ts, decoded from
// data precomputed at build time (trie-codec.ts). The scanner walks the trie from each word start,
// so one pass over the text finds every lexicon string at once and a page without terms costs
// little more than reading it.
import { TRIE_DATA, TRIE_NODES, TRIE_TERMS } from './lexicon-trie.generated';
import { type CompiledTerm, compileTerms } from './terms';
import { decodeTrie } from './trie-codec';

export type { CompiledTerm };

export interface Compiled {
  terms: CompiledTerm[];
  /** Dense transition table: next[node * ALPHABET + symbol] → node (0 = none). */
  next: Uint16Array;
  /** Term indices ending at each node (most nodes have none). */
  ends: (number[] | undefined)[];
}

function build(): Compiled {
  const terms = compileTerms();
  // The trie comes precomputed (trie-codec.ts); lexicon-trie.test.ts keeps it in step with the lexicon.
  if (terms.length !== TRIE_TERMS)
    throw new Error('lib/match/lexicon-trie.generated.ts is stale: regenerate it');
  return { terms, ...decodeTrie(TRIE_DATA, TRIE_NODES) };
}

let compiled: Compiled | undefined;

/** The compiled lexicon, built on first use and cached for the life of the script. */
export function getCompiled(): Compiled {
  compiled ??= build();
  return compiled;
}
