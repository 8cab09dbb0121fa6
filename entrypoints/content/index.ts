// Content script: thin wiring only (DESIGN.md §2, §7). It runs on every page, and almost none of
// them mention back pain, so it holds only the first stage (DESIGN.md §5 "Cheap where nothing
// matches"): a cheap read of two settings and lib/page/gate.ts, which walks the text and asks a
// check generated from the lexicon whether any of it may hold a term. Only then (or when a card
// is asked for) is the second stage imported: page-scan.js with the matcher, its rules, the
// painter and the hover card (entrypoints/page-scan.ts), the way card-ui.js is. Every frame runs
// its own (allFrames); only the top frame answers page:summary / page:reveal.
import { browser, defineContentScript } from '#imports';
import { mayHaveClaims } from '../../lib/match/claim-anchor';
import { gateMemory, mayHaveTerms } from '../../lib/match/gate';
import { type GateSettings, gateSettings, PageGate } from '../../lib/page/gate';
import { summarize } from '../../lib/page/summary';
import { exposeTestAccess } from '../../lib/page/test-access';
// Patches WXT's context on import, before WXT constructs it (after this module is evaluated): it
// must neither announce us to the page nor obey the page (issue 11 finding #2). In the first stage
// because it must hold on every page, with or without terms.
import { replacePreviousInstance } from '../../lib/quiet-context';
import { replyListener } from '../../lib/reply';
import { SETTINGS_KEY } from '../../lib/settings-sites';
import type { PageScan } from '../page-scan';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    replacePreviousInstance(() => ctx.abort('replaced by a newer instance'));
    // Tests and evaluation tools read our state here, in this isolated world only (DESIGN.md §3);
    // on every page: nothing painted and no card until the second stage runs, then its answers.
    let scan: PageScan | undefined;
    exposeTestAccess({
      highlightKinds: () => scan?.highlightKinds() ?? {},
      card: () => scan?.card() ?? null,
    });
    const host = location.hostname;
    const read = async (): Promise<GateSettings> => {
      try {
        return gateSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY], host);
      } catch {
        return gateSettings(undefined, host);
      }
    };
    let settings = await read();
    if (ctx.isInvalid) return;

    // The second stage, imported once; it reads and watches the full settings itself.
    let full: Promise<PageScan> | undefined;
    const loadFull = () =>
      (full ??= import(/* @vite-ignore */ browser.runtime.getURL('/page-scan.js'))
        .then(
          () =>
            globalThis.__backcheckPageScan?.start(ctx) ??
            Promise.reject(new Error('page-scan.js set no API')),
        )
        .then((f) => {
          scan = f;
          return f;
        })
        .catch((err: unknown) => {
          full = undefined; // try again on the next request
          throw err;
        }));

    let gate: PageGate | undefined;
    // What the page's texts told the check before (an abbreviation's expansion, §6.1 A2).
    const memory = gateMemory();
    const runGate = () => {
      gate?.stop();
      gate = undefined;
      if (full || settings.siteOff || ctx.isInvalid) return;
      gate = new PageGate({
        scanCode: settings.scanCode,
        // A term, or what a claim needs (issue 12: the claim reader reads every text that may hold one).
        check: (text, glued) => mayHaveTerms(text, glued, memory) || mayHaveClaims(text),
        signal: ctx.signal,
        onCandidate: () => void loadFull().catch(() => undefined),
      });
      gate.start();
    };
    runGate();

    // Settings apply live (DESIGN.md §6): until the second stage runs (it has its own watcher),
    // a change to the site switch or to code scanning walks the page again.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'sync' || !(SETTINGS_KEY in changes) || full) return;
      const next = gateSettings(changes[SETTINGS_KEY].newValue, host);
      if (next.siteOff === settings.siteOff && next.scanCode === settings.scanCode) return;
      settings = next;
      runGate();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));

    // Messages keep the second stage's answers; before it runs, what it would answer is known
    // here: no term found, so an empty summary, nothing to reveal, no painted term at the
    // selection, and a looked-up text only if the first-stage check says it may name a term.
    const isTop = window === window.top;
    const answer = (raw: unknown) => loadFull().then((f) => f.onMessage(raw) ?? false);
    const onMessage = (raw: unknown) => {
      if (scan) return scan.onMessage(raw);
      const message = raw as { type?: unknown; text?: unknown } | null;
      const type = message?.type;
      const loading = full !== undefined || gate?.candidate === true;
      if (type === 'page:summary' || type === 'page:reveal') {
        if (!isTop) return undefined;
        if (loading) return answer(raw);
        return Promise.resolve(
          type === 'page:reveal' ? false : summarize([], location.href, settings.siteOff),
        );
      }
      if (type === 'card:open-at-selection') return loading ? answer(raw) : undefined;
      if (type === 'card:lookup-text' && typeof message?.text === 'string')
        return loading || mayHaveTerms(message.text) ? answer(raw) : undefined;
      return undefined;
    };
    // This stage's `browser` is the browser's own (wxt.config.ts): Firefox's (the one with
    // getBrowserInfo) takes a returned promise as the answer, Chrome's wants sendResponse (lib/reply.ts).
    const promisesWork =
      typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
    const listener = replyListener(onMessage, promisesWork) as Parameters<
      typeof browser.runtime.onMessage.addListener
    >[0];
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
