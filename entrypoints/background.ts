// Background wiring only (DESIGN.md §2): card data for content scripts, the context menu and
// the keyboard command. The logic lives in lib/background-router.ts.
import { browser, defineBackground } from '#imports';
import { CONTEXT_MENU_ID, CONTEXT_MENU_TITLE, createBackgroundHandlers } from '../lib/background-router';
import { buildCardData } from '../lib/card-data';
import { withContextRedFlag } from '../lib/card-lead';
import { analyseText } from '../lib/lookup/context-analysis';
import { lookupSymptoms } from '../lib/lookup/index';
import { findClaims } from '../lib/match/claims';

export default defineBackground(() => {
  const handlers = createBackgroundHandlers({
    cardData: (request) =>
      withContextRedFlag(
        buildCardData(request.conceptId, request.variant),
        request.redFlag,
        request.redFlagLevel,
      ),
    lookup: (query) => lookupSymptoms(query),
    analyse: (texts) => texts.map((t) => analyseText(t)),
    claims: (text) => findClaims(text),
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
  (globalThis as { backcheck?: unknown }).backcheck = handlers;
});
