// The hover card's look (Preact, CSS, placement) as a separate, web-accessible script that the
// content script imports on first use, so the always-loaded content script stays small
// (DESIGN.md §5 "Small"). It runs in the content script's isolated world and hands its API over
// on that world's globalThis (WXT builds unlisted scripts as classic IIFEs, without exports).
import { defineUnlistedScript } from '#imports';
import { type CardView, createCardView } from '../lib/page/card-view';

export interface CardUi {
  /**
   * Renders the card layer into the host's closed shadow root (lib/page/card-host.ts, made by the
   * content script, DESIGN.md §3); `attach` puts the host back if a page removed it.
   */
  mount(root: ShadowRoot, attach: () => void): CardView;
}

declare global {
  /** Set by card-ui.js when the content script imports it (isolated world only). */
  var __backcheckCardUi: CardUi | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__backcheckCardUi = { mount: (root, attach) => createCardView(root, attach) };
});
