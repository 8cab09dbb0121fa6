// Conformance (needs ../shared): the real-page corpus of ../shared/corpus/pages in Chromium with
// the built extension. Pages that are not about back pain stay almost clean with no extension
// errors (and the extension is shown to be running on each), and the biggest pages scan with no
// long task from the extension. A missing corpus or page fails here (HTTP 404 throws).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR, htmlFiles } from '../conformance/shared';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { expectQuietPage, extensionScriptDurations } from './real-page-checks';
import { type StaticServer, startServer } from './server';

declare const chrome: { storage: { sync: { clear(): Promise<void> } } };

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  await browser.serviceWorker.evaluate(() => chrome.storage.sync.clear());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('corpus pages', () => {
  // The largest pages and a few others; none is about back pain, so at most a handful of terms.
  // `max` is a small bound, not an exact count: a genuine term in passing is fine.
  const PAGES: [string, number][] = [
    ['yahoo-3', 3],
    ['yahoo-1', 3],
    ['nytimes-5', 3],
    ['nytimes-3', 3],
    ['wikipedia', 3],
    ['wikipedia-4', 3],
    ['breitbart', 3],
    ['wikia', 3],
    ['lwn-1', 3],
    ['bbc-1', 3],
  ];

  test.each(PAGES)('%s: no extension errors, at most %i highlights', async (name, max) => {
    await expectQuietPage(browser, server.url(`/corpus/${name}.html`), max);
  });
});

describe('big corpus pages', () => {
  const BIG_PAGES = htmlFiles(CORPUS_DIR)
    .map((f) => ({ f, size: statSync(join(CORPUS_DIR, f)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 4)
    .map((x) => x.f);

  test('the four biggest pages are found', () => {
    expect(BIG_PAGES).toHaveLength(4);
  });

  test.each(BIG_PAGES)('%s scans with no long task from the extension', async (file) => {
    const durations = await extensionScriptDurations(browser, server.url(`/corpus/${file}`));
    expect(durations.filter((d) => d > 50)).toEqual([]);
  });

  test('no extension errors were logged', () => {
    expect(browser.extensionErrors).toEqual([]);
  });
});
