// The precomputed lexicon trie (trie-codec.ts) must never drift from lib/knowledge/lexicon.ts, and
// decoding it must give the trie that inserting every folded form would give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getCompiled } from './compile';
import { TRIE_DATA, TRIE_NODES } from './lexicon-trie.generated';
import { ALPHABET, symbolOf } from './normalize';
import { compileTerms } from './terms';
import {
  countNodes,
  type DecodedTrie,
  decodeTrie,
  encodeTrie,
  foldedVariants,
  lexiconForms,
  renderTrieModule,
  trieChild,
} from './trie-codec';

/** Walks a decoded trie along a folded form; the node reached, or -1. */
function walk(trie: DecodedTrie, form: string): number {
  let node = 0;
  for (let i = 0; i < form.length && node >= 0; i++) {
    node = trieChild(trie, node, symbolOf(form.charCodeAt(i))) || -1;
  }
  return node;
}

const terms = compileTerms();
const forms = lexiconForms(terms);

describe('lexicon-trie.generated.ts', () => {
  test('matches the lexicon (else run: npx tsx lib/match/generate-lexicon-trie.ts)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, 'lexicon-trie.generated.ts'), 'utf8');
    expect(onDisk).toBe(renderTrieModule(terms));
  });
});

describe('decoded lexicon trie', () => {
  const trie = getCompiled();
  for (let s = 0; s < ALPHABET; s++) trie.ensure(s);
  const { ends } = trie;
  test('decoded one first letter at a time, it equals the trie decoded at once', () => {
    const whole = decodeTrie(TRIE_DATA, TRIE_NODES);
    expect([...trie.kid]).toEqual([...whole.kid]);
    expect([...trie.sib]).toEqual([...whole.sib]);
    expect([...trie.sym]).toEqual([...whole.sym]);
    expect([...trie.root]).toEqual([...whole.root]);
    expect(trie.ends).toEqual(whole.ends);
  });
  test('has exactly one node per distinct prefix', () => {
    expect(trie.sym.length).toBe(countNodes(forms));
  });
  test('every node is reached from its parent along its own symbol', () => {
    for (let s = 1; s < ALPHABET; s++) if (trie.root[s]) expect(trie.sym[trie.root[s]]).toBe(s);
    for (let node = 1; node < trie.sym.length; node++)
      for (let c = trie.kid[node]; c !== 0; c = trie.sib[c])
        expect(trieChild(trie, node, trie.sym[c])).toBe(c);
  });
  test.each(terms.map((t) => [t.text, t.index] as const))(
    'every form of "%s" ends at its term',
    (_, index) => {
      const own = forms.filter((f) => f.term === index);
      expect(own.length).toBeGreaterThan(0);
      for (const { form } of own) expect(ends[walk(trie, form)]).toContain(index);
    },
  );
  test('term lists are in term order (the scanner reports hits in that order)', () => {
    for (const list of ends) if (list) expect([...list].sort((a, b) => a - b)).toEqual(list);
  });
});

describe('trie codec', () => {
  const cases: [string, { form: string; term: number }[]][] = [
    ['one form', [{ form: 'back pain', term: 0 }]],
    [
      'shared prefixes and a form that is a prefix of another',
      [
        { form: 'back', term: 2 },
        { form: 'back pain', term: 0 },
        { form: 'back pains', term: 1 },
        { form: 'backache', term: 3 },
      ],
    ],
    [
      'one form for two terms',
      [
        { form: "can't pee", term: 4 },
        { form: "can't pee", term: 70 },
      ],
    ],
  ];
  test.each(cases)('%s round-trips', (_, list) => {
    const trie = decodeTrie(encodeTrie(list), countNodes(list));
    for (const { form, term } of list) expect(trie.ends[walk(trie, form)]).toContain(term);
    const endCount = trie.ends.filter((e) => e !== undefined).length;
    expect(endCount).toBe(new Set(list.map((f) => f.form)).size);
  });
  test('data for another node count is refused', () => {
    const list = [{ form: 'sciatica', term: 0 }];
    expect(() => decodeTrie(encodeTrie(list), countNodes(list) + 1)).toThrow(/regenerate/);
  });
  test.each([
    ['non-specific', ['non specific', 'nonspecific']],
    ['low-back pain', ['low back pain', 'lowback pain']],
    ['Bechterew’s disease', ["bechterew's disease"]],
  ])('folded variants of %s', (term, expected) => {
    expect(foldedVariants(term)).toEqual(expected);
  });
});
