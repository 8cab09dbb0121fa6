import { describe, expect, test } from 'vitest';
import { LiteralLists } from './literal-lists';

describe('LiteralLists', () => {
  const lists = new LiteralLists([['cur', 'curvature'], [' rid of', 'flush'], undefined, ['salt depo']]);
  const held = (t: string) => [...lists.held(t)];

  test('marks every list one of whose literals the text holds, overlapping ones included', () => {
    expect(held('massage cures a curvature')).toEqual([1, 0, 1, 0]);
    expect(held('it gets rid of salt deposits')).toEqual([0, 1, 1, 1]);
  });

  test('a list without a certain literal is always held; an empty text holds nothing else', () => {
    expect(held('')).toEqual([0, 0, 1, 0]);
  });

  test('a literal at the very end of the text counts', () => {
    expect(held('flush')).toEqual([0, 1, 1, 0]);
    expect(held('xcu')).toEqual([0, 0, 1, 0]);
  });
});
