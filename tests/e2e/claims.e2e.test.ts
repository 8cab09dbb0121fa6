// Claim check in real Chromium (issue 12): on the demo page (the seed article) every FACTS.md §5
// claim it contains is painted under `backcheck-myth`, hovering it opens the one-glance card that
// corrects it ("This claim is not supported", the short correction, sources and review date),
// "More about" opens the full myth entry, and the popup's "On this page" lists the claims.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCardData } from '../../lib/card-data';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { cardButtonCentre, highlightSizes, inCard, readHighlights } from './page-helpers';
import { openPopupFor, resetSettings } from './popup-helpers';
import { type StaticServer, startServer } from './server';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Words of each §5 claim in tests/fixtures/source-article.html, and the myth it asserts. */
const CLAIMS: [phrase: string, mythId: string][] = [
  ['exposed to hypothermia', 'myth-m9'],
  ['the pain become permanent', 'myth-m11'],
  ['a violation of the internal organs', 'myth-m10'],
  ['existing tumors', 'myth-m1'],
  ['salt deposits', 'myth-m2'],
  ['rejuvenate the skin', 'myth-m3'],
  ['eliminate pain', 'myth-m4'],
  ['normalization of muscle balance', 'myth-m6'],
  ['joints, tendons and ligaments', 'myth-m5'],
  ['circulatory and lymphatic systems', 'myth-m7'],
  ['regeneration of the skin', 'myth-m3'],
  ['removing back pain', 'myth-m4'],
  ['before the muscles were in a relaxed state', 'myth-m12'],
];

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

/** Centre of the first line box of `phrase` in the page (its first occurrence). */
function phrasePoint(phrase: string): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(p);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + p.length);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0];
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error(`phrase not on the page: ${p}`);
  }, phrase);
}

/** The open card: its concept, variant and text (undefined while none is showing). */
const openCard = () =>
  inCard(page, (root) => {
    const card = root?.querySelector('.bc-card');
    const pop = card?.closest<HTMLElement>('.bc-popover');
    if (!card || !pop || pop.hidden || getComputedStyle(pop).visibility === 'hidden') return undefined;
    return {
      concept: card.getAttribute('data-concept'),
      variant: card.getAttribute('data-variant'),
      text: card.textContent ?? '',
    };
  });

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension({ viewport: { width: 1000, height: 700 } });
  await resetSettings(browser);
  page = await browser.newPage(server.url('/fixtures/source-article.html'));
  // The claim reader is loaded on first need, so claims may be painted a moment after the terms.
  const deadline = Date.now() + 15_000;
  while (((await highlightSizes(page))['backcheck-myth'] ?? 0) < CLAIMS.length) {
    if (Date.now() > deadline) throw new Error("the demo page's claims were not painted within 15 s");
    await page.waitForTimeout(200);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('every §5 claim of the demo page is painted under backcheck-myth, and nothing else is', async () => {
  const myth = (await readHighlights(page)).filter((h) => h.name === 'backcheck-myth');
  for (const [phrase] of CLAIMS) expect(myth.map((h) => h.text).join(' | ')).toContain(phrase);
  // Only claims: the article's true statements and plain term mentions are not marked as claims.
  expect(myth.length).toBe(CLAIMS.length + 1); // + "effective method to eliminate pain" (M4 again)
  for (const h of myth) expect(h.text).not.toMatch(/solve back problems|relax after a grueling workout/);
});

test.each(CLAIMS)('hovering "%s" opens the card that corrects %s', async (phrase, mythId) => {
  const { x, y } = await phrasePoint(phrase);
  await page.mouse.move(x, y);
  await expect.poll(async () => (await openCard())?.concept, { timeout: 5000 }).toBe(mythId);
  const card = (await openCard())!;
  const expected = buildCardData(mythId, 'claim')!;
  expect(card.variant).toBe('claim');
  expect(card.text).toContain('This claim is not supported');
  expect(card.text).toContain(expected.myth!.correction);
  expect(card.text).toContain('Reviewed');
  expect(card.text).toContain(expected.sources[0].org);
  if (mythId === 'myth-m1') await page.screenshot({ path: resolve(SCREENSHOTS, 'claim-card.png') });
  await page.mouse.move(5, 5);
  await expect.poll(openCard, { timeout: 3000 }).toBeUndefined();
});

test('"More about" on a claim card opens the full myth entry', async () => {
  const { x, y } = await phrasePoint('salt deposits');
  await page.mouse.move(x, y);
  await expect.poll(async () => (await openCard())?.concept, { timeout: 5000 }).toBe('myth-m2');
  const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
  // A person's click: the card ignores clicks a page script makes (issue 11).
  const more = await cardButtonCentre(page, 'More about');
  expect(more).not.toBeNull();
  await page.mouse.click(more!.x, more!.y);
  const entry = await opened;
  await entry.waitForLoadState();
  expect(entry.url()).toContain('#entry=myth-m2');
  await expect.poll(() => entry.locator('body').textContent()).toContain('bone spurs (osteophytes)');
  await entry.close();
  await page.bringToFront();
});

test('the popup lists the claims found on this page', async () => {
  const popup = await openPopupFor(browser, page);
  const ids = () =>
    popup.locator('.page-claims li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
  const expected = [...new Set(CLAIMS.map(([, id]) => id))].sort();
  await expect.poll(async () => (await ids()).sort(), { timeout: 5000 }).toEqual(expected);
  expect(await popup.locator('.page-claims-title').textContent()).toBe('Claims not supported');
  await popup.close();
});
