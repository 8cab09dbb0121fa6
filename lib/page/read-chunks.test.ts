// The background's reading of page text (issue 10): with the real matcher, claim reader and
// lay-language analysis, as the background wires them.
import { describe, expect, test } from 'vitest';
import { analyseText } from '../lookup/context-analysis';
import { mayHaveClaims } from '../match/claim-anchor';
import { findClaims } from '../match/claims';
import { findTerms } from '../match/index';
import { readChunks, readChunksInTurn } from './read-chunks';

const readers = {
  findTerms,
  findClaims: (text: string) => (mayHaveClaims(text) ? findClaims(text) : []),
  analyse: analyseText,
};
const words = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('readChunks', () => {
  test('terms, claims and a lay-worded red flag, with offsets into each chunk', () => {
    const a = 'My lower back pain came back on Monday. Since yesterday I am numb when I wipe.';
    const b = 'A good massage flushes toxins out of your muscles.';
    const { readings } = readChunks([a, b], [], readers);
    expect(words(a, readings[0].terms)).toContain('lower back pain');
    const [flag] = readings[0].flags ?? [];
    expect(flag.findings[0].level).toBe('emergency');
    expect(words(a, flag.findings)).toContain('numb when I wipe');
    // The flag escalates the term of its window's middle sentence.
    expect(flag.terms.map((i) => words(a, [readings[0].terms[i]])[0])).toContain('lower back pain');
    expect(readings[0].claims).toEqual([]);
    expect(words(b, readings[1].claims ?? [])).toEqual(['A good massage flushes toxins out of your muscles']);
  });

  test('a denied sign escalates nothing', () => {
    const text = 'My lower back pain came back on Monday. No numbness when I wipe, thankfully.';
    expect(readChunks([text], [], readers).readings[0].flags).toEqual([]);
  });

  test('abbreviations licensed by an earlier chunk, or an earlier message, count later (§6.1 A2)', () => {
    const later = 'A DVT is treated with blood thinners.';
    const alone = readChunks([later], [], readers);
    expect(words(later, alone.readings[0].terms)).toEqual(['blood thinners']);
    const first = readChunks(['Deep vein thrombosis is a clot in a deep vein.', later], [], readers);
    expect(words(later, first.readings[1].terms)).toEqual(['DVT', 'blood thinners']);
    const next = readChunks([later], first.expansions, readers);
    expect(words(later, next.readings[0].terms)).toEqual(['DVT', 'blood thinners']);
  });
});

test('readChunksInTurn reads the same, pausing between chunks (other messages are answered meanwhile)', async () => {
  const texts = [
    'Deep vein thrombosis is a clot in a deep vein.',
    'A DVT is treated with blood thinners.',
    'Sciatica.',
  ];
  let pauses = 0;
  const inTurn = await readChunksInTurn(texts, [], readers, async () => {
    pauses++;
  });
  expect(pauses).toBe(2);
  expect(inTurn).toEqual(readChunks(texts, [], readers));
});
