// Background wiring only (DESIGN.md §2): card data for content scripts, the first stage's check
// and reading their page text, the context menu and the keyboard command. The logic lives in lib/background-router.ts.
import { browser, defineBackground } from '#imports';
import { CONTEXT_MENU_ID, CONTEXT_MENU_TITLE, createBackgroundHandlers } from '../lib/background-router';
import { buildCardData } from '../lib/card-data';
import { withContextRedFlag } from '../lib/card-lead';
import { createGateService } from '../lib/gate-service';
import { analyseText } from '../lib/lookup/context-analysis';
import { lookupSymptoms } from '../lib/lookup/index';
import { mayHaveClaims } from '../lib/match/claim-anchor';
import { findClaims } from '../lib/match/claims';
import { findTerms } from '../lib/match/index';
import { readChunks } from '../lib/page/read-chunks';

export default defineBackground(() => {
  // What reading pages costs here, off their main thread: `npm run bench` reports it beside the
  // page's own CPU, so moving work here is never counted as saving it (issue 10).
  // The first stage's check (gate:check) is counted in it too: every page asks it.
  const readStats = { ms: 0, texts: 0, gateMs: 0, gateTexts: 0 };
  const gateService = createGateService();
  const handlers = createBackgroundHandlers({
    gate: (page, text, glued) => {
      const t0 = performance.now();
      const maybe = gateService.check(page, text, glued);
      const ms = performance.now() - t0;
      readStats.ms += ms;
      readStats.gateMs += ms;
      readStats.gateTexts++;
      return maybe;
    },
    cardData: (request) =>
      withContextRedFlag(
        buildCardData(request.conceptId, request.variant),
        request.redFlag,
        request.redFlagLevel,
      ),
    lookup: (query) => lookupSymptoms(query),
    // The content script's page text, read here, off the page's main thread (issue 10).
    read: async (texts, expansions) => {
      // Time spent reading: all of it but the pauses between chunks.
      const t0 = performance.now();
      let paused = 0;
      const answer = await readChunks(
        texts,
        expansions,
        {
          findTerms,
          findClaims: (text) => (mayHaveClaims(text) ? findClaims(text) : []),
          analyse: analyseText,
        },
        async () => {
          const p0 = performance.now();
          await new Promise((resume) => setTimeout(resume, 0));
          paused += performance.now() - p0;
        },
      );
      readStats.ms += performance.now() - t0 - paused;
      readStats.texts += texts.length;
      return answer;
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    openExtensionPage: (path) =>
      browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/popup.html') }),
    activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: CONTEXT_MENU_TITLE, contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID) handlers.onLookupText(info.selectionText, tab);
  });
  browser.commands.onCommand.addListener((command) => {
    handlers.onCommand(command);
  });
  // Answer only the messages the router knows; returning undefined lets other listeners answer.
  browser.runtime.onMessage.addListener((raw) => {
    const answer = handlers.onMessage(raw);
    return answer === undefined ? undefined : Promise.resolve(answer);
  });

  // For end-to-end tests (serviceWorker.evaluate): the same handlers the menu and command use.
  // And the reading's running cost, for the page benchmark.
  (globalThis as { backcheck?: unknown }).backcheck = { ...handlers, readStats: () => ({ ...readStats }) };
});
