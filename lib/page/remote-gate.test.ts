// The content script's side of the first-stage check (issue 10): one message per piece, "maybe"
// when the background cannot answer, long texts in overlapping pieces.
import { describe, expect, test } from 'vitest';
import { MAX_GATE_TEXT } from '../messages';
import { createRemoteGate, newPageId } from './remote-gate';

describe('createRemoteGate', () => {
  test("sends the page id, the text and the glued offsets, and returns the background's verdict", async () => {
    const sent: unknown[] = [];
    const check = createRemoteGate('page-1', async (m) => {
      sent.push(m);
      return m.text.includes('back pain');
    });
    expect(await check('my back pain', [3])).toBe(true);
    expect(await check('nothing')).toBe(false);
    expect(sent).toEqual([
      { type: 'gate:check', page: 'page-1', text: 'my back pain', glued: [3] },
      { type: 'gate:check', page: 'page-1', text: 'nothing' },
    ]);
  });
  test('no answer, a failure or nonsense is a "maybe": the second stage then reads the page itself', async () => {
    expect(await createRemoteGate('p', async () => undefined)('x')).toBe(true);
    expect(await createRemoteGate('p', () => Promise.reject(new Error('no receiver')))('x')).toBe(true);
    expect(await createRemoteGate('p', async () => 'yes')('x')).toBe(true);
  });
  test('a text past the message limit goes in overlapping pieces, each within it, glued offsets moved', async () => {
    const texts: string[] = [];
    const glueds: number[][] = [];
    const long = `${'a '.repeat(MAX_GATE_TEXT)}back pain`;
    const check = createRemoteGate('p', async (m) => {
      texts.push(m.text);
      glueds.push(m.glued ?? []);
      return m.text.includes('back pain');
    });
    expect(await check(long, [5, long.length - 3])).toBe(true);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.length <= MAX_GATE_TEXT)).toBe(true);
    expect(texts.join('')).toContain('back pain');
    expect(glueds[0]).toEqual([5]);
    expect(glueds.at(-1)?.length).toBe(1);
  });
  test('page ids differ', () => {
    expect(newPageId()).not.toBe(newPageId());
  });
});
