// `lexicon` is a lazy view of `getLexicon()` (parsed on first use, so loading the module is
// cheap for the content script): it must behave like the plain array it stands for.
import { describe, expect, test } from 'vitest';
import { getLexicon, lexicon } from './lexicon';

describe('lazy lexicon', () => {
  const groups = getLexicon();

  test('getLexicon returns the same cached array on every call', () => {
    expect(getLexicon()).toBe(groups);
  });

  test.each([
    ['length', () => lexicon.length, groups.length],
    ['Array.isArray', () => Array.isArray(lexicon), true],
    ['index access', () => lexicon[0], groups[0]],
    ['spread', () => [...lexicon], [...groups]],
    ['map', () => lexicon.map((g) => g.concept), groups.map((g) => g.concept)],
    ['find', () => lexicon.find((g) => g.concept === 'massage'), groups.find((g) => g.concept === 'massage')],
    ['Object.keys', () => Object.keys(lexicon), Object.keys(groups)],
    ['JSON', () => JSON.stringify(lexicon), JSON.stringify(groups)],
  ])('%s behaves as on the parsed array', (_name, read, expected) => {
    expect(read()).toEqual(expected);
  });

  test('shares the parsed group objects and deep-equals them', () => {
    expect(lexicon[groups.length - 1]).toBe(groups[groups.length - 1]);
    expect(lexicon).toEqual(groups);
  });

  test('is read-only', () => {
    expect(() => {
      (lexicon as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(lexicon.length).toBe(groups.length);
  });
});
