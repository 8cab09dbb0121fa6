// Every word a signal pattern names must be a word the tokeniser can produce: "dont" is always
// split into "do not", and "i'm" into "i am", so a pattern waiting for "dont" or "m" never
// matches (a pattern that demanded "double of vision" hid double vision the same way).
import { describe, expect, test } from 'vitest';
import { LEXICAL } from '../knowledge/lay';
import { tokenize } from './tokenize';

/** Contraction tails the tokeniser drops ("it's" → "it"), and "i'm" → "i am". */
const NEVER_TOKENS = new Set(['m', 's', 'll', 've', 're', 'd', 't']);

function patternWords(source: string): string[] {
  return source
    .split(/\s+/)
    .flatMap((slot) => slot.replace(/\?$/, '').split('|'))
    .filter((w) => !w.startsWith('$') && !w.startsWith('#'))
    .map((w) => w.replace(/^[=^]/, ''))
    .flatMap((w) => w.split('-'));
}

describe('signal patterns use only words the tokeniser produces', () => {
  test.each(LEXICAL.map((f) => [f.id, f.patterns] as const))('%s', (_id, patterns) => {
    const dead = patterns.flatMap((p) =>
      patternWords(p).filter((w) => {
        if (NEVER_TOKENS.has(w)) return true;
        const t = tokenize(w);
        return t.length !== 1 || t[0].raw !== w;
      }),
    );
    expect(dead).toEqual([]);
  });
});

// A pattern whose first slot is optional ("is? not touching…") once made every lookup return
// nothing: a match has to begin somewhere certain.
describe('signal patterns begin with a slot that must be there', () => {
  test.each(LEXICAL.map((f) => [f.id, f.patterns] as const))('%s', (_id, patterns) => {
    expect(patterns.filter((p) => /^\S+\?(\s|$)/.test(p.trim()))).toEqual([]);
  });
});
