// The repository's own real pages (tests/fixtures/pages, CC BY-SA, see its README) in Chromium
// with the built extension: pages that are not about back pain stay clean with no extension
// errors, the extension is shown to be running on each, and the biggest scans with no long task
// from the extension. (The 89-page corpus of ../shared gets the same checks in the conformance
// suite, corpus.conformance.test.ts.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import { htmlFiles, REPO_PAGES_DIR } from '../conformance/shared';
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

const PAGES = ['001.html', 'firefox-nightly-blog.html', 'mozilla-1.html', 'wikipedia.html'];

test('the repository holds exactly these pages', () => {
  expect(htmlFiles(REPO_PAGES_DIR)).toEqual(PAGES);
});

// None of them names a term today (FACTS.md §6 lexicon): any highlight is a false one.
test.each(PAGES)('%s: no highlight, no extension errors, a term added later is painted', async (file) => {
  await expectQuietPage(browser, server.url(`/fixtures/pages/${file}`), 0);
});

test('the biggest page (wikipedia.html, 244 kB) scans with no long task from the extension', async () => {
  const durations = await extensionScriptDurations(browser, server.url('/fixtures/pages/wikipedia.html'));
  expect(durations.filter((d) => d > 50)).toEqual([]);
});

test('no extension errors were logged', () => {
  expect(browser.extensionErrors).toEqual([]);
});
