// The foundation works end to end: the built extension loads in real Chromium, its service
// worker starts, the popup renders, and nothing logs an error.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type StaticServer, startServer } from './server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the extension loads and has an id', () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
});

test('the popup opens and renders', async () => {
  const popup = await browser.openPopup();
  await expect.poll(() => popup.locator('body').textContent()).toContain('BackCheck');
  await popup.close();
});

test('the static server serves fixtures and real pages from 127.0.0.1', async () => {
  const page = await browser.newPage(server.url('/fixtures/source-article.html'));
  expect(await page.title()).toContain('massage');
  const corpus = await browser.newPage(server.url('/fixtures/pages/001.html'));
  expect(new URL(corpus.url()).hostname).toBe('127.0.0.1');
  expect(await corpus.title()).toContain('Frontend JavaScript');
  await page.close();
  await corpus.close();
  expect(browser.extensionErrors).toEqual([]);
});
