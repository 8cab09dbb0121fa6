// The content script's first stage (DESIGN.md §5 "Cheap where nothing matches") in real Chromium:
// on a page without terms the second stage (page-scan.js) is never imported, yet what must hold on
// every page does: the test access exists in the isolated world (nothing painted, no card), the
// popup's summary is answered. Text with a term added later loads the second stage, and the same
// test access then gives its answers. The stage reads the page as rendered (innerText): a term in a
// list item right after another word is found, a term only inside an open shadow root is found, and
// a term in a closed section is found once the person opens it (not before).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NEVER_SHADOW_HOSTS } from '../../lib/page/gate';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension } from './extension-world';
import { readHighlights } from './page-helpers';
import { type StaticServer, startServer } from './server';

/** The chrome.* calls made inside the service worker (no @types/chrome here). */
declare const chrome: {
  storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } };
};

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

const access = () =>
  inExtension(page, () => {
    const a = globalThis.__backcheck;
    return a
      ? {
          kinds: Object.keys(a.highlightKinds()).length,
          card: a.card() === null ? 'none' : 'root',
          secondStage: globalThis.__backcheckPageScan !== undefined,
        }
      : null;
  });

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.newPage(server.url('/fixtures/no-terms.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a page without terms: test access defined, nothing painted, no card, no second stage', async () => {
  await expect.poll(access, { timeout: 5000 }).not.toBeNull();
  // Give the gate time to finish its walk: the second stage must still not be there.
  await page.waitForTimeout(500);
  expect(await access()).toEqual({ kinds: 0, card: 'none', secondStage: false });
});

test('text with a term loads the second stage, and the test access gives its answers', async () => {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Since the move I have had sciatica down my left leg.';
    document.body.append(p);
  });
  await expect.poll(async () => (await access())?.kinds ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
  expect(await access()).toMatchObject({ card: 'none', secondStage: true });
});

const painted = async (p: Page) => (await readHighlights(p)).map((r) => r.text.toLowerCase());
const secondStage = (p: Page) => inExtension(p, () => globalThis.__backcheckPageScan !== undefined);

test('a term in a list item right after another word is found', async () => {
  const p = await browser.newPage(server.url('/fixtures/gate-list.html'));
  await expect.poll(() => painted(p), { timeout: 5000 }).toContain('sciatica');
  await p.close();
});

test('a term only inside an open shadow root is found', async () => {
  const p = await browser.newPage(server.url('/fixtures/gate-shadow-only.html'));
  await expect.poll(() => painted(p), { timeout: 5000 }).toContain('lumbago');
  await p.close();
});

test("a term only inside a div's open shadow root, in a list, is found", async () => {
  const p = await browser.newPage(server.url('/fixtures/gate-shadow-div.html'));
  await expect.poll(() => painted(p), { timeout: 5000 }).toContain('sciatica');
  await p.close();
});

test('an element added after load that is itself a shadow host is read, before and after the second stage starts', async () => {
  for (const query of ['', '?terms']) {
    const p = await browser.newPage(server.url(`/fixtures/shadow-added-host.html${query}`));
    await expect.poll(() => painted(p), { timeout: 5000 }).toContain('sciatica');
    await p.close();
  }
});

test('the elements the first stage skips when it looks for shadow roots can hold none (Chromium)', async () => {
  const p = await browser.newPage(server.url('/fixtures/gate-list.html'));
  const accepted = await p.evaluate(
    (names) =>
      names.filter((n) => {
        try {
          document.createElement(n).attachShadow({ mode: 'open' });
          return true;
        } catch {
          return false;
        }
      }),
    NEVER_SHADOW_HOSTS,
  );
  expect(accepted).toEqual([]);
  await p.close();
});

test('a term only in a closed section: nothing loads until the person opens it, then it is painted', async () => {
  const p = await browser.newPage(server.url('/fixtures/gate-hidden.html'));
  await expect
    .poll(() => inExtension(p, () => globalThis.__backcheck !== undefined), { timeout: 5000 })
    .toBe(true);
  await p.waitForTimeout(500);
  expect(await secondStage(p)).toBe(false);
  await p.click('#faq summary');
  await expect.poll(() => painted(p), { timeout: 5000 }).toContain('sciatica');
  await p.close();
});

test('a page with a term on a site switched off loads nothing; switched back on, it is painted without a reload', async () => {
  // The first stage reads the settings only once its check finds something (issue 10): here it
  // must still honour the switch, and follow it live.
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ settings: { disabledSites: ['127.0.0.1'] } }),
  );
  const p = await browser.newPage(server.url('/fixtures/gate-list.html'));
  await expect
    .poll(() => inExtension(p, () => globalThis.__backcheck !== undefined), { timeout: 5000 })
    .toBe(true);
  await p.waitForTimeout(500);
  expect(await secondStage(p)).toBe(false);
  expect(await painted(p)).toEqual([]);
  await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { disabledSites: [] } }));
  await expect.poll(() => painted(p), { timeout: 5000 }).toContain('sciatica');
  await browser.serviceWorker.evaluate(() => chrome.storage.sync.clear());
  await p.close();
});

test('no extension errors', () => {
  expect(browser.extensionErrors).toEqual([]);
});
