// @vitest-environment happy-dom
// The hover card fits at a glance (issue 9) in real Chromium, at 1280×800 and 800×600:
// - every entry's glance card (and every variant), rendered with the card's own CSS in a shadow
//   root, has content height ≤ box height (no scrolling);
// - real hover cards opened by the content script for a representative set of terms fit too.

import type { Page } from 'playwright-core';
import { h, render } from 'preact';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_CSS } from '../../components/card-css';
import { GlanceCard } from '../../components/GlanceCard';
import { GLANCE_CSS } from '../../components/glance-css';
import { buildCardData, CARD_VARIANTS } from '../../lib/card-data';
import { buildGlanceCard } from '../../lib/glance-card';
import { entries } from '../../lib/knowledge/index';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inCard } from './page-helpers';
import { waitForHighlights } from './popup-helpers';
import { type StaticServer, startServer } from './server';

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: object): Promise<unknown>;
  };
  storage: { sync: { clear(): Promise<void> } };
};

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

/** The markup of every glance card, rendered by Preact (the same component the page shows). */
function allCardsHtml(): { id: string; html: string }[] {
  const host = document.createElement('div');
  const out: { id: string; html: string }[] = [];
  const cards = [
    ...entries.map((e) => ({ id: e.id, card: buildCardData(e.id)! })),
    ...CARD_VARIANTS.flatMap((v) => {
      const concept = entries.find((e) => buildCardData(e.id, v)?.variant === v && e.kind !== 'myth');
      return concept ? [{ id: `${concept.id}/${v}`, card: buildCardData(concept.id, v)! }] : [];
    }),
  ];
  for (const { id, card } of cards) {
    const glance = buildGlanceCard(card, 'uk', id === 'massage' ? 'deep tissue massage' : undefined);
    render(
      h(GlanceCard, { card: glance, titleId: 't', onMore: () => undefined, onClose: () => undefined }),
      host,
    );
    out.push({ id, html: host.innerHTML });
  }
  render(null, host);
  return out;
}

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

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  test('every entry’s glance card fits its box without scrolling', async () => {
    const cards = allCardsHtml();
    expect(cards.length).toBeGreaterThan(entries.length);
    const page = await browser.newPage(server.url('/fixtures/card-edges.html'));
    await page.setViewportSize(viewport);
    const results = await page.evaluate(
      ({ css, cards }) => {
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = `<style>${css}</style><div class="bc-layer"><div class="bc-popover" role="dialog"></div></div>`;
        const box = root.querySelector<HTMLElement>('.bc-popover')!;
        return cards.map(({ id, html }) => {
          box.innerHTML = html;
          return {
            id,
            content: box.scrollHeight,
            box: box.clientHeight,
            max: Number.parseFloat(getComputedStyle(box).maxHeight),
          };
        });
      },
      { css: CARD_CSS + GLANCE_CSS, cards },
    );
    const tallest = [...results].sort((a, b) => b.content - a.content)[0];
    console.log(
      `${viewport.width}×${viewport.height}: tallest glance card ${tallest.id} ${tallest.content} px of content, box ${tallest.box} px (max ${tallest.max} px)`,
    );
    const overflowing = results.filter((r) => r.content > r.box).map((r) => `${r.id} ${r.content}>${r.box}`);
    expect(overflowing).toEqual([]);
    await page.close();
  });

  test('real hover cards for a representative set of terms fit', async () => {
    const page = await browser.newPage(server.url('/fixtures/card-edges.html'));
    await page.setViewportSize(viewport);
    await waitForHighlights(page);
    const sizes: string[] = [];
    for (const text of [
      'sciatica',
      'saddle numbness',
      'deep tissue massage',
      'cauda equina syndrome',
      'kidney infection',
      'blood thinners',
      'lumbago',
    ]) {
      const opened = await open(page, text);
      if (!opened) continue;
      const m = await measure(page);
      expect(m, text).not.toBeNull();
      sizes.push(`${m!.concept} ${m!.content}/${m!.box}`);
      if (process.env.GLANCE_SHOTS)
        await page.screenshot({
          path: `test-results/glance-${text.replace(/\W+/g, '-')}-${viewport.width}.png`,
        });
      expect(m!.content, `${text}: ${m!.content} px of content in a ${m!.box} px box`).toBeLessThanOrEqual(
        m!.box,
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => measure(page), { timeout: 2000 }).toBeNull();
    }
    console.log(`${viewport.width}×${viewport.height} hover cards (content/box px): ${sizes.join(', ')}`);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});

/** Opens the card for text as the context menu does (the background messages the page). */
async function open(page: Page, text: string): Promise<boolean> {
  await page.bringToFront();
  const ok = await browser.serviceWorker.evaluate(async (t) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id!, { type: 'card:lookup-text', text: t });
  }, text);
  if (ok !== true) return false;
  await expect.poll(() => measure(page), { timeout: 3000 }).not.toBeNull();
  return true;
}

/** Content and box height of the open card, or null when none shows (read in BackCheck's world). */
function measure(page: Page) {
  return inCard(page, (root) => {
    const box = root?.querySelector<HTMLElement>('.bc-popover');
    if (!box || box.hidden) return null;
    return {
      concept: box.querySelector('.bc-card')?.getAttribute('data-concept') ?? '',
      content: box.scrollHeight,
      box: box.clientHeight,
    };
  });
}
