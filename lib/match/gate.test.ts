// The first-stage check (gate.ts) may say yes too often but never no where findTerms finds a
// term: held to that here on every lexicon term in a few contexts and the corpus
// pages, whole and paragraph by paragraph. Its data is generated with the trie (lexicon-trie.test.ts
// checks it matches the lexicon); the shared detection cases are in gate.conformance.test.ts; its list of "back" co-terms is checked against back-rule.ts here.
import { describe, expect, test } from 'vitest';
import { corpusPages } from '../../tests/bench/corpus-text';
import { FORUM_POSTS } from '../../tests/bench/forum-text';
import { CO_TERMS as ABBR_LISTS } from './abbreviations';
import { CO_TERMS, DIRECT_AFTER } from './back-rule';
import { CONTRA, DISC_AFTER, DISC_BEFORE, DISC_LEVEL, MASSAGE_WORD, STONE_NEED } from './context-rules';
import {
  ABBR_CO_TERMS,
  BACK_CO_TERMS,
  CONTRA_WORDS,
  DISC_WORDS,
  EXPANSION_FIRST,
  EXPANSION_WORDS,
  gateMemory,
  MASSAGE_WORDS,
  mayHaveTerms,
  STONE_WORDS,
} from './gate';
import { createScanContext, findTerms } from './index';
import { compileTerms } from './terms';
import type { WordList } from './window';

const missed = (texts: readonly string[]) => texts.filter((t) => findTerms(t).length > 0 && !mayHaveTerms(t));

describe('gate', () => {
  test('knows every co-term of the bare "back" (back-rule.ts B4)', () => {
    for (const list of [CO_TERMS, DIRECT_AFTER]) {
      for (const w of list.singles) expect(w).toMatch(BACK_CO_TERMS);
      for (const p of list.phrases) expect(p.join(' ')).toMatch(BACK_CO_TERMS);
    }
  });

  test.each([
    ['DISC_BEFORE', DISC_BEFORE, DISC_WORDS],
    ['DISC_LEVEL', DISC_LEVEL, DISC_WORDS],
    ['STONE_NEED', STONE_NEED, STONE_WORDS],
    ['MASSAGE_WORD', MASSAGE_WORD, MASSAGE_WORDS],
    ['CONTRA', CONTRA, CONTRA_WORDS],
  ] as [string, WordList, RegExp][])('knows every word of context-rules.ts %s', (_, list, re) => {
    for (const w of list.singles) expect(w).toMatch(re);
    for (const p of list.phrases) expect(p.join(' ')).toMatch(re);
  });

  test('knows every word of context-rules.ts DISC_AFTER and abbreviations.ts CO_TERMS', () => {
    for (const w of DISC_AFTER) expect(w).toMatch(DISC_WORDS);
    for (const [key, re] of Object.entries(ABBR_CO_TERMS)) {
      for (const w of ABBR_LISTS[key].singles) expect(w).toMatch(re);
      for (const p of ABBR_LISTS[key].phrases) expect(p.join(' ')).toMatch(re);
    }
  });

  test('everyday words that are terms only in context do not pass alone (issue 10)', () => {
    for (const t of [
      'The files are written to disk. Play the disc again.',
      'Carved in stone. Larry Stone reports.',
      'Two years later, we went back and looked. Back to top.',
      'She said she would approach the pregnancy and delivery the same way.',
      'Battle of the CES gadgets. AS Opposition Leader said. This is a remake of the Swedish film.',
    ])
      expect(mayHaveTerms(t, undefined, gateMemory())).toBe(false);
    for (const t of [
      'My back is killing me.',
      'My lower back is sore.',
      'A bulging disc at L4.',
      'He passed a kidney stone.',
      'A Swedish massage.',
      'Massage is contraindicated in pregnancy.',
      'AS (ankylosing spondylitis).',
    ])
      expect(mayHaveTerms(t, undefined, gateMemory())).toBe(true);
  });

  test('an abbreviation licensed by its expansion elsewhere on the page passes, in either order', () => {
    for (const [abbr, expansion] of [
      ['Rule out a PE today.', 'A pulmonary embolism is a clot in the lung.'],
      ['Signs of CES.', 'Cauda equina syndrome is rare.'],
    ]) {
      for (const order of [
        [abbr, expansion],
        [expansion, abbr],
      ]) {
        const memory = gateMemory();
        const context = createScanContext();
        const found = order.map((t) => findTerms(t, context).length > 0);
        const said = order.map((t) => mayHaveTerms(t, undefined, memory));
        // Whenever the matcher finds a term in a text, the gate has said yes by then.
        found.forEach((f, i) => {
          if (f) expect(said.slice(0, i + 1)).toContain(true);
        });
      }
      const memory = gateMemory();
      expect(mayHaveTerms(abbr, undefined, memory)).toBe(false);
      expect(memory.waiting.size).toBe(1);
    }
    expect(Object.keys(EXPANSION_WORDS).sort()).toEqual(['AAA', 'CES', 'DVT', 'MSCC', 'PE']);
    // Each expression begins with the word its literal pre-check looks for.
    for (const key in EXPANSION_WORDS)
      expect(EXPANSION_WORDS[key].source.startsWith(EXPANSION_FIRST[key]), key).toBe(true);
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

  test('a word found inside an earlier, longer word is looked for at its own place', () => {
    // "feedback" holds "back"; the hit must be read where the word "back" itself stands.
    expect(mayHaveTerms('Thanks for the feedback. My back hurts since Monday.')).toBe(true);
    expect(mayHaveTerms('Thanks for the feedback, my backlog is long.')).toBe(false);
  });

  test('a text whose lower-case form is longer, or with a soft hyphen, is read the same', () => {
    // "İ" lower-cases to two code units: the word-at-a-time path reads it.
    expect(mayHaveTerms('İstanbul trip: my sciatica flared on the flight.')).toBe(true);
    expect(mayHaveTerms('İstanbul trip: lovely weather all week.')).toBe(false);
    expect(mayHaveTerms('My sci\u00adatica flared.')).toBe(true);
    expect(mayHaveTerms('My sci\u00adatica flared.', [3])).toBe(true);
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
    expect(texts.filter((t) => findTerms(t).length > 0 && !mayHaveTerms(t, undefined, gateMemory()))).toEqual(
      [],
    );
  }, 60_000);

  test('says yes wherever findTerms finds a term: forum posts, whole, by sentence and with soft hyphens', () => {
    const texts = FORUM_POSTS.flatMap((p) => [
      p,
      ...p.split(/(?<=[.!?])\s+/),
      p.replace(/(\w)(\w)/g, '$1\u00ad$2'),
    ]);
    expect(texts.filter((t) => findTerms(t).length > 0 && !mayHaveTerms(t, undefined, gateMemory()))).toEqual(
      [],
    );
  });
});
