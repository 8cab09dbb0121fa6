// The content script's second stage (DESIGN.md §5 "Cheap where nothing matches"): the matcher,
// its rules, the painter and the hover card, as a separate web-accessible script that the content
// script imports only once its first stage (lib/page/gate.ts) finds text that may hold a term, or
// when a card is asked for. Like card-ui.js it runs in the content script's isolated world and hands
// its API over on that world's globalThis (WXT builds unlisted scripts as classic IIFEs). What it
// does is what the content script used to do on every page: scan, paint, follow, answer.
import { browser, type ContentScriptContext, defineUnlistedScript } from '#imports';
import type { CardData } from '../lib/card-data';
import { mayHaveClaims } from '../lib/match/claim-anchor';
import { type ClaimMatch, createScanContext, findTerms } from '../lib/match/index';
import { parseMessage } from '../lib/messages';
import { type CardHost, createCardHost } from '../lib/page/card-host';
import { termAtPoint, termAtSelection } from '../lib/page/hit-test';
import { handleCardMessage, startHoverCards } from '../lib/page/hover-card';
import { type ContextFinding, PageScanner } from '../lib/page/scanner';
import { EMERGENCY_NUMBERS, readStoredSettings, watchStoredSettings } from '../lib/settings';
import type { CardUi } from './card-ui';
import type { ClaimReader } from './claims';

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
  // One context per document: an abbreviation's expansion seen earlier licenses it later (§6.1 A2).
  const scanContext = createScanContext();
  // Our web-accessible scripts (card UI, claim reader), imported on first use in this world.
  const importScript = (path: '/card-ui.js' | '/claims.js') =>
    import(/* @vite-ignore */ browser.runtime.getURL(path));
  // The claim reader (issue 12) runs in the background, off the page's main thread: a text that
  // passes the cheap check (mayHaveClaims) is sent there (issue 10: on a forum page the reader
  // was a quarter of the extension's time on the page). Where the background cannot answer, the
  // reader is imported here as a separate script instead, so no claim is lost.
  let claimReader: Promise<ClaimReader> | undefined;
  const loadClaimReader = () =>
    (claimReader ??= importScript('/claims.js').then(
      () => globalThis.__backcheckClaims ?? Promise.reject(new Error('claims.js set no API')),
    ));
  const readClaims = async (text: string): Promise<readonly ClaimMatch[]> => {
    const answer = await browser.runtime.sendMessage({ type: 'page:claims', text }).catch(() => undefined);
    if (Array.isArray(answer)) return answer as ClaimMatch[];
    return (await loadClaimReader()).findClaims(text);
  };
  const scanner = new PageScanner({
    findTerms: (text) => findTerms(text, scanContext),
    // Sentences asserting a FACTS.md §5 myth (issue 12), painted under backcheck-myth.
    findClaims: (text) => (mayHaveClaims(text) ? readClaims(text) : []),
    analyse: async (text, windows) =>
      (await browser.runtime.sendMessage({ type: 'page:analyse', text, windows }).catch(() => undefined)) as
        | ContextFinding[][]
        | undefined,
    settings,
    signal: ctx.signal,
  });
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
    if (message?.type === 'page:summary') return Promise.resolve(scanner.summary());
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
  };
}

export default defineUnlistedScript(() => {
  let started: Promise<PageScan> | undefined;
  globalThis.__backcheckPageScan = { start: (ctx) => (started ??= start(ctx)) };
});
