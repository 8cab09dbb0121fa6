// The content script's second stage (DESIGN.md §5 "Cheap where nothing matches"): the matcher,
// its rules, the painter and the hover card, as a separate web-accessible script that the content
// script imports only once its first stage (lib/page/gate.ts) finds text that may hold a term, or
// when a card is asked for. Like card-ui.js it runs in the content script's isolated world and hands
// its API over on that world's globalThis (WXT builds unlisted scripts as classic IIFEs). What it
// does is what the content script used to do on every page: scan, paint, follow, answer.
import { browser, type ContentScriptContext, defineUnlistedScript } from '#imports';
import type { CardData } from '../lib/card-data';
import { mayHaveClaims } from '../lib/match/claim-anchor';
import { findTerms } from '../lib/match/index';
import { parseMessage } from '../lib/messages';
import { type CardHost, createCardHost } from '../lib/page/card-host';
import { termAtPoint, termAtSelection } from '../lib/page/hit-test';
import { handleCardMessage, startHoverCards } from '../lib/page/hover-card';
import { createRemoteReader } from '../lib/page/remote-reader';
import { PageScanner } from '../lib/page/scanner';
import { atMost } from '../lib/page/scheduler';
import { EMERGENCY_NUMBERS, readStoredSettings, watchStoredSettings } from '../lib/settings';
import type { CardUi } from './card-ui';
import type { ClaimReader } from './claims';

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

async function start(ctx: ContentScriptContext): Promise<PageScan> {
  const settings = await readStoredSettings();
  // Our web-accessible scripts (card UI, claim reader), imported on first use in this world.
  const importScript = (path: '/card-ui.js' | '/claims.js') =>
    import(/* @vite-ignore */ browser.runtime.getURL(path));
  // The claim reader (issue 12), for when this script reads the page itself: a separate script,
  // imported on first need (DESIGN.md §5 "Small").
  let claimReader: Promise<ClaimReader> | undefined;
  const loadClaimReader = () =>
    (claimReader ??= importScript('/claims.js').then(
      () => globalThis.__backcheckClaims ?? Promise.reject(new Error('claims.js set no API')),
    ));
  // The background reads the page's text (terms, claims, red flags in lay words), off the page's
  // main thread (issue 10); where it cannot answer, this script reads it, without the lay-language
  // analysis, which only the background bundles.
  const read = createRemoteReader({
    send: (texts, expansions) => browser.runtime.sendMessage({ type: 'page:read', texts, expansions }),
    local: async (text, context) => ({
      terms: findTerms(text, context),
      claims: mayHaveClaims(text) ? (await loadClaimReader()).findClaims(text) : [],
    }),
  });
  const scanner = new PageScanner({ read, settings, signal: ctx.signal });
  // One watcher feeds both the scanner and the hover card (DESIGN.md §6: settings apply live).
  let cardSettings = settings;
  ctx.onInvalidated(
    watchStoredSettings((next) => {
      cardSettings = next;
      scanner.applySettings(next);
    }),
  );

  const isTop = window === window.top;
  const onPageMessage = (raw: unknown) => {
    if (!isTop) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (type !== 'page:summary' && type !== 'page:reveal') return undefined;
    const message = parseMessage(raw);
    // The list waits a moment for chunks still being read (a popup opened as the page loads), not longer.
    if (message?.type === 'page:summary')
      return atMost(scanner.whenIdle(), SUMMARY_WAIT_MS).then(() => scanner.summary());
    if (message?.type === 'page:reveal')
      return Promise.resolve(scanner.reveal(message.conceptId, message.index));
    return undefined;
  };

  // Hover card (DESIGN.md §1.3): the one host (random tag, closed shadow root) is created on first use.
  // The card's UI is a separate script, imported on first use (DESIGN.md §5 "Small").
  let cardUi: Promise<CardUi> | undefined;
  let cardHost: CardHost | undefined;
  const loadCardUi = () =>
    (cardUi ??= importScript('/card-ui.js')
      .then(() => globalThis.__backcheckCardUi ?? Promise.reject(new Error('card-ui.js set no API')))
      .catch((err: unknown) => {
        cardUi = undefined; // try again on the next card
        throw err;
      }));
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
    termForText: (text) => findTerms(text)[0],
    openEntry: (id) => void browser.runtime.sendMessage({ type: 'entry:open', id }).catch(() => undefined),
    getSettings: () => ({
      hoverDelayMs: cardSettings.hoverDelayMs,
      emergencyNumber: EMERGENCY_NUMBERS[cardSettings.region],
    }),
    signal: ctx.signal,
  });
  return {
    onMessage: (raw) => onPageMessage(raw) ?? handleCardMessage(cards, raw),
    highlightKinds: () => scanner.painter.names.kinds(),
    card: () => cardHost?.root ?? null,
    settled: () => scanner.whenIdle(),
  };
}

export default defineUnlistedScript(() => {
  let started: Promise<PageScan> | undefined;
  globalThis.__backcheckPageScan = { start: (ctx) => (started ??= start(ctx)) };
});
