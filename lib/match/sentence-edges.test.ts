// No match and no token-distance window runs across a sentence end or a list item edge (FACTS.md
// §6.1 D2, D3, D4; B4/B5). D3 merges a list into its introduction for "same sentence" co-terms
// only. The first text is the block text lib/page/text-walker.ts builds from the list in
// tests/fixtures/source-article.html (a block edge is a blank line, an li starts with "• ",
// whitespace between li elements becomes blank lines), where "the back. Nagging pain" was once
// highlighted as one back-pain span.
import { describe, expect, test } from 'vitest';
import { findTerms, findTermsInBlocks } from './index';
import { analyze } from './sentences';

const ARTICLE_LIST =
  'Consider the main reasons that trigger pain in the lower back.\n\n\n      \n\n\n        \n\n' +
  '• Injuries to the spinal Department. Cause dragging pain, accompanied by radiating to the limbs. ' +
  'The first time, much discomfort is not felt, but over time the pain become permanent.\n\n\n        \n\n' +
  '• Deformation or failure of the vertebra. It is a violation of the internal organs, which causes pain ' +
  'and other unpleasant symptoms.\n\n\n        \n\n' +
  '• Inflammation of the muscles of the back. Nagging pain is worse during motion and when touching the ' +
  'affected area. Pain in the waist accompanied by swelling and redness of the skin.\n\n\n        \n\n' +
  '• Disease spondylitis or a form of arthritis that affects the spine. Pain in the back can spread to ' +
  'the groin area.\n\n\n        \n\n' +
  '• Pyelonephritis. Lower back pain and increased body temperature.';

const spans = (text: string) => findTerms(text).map((m) => text.slice(m.start, m.end));
const SENTENCE_END = /[.!?…]\s|\n/;

describe('matches never cross a sentence end or list item edge', () => {
  test('the source-article list: no span holds a sentence end', () => {
    const found = spans(ARTICLE_LIST);
    expect(found).not.toContain('the back. Nagging pain');
    for (const s of found) expect(s).not.toMatch(SENTENCE_END);
    // The real terms of the list are still found.
    expect(found).toEqual(
      expect.arrayContaining([
        'pain in the lower back',
        'Pain in the back',
        'Pyelonephritis',
        'Lower back pain',
      ]),
    );
  });

  test.each([
    // B4 "within 4 tokens" across two sentences of one list item.
    ['Causes:\n\n• Inflammation of the back. Nagging pain is worse.', []],
    // … and across two list items.
    ['Causes:\n\n• Trouble with the back\n\n• Pain in the waist.', []],
    // Outside a list a sentence end already split it.
    ['He rubbed the back. Pain came later.', []],
    // Inside one sentence of a list item the B rule still works.
    ['Causes:\n\n• Pain in the lower back after lifting.', ['Pain in the lower back']],
    ['Signs:\n\n• my back is killing me', ['my back is killing me']],
  ])('%j → %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('blocks from the page walker: an li is its own local sentence', () => {
    const blocks = [
      { text: 'Consider the main reasons:' },
      { text: 'Inflammation of the muscles of the back. Nagging pain is worse.', listItem: true },
      { text: 'Lower back pain and fever.', listItem: true },
    ];
    const out = findTermsInBlocks(blocks).map((ms, i) => ms.map((m) => blocks[i].text.slice(m.start, m.end)));
    expect(out[1]).toEqual([]);
    expect(out[2]).toEqual(['Lower back pain', 'fever']);
  });

  test('"directly after" words stay in the same item ("fever" then "• pitch" is still a fever)', () => {
    expect(spans('With back pain, watch for:\n\n• fever\n\n• pitch-dark urine')).toContain('fever');
  });
});

describe('sentence model: D3 sentence vs local D2 sentence', () => {
  test('list items share the introduction sentence but not the local sentence', () => {
    const text = 'Intro here:\n\n• one. two\n\n• three';
    const m = analyze(text);
    const tok = (w: string) =>
      Array.from({ length: m.count }, (_, i) => i).findIndex((i) => m.lower(i) === w);
    const [intro, one, two, three] = ['intro', 'one', 'two', 'three'].map(tok);
    expect(new Set([intro, one, two, three].map((i) => m.tokSent[i])).size).toBe(1);
    expect(new Set([intro, one, two, three].map((i) => m.tokLocal[i])).size).toBe(4);
    expect(m.localRange(m.tokLocal[one])).toEqual([one, one]);
  });
});
