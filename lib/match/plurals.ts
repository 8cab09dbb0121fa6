// Generated plurals (FACTS.md §6 "Matching" rule 3): only the last word, only these forms, and
// none for abbreviations, for a last word ending in -ed or -ing, or for "Swedish" and "Thai".
// No stemming or lemmatising: "fainted", "collapsed" and "passed out" match only as written.

const NO_PLURAL_WORDS = new Set(['swedish', 'thai']);

/** The plural of a single lower-case word by §6 rule 3, or undefined when none is generated. */
export function pluralOfWord(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  if (word.endsWith('ed') || word.endsWith('ing') || NO_PLURAL_WORDS.has(word)) return undefined;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** A lexicon term's generated plural (its last word pluralised), or undefined. */
export function pluralOfTerm(term: string, abbreviation: boolean): string | undefined {
  if (abbreviation) return undefined;
  const m = /^(.*?)([A-Za-z]+)$/.exec(term);
  if (!m) return undefined;
  const plural = pluralOfWord(m[2].toLowerCase());
  return plural === undefined ? undefined : m[1] + plural;
}
