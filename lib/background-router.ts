// What the background does, as plain functions over injected browser calls, so it is unit
// tested under Node and the entrypoint stays thin wiring (DESIGN.md §2, §7). Every incoming
// message is validated with parseMessage; unknown or malformed ones get no answer.
import { type Message, parseMessage } from './messages';
import { canScript, cleanSelection, routeToHash } from './popup-state';

export const CONTEXT_MENU_ID = 'backcheck-lookup';
export const CONTEXT_MENU_TITLE = 'Look up “%s” in BackCheck';
export const OPEN_CARD_COMMAND = 'open-card';

export interface BackgroundDeps {
  /** Card data for a concept (the 'card:get' answer; the whole message, so new fields pass through). */
  cardData(request: Extract<Message, { type: 'card:get' }>): unknown;
  /** Symptom lookup results (the 'lookup:query' answer). */
  lookup(query: string): unknown;
  /** Could a page's text hold a term or a claim (the 'gate:check' answer; lib/gate-service.ts)? */
  gate?(page: string, text: string, glued: readonly number[] | undefined): boolean;
  /** Chunks of page text read in order (the 'page:read' answer; lib/page/read-chunks.ts). */
  read?(texts: string[], expansions: string[]): unknown;
  /**
   * Send a message to a tab's content script; rejects when nothing there listens. A content
   * script answers `true` when it showed the card (lib/page/hover-card.ts handleCardMessage).
   */
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  /** Open an extension page (path + hash, e.g. 'popup.html#q=x') in a new tab. */
  openExtensionPage(path: string): Promise<unknown>;
  /** The active tab of the focused window, if any. */
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
}

export interface TabLike {
  id?: number;
  url?: string;
}

export function createBackgroundHandlers(deps: BackgroundDeps) {
  /** Open the popup page in a tab, prefilled with the text (for pages no content script reaches). */
  const openPopupWith = (text: string) => deps.openExtensionPage(`popup.html${routeToHash({ query: text })}`);

  return {
    /** runtime.onMessage: returns the answer, or undefined for messages the background ignores. */
    onMessage(raw: unknown): unknown {
      const message = parseMessage(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'card:get':
          return deps.cardData(message) ?? null;
        case 'lookup:query':
          return deps.lookup(message.query);
        case 'gate:check':
          return deps.gate?.(message.page, message.text, message.glued) ?? null;
        case 'page:read':
          return deps.read?.(message.texts, message.expansions) ?? null;
        case 'entry:open':
          // A web page cannot link to extension pages, so the card asks us to open the entry.
          return deps.openExtensionPage(`popup.html${routeToHash({ entryId: message.id })}`).then(() => true);
        default:
          // Other messages are for content scripts or the popup.
          return undefined;
      }
    },

    /**
     * Context menu "Look up “%s” in BackCheck": ask the page to show the card for the text; where
     * no content script can run (chrome:// pages, the web store, PDFs), or the text names no term
     * (e.g. a symptom phrase), open the popup page with the text in its search box instead.
     * Returns which path was taken (for tests and logs).
     */
    async onLookupText(
      selectionText: string | undefined,
      tab: TabLike | undefined,
    ): Promise<'tab' | 'popup' | 'none'> {
      const text = cleanSelection(selectionText);
      if (!text) return 'none';
      if (tab?.id !== undefined && tab.id >= 0 && (tab.url === undefined || canScript(tab.url))) {
        // No receiver, or no frame found a term in the text: fall through to the popup page.
        const shown = await deps.sendToTab(tab.id, { type: 'card:lookup-text', text }).catch(() => false);
        if (shown === true) return 'tab';
      }
      await openPopupWith(text);
      return 'popup';
    },

    /** Keyboard command: open the card for the selection (or term at the caret) in the active tab. */
    async onCommand(command: string): Promise<'tab' | 'none'> {
      if (command !== OPEN_CARD_COMMAND) return 'none';
      const tab = await deps.activeTab();
      if (tab?.id === undefined || (tab.url !== undefined && !canScript(tab.url))) return 'none';
      const shown = await deps.sendToTab(tab.id, { type: 'card:open-at-selection' }).catch(() => false);
      return shown === true ? 'tab' : 'none';
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createBackgroundHandlers>;
