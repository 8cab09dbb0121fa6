// The content script's second stage (DESIGN.md §5 "Cheap where nothing matches"): the matcher,
// its rules, the painter and the hover card, as a separate web-accessible script that the content
// script imports only once its first stage (lib/page/gate.ts) finds text that may hold a term, or
// when a card is asked for. Like card-ui.js it runs in the content script's isolated world and hands
// its API over on that world's globalThis (WXT builds unlisted scripts as classic IIFEs). What it
// does is what the content script used to do on every page: scan, paint, follow, answer.
import { browser, type ContentScriptContext, defineUnlistedScript } from '#imports';
import type { CardData } from '../lib/card-data';
import { type CardHost, createCardHost } from '../lib/page/card-host';
import { termAtPoint, termAtSelection } from '../lib/page/hit-test';
import { handleCardMessage, startHoverCards } from '../lib/page/hover-card';
import { createRemoteReader } from '../lib/page/remote-reader';
import { PageScanner } from '../lib/page/scanner';
import { atMost } from '../lib/page/scheduler';
import type { Settings } from '../lib/settings';
import {
  DEFAULT_SETTINGS,
  EMERGENCY_NUMBERS,
  exactSettings,
  readStoredRaw,
  watchStoredRaw,
} from '../lib/settings-store';
import type { CardUi } from './card-ui';
import type { PageReader } from './page-reader';
import type { Validation } from './validation';

/** Longest the popup's "On this page" list waits for text still being read. */
const SUMMARY_WAIT_MS = 400;

export interface PageScan {
  /**
   * Answers a message meant for this frame's content script (page summary and reveal in the top
   * frame, card requests in any): a promise when it is ours to answer, else undefined.
   */
  onMessage(raw: unknown): Promise<unknown> | undefined;
  /** For the test access (lib/page/test-access.ts): registered highlight name → canonical name. */
  highlightKinds(): Record<string, string>;
  /** For the test access: the card's closed shadow root, once the first card was shown. */
  card(): ShadowRoot | null;
  /** For the test access: resolves once what was scanned so far is read and painted. */
  settled(): Promise<void>;
}

export interface PageScanApi {
  /** Starts scanning, painting and hover cards in this document; once per document. */
  start(ctx: ContentScriptContext): Promise<PageScan>;
}

declare global {
  /** Set by page-scan.js when the content script imports it. */
  var __backcheckPageScan: PageScanApi | undefined;
}

type ScriptPath = '/card-ui.js' | '/page-reader.js' | '/validation.js';

/**
 * One of our web-accessible scripts, imported into this world on first use; the API it leaves on
 * globalThis. A failed import is tried again on the next use.
 */
function lazyScript<T>(path: ScriptPath, api: () => T | undefined): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ browser.runtime.getURL(path))
      .then(() => api() ?? Promise.reject(new Error(`${path} set no API`)))
      .catch((err: unknown) => {
        loading = undefined;
        throw err;
      }));
}

async function start(ctx: ContentScriptContext): Promise<PageScan> {
  // What this stage needs only now and then is a separate script (DESIGN.md §5 "Small"): Zod's
  // validation (messages; settings that need a repair), the page's own reader (when the
  // background cannot answer), the card's UI (on the first card).
  const loadValidation = lazyScript('/validation.js', () => globalThis.__backcheckValidation);
  const loadReader = lazyScript('/page-reader.js', () => globalThis.__backcheckPageReader);
  const loadCardUi = lazyScript('/card-ui.js', () => globalThis.__backcheckCardUi);
  const validate = (raw: unknown) => loadValidation().then((v) => v.parseMessage(raw));
  // Stored settings that need no repair are taken as they are; others go through the Zod parse.
  const toSettings = async (raw: unknown): Promise<Settings> =>
    exactSettings(raw) ??
    (await loadValidation().then(
      (v) => v.parseSettings(raw),
      () => DEFAULT_SETTINGS,
    ));
  const settings = await readStoredRaw().then(toSettings, () => DEFAULT_SETTINGS);

  // The background reads the page's text (terms, claims, red flags in lay words), off the page's
  // main thread (issue 10); where it cannot answer, this script reads it with its own reader,
  // without the lay-language analysis, which only the background bundles.
  const read = createRemoteReader({
    send: (texts, expansions) => browser.runtime.sendMessage({ type: 'page:read', texts, expansions }),
    local: async (text, context) => {
      const reader = await loadReader();
      return {
        terms: reader.findTerms(text, context),
        claims: reader.mayHaveClaims(text) ? reader.findClaims(text) : [],
      };
    },
  });
  const scanner = new PageScanner({ read, settings, signal: ctx.signal });
  // One watcher feeds both the scanner and the hover card (DESIGN.md §6: settings apply live).
  // Changes apply in the order they were made, even when one needs the Zod parse.
  let cardSettings = settings;
  let applying = Promise.resolve();
  ctx.onInvalidated(
    watchStoredRaw((raw) => {
      applying = applying
        .then(() => toSettings(raw))
        .then((next) => {
          if (ctx.isInvalid) return;
          cardSettings = next;
          scanner.applySettings(next);
        });
    }),
  );

  const isTop = window === window.top;
  const onPageMessage = (raw: unknown) => {
    if (!isTop) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (type !== 'page:summary' && type !== 'page:reveal') return undefined;
    return validate(raw).then((message): unknown => {
      // The list waits a moment for chunks still being read (a popup opened as the page loads), not longer.
      if (message?.type === 'page:summary')
        return atMost(scanner.whenIdle(), SUMMARY_WAIT_MS).then(() => scanner.summary());
      if (message?.type === 'page:reveal') return scanner.reveal(message.conceptId, message.index);
      return undefined;
    });
  };

  // Hover card (DESIGN.md §1.3): the one host (random tag, closed shadow root) is created on first use.
  let cardHost: CardHost | undefined;
  const cards = startHoverCards({
    getCard: async (conceptId, variant, context) =>
      ((await browser.runtime.sendMessage({
        type: 'card:get',
        conceptId,
        ...(variant ? { variant } : {}),
        ...(context?.redFlag ? { redFlag: context.redFlag, redFlagLevel: context.redFlagLevel } : {}),
      })) ?? undefined) as CardData | undefined,
    loadView: async () => {
      const ui = await loadCardUi();
      cardHost ??= createCardHost();
      const host = cardHost;
      ctx.onInvalidated(() => host.remove());
      return ui.mount(host.root, () => host.attach());
    },
    prefetchView: () => void loadCardUi().catch(() => undefined),
    hitTest: (x, y) => termAtPoint(x, y),
    termAtSelection: () => termAtSelection(),
    termForText: (text) =>
      loadReader().then(
        (r) => r.findTerms(text)[0],
        () => undefined,
      ),
    openEntry: (id) => void browser.runtime.sendMessage({ type: 'entry:open', id }).catch(() => undefined),
    getSettings: () => ({
      hoverDelayMs: cardSettings.hoverDelayMs,
      emergencyNumber: EMERGENCY_NUMBERS[cardSettings.region],
    }),
    signal: ctx.signal,
  });
  return {
    onMessage: (raw) => onPageMessage(raw) ?? handleCardMessage(cards, raw, validate),
    highlightKinds: () => scanner.painter.names.kinds(),
    card: () => cardHost?.root ?? null,
    settled: () => scanner.whenIdle(),
  };
}

export default defineUnlistedScript(() => {
  let started: Promise<PageScan> | undefined;
  globalThis.__backcheckPageScan = { start: (ctx) => (started ??= start(ctx)) };
});
