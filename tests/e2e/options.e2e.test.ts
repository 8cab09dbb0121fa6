// The options page in real Chromium: every change is saved at once and applied live to an open
// tab (region → emergency number in the popup, highlight style, categories), axe-core finds no
// violations, and a screenshot is saved.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension } from './extension-world';
import {
  axeViolations,
  highlightSizes,
  openPopupFor,
  resetSettings,
  totalHighlights,
  waitForHighlights,
} from './popup-helpers';
import { type StaticServer, startServer } from './server';

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;
let options: Page;

beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  server = await startServer();
  browser = await launchWithExtension();
  await resetSettings(browser);
  article = await browser.newPage(server.url('/fixtures/source-article.html'));
  await waitForHighlights(article);
  options = await browser.newPage(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'BackCheck settings' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The ::highlight() rules the content script adopted into the page, with the random registered
 * names written back as canonical names (read in BackCheck's isolated world, DESIGN.md §3).
 */
const highlightRules = (page: Page) =>
  inExtension(page, () => {
    const kinds = globalThis.__backcheck!.highlightKinds();
    return [...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .map((t) =>
        t.replace(/::highlight\(([a-z]+)\)/g, (m, name: string) =>
          kinds[name] ? `::highlight(${kinds[name]})` : m,
        ),
      )
      .filter((t) => t.includes('::highlight(backcheck'))
      .join('\n');
  });

test('region: the emergency number changes live in an open popup', async () => {
  const popup = await openPopupFor(browser, article, '#q=numb%20groin');
  const first = popup.locator('.results .result').first();
  await expect.poll(() => first.textContent()).toContain('Call 999 now');
  await options.getByLabel('Where you are').selectOption('us');
  await expect.poll(() => first.textContent()).toContain('Call 911 now');
  await options.getByLabel('Where you are').selectOption('au');
  await expect.poll(() => first.textContent()).toContain('Call 000 now');
  await options.getByLabel('Where you are').selectOption('uk');
  await expect.poll(() => first.textContent()).toContain('Call 999 now');
  await popup.close();
});

test('highlight style is applied live to an open tab', async () => {
  await options.getByLabel('Background colour').check();
  await expect.poll(() => highlightRules(article), { timeout: 5000 }).toContain('background-color');
  await options.getByLabel(/Nothing shown/).check();
  await expect
    .poll(async () => (await highlightRules(article)).replace(/::highlight\(backcheck-flash\)[^}]*}/g, ''), {
      timeout: 5000,
    })
    .not.toMatch(/::highlight\(backcheck-(condition|massage|red-flag|contraindication)\)/);
  await options.getByLabel('Underline', { exact: true }).check();
  await expect.poll(() => highlightRules(article), { timeout: 5000 }).toContain('underline');
});

test('categories: unticking massage removes the massage highlights live, ticking brings them back', async () => {
  await expect.poll(async () => (await highlightSizes(article))['backcheck-massage'] ?? 0).toBeGreaterThan(0);
  await options.getByLabel('Massage terms').uncheck();
  await expect
    .poll(async () => (await highlightSizes(article))['backcheck-massage'] ?? 0, { timeout: 5000 })
    .toBe(0);
  expect(await totalHighlights(article)).toBeGreaterThan(0);
  await options.getByLabel('Massage terms').check();
  await expect
    .poll(async () => (await highlightSizes(article))['backcheck-massage'] ?? 0, { timeout: 5000 })
    .toBeGreaterThan(0);
});

test('the master switch and the site list turn highlighting off and on', async () => {
  await options.getByRole('switch', { name: 'Highlight terms on web pages' }).click();
  await expect.poll(() => totalHighlights(article), { timeout: 5000 }).toBe(0);
  await options.getByRole('switch', { name: 'Highlight terms on web pages' }).click();
  await expect.poll(() => totalHighlights(article), { timeout: 5000 }).toBeGreaterThan(0);

  await options.getByLabel('Add a site').fill('127.0.0.1');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => totalHighlights(article), { timeout: 5000 }).toBe(0);
  await options.getByRole('button', { name: 'Turn BackCheck back on for 127.0.0.1' }).click();
  await expect.poll(() => totalHighlights(article), { timeout: 5000 }).toBeGreaterThan(0);
});

test('settings persist across a reload', async () => {
  await options.getByLabel('Calm mode', { exact: false }).check();
  await options.getByLabel(/Wait before a card opens/).fill('400');
  await options.getByLabel(/Wait before a card opens/).blur();
  await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');
  await options.reload();
  await expect.poll(() => options.getByLabel(/Wait before a card opens/).inputValue()).toBe('400');
  expect(await options.getByLabel('Calm mode', { exact: false }).isChecked()).toBe(true);
  await options.getByLabel('Calm mode', { exact: false }).uncheck();
});

test('shows the disclaimer and the privacy line; axe finds no violations; screenshot', async () => {
  const text = await options.locator('main').textContent();
  expect(text).toContain('No network, no tracking.');
  expect(text).toMatch(/not medical advice/);
  expect(await axeViolations(options)).toEqual([]);
  await options.screenshot({ path: 'test-results/screenshots/options.png', fullPage: true });
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(options)).toEqual([]);
  await options.screenshot({ path: 'test-results/screenshots/options-dark.png', fullPage: true });
  await options.emulateMedia({ colorScheme: 'light' });
});

test('no extension console errors', () => {
  expect(browser.extensionErrors).toEqual([]);
});
