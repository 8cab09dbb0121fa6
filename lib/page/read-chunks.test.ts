// The background's reading of page text (issue 10): with the real matcher, claim reader and
// lay-language analysis, as the background wires them.
import { describe, expect, test } from 'vitest';
import { analyseText } from '../lookup/context-analysis';
import { mayHaveClaims } from '../match/claim-anchor';
import { findClaims } from '../match/claims';
import { findTerms, type ScanContext } from '../match/index';
import { readChunks } from './read-chunks';

const readers = {
  findTerms,
  findClaims: (text: string) => (mayHaveClaims(text) ? findClaims(text) : []),
  analyse: analyseText,
};
/** No pause between chunks: the readings are the same either way. */
const now = async () => undefined;
const words = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('readChunks', () => {
  test('terms, claims and a lay-worded red flag, with offsets into each chunk', async () => {
    const a = 'My lower back pain came back on Monday. Since yesterday I am numb when I wipe.';
    const b = 'A good massage flushes toxins out of your muscles.';
    const { readings } = await readChunks([a, b], [], readers, now);
    expect(words(a, readings[0].terms)).toContain('lower back pain');
    const [flag] = readings[0].flags ?? [];
    expect(flag.findings[0].level).toBe('emergency');
    expect(words(a, flag.findings)).toContain('numb when I wipe');
    // The flag escalates the term of its window's middle sentence.
    expect(flag.terms.map((i) => words(a, [readings[0].terms[i]])[0])).toContain('lower back pain');
    expect(readings[0].claims).toEqual([]);
    expect(words(b, readings[1].claims ?? [])).toEqual(['A good massage flushes toxins out of your muscles']);
  });

  test('a denied sign escalates nothing', async () => {
    const text = 'My lower back pain came back on Monday. No numbness when I wipe, thankfully.';
    expect((await readChunks([text], [], readers, now)).readings[0].flags).toEqual([]);
  });

  test('abbreviations licensed by an earlier chunk, or an earlier message, count later (§6.1 A2)', async () => {
    const later = 'A DVT is treated with blood thinners.';
    const alone = await readChunks([later], [], readers, now);
    expect(words(later, alone.readings[0].terms)).toEqual(['blood thinners']);
    const first = await readChunks(
      ['Deep vein thrombosis is a clot in a deep vein.', later],
      [],
      readers,
      now,
    );
    expect(words(later, first.readings[1].terms)).toEqual(['DVT', 'blood thinners']);
    const next = await readChunks([later], first.expansions, readers, now);
    expect(words(later, next.readings[0].terms)).toEqual(['DVT', 'blood thinners']);
  });
});

test('the background pauses between chunks, not before the first (other messages are answered meanwhile)', async () => {
  const texts = [
    'Deep vein thrombosis is a clot in a deep vein.',
    'A DVT is treated with blood thinners.',
    'Sciatica.',
  ];
  const order: string[] = [];
  const counting = {
    ...readers,
    findTerms: (t: string, c: ScanContext) => (order.push(t.slice(0, 5)), findTerms(t, c)),
  };
  await readChunks(texts, [], counting, async () => {
    order.push('pause');
  });
  expect(order).toEqual(['Deep ', 'pause', 'A DVT', 'pause', 'Sciat']);
});
