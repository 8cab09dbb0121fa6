// The hover card's UI is a separate script (card-ui.js) that the content script imports on first
// use (DESIGN.md §5 "Small"). In real Chromium: the import works on a page whose
// Content-Security-Policy allows nothing, it happens only on first use, and the page itself
// cannot load the file by its static URL (use_dynamic_url), so pages cannot probe for BackCheck.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { cardHostTag, cardText as readCardText } from './page-helpers';
import { waitForHighlights } from './popup-helpers';
import { type StaticServer, startServer } from './server';

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

const cardText = () => readCardText(page);

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ viewport: { width: 1000, height: 700 } });
  page = await browser.newPage(server.url('/fixtures/card-csp.html'));
  await waitForHighlights(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('nothing of the card exists before first use', async () => {
  expect(await cardHostTag(page)).toBeNull();
  expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2);
});

test('the card opens on a page whose policy allows no scripts', async () => {
  const c = await page.evaluate(() => {
    const text = document.getElementById('term')!.firstChild as Text;
    const start = text.data.indexOf('sciatica');
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, start + 'sciatica'.length);
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.move(c.x, c.y);
  await expect.poll(cardText, { timeout: 3000 }).toContain('Sciatica');
});

test('no extension errors', () => {
  expect(browser.extensionErrors).toEqual([]);
});

// Last: the refused load is logged as an error against the extension, on purpose.
test('the page cannot fetch card-ui.js by its static URL', async () => {
  const url = `chrome-extension://${browser.extensionId}/card-ui.js`;
  const other = await browser.newPage(server.url('/fixtures/split-terms.html'));
  const loaded = await other.evaluate(
    (src) =>
      new Promise<boolean>((done) => {
        const s = document.createElement('script');
        s.src = src;
        s.onload = () => done(true);
        s.onerror = () => done(false);
        document.head.append(s);
      }),
    url,
  );
  await other.close();
  expect(loaded).toBe(false);
});
