import { describe, expect, test } from 'vitest';
import { pluralOfTerm } from './plurals';

describe('generated plurals (FACTS.md §6 rule 3)', () => {
  test.each([
    ['backache', 'backaches'],
    ['disc', 'discs'],
    ['spasm', 'spasms'],
    ['blood clot', 'blood clots'],
    ['injury', 'injuries'],
    ['massage', 'massages'],
    ['abscess', 'abscesses'],
    ['rash', 'rashes'],
    ['back spasm', 'back spasms'],
    ['delay', 'delays'],
  ])('%s → %s', (term, plural) => {
    expect(pluralOfTerm(term, false)).toBe(plural);
  });

  test.each([['fainted'], ['shivering'], ['Swedish'], ['Thai']])('no plural for %s', (term) => {
    expect(pluralOfTerm(term, false)).toBeUndefined();
  });

  test('no plural for abbreviations', () => {
    expect(pluralOfTerm('DOMS', true)).toBeUndefined();
    expect(pluralOfTerm('LBP', true)).toBeUndefined();
  });
});
