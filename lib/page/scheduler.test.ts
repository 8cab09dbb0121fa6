// atMost: a short, bounded wait (the popup's list waits for text still being read, not longer).
import { afterEach, expect, test, vi } from 'vitest';
import { atMost } from './scheduler';

afterEach(() => vi.useRealTimers());

test('resolves when the work is done, before the limit', async () => {
  vi.useFakeTimers();
  let done = false;
  const p = atMost(Promise.resolve(), 400).then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  expect(done).toBe(true);
  await p;
});

test('resolves at the limit when the work is not done, and when it fails', async () => {
  vi.useFakeTimers();
  let done = false;
  void atMost(new Promise(() => undefined), 400).then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(399);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(done).toBe(true);
  await expect(atMost(Promise.reject(new Error('x')), 400)).resolves.toBeUndefined();
});
