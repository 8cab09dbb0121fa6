// Checks shared by the real-page e2e tests: the repository's pages (real-pages.e2e.test.ts) and
// the 89-page corpus of ../shared (corpus.conformance.test.ts). Each check proves the extension
// was at work on the page, so a page that failed to load or a dead content script cannot pass
// as "clean".
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openCorpusPage, readRangesWithContext, waitForSettledScan } from '../eval/corpus-review';
import type { ExtensionBrowser } from './browser';

/**
 * Opens a page that is not about back pain (a 404 throws), checks that at most `max` terms are
 * painted and that the extension logged no error, then appends a paragraph with a term and checks
 * that it gets painted: the content script was running there all along.
 */
export async function expectQuietPage(browser: ExtensionBrowser, url: string, max: number) {
  const errorsBefore = browser.extensionErrors.length;
  const page = await openCorpusPage(browser.context, url);
  await waitForSettledScan(page, 1200);
  const ranges = await readRangesWithContext(page);
  const shown = ranges.map((r) => `${r.name}: …${r.before}[${r.text}]${r.after}…`);
  expect(ranges.length, shown.join('\n')).toBeLessThanOrEqual(max);

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Probe added by the test: my sciatica is worse today.';
    document.body.appendChild(p);
  });
  await expect
    .poll(async () => (await readRangesWithContext(page)).filter((r) => r.text === 'sciatica').length, {
      timeout: 5000,
    })
    .toBeGreaterThanOrEqual(1);

  // A saved page may itself point at another extension's files (wikipedia-4 links a
  // chrome-extension:// font sheet, which Chromium reports as chrome-extension://invalid/):
  // that is the page's error, not ours.
  const ours = browser.extensionErrors
    .slice(errorsBefore)
    .filter((e) => !e.startsWith('chrome-extension://invalid/'));
  expect(ours).toEqual([]);
  await page.close();
}

/**
 * Loads a page and returns the durations of long animation frames' scripts that came from the
 * extension (each frame names the scripts that ran in it), after 2.5 s.
 */
export async function extensionScriptDurations(browser: ExtensionBrowser, url: string): Promise<number[]> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __ext: number[] }).__ext = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        scripts: { sourceURL: string; duration: number }[];
      }[]) {
        for (const s of e.scripts ?? []) {
          if (s.sourceURL.startsWith('chrome-extension://'))
            (window as unknown as { __ext: number[] }).__ext.push(s.duration);
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
  await page.waitForTimeout(2500);
  const ext = await page.evaluate(() => (window as unknown as { __ext: number[] }).__ext);
  await page.close();
  return ext;
}
