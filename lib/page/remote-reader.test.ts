// The content script's side of 'page:read' (issue 10): batching, document order, the document's
// abbreviation context, and reading locally when the background does not answer.
import { describe, expect, test, vi } from 'vitest';
import type { ScanContext } from '../match/index';
import { MAX_READ_CHARS, MAX_READ_TEXT, MAX_READ_TEXTS } from '../messages';
import type { ChunkReading } from './read-chunks';
import { createRemoteReader } from './remote-reader';

/** A fake background: each text's reading names the text; it licenses "ces" when a text says so. */
function background(answer?: (texts: string[], expansions: string[]) => unknown) {
  const calls: { texts: string[]; expansions: string[] }[] = [];
  let release: () => void = () => undefined;
  const send = vi.fn(async (texts: string[], expansions: string[]) => {
    calls.push({ texts, expansions });
    if (calls.length === 1) await new Promise<void>((r) => (release = r));
    if (answer) return answer(texts, expansions);
    const more = texts.some((t) => t.includes('cauda equina syndrome')) ? ['ces'] : [];
    return {
      readings: texts.map((t) => ({ terms: [{ start: 0, end: 1, conceptId: t, term: t }] })),
      expansions: [...expansions, ...more],
    };
  });
  return { send, calls, release: () => release() };
}

const localReader = () =>
  vi.fn(
    (text: string, context: ScanContext): ChunkReading => ({
      terms: [{ start: 0, end: 1, conceptId: `local:${text}:${[...context.expansions].join()}`, term: text }],
    }),
  );
const id = (r: ChunkReading) => r.terms[0].conceptId;

describe('createRemoteReader', () => {
  test('chunks asked for in one task travel in one message; later ones wait and go together, in order', async () => {
    const bg = background();
    const read = createRemoteReader({ send: bg.send, local: localReader() });
    const first = [read('a'), read('b')];
    await Promise.resolve();
    expect(bg.calls.map((c) => c.texts)).toEqual([['a', 'b']]);
    // Asked while the first message is out: held for the next one.
    const later = [read('cauda equina syndrome'), read('d')];
    await new Promise((r) => setTimeout(r, 0));
    expect(bg.calls).toHaveLength(1);
    bg.release();
    expect((await Promise.all([...first, ...later])).map(id)).toEqual([
      'a',
      'b',
      'cauda equina syndrome',
      'd',
    ]);
    expect(bg.calls.map((c) => c.texts)).toEqual([
      ['a', 'b'],
      ['cauda equina syndrome', 'd'],
    ]);
    // The document's expansions go with every later message.
    const r = read('e');
    bg.release();
    await r;
    expect(bg.calls[2].expansions).toEqual(['ces']);
  });

  test('more chunks than one message holds are split across messages', async () => {
    const bg = background();
    const read = createRemoteReader({ send: bg.send, local: localReader() });
    const all = Array.from({ length: MAX_READ_TEXTS + 3 }, (_, i) => read(`t${i}`));
    await Promise.resolve();
    bg.release();
    expect((await Promise.all(all)).map(id)).toEqual(
      Array.from({ length: MAX_READ_TEXTS + 3 }, (_, i) => `t${i}`),
    );
    expect(bg.calls.map((c) => c.texts.length)).toEqual([MAX_READ_TEXTS, 3]);
  });

  test('a message carries at most MAX_READ_CHARS of text (one longer chunk still goes alone)', async () => {
    const bg = background();
    const read = createRemoteReader({ send: bg.send, local: localReader() });
    const half = 'x'.repeat(Math.floor(MAX_READ_CHARS / 2));
    const all = [read(`a${half}`), read(`b${half}`), read(`c${'y'.repeat(MAX_READ_CHARS)}`), read('d')];
    await Promise.resolve();
    bg.release();
    await Promise.all(all);
    expect(bg.calls.map((c) => c.texts.map((t) => t[0]))).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  test.each([
    ['the message fails', () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['the background answers null', () => null],
    ['the answer is malformed', (texts: string[]) => ({ readings: texts.slice(1), expansions: [] })],
  ])('when %s, the chunks are read here, and so is the rest of the document', async (_name, answer) => {
    const bg = background(answer as (texts: string[], expansions: string[]) => unknown);
    const local = localReader();
    const read = createRemoteReader({ send: bg.send, local });
    const first = read('a');
    await Promise.resolve();
    bg.release();
    expect(id(await first)).toBe('local:a:');
    expect(id(await read('b'))).toBe('local:b:');
    expect(bg.send).toHaveBeenCalledTimes(1);
  });

  test('a text longer than a message may carry is read here, without a message', async () => {
    const bg = background();
    const local = localReader();
    const read = createRemoteReader({ send: bg.send, local });
    const huge = 'x'.repeat(MAX_READ_TEXT + 1);
    expect(id(await read(huge))).toBe(`local:${huge}:`);
    expect(bg.send).not.toHaveBeenCalled();
  });
});
