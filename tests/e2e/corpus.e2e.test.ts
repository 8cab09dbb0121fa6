// Detection accuracy in real Chromium (FACTS.md §6, §6.1; DESIGN.md §3):
// - no highlight on the source article runs across a sentence end or a block edge;
// - terms escalated by a red flag in their context are painted under `backcheck-urgent`, all
//   others under their category, every range in exactly one highlight; the popup summary marks
//   urgent concepts, the hover card opens on an urgent term, and a switched-off category hides
//   its urgent terms too;
// Real pages that are not about back pain: tests/e2e/real-pages.e2e.test.ts (the repository's
// pages) and corpus.conformance.test.ts (the 89-page corpus in ../shared).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitForSettledScan } from '../eval/corpus-review';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension } from './extension-world';
import { adoptedRules, inCard, readHighlights } from './page-helpers';
import { tabIdOf, waitForHighlights } from './popup-helpers';
import { type StaticServer, startServer } from './server';

declare const chrome: {
  tabs: { sendMessage(id: number, message: object): Promise<unknown> };
  storage: { sync: { clear(): Promise<void>; set(items: object): Promise<void> } };
};

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

const URGENT = 'backcheck-urgent';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('source article', () => {
  test('no range holds a sentence end or crosses a block edge ("the back. Nagging pain")', async () => {
    const page = await browser.newPage(server.url('/fixtures/source-article.html'));
    await waitForHighlights(page);
    await waitForSettledScan(page, 800);
    const ranges = await readHighlights(page);
    expect(ranges.length).toBeGreaterThan(10);
    for (const r of ranges) {
      expect(r.text, r.text).not.toMatch(/[.!?…]\s|[.!?…]$|\n/);
      // A range inside one block element: its start and end share the nearest block.
      expect(r.text).toBe(r.text.trim());
    }
    const blocksOk = await inExtension(page, () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const kinds = globalThis.__backcheck!.highlightKinds();
      const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,td,th,dd,dt,blockquote';
      const bad: string[] = [];
      for (const [name, h] of registry) {
        if (!kinds[name]) continue;
        for (const r of h) {
          const a = r.startContainer.parentElement?.closest(BLOCK);
          const b = r.endContainer.parentElement?.closest(BLOCK);
          if (a !== b) bad.push(r.toString());
        }
      }
      return bad;
    });
    expect(blocksOk).toEqual([]);
    expect(ranges.map((r) => norm(r.text))).not.toContain('the back. Nagging pain');
    await page.close();
  });
});

describe('backcheck-urgent on tests/fixtures/red-flag-context.html', () => {
  let page: Page;
  /** Block id → painted terms as "text" or "text!" (urgent). */
  const painted = async () => {
    // Registry order is per highlight: put each block's ranges back in text order.
    const ranges = (await readHighlights(page)).sort(
      (a, b) => a.startNode.indexOf(a.text) - b.startNode.indexOf(b.text),
    );
    const out: Record<string, string[]> = {};
    for (const r of ranges) {
      if (r.name === 'backcheck-flash') continue;
      const list = out[r.where] ?? [];
      list.push(`${norm(r.text)}${r.name === URGENT ? '!' : ''}`);
      out[r.where] = list;
    }
    return out;
  };

  beforeAll(async () => {
    page = await browser.newPage(server.url('/fixtures/red-flag-context.html'));
    await waitForHighlights(page);
    await waitForSettledScan(page, 800);
  });
  afterAll(async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.clear());
    await page?.close();
  });

  test('escalated terms are in backcheck-urgent, the others in their category', async () => {
    const got = await painted();
    expect(got.fever).toEqual(['back pain!', 'fever!', 'shivering!']);
    expect(got.plain).toEqual(['back pain']);
    expect(got.night).toEqual(['lower back pain!', 'worse at night!', 'wakes me up!']);
    // The neutral bladder note is never urgent (FACTS.md §6.1 R).
    expect(got.bladder).toEqual(['Urinary incontinence']);
    expect(got.ces).toEqual(['loss of bladder control!', 'sciatica!']);
    // Morning stiffness is a see-gp-soon pattern (§2): highlighted, not escalated.
    expect(got.stiffness).toEqual(['Back pain', 'morning stiffness']);
    expect(got.massage).toEqual(['massage']);
    // A fever four sentences after the sciatica is not a component (§6.1 C1) and is beyond the
    // lay analysis's reach (three sentences on).
    expect(got.far).toEqual(['Sciatica']);
  });

  test('each range is in exactly one highlight; non-urgent ones keep their category', async () => {
    const ranges = await readHighlights(page);
    const keys = ranges.map((r) => `${r.where}:${r.startNode}:${r.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    const names = new Map(ranges.map((r) => [`${r.where}:${norm(r.text)}`, r.name]));
    expect(names.get('plain:back pain')).toBe('backcheck-condition');
    expect(names.get('stiffness:morning stiffness')).toBe('backcheck-red-flag');
    expect(names.get('bladder:Urinary incontinence')).toBe('backcheck-condition');
    expect(names.get('massage:massage')).toBe('backcheck-massage');
  });

  test('the urgent style is registered and differs from the category styles', async () => {
    // Read the rule text from the adopted stylesheet (computed ::highlight styles are not exposed),
    // with canonical names (DESIGN.md §3).
    const style = { rules: await adoptedRules(page) };
    const urgentRule = style.rules.find(
      (r) => r.includes(`::highlight(${URGENT})`) && !r.startsWith('@media'),
    );
    expect(urgentRule).toMatch(/wavy/);
    expect(
      style.rules.some((r) => r.startsWith('@media (forced-colors: active)') && r.includes(URGENT)),
    ).toBe(true);
  });

  test('the page summary marks urgent concepts; the hover card opens on an urgent term', async () => {
    const tabId = await tabIdOf(browser, page.url());
    const summary = (await browser.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'page:summary' }),
      tabId,
    )) as { items: { conceptId: string; urgent?: boolean }[] };
    const urgentOf = (id: string) => summary.items.find((i) => i.conceptId === id)?.urgent;
    expect(urgentOf('rf-fever')).toBe(true);
    expect(urgentOf('massage')).toBeUndefined();
    expect(urgentOf('rf-inflammatory-pattern')).toBeUndefined();

    const box = await page.evaluate(() => {
      const text = document.getElementById('fever')?.firstChild as Text;
      const r = document.createRange();
      const at = text.data.indexOf('fever');
      r.setStart(text, at);
      r.setEnd(text, at + 5);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect
      .poll(() => inCard(page, (root) => root?.querySelector('.bc-popover')?.textContent ?? ''), {
        timeout: 5000,
      })
      .toMatch(/\S/);
    await page.mouse.move(5, 5);
  });

  test('an urgent term whose category is switched off is not painted', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { categories: ['condition', 'massage', 'contraindication'] } }),
    );
    await expect.poll(async () => (await painted()).fever, { timeout: 5000 }).toEqual(['back pain!']);
    const got = await painted();
    expect(got.night).toEqual(['lower back pain!']);
    expect(got.stiffness).toEqual(['Back pain']);
  });
});
