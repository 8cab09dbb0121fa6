import { describe, expect, test } from 'vitest';
import { isWordCode, normalizeText, wordTokens } from './normalize';

describe('normalizeText (FACTS.md §6 rule 1)', () => {
  test.each([
    ['Lower Back Pain', 'lower back pain'],
    ['lower back\npain', 'lower back pain'],
    ['lower back\u00a0\u00a0 pain', 'lower back pain'],
    ['low-back pain', 'low back pain'],
    ['can\u2019t pee', "can't pee"],
    ['back\u00adache', 'backache'],
    ['back \u2013 pain', 'back pain'],
  ])('%j → %j', (input, folded) => {
    expect(normalizeText(input).text).toBe(folded);
  });

  test('keepCase keeps letters as written', () => {
    expect(normalizeText('LBP  (low back pain)', true).text).toBe('LBP (low back pain)');
  });

  test.each([
    ['a  b', [0, 1, 3, 4]],
    ['x\u00ady', [0, 2, 3]],
    ['A\n\n-B', [0, 1, 4, 5]],
  ])('offsets of %j map back to the original', (input, offsets) => {
    expect(normalizeText(input).offsets).toEqual(offsets);
  });

  test('every folded character maps back to a character that folds to it', () => {
    const input = 'My LOWER\u00a0back\u2019s been  aching – really.';
    const { text, offsets } = normalizeText(input);
    for (let i = 0; i < text.length; i++) {
      const original = input[offsets[i]];
      if (text[i] === ' ') expect(/[\s\u00a0\u2013-]/.test(original)).toBe(true);
      else if (text[i] === "'") expect(original).toBe('\u2019');
      else expect(original.toLowerCase()).toBe(text[i]);
    }
    expect(offsets[text.length]).toBe(input.length);
  });
});

describe('word characters and tokens (§6 rule 2, §6.1 D1)', () => {
  test.each([
    ['a', true],
    ['7', true],
    ['é', true],
    ['-', false],
    ["'", false],
    ['\u00a0', false],
  ])('%j is a word character: %s', (ch, yes) => {
    expect(isWordCode(ch.charCodeAt(0))).toBe(yes);
  });

  test('every code unit is classified as the Unicode letter, number and mark classes say', () => {
    // The pre-classified blocks (normalize.ts) must agree with the lazy classification.
    const word = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = c >= 0xd800 && c <= 0xdfff ? false : word.test(String.fromCharCode(c));
      if (isWordCode(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    ["back's", ['back', 's']],
    ['back-to-back', ['back', 'to', 'back']],
    ["could've", ['could', 've']],
    ['HLA-B27', ['hla', 'b27']],
  ])('%j → %j', (input, tokens) => {
    expect(wordTokens(input)).toEqual(tokens);
  });
});
