// The core journey in Firefox ESR with the built Firefox add-on (issue 11, DESIGN.md §4):
// highlights appear, hovering a term opens the card, Esc closes it, the popup's lookup answers
// "numb groin" with cauda equina syndrome as an emergency, "On this page" lists the page's terms,
// and the extension logs no error anywhere.
//
// The page is observed only as any page script could observe it (DESIGN.md §3: highlight names
// are random per document and the card lives in a closed shadow root): the number of
// registered highlights and their ranges, and the one element the extension adds, seen through
// document.elementFromPoint. The popup is an extension page and is read directly.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, startServer } from '../e2e/server';
import { type FirefoxWithExtension, launchFirefoxWithExtension, until } from './firefox';

let ff: FirefoxWithExtension;
let server: StaticServer;
let article: Page;

beforeAll(async () => {
  server = await startServer();
  ff = await launchFirefoxWithExtension();
  article = await ff.newPage(server.url('/fixtures/source-article.html'));
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** What a page script sees of the highlights: how many are registered, and their ranges. */
const highlightCounts = (page: Page) =>
  page.evaluate(() => {
    let ranges = 0;
    // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is maplike; TS lib types lag.
    (CSS.highlights as any).forEach((h: { size: number }) => {
      ranges += h.size;
    });
    return { highlights: CSS.highlights.size, ranges };
  });

/**
 * Screen points (a 16 px grid over the viewport) where the topmost element is one that was not in
 * the page before `markPage`: how much of the screen the extension's element covers.
 */
const coveredByNewElements = (page: Page) =>
  page.evaluate(() => {
    const before = (window as unknown as { __known: WeakSet<Element> }).__known;
    let hits = 0;
    for (let y = 8; y < innerHeight; y += 16)
      for (let x = 8; x < innerWidth; x += 16) {
        const el = document.elementFromPoint(x, y);
        if (el && !before.has(el)) hits++;
      }
    return hits;
  });

const newElements = (page: Page) =>
  page.evaluate(() => {
    const before = (window as unknown as { __known: WeakSet<Element> }).__known;
    return [...document.querySelectorAll('*')].filter((el) => !before.has(el)).length;
  });

describe('Firefox ESR journey', () => {
  test('highlights appear on the source article', async () => {
    const counts = await until('highlights', async () => {
      const c = await highlightCounts(article);
      return c.ranges >= 10 && c;
    });
    expect(counts.highlights).toBeGreaterThan(0);
  });

  test('hovering a term opens the card; Esc closes it', async () => {
    // Remember every element of the page, then hover the first highlighted term in view.
    const spot = await article.evaluate(() => {
      (window as unknown as { __known: WeakSet<Element> }).__known = new WeakSet(
        document.querySelectorAll('*'),
      );
      let found: { x: number; y: number; text: string } | undefined;
      // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is maplike; TS lib types lag.
      (CSS.highlights as any).forEach((h: Iterable<Range>) => {
        for (const r of h) {
          const b = r.getBoundingClientRect();
          if (!found && b.width > 0 && b.top > 100 && b.bottom < innerHeight - 300)
            found = { x: b.x + b.width / 2, y: b.y + b.height / 2, text: r.toString() };
        }
      });
      return found;
    });
    expect(spot, 'a highlighted term in view').toBeDefined();
    if (!spot) return;
    expect(await coveredByNewElements(article)).toBe(0);

    await article.mouse.move(spot.x - 30, spot.y + 200);
    await article.mouse.move(spot.x, spot.y, { steps: 4 });
    const covered = await until('the card to cover part of the screen', async () => {
      const n = await coveredByNewElements(article);
      return n > 20 && n;
    });
    expect(covered).toBeGreaterThan(20);
    // The one element the extension adds to a page (DESIGN.md §3): the card's host.
    expect(await newElements(article)).toBe(1);

    await article.keyboard.press('Escape');
    await until('the card to close', async () => (await coveredByNewElements(article)) === 0);
    expect(await coveredByNewElements(article)).toBe(0);
  });

  describe('popup', () => {
    let popup: Page;
    let summaryIds: string[] = [];

    beforeAll(async () => {
      // The popup runs in a tab of its own here, so it is told which tab is the page (?tab=),
      // found by asking each tab's content script for its summary (no "tabs" permission).
      const hook = await ff.openExtensionPage('popup.html');
      const found = await hook.evaluate(async (url) => {
        const ext = (
          globalThis as unknown as {
            browser: {
              tabs: {
                query(q: object): Promise<{ id?: number }[]>;
                sendMessage(id: number, m: object): Promise<unknown>;
              };
            };
          }
        ).browser;
        for (const tab of await ext.tabs.query({})) {
          if (tab.id === undefined) continue;
          const s = (await ext.tabs.sendMessage(tab.id, { type: 'page:summary' }).catch(() => undefined)) as
            | { url?: string; items: { conceptId: string; claim?: boolean }[] }
            | undefined;
          // The popup lists the unsupported claims (issue 12) first, then the terms.
          const ordered = s ? [...s.items.filter((i) => i.claim), ...s.items.filter((i) => !i.claim)] : [];
          if (s?.url === url) return { id: tab.id, items: ordered.map((i) => i.conceptId) };
        }
        return undefined;
      }, article.url());
      await hook.close();
      expect(found, 'the article tab').toBeDefined();
      const tabId = found?.id;
      summaryIds = found?.items ?? [];
      popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    });

    test('lookup: "numb groin" puts cauda equina syndrome first, as an emergency', async () => {
      await popup.type('#symptom-query', 'numb groin');
      // Results follow the typing: wait for the answer to the whole query.
      const first = await until('cauda equina syndrome as the first result for "numb groin"', () =>
        popup.evaluate(() => {
          const li = document.querySelector('.results .result');
          if (li?.getAttribute('data-id') !== 'cauda-equina-syndrome') return undefined;
          return {
            id: li.getAttribute('data-id'),
            urgency: li.getAttribute('data-urgency'),
            text: li.textContent ?? '',
          };
        }),
      );
      expect(first.id).toBe('cauda-equina-syndrome');
      expect(first.urgency).toBe('emergency');
      expect(first.text).toContain('Cauda equina syndrome');
      expect(first.text).toContain('Call 999 now');
    });

    test('"On this page" lists the terms found on the article', async () => {
      const terms = await until('the page terms', () =>
        popup.evaluate(() => {
          const ids = [...document.querySelectorAll('.page-terms li')].map((li) =>
            li.getAttribute('data-id'),
          );
          return ids.length > 0 && ids;
        }),
      );
      // The article's claims and terms, as the content script reports them (page:summary), all listed.
      expect(terms).toEqual(summaryIds);
      expect(terms.length).toBeGreaterThanOrEqual(5);
      expect(terms).toContain('massage');
      expect(terms).toContain('nonspecific-low-back-pain');
    });
  });

  test('no extension errors anywhere', async () => {
    expect(await ff.errors()).toEqual([]);
  });
});
