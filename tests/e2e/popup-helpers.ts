// Helpers shared by the popup and options e2e tests.
// The popup page is opened in an ordinary tab as popup.html?tab=<id>: the popup honours `?tab=`
// and talks to that tab instead of the active one (which would be the popup's own tab). The tab
// id comes from the service worker (chrome.tabs.query by URL; the extension's content-script
// match pattern covers the 127.0.0.1 fixtures, so their URLs are visible to it).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { inExtension } from './extension-world';
import { highlightSizes as readSizes } from './page-helpers';

/** The bits of the chrome.* API these tests call inside the service worker (no @types/chrome here). */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, message: object): Promise<unknown>;
  };
  storage: { sync: { clear(): Promise<void> } };
}
declare const chrome: ChromeApi;

/**
 * The id of the tab showing `url`. Without the "tabs" permission the worker cannot read tab URLs,
 * so it asks every tab's content script for its page summary (which carries the page URL).
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const id = await browser.serviceWorker.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const summary = await chrome.tabs.sendMessage(tab.id, { type: 'page:summary' }).catch(() => undefined);
      if ((summary as { url?: string } | undefined)?.url === u) return tab.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

/** A tab where no content script answers (e.g. about:blank), other than extension pages. */
export async function tabWithoutContentScript(browser: ExtensionBrowser): Promise<number | undefined> {
  return browser.serviceWorker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined || tab.url?.startsWith('chrome-extension://')) continue;
      const ok = await chrome.tabs.sendMessage(tab.id, { type: 'page:summary' }).then(
        () => true,
        () => false,
      );
      if (!ok) return tab.id;
    }
    return undefined;
  });
}

export async function openPopupFor(browser: ExtensionBrowser, page: Page, hash = ''): Promise<Page> {
  const tabId = await tabIdOf(browser, page.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}${hash}`);
  return popup;
}

/** Canonical names and sizes of the BackCheck highlights in a page (read in our isolated world). */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return readSizes(page, true);
}

export const totalHighlights = async (page: Page) =>
  Object.entries(await highlightSizes(page))
    .filter(([name]) => name !== 'backcheck-flash')
    .reduce((sum, [, n]) => sum + n, 0);

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page; returns violations as "id: target" strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: extension pages' CSP blocks inline <script> tags.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time.
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations as string[];
}

/** Sets stored settings from the service worker (the same storage key lib/settings.ts uses). */
export async function resetSettings(browser: ExtensionBrowser) {
  await browser.serviceWorker.evaluate(() => chrome.storage.sync.clear());
}

/** Waits until the content script has painted at least one term (usable outside a test). */
export async function waitForHighlights(page: Page, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const total = await totalHighlights(page).catch(() => 0);
    // The first highlights are painted; wait for the rest of what was scanned (read in batches).
    if (total > 0) return inExtension(page, () => globalThis.__backcheck?.settled());
    if (Date.now() > deadline) throw new Error(`no BackCheck highlights within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
