// lib/reply.ts: the content script's first stage answers messages without the polyfill; senders
// (with the polyfill) must see the same answers and rejections as before.
import { describe, expect, test } from 'vitest';
import { replyListener } from './reply';

describe('replyListener', () => {
  test('where promises work, the promise is the answer', async () => {
    const listener = replyListener((raw) => (raw === 'x' ? Promise.resolve(1) : undefined), true);
    await expect(listener('x', {}, () => undefined)).resolves.toBe(1);
    expect(listener('y', {}, () => undefined)).toBeUndefined();
  });

  test("Chrome's way: true, then sendResponse with the value or the polyfill's rejection", async () => {
    const sent: unknown[] = [];
    const listener = replyListener(
      (raw) =>
        raw === 'ok' ? Promise.resolve(2) : raw === 'bad' ? Promise.reject(new Error('no')) : undefined,
      false,
    );
    expect(listener('ok', {}, (r) => sent.push(r))).toBe(true);
    expect(listener('bad', {}, (r) => sent.push(r))).toBe(true);
    expect(listener('other', {}, (r) => sent.push(r))).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([2, { __mozWebExtensionPolyfillReject__: true, message: 'no' }]);
  });
});
