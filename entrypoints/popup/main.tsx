// Popup wiring (DESIGN.md §2): browser calls in, PopupRoot renders. The page tab is the active
// tab, or the one named by `?tab=<id>` when the popup page runs in a tab of its own (tests, the
// context-menu fallback). `#q=` / `#entry=` open it prefilled (lib/popup-state.ts).
import { render } from 'preact';
import { browser } from '#imports';
import { CARD_CSS } from '../../components/card-css';
import { PopupEntry } from '../../components/popup/PopupEntry';
import { type PopupPorts, PopupRoot } from '../../components/popup/PopupRoot';
import '../../components/popup/popup.css';
import { notices } from '../../lib/knowledge/index';
import { lookupWithChecks } from '../../lib/lookup/index';
import { PageSummary } from '../../lib/messages';
import { parseRoute, routeToHash, targetTabId } from '../../lib/popup-state';
import { withFollowUps } from '../../lib/result-answer';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings';

const SUMMARY_TIMEOUT_MS = 2000;

const tabId = (async () =>
  targetTabId(location.search) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id)();

const ports: PopupPorts = {
  loadSettings,
  saveSettings,
  watchSettings,
  async pageSummary() {
    const id = await tabId;
    if (id === undefined) return undefined;
    const timeout = new Promise<undefined>((ok) => setTimeout(ok, SUMMARY_TIMEOUT_MS));
    const answer = await Promise.race([browser.tabs.sendMessage(id, { type: 'page:summary' }), timeout]);
    const parsed = PageSummary.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  },
  reveal: (conceptId, index) =>
    void tabId
      .then(
        (id) => id !== undefined && browser.tabs.sendMessage(id, { type: 'page:reveal', conceptId, index }),
      )
      .catch(() => undefined),
  openOptions: () => void browser.runtime.openOptionsPage(),
  onRouteChange: (route) =>
    history.replaceState(null, '', `${location.pathname}${location.search}${routeToHash(route)}`),
};

// The full entry reuses the hover card and its styles.
document.head.append(Object.assign(document.createElement('style'), { textContent: CARD_CSS }));

render(
  <PopupRoot
    ports={ports}
    search={(q) => {
      const found = lookupWithChecks(q, 8);
      return {
        ...found,
        checks: withFollowUps(
          found.results.map((r) => r.id),
          found.checks,
        ),
      };
    }}
    disclaimer={notices.disclaimer}
    initialRoute={parseRoute(location.hash)}
    renderEntry={(id, emergencyNumber, open) => (
      <PopupEntry id={id} emergencyNumber={emergencyNumber} onOpen={open} />
    )}
  />,
  document.getElementById('app') as HTMLElement,
);
