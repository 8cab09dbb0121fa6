// The first-stage check (gate.ts) may say yes too often but never no where findTerms finds a
// term: held to that here on every lexicon term in a few contexts and the corpus
// pages, whole and paragraph by paragraph. Its data is generated with the trie (lexicon-trie.test.ts
// checks it matches the lexicon); the shared detection cases are in gate.conformance.test.ts; its list of "back" co-terms is checked against back-rule.ts here.
import { describe, expect, test } from 'vitest';
import { corpusPages } from '../../tests/bench/corpus-text';
import { CO_TERMS, DIRECT_AFTER } from './back-rule';
import { BACK_CO_TERMS, mayHaveTerms } from './gate';
import { findTerms } from './index';
import { compileTerms } from './terms';

const missed = (texts: readonly string[]) => texts.filter((t) => findTerms(t).length > 0 && !mayHaveTerms(t));

describe('gate', () => {
  test('knows every co-term of the bare "back" (back-rule.ts B4)', () => {
    for (const list of [CO_TERMS, DIRECT_AFTER]) {
      for (const w of list.singles) expect(w).toMatch(BACK_CO_TERMS);
      for (const p of list.phrases) expect(p.join(' ')).toMatch(BACK_CO_TERMS);
    }
  });

  test('says no to text without terms', () => {
    expect(mayHaveTerms('Back to top. Read more about the back office and the back page.')).toBe(false);
    expect(mayHaveTerms('The weather today is fine; as soon as it rains we go home.')).toBe(false);
    expect(mayHaveTerms('')).toBe(false);
  });

  test('tries glued offsets as word starts', () => {
    expect(mayHaveTerms('HomeSciatica exercises')).toBe(false);
    expect(mayHaveTerms('HomeSciatica exercises', [4])).toBe(true);
  });

  test('says yes wherever findTerms finds a term: every lexicon term in context', () => {
    const texts = compileTerms().flatMap((t) => [
      t.text,
      `My ${t.text} is worse today.`,
      `I read that ${t.text} and back pain go together.`,
      `Does a sore back mean ${t.text}?`,
      `• ${t.text}\n\nThe ${t.text.toUpperCase()} came back.`,
    ]);
    expect(missed(texts)).toEqual([]);
  });

  test('says yes wherever findTerms finds a term: corpus pages, whole and by paragraph', () => {
    const texts = corpusPages().flatMap((p) => [p.text, ...p.text.split(/\n\s*\n/)]);
    expect(missed(texts)).toEqual([]);
  }, 60_000);
});
