// Term detection on real pages (DESIGN.md §1–§3, §6): highlights in CSS.highlights cover
// exactly the matched terms, split terms are one range, skipped regions stay clean, and the
// page's DOM and observers never see us.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension } from './extension-world';
import { readHighlights } from './page-helpers';
import { FIXTURES_DIR, type StaticServer, startServer } from './server';

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

const NAMES = [
  'backcheck-red-flag',
  'backcheck-condition',
  'backcheck-massage',
  'backcheck-contraindication',
  // Terms escalated by a red flag in context (DESIGN.md §3; tests/e2e/corpus.e2e.test.ts).
  'backcheck-urgent',
  // The words of a sentence asserting a FACTS.md §5 myth (issue 12; tests/e2e/claims.e2e.test.ts).
  'backcheck-myth',
];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

test('the source article is highlighted with one range per term, under their canonical names', async () => {
  const page = await browser.newPage(server.url('/fixtures/source-article.html'));
  await expect.poll(async () => (await readHighlights(page)).length).toBeGreaterThan(10);
  const ranges = await readHighlights(page);
  for (const r of ranges) {
    expect(NAMES).toContain(r.name);
    // Exactly the term: no surrounding space or punctuation.
    expect(r.text).toBe(r.text.trim());
    expect(r.text).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);
  }
  const texts = ranges.map((r) => norm(r.text));
  expect(texts).toContain('back pain');
  expect(texts).toContain('massage');
  expect(ranges.find((r) => norm(r.text) === 'massage')?.name).toBe('backcheck-massage');
  expect(ranges.find((r) => norm(r.text) === 'back pain')?.name).toBe('backcheck-condition');
  await page.close();
});

test('the page DOM is identical to the served HTML (nothing added, nothing wrapped)', async () => {
  const page = await browser.newPage(server.url('/fixtures/source-article.html'));
  await expect.poll(async () => (await readHighlights(page)).length).toBeGreaterThan(10);
  const html = readFileSync(join(FIXTURES_DIR, 'source-article.html'), 'utf8');
  const same = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return parsed.documentElement.outerHTML === document.documentElement.outerHTML;
  }, html);
  expect(same).toBe(true);
  await page.close();
});

test('terms split by <em>, spans or a line break are one range each', async () => {
  const page = await browser.newPage(server.url('/fixtures/split-terms.html'));
  await expect.poll(async () => (await readHighlights(page)).some((r) => r.where === 'plain')).toBe(true);
  const ranges = await readHighlights(page);
  const em = ranges.filter((r) => r.where === 'em');
  expect(em.map((r) => r.text)).toEqual(['back pain']);
  expect(em[0].startNode).toBe('I have had back ');
  expect(em[0].endNode).toBe('pain');
  // A <br> renders as a line break, which toString() omits: the range runs across it.
  const br = ranges.filter((r) => r.where === 'br');
  expect(br).toHaveLength(1);
  expect(br[0].startNode).toContain('lower back');
  expect(br[0].endNode).toBe('pain with exercises.');
  expect(br[0].text).toBe('lower backpain');
  expect(ranges.filter((r) => r.where === 'spans').map((r) => r.text)).toEqual(['sciatica', 'slipped disc']);
  expect(ranges.filter((r) => r.where === 'plain').map((r) => r.text)).toEqual(['massage']);
  await page.close();
});

test('nothing is highlighted in inputs, textareas, selects, code, pre, contenteditable, hidden or script', async () => {
  const page = await browser.newPage(server.url('/fixtures/split-terms.html'));
  await expect.poll(async () => (await readHighlights(page)).some((r) => r.where === 'plain')).toBe(true);
  const inSkipped = await inExtension(page, () => {
    const bad: string[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [, h] of registry) {
      for (const r of h) {
        const el = r.startContainer.parentElement;
        if (el?.closest('form, pre, code, [contenteditable], [hidden], script, noscript, template, svg')) {
          bad.push(r.toString());
        }
      }
    }
    return bad;
  });
  expect(inSkipped).toEqual([]);
  await page.close();
});

test("the page's own MutationObserver sees nothing from us", async () => {
  const page = await browser.newPage(server.url('/fixtures/split-terms.html'));
  await expect.poll(async () => (await readHighlights(page)).some((r) => r.where === 'plain')).toBe(true);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
  // No <mark> and no card host (it is created on the first card only).
  expect(
    await page.evaluate(
      () => document.querySelectorAll('mark').length + document.documentElement.children.length,
    ),
  ).toBe(2);
  await page.close();
});

test('open shadow roots and same-origin iframes are scanned', async () => {
  const page = await browser.newPage(server.url('/fixtures/shadow.html'));
  await expect.poll(async () => (await readHighlights(page)).some((r) => r.inShadow)).toBe(true);
  const shadow = (await readHighlights(page)).filter((r) => r.inShadow);
  expect(shadow.map((r) => r.text)).toEqual(['sciatica']);
  const frame = page.frames().find((f) => f.url().endsWith('frame-child.html'));
  expect(frame).toBeDefined();
  await expect
    .poll(async () => (await readHighlights(frame!)).map((r) => r.text))
    .toEqual(['lower back pain']);
  await page.close();
});

test('no extension errors were logged', () => {
  expect(browser.extensionErrors).toEqual([]);
});

test("the page's text is read in the background, off the page's main thread (issue 10)", async () => {
  const readTexts = () =>
    browser.serviceWorker.evaluate(
      () => (globalThis as { backcheck?: { readStats(): { texts: number } } }).backcheck!.readStats().texts,
    );
  const before = await readTexts();
  const page = await browser.newPage(server.url('/fixtures/source-article.html'));
  await expect.poll(async () => (await readHighlights(page)).length).toBeGreaterThan(10);
  expect(await readTexts()).toBeGreaterThan(before);
  await page.close();
});
