// Launches the system Chromium with the freshly built extension (DESIGN.md §4) and gives tests
// the extension id, pages and the popup. Fails fast with a clear message when no Chromium exists.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.WXT_OUT_DIR ?? '.output',
  'chrome-mv3',
);

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. Install it with "sudo apt-get install -y chromium" (Debian) ` +
        'or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Messages logged as errors by the extension (its pages, worker or content scripts). */
  extensionErrors: string[];
  newPage(url: string): Promise<Page>;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Collect console errors and uncaught exceptions that come from our extension's code or pages.
 * A saved page may itself reference some other extension's files (chrome-extension://<other id>
 * or chrome-extension://invalid/); those failures are the page's, not ours.
 */
function watchErrors(page: Page, errors: string[], extensionId: string) {
  const ours = `chrome-extension://${extensionId}/`;
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    if (where.startsWith(ours) || page.url().startsWith(ours)) errors.push(`${where}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    if ((err.stack ?? '').includes(ours) || page.url().startsWith(ours))
      errors.push(`${page.url()}: ${err.message}`);
  });
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Emulate a touch screen (page.touchscreen.tap works only with this). */
  hasTouch?: boolean;
  /** Emulate a phone (meta viewport honoured, touch events). */
  isMobile?: boolean;
  /** Another build of the extension (the page benchmark's --baseline); default EXTENSION_DIR. */
  extensionDir?: string;
}

const extensionIds = new WeakMap<BrowserContext, string>();

/** The id of the extension loaded in a context launched here. */
export function extensionIdOf(context: BrowserContext): string {
  const id = extensionIds.get(context);
  if (!id) throw new Error('not a context launched by launchWithExtension');
  return id;
}

export async function launchWithExtension(options: LaunchOptions = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'backcheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.hasTouch !== undefined ? { hasTouch: options.hasTouch } : {}),
    ...(options.isMobile !== undefined ? { isMobile: options.isMobile } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  extensionIds.set(context, extensionId);
  const extensionErrors: string[] = [];
  context.on('page', (page) => watchErrors(page, extensionErrors, extensionId));
  for (const page of context.pages()) watchErrors(page, extensionErrors, extensionId);

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    serviceWorker,
    extensionErrors,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}
