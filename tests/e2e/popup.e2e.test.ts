// The toolbar popup in real Chromium: symptom search, the entry view, "on this page", the
// per-site switch, the context menu and keyboard command paths, accessibility (axe-core) and a
// screenshot. The popup page runs in a tab as popup.html?tab=<id> (see popup-helpers.ts).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension } from './extension-world';
import { inCard } from './page-helpers';
import {
  axeViolations,
  openPopupFor,
  resetSettings,
  tabIdOf,
  tabWithoutContentScript,
  totalHighlights,
  waitForHighlights,
} from './popup-helpers';
import { type StaticServer, startServer } from './server';

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;

const SCREENSHOTS = 'test-results/screenshots';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension();
  await resetSettings(browser);
  article = await browser.newPage(server.url('/fixtures/source-article.html'));
  await waitForHighlights(article);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The concept of the card open in the page (its closed shadow root, read in our world), if any. */
const openCardConcept = (page: Page) =>
  inCard(page, (root) => root?.querySelector('.bc-card')?.getAttribute('data-concept') ?? undefined);

async function search(popup: Page, text: string) {
  await popup.getByRole('searchbox', { name: 'Look up a symptom' }).fill(text);
}
const firstResult = (popup: Page) => popup.locator('.results .result').first();

describe('symptom search', () => {
  test('"numb groin": Cauda equina syndrome first, read as an emergency with the regional number', async () => {
    const popup = await openPopupFor(browser, article);
    await search(popup, 'numb groin');
    await expect.poll(() => firstResult(popup).getAttribute('data-id')).toBe('cauda-equina-syndrome');
    const first = firstResult(popup);
    expect(await first.getAttribute('class')).toContain('result--emergency');
    expect(await first.textContent()).toContain('Cauda equina syndrome');
    expect(await first.textContent()).toContain('Call 999 now');
    // The red box is really red: its border colour is a strong red.
    const border = await first.locator('button').evaluate((b) => getComputedStyle(b).borderTopColor);
    const [r, g, b] = border.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g + b).toBeLessThan(100);
    await popup.close();
  });

  test('a dictated message with spoken punctuation reads as meant: both legs numb is an emergency first', async () => {
    const popup = await openPopupFor(browser, article);
    await search(
      popup,
      'lower bag sore since Monday comma no fever full stop both eggs gone num since lunch',
    );
    await expect.poll(() => firstResult(popup).getAttribute('class')).toContain('result--emergency');
    expect(await firstResult(popup).textContent()).toContain('Call 999 now');
    await popup.close();
  });

  test('what a query fears beside what it reports is shown after it, as information with no level', async () => {
    const popup = await openPopupFor(browser, article);
    await search(
      popup,
      'I leak a little when I sneeze, the same since my son was born years ago, no back pain or numbness. I saw a post about a spine condition that makes you leak and now I am scared.',
    );
    const feared = popup.locator('.results .result[data-id="cauda-equina-syndrome"]');
    await expect.poll(() => feared.count()).toBe(1);
    // No emergency row: the reported leak leads, the feared condition follows without a level.
    expect(await popup.locator('.results .result--emergency').count()).toBe(0);
    expect(await feared.getAttribute('data-urgency')).toBeNull();
    expect(await feared.textContent()).toContain('If you have its signs: call 999 now');
    await popup.close();
  });

  test('typing updates the results', async () => {
    const popup = await openPopupFor(browser, article);
    await search(popup, 'numb groin');
    await expect.poll(() => firstResult(popup).getAttribute('data-id')).toBe('cauda-equina-syndrome');
    const ids = () =>
      popup.locator('.results .result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    const before = await ids();
    await search(popup, 'pain down leg');
    await expect.poll(ids).not.toEqual(before);
    expect(await ids()).toContain('sciatica-herniated-disc');
    // FACTS.md §7 row 8: the both-legs and weakness red flags are asked about, not ranked.
    expect(await popup.locator('.checks').textContent()).toContain('Do you also have…?');
    expect(await popup.locator('.checks li').count()).toBeGreaterThan(0);
    await search(popup, '');
    await expect.poll(() => popup.locator('.results .result').count()).toBe(0);
    await popup.close();
  });

  test('a result opens the full entry; back returns to the results', async () => {
    const popup = await openPopupFor(browser, article);
    await search(popup, 'numb groin');
    await firstResult(popup).locator('button').click();
    await expect.poll(() => popup.locator('#entry-title').textContent()).toMatch(/^Cauda equina syndrome/);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('entry-title');
    expect(await popup.locator('.entry-view').textContent()).toContain('999');
    expect(popup.url()).toContain('#entry=cauda-equina-syndrome');
    await popup.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => firstResult(popup).getAttribute('data-id')).toBe('cauda-equina-syndrome');
    expect(await popup.getByRole('searchbox', { name: 'Look up a symptom' }).inputValue()).toBe('numb groin');
    expect(
      await popup.evaluate(() => document.activeElement?.closest('.result')?.getAttribute('data-id')),
    ).toBe('cauda-equina-syndrome');
    await popup.close();
  });

  test.each([
    ['#q=numb%20groin', 'search'],
    ['#entry=sciatica-herniated-disc', 'entry'],
  ])('popup.html%s opens prefilled', async (hash, kind) => {
    const popup = await openPopupFor(browser, article, hash);
    if (kind === 'search') {
      expect(await popup.getByRole('searchbox', { name: 'Look up a symptom' }).inputValue()).toBe(
        'numb groin',
      );
      await expect.poll(() => firstResult(popup).getAttribute('data-id')).toBe('cauda-equina-syndrome');
    } else {
      await expect.poll(() => popup.locator('#entry-title').count()).toBe(1);
      expect(await popup.locator('.bc-card').getAttribute('data-concept')).toBe('sciatica-herniated-disc');
    }
    await popup.close();
  });

  test('the disclaimer is always visible', async () => {
    const popup = await openPopupFor(browser, article);
    expect(await popup.locator('footer.disclaimer').isVisible()).toBe(true);
    expect(await popup.locator('footer.disclaimer').textContent()).toMatch(/not medical advice/);
    await popup.close();
  });
});

describe('on this page', () => {
  test('lists the terms of the source article; clicking one scrolls the page to it', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(browser, article);
    const items = popup.locator('.page-terms li');
    await expect.poll(() => items.count(), { timeout: 5000 }).toBeGreaterThan(3);
    const ids = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(ids).toContain('massage');
    // Click every listed term in turn until the page has scrolled (one of them is far down).
    const before = await article.evaluate(() => window.scrollY);
    let scrolled = false;
    for (let i = (await items.count()) - 1; i >= 0 && !scrolled; i--) {
      await items.nth(i).locator('button').click();
      scrolled = await article
        .waitForFunction((y) => window.scrollY !== y, before, { timeout: 1500 })
        .then(() => true)
        .catch(() => false);
    }
    expect(scrolled).toBe(true);
    await popup.close();
  });

  test('a tab without a content script gets a friendly line', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const popup = await browser.context.newPage();
    const id = await tabWithoutContentScript(browser);
    expect(id).toBeDefined();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${id}`);
    await expect
      .poll(() => popup.locator('.page').textContent(), { timeout: 5000 })
      .toContain('can’t read this page');
    expect(await popup.locator('input[role="switch"]').count()).toBe(0);
    await popup.close();
    await blank.close();
  });
});

describe('site switch', () => {
  test('turns highlighting off on this site and back on', async () => {
    const popup = await openPopupFor(browser, article);
    const toggle = popup.getByRole('switch', { name: 'Highlight on this site' });
    await expect.poll(() => toggle.count(), { timeout: 5000 }).toBe(1);
    expect(await toggle.isChecked()).toBe(true);
    expect(await popup.locator('.site-switch').textContent()).toContain('127.0.0.1');
    await toggle.click();
    await expect.poll(() => totalHighlights(article), { timeout: 5000 }).toBe(0);
    await expect
      .poll(() => popup.locator('.page').textContent(), { timeout: 5000 })
      .toContain('off for this site');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => totalHighlights(article), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await toggle.isChecked()).toBe(true);
    await popup.close();
  });
});

describe('context menu and command (background handlers)', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the handlers the background exposes for tests.
  type Handlers = any;

  test('the context menu item exists with the documented title', async () => {
    const manifest = await browser.serviceWorker.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: chrome.* inside the worker.
      (globalThis as any).chrome.runtime.getManifest(),
    );
    expect(manifest.permissions).toEqual(expect.arrayContaining(['contextMenus']));
    expect(manifest.commands['open-card'].suggested_key.default).toBe('Alt+Shift+K');
  });

  test('"Look up" on a page sends the text to that tab, which opens the card', async () => {
    const id = await tabIdOf(browser, article.url());
    const path = await browser.serviceWorker.evaluate(
      ([tabId, url]) =>
        ((globalThis as { backcheck?: Handlers }).backcheck as Handlers).onLookupText('sciatica', {
          id: tabId,
          url,
        }),
      [id, article.url()] as const,
    );
    expect(path).toBe('tab');
    await expect.poll(() => openCardConcept(article), { timeout: 5000 }).toBe('sciatica-herniated-disc');
  });

  test('"Look up" where no content script runs opens the popup page with #q=', async () => {
    const opened = browser.context.waitForEvent('page');
    const path = await browser.serviceWorker.evaluate(() =>
      ((globalThis as { backcheck?: Handlers }).backcheck as Handlers).onLookupText('numb groin', {
        id: 999_999,
        url: 'chrome://settings',
      }),
    );
    expect(path).toBe('popup');
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toContain('popup.html#q=numb+groin');
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Look up a symptom' }).inputValue())
      .toBe('numb groin');
    await expect
      .poll(() => page.locator('.results .result').first().getAttribute('data-id'))
      .toBe('cauda-equina-syndrome');
    await page.close();
  });

  test('the command asks the active tab to open the card at the selection', async () => {
    await article.bringToFront();
    // Select the first painted condition term, as a keyboard user would before Alt+Shift+K.
    const selected = await inExtension(article, () => {
      const kinds = globalThis.__backcheck!.highlightKinds();
      const name = Object.keys(kinds).find((k) => kinds[k] === 'backcheck-condition') ?? '';
      // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is maplike; TS lib types lag.
      const h = (CSS.highlights as any).get(name) as Iterable<Range> | undefined;
      const range = h ? [...h][0] : undefined;
      if (!range) return '';
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range.cloneRange());
      return selection.toString();
    });
    expect(selected).not.toBe('');
    const path = await browser.serviceWorker.evaluate(() =>
      ((globalThis as { backcheck?: Handlers }).backcheck as Handlers).onCommand('open-card'),
    );
    expect(path).toBe('tab');
    // The card now shows the selected term (the fixture never names sciatica, the previous card).
    await expect
      .poll(() => openCardConcept(article), { timeout: 5000 })
      .toMatch(/^(?!sciatica-herniated-disc$)[a-z0-9-]+$/);
  });

  test('card:get is answered by the background with card data', async () => {
    const card = await browser.serviceWorker.evaluate(() =>
      ((globalThis as { backcheck?: Handlers }).backcheck as Handlers).onMessage({
        type: 'card:get',
        conceptId: 'cauda-equina-syndrome',
      }),
    );
    expect(card.id).toBe('cauda-equina-syndrome');
    expect(card.title).toMatch(/^Cauda equina syndrome/);
  });
});

describe('accessibility and looks', () => {
  test('axe-core finds no violations (search results and entry view); screenshot', async () => {
    const popup = await openPopupFor(browser, article, '#q=numb%20groin');
    await expect.poll(() => firstResult(popup).getAttribute('data-id')).toBe('cauda-equina-syndrome');
    await expect.poll(() => popup.locator('.page-terms li').count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup.png`, fullPage: true });
    await firstResult(popup).locator('button').click();
    await expect.poll(() => popup.locator('#entry-title').count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-entry.png`, fullPage: true });
    await popup.close();
  });

  test('dark mode also passes axe', async () => {
    const popup = await openPopupFor(browser, article, '#q=numb%20groin');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => firstResult(popup).getAttribute('data-id')).toBe('cauda-equina-syndrome');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-dark.png`, fullPage: true });
    await popup.close();
  });

  test('no extension console errors', () => {
    expect(browser.extensionErrors.join('\n')).toBe('');
  });
});
