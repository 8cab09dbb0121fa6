// `npm run demo`: builds the extension, serves the demo page (the source article) from
// 127.0.0.1 and opens Chromium with BackCheck on it.
//   npm run demo                 a real window when a display exists (close it or press Ctrl+C to end)
//   npm run demo -- --headless   no window: saves screenshots into demo-output/, then exits: the
//                                painted page, a condition's card and a massage term's card (the
//                                glance cards), the popup lookup "sore after a massage" (answers in
//                                the rows, "On this page"), and both guided flows with an outcome
//   --no-build                   reuse the last build
// Without a DISPLAY (e.g. over SSH or in CI) the demo runs headless.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromePath, EXTENSION_DIR } from '../e2e/browser';
import { ExtensionWorld } from '../e2e/extension-world';
import { startServer } from '../e2e/server';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'demo-output');
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const STEP_TIMEOUT = 15_000;
/** The popup lookup shown in the screenshot: a row with its one-line answer. */
const LOOKUP = 'sore after a massage';

function log(message: string) {
  console.log(`[demo] ${message}`);
}

function build() {
  if (args.has('--no-build')) return;
  log('building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('wxt build failed');
}

/** BackCheck's isolated world in the demo page (its names are random; DESIGN.md §3). */
let world: ExtensionWorld | undefined;

/** Number of BackCheck highlight ranges painted in the page. */
const painted = () =>
  world!.evaluate(() => {
    let n = 0;
    const kinds = globalThis.__backcheck!.highlightKinds();
    // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is maplike; TS lib types lag.
    (CSS.highlights as any).forEach((h: { size: number }, name: string) => {
      if (kinds[name] && kinds[name] !== 'backcheck-flash') n += h.size;
    });
    return n;
  });

async function waitFor(what: string, check: () => Promise<boolean>) {
  const end = Date.now() + STEP_TIMEOUT;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((ok) => setTimeout(ok, 150));
  }
  log(`gave up waiting for ${what}`);
  return false;
}

/** Moves the mouse onto a painted term of the first of these kinds and waits for the card. */
async function hoverTerm(
  page: Page,
  kinds = ['backcheck-condition', 'backcheck-red-flag', 'backcheck-massage'],
): Promise<boolean> {
  await page.mouse.move(5, 5);
  await waitFor('the card to close', () =>
    world!.evaluate(() => {
      const box = globalThis.__backcheck!.card()?.querySelector<HTMLElement>('.bc-popover');
      return !box || box.hidden;
    }),
  );
  const point = await world!.evaluate((kinds: string[]) => {
    // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry is maplike; TS lib types lag.
    const registry = CSS.highlights as any;
    const registered = globalThis.__backcheck!.highlightKinds();
    for (const canonical of kinds) {
      const name = Object.keys(registered).find((k) => registered[k] === canonical);
      const h = name && registry.get(name);
      if (!h) continue;
      for (const range of h as Iterable<Range>) {
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && rect.top > 0 && rect.bottom < innerHeight) {
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    return undefined;
  }, kinds);
  if (!point) return false;
  await page.mouse.move(point.x - 40, point.y);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  return waitFor('the hover card', () =>
    world!.evaluate(() => !!globalThis.__backcheck!.card()?.querySelector('.bc-card')),
  );
}

/**
 * The id of the tab showing `url`. Without the "tabs" permission the worker cannot read tab URLs
 * (tab.url is empty), so ask each tab's content script for its page summary, which carries the
 * page URL (as tests/e2e/popup-helpers.ts does). Issue 9: matching on tab.url found nothing, so
 * the popup read its own tab and said "BackCheck can't read this page".
 */
async function tabIdOf(context: BrowserContext, url: string): Promise<number | undefined> {
  const worker = context.serviceWorkers()[0];
  return worker?.evaluate(async (u) => {
    // biome-ignore lint/suspicious/noExplicitAny: chrome.* inside the extension's worker.
    const chrome = (globalThis as any).chrome;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const summary = await chrome.tabs.sendMessage(tab.id, { type: 'page:summary' }).catch(() => undefined);
      if (summary?.url === u) return tab.id as number;
    }
    return undefined;
  }, url);
}

async function main() {
  build();
  const server = await startServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'backcheck-demo-'));
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    log(`opening Chromium${headless ? ' (headless)' : ''} with the extension from ${EXTENSION_DIR}`);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromePath(),
      headless,
      viewport: headless ? { width: 1280, height: 900 } : null,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(headless ? ['--disable-gpu'] : []),
      ],
    });
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const articleUrl = server.url('/fixtures/source-article.html');
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(articleUrl);
    world = await ExtensionWorld.attach(page, extensionId);
    await waitFor('highlights', async () => (await painted()) > 0);
    log(`${await painted()} terms painted on the source article`);
    const tabId = await tabIdOf(context, articleUrl);
    const popupUrl = `chrome-extension://${extensionId}/popup.html${tabId ? `?tab=${tabId}` : ''}#q=${encodeURIComponent(LOOKUP)}`;

    if (!headless) {
      const popup = await context.newPage();
      await popup.goto(popupUrl);
      await page.bringToFront();
      log('Hover a highlighted term to open its card. The popup lookup is open in the second tab.');
      log('Close the browser window or press Ctrl+C to end the demo.');
      await new Promise<void>((done) => {
        context!.on('close', () => done());
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
      });
      return 0;
    }

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'page.png') });
    log('saved demo-output/page.png (the painted page)');
    for (const [file, kinds, what] of [
      ['card.png', ['backcheck-condition', 'backcheck-red-flag'], 'a condition’s glance card'],
      ['card-massage.png', ['backcheck-massage'], 'a massage term’s card, verdict first'],
    ] as const) {
      if (await hoverTerm(page, [...kinds])) {
        // Let the card's short fade-in finish before the screenshot.
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(OUT, file) });
        log(`saved demo-output/${file} (${what})`);
      } else {
        log(`no card opened on hover; ${file} not saved`);
      }
    }

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(popupUrl);
    await waitFor('lookup results', async () => (await popup.locator('.results .result').count()) > 0);
    await waitFor('the page terms', async () => (await popup.locator('.page-terms li').count()) > 0);
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    const first = await popup
      .locator('.results .result')
      .first()
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with line breaks between parts.
      .innerText()
      .catch(() => '(none)');
    const chips = await popup.locator('.page-terms li').count();
    log(
      `saved demo-output/popup.png (lookup "${LOOKUP}"; first result: ${(first ?? '').replace(/\s+/g, ' ')}; ${chips} terms on this page)`,
    );

    // The guided flows, answered with the mouse, each ending in its outcome.
    const base = popupUrl.replace(/#.*$/, '');
    await popup.goto(`${base}#flow=after`);
    await popup.reload();
    await popup.getByLabel('1 to 2 days ago').click();
    await popup.getByLabel('One calf or thigh (more than where it was worked)').click();
    await popup.getByLabel('About the same').click();
    await popup.getByRole('button', { name: 'See what to do' }).click();
    await popup.locator('.flow-result').waitFor();
    await popup.screenshot({ path: join(OUT, 'flow-after.png'), fullPage: true });
    log(
      `saved demo-output/flow-after.png (outcome: ${await popup.locator('.flow-result').getAttribute('data-outcome')})`,
    );
    await popup.goto(`${base}#flow=before`);
    await popup.reload();
    await popup.getByLabel('Blood thinners, or a bleeding problem').click();
    await popup.getByLabel('Pregnancy').click();
    await popup.getByRole('button', { name: 'Check' }).click();
    await popup.locator('.flow-result').waitFor();
    await popup.screenshot({ path: join(OUT, 'flow-before.png'), fullPage: true });
    log(
      `saved demo-output/flow-before.png (outcome: ${await popup.locator('.flow-result').getAttribute('data-outcome')})`,
    );
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[demo] failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
