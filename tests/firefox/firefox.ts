// Launches Debian's Firefox ESR with the built Firefox add-on (DESIGN.md §4 "Firefox"):
// puppeteer-core drives stock Firefox over WebDriver BiDi, the build is installed as a temporary
// add-on, and the pref extensions.webextensions.uuids fixes its moz-extension:// origin so the
// popup can be opened as a page (which needs --remote-allow-system-access). Errors from the
// extension are collected from the pages (content scripts report there) and from the background
// page (hooked through runtime.getBackgroundPage()).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.WXT_OUT_DIR ?? '.output',
  'firefox-mv2',
);

export function firefoxPath(): string {
  const candidates = process.env.FIREFOX_PATH
    ? [process.env.FIREFOX_PATH]
    : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Firefox found at ${candidates.join(' or ')}. Install Debian's firefox-esr ` +
        '(apt-get install -y firefox-esr, with sudo unless root; .ci/run does it) or set FIREFOX_PATH.',
    );
  }
  return found;
}

export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${dir}: run "npm run build:firefox" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${manifestPath} names no gecko id`);
  return id;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> of the add-on. */
  origin: string;
  /** Errors from the extension: content scripts, its pages and its background page. */
  errors(): Promise<string[]>;
  newPage(url: string): Promise<Page>;
  /** Opens an extension page and waits until it has loaded (see openExtensionPage). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Resolves once `check` holds, polling; rejects with `what` after `timeoutMs`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const id = geckoId();
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // No viewport emulation: puppeteer's setViewport also sends emulation.setScreenOrientationOverride,
    // which Firefox ESR 140 (Debian bookworm's) does not know; the window size is set instead.
    defaultViewport: null,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }) },
  });
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location()?.url ?? '';
      if (where.startsWith(origin) || page.url().startsWith(origin))
        pageErrors.push(`${where}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => {
      const stack = err instanceof Error ? (err.stack ?? '') : String(err);
      if (stack.includes(origin) || page.url().startsWith(origin)) pageErrors.push(`${page.url()}: ${err}`);
    });
  };

  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  } catch (e) {
    await browser.close();
    throw e;
  }

  /**
   * Navigation to a moz-extension:// page may never report "loaded" to the driver: start it
   * without waiting and poll the page's readyState instead (DESIGN.md §4).
   */
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    watch(page);
    const url = `${origin}/${path.replace(/^\//, '')}`;
    page.goto(url).catch(() => {});
    await until(`${url} to load`, () =>
      page.evaluate((o) => location.href.startsWith(o) && document.readyState === 'complete', origin),
    );
    return page;
  };

  // Hook the background page's errors from an extension page of the same add-on.
  const hookPage = await openExtensionPage('popup.html');
  await hookPage.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } })
      .browser;
    const bg = (await ext.runtime.getBackgroundPage()) as Window & {
      __bcErrors?: string[];
      console: Console;
    };
    bg.__bcErrors = [];
    const errors = bg.__bcErrors;
    bg.addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
    bg.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
    const original = bg.console.error.bind(bg.console);
    bg.console.error = (...args: unknown[]) => {
      errors.push(`console.error: ${args.map(String).join(' ')}`);
      original(...args);
    };
  });

  const backgroundErrors = () =>
    hookPage.evaluate(async () => {
      const ext = (
        globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }
      ).browser;
      const bg = (await ext.runtime.getBackgroundPage()) as Window & { __bcErrors?: string[] };
      return [...(bg.__bcErrors ?? ['the background error hook is gone'])];
    });

  return {
    browser,
    origin,
    errors: async () => [...pageErrors, ...(await backgroundErrors()).map((e) => `background: ${e}`)],
    async newPage(url) {
      const page = await browser.newPage();
      watch(page);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
      return page;
    },
    openExtensionPage,
    close: () => browser.close(),
  };
}
