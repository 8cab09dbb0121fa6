// The hover card's look (Preact, CSS, placement) as a separate, web-accessible script that the
// content script imports on first use, so the always-loaded content script stays small
// (DESIGN.md §5 "Small"). It runs in the content script's isolated world and hands its API over
// on that world's globalThis (WXT builds unlisted scripts as classic IIFEs, without exports).
import { type ContentScriptContext, createShadowRootUi, defineUnlistedScript } from '#imports';
import { type CardView, createCardView } from '../lib/page/card-view';

export interface CardUi {
  /** Creates the one <backcheck-overlay> host (open shadow root, DESIGN.md §3) and the card in it. */
  mount(ctx: ContentScriptContext): Promise<CardView>;
}

declare global {
  /** Set by card-ui.js when the content script imports it. */
  var __backcheckCardUi: CardUi | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__backcheckCardUi = {
    async mount(ctx) {
      const ui = await createShadowRootUi(ctx, {
        name: 'backcheck-overlay',
        position: 'inline',
        onMount: (el) => el,
      });
      ui.mount();
      return createCardView(ui.uiContainer);
    },
  };
});
