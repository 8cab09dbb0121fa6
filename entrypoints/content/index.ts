// Content script: thin wiring only (DESIGN.md §2, §7). The scanner in lib/page finds, paints and
// follows terms; this file feeds it settings and answers the popup. Every frame runs its own
// scanner (allFrames); only the top frame answers page:summary / page:reveal.
import { browser, createShadowRootUi, defineContentScript } from '#imports';
import type { CardData } from '../../lib/card-data';
import { createScanContext, findTerms } from '../../lib/match/index';
import { parseMessage } from '../../lib/messages';
import { termAtPoint, termAtSelection } from '../../lib/page/hit-test';
import { handleCardMessage, startHoverCards } from '../../lib/page/hover-card';
import { PageScanner } from '../../lib/page/scanner';
import { EMERGENCY_NUMBERS, loadSettings, watchSettings } from '../../lib/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const settings = await loadSettings();
    if (ctx.isInvalid) return;
    // One context per document: an abbreviation's expansion seen earlier licenses it later (§6.1 A2).
    const scanContext = createScanContext();
    const scanner = new PageScanner({
      findTerms: (text) => findTerms(text, scanContext),
      settings,
      signal: ctx.signal,
    });
    ctx.onInvalidated(watchSettings((next) => scanner.applySettings(next)));

    const isTop = window === window.top;
    const onMessage = (raw: unknown) => {
      if (!isTop) return undefined;
      const type = (raw as { type?: unknown } | null)?.type;
      if (type !== 'page:summary' && type !== 'page:reveal') return undefined;
      const message = parseMessage(raw);
      if (message?.type === 'page:summary') return Promise.resolve(scanner.summary());
      if (message?.type === 'page:reveal')
        return Promise.resolve(scanner.reveal(message.conceptId, message.index));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Hover card (DESIGN.md §1.3): the one <backcheck-overlay> shadow root is created on first use.
    let cardSettings = settings;
    ctx.onInvalidated(
      watchSettings((next) => {
        cardSettings = next;
      }),
    );
    let overlay: Promise<HTMLElement> | undefined;
    const cards = startHoverCards({
      getCard: async (conceptId, variant) =>
        ((await browser.runtime.sendMessage({
          type: 'card:get',
          conceptId,
          ...(variant ? { variant } : {}),
        })) ?? undefined) as CardData | undefined,
      mountOverlay: () =>
        (overlay ??= createShadowRootUi(ctx, {
          name: 'backcheck-overlay',
          position: 'inline',
          onMount: (el) => el,
        }).then((ui) => {
          ui.mount();
          return ui.uiContainer;
        })),
      hitTest: (x, y) => termAtPoint(x, y),
      termAtSelection: () => termAtSelection(),
      termForText: (text) => findTerms(text)[0],
      getSettings: () => ({
        hoverDelayMs: cardSettings.hoverDelayMs,
        emergencyNumber: EMERGENCY_NUMBERS[cardSettings.region],
      }),
      signal: ctx.signal,
    });
    const onCardMessage = (raw: unknown) => handleCardMessage(cards, raw);
    browser.runtime.onMessage.addListener(onCardMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCardMessage));
  },
});
