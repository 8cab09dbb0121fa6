// Content script: thin wiring only (DESIGN.md §2, §7). It runs on every page, and almost none of
// them mention back pain, so it holds only the first stage (DESIGN.md §5 "Cheap where nothing
// matches"): lib/page/gate.ts, which reads the text and asks the background (lib/page/remote-gate.ts
// → lib/gate-service.ts, a check generated from the lexicon) whether any of it may hold a term, so
// the check's data never loads on the page. Only then are two settings read cheaply (is BackCheck on for
// this site?) and, where it is (or when a card is asked for), the second stage imported: page-scan.js with the matcher, its rules, the
// painter and the hover card (entrypoints/page-scan.ts), the way card-ui.js is. Every frame runs
// its own (allFrames); only the top frame answers page:summary / page:reveal.
import { browser, defineContentScript } from '#imports';
import { type GateSettings, gateSettings, PageGate } from '../../lib/page/gate';
import { createRemoteGate, newPageId } from '../../lib/page/remote-gate';
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
  main(ctx) {
    replacePreviousInstance(() => ctx.abort('replaced by a newer instance'));
    // Tests and evaluation tools read our state here, in this isolated world only (DESIGN.md §3);
    // on every page: nothing painted and no card until the second stage runs, then its answers.
    let scan: PageScan | undefined;
    exposeTestAccess({
      highlightKinds: () => scan?.highlightKinds() ?? {},
      card: () => scan?.card() ?? null,
      settled: () => scan?.settled() ?? Promise.resolve(),
    });
    const host = location.hostname;
    // Settings are read only where they can change what happens (issue 10): once some text may hold
    // a term, or when a message asks. The check itself does not depend on them (it reads code blocks
    // too, a superset of what the scanner reads either way), so a page without terms never touches
    // storage, and a change to the settings cannot change its answer.
    let settings: GateSettings | undefined;
    let reading: Promise<GateSettings> | undefined;
    const readSettings = (): Promise<GateSettings> => {
      reading ??= browser.storage.sync.get(SETTINGS_KEY).then(
        (stored) => gateSettings(stored[SETTINGS_KEY], host),
        () => gateSettings(undefined, host),
      );
      // A change seen by the watcher since is newer than what was read.
      return reading.then((s) => (settings ??= s));
    };

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
    const loadUnlessOff = () => {
      if (!full && !ctx.isInvalid && settings && !settings.siteOff) void loadFull().catch(() => undefined);
    };

    // Settings apply live (DESIGN.md §6): until the second stage runs (it has its own watcher), the
    // site switch turned on where the check found something loads it. Watched only from then on.
    let watching = false;
    const watchSettings = () => {
      if (watching) return;
      watching = true;
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'sync' || !(SETTINGS_KEY in changes) || full) return;
        settings = gateSettings(changes[SETTINGS_KEY].newValue, host);
        loadUnlessOff();
      };
      browser.storage.onChanged.addListener(onChanged);
      ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
    };

    // A term, or what a claim needs (issue 12: the claim reader reads every text that may hold one),
    // asked of the background; the page id keys what its texts told before (§6.1 A2 expansions).
    const mayHaveSomething = createRemoteGate(newPageId(), (message) => browser.runtime.sendMessage(message));
    const gate = new PageGate({
      scanCode: true,
      check: mayHaveSomething,
      signal: ctx.signal,
      onCandidate: () =>
        void readSettings().then(() => {
          if (ctx.isInvalid) return;
          watchSettings();
          loadUnlessOff();
        }),
    });
    gate.start();

    // Messages keep the second stage's answers; before it runs, what it would answer is known
    // here: no term found, so an empty summary, nothing to reveal, no painted term at the
    // selection, and a looked-up text only if the first-stage check says it may name a term.
    const isTop = window === window.top;
    const answer = (raw: unknown) => loadFull().then((f) => f.onMessage(raw) ?? false);
    const onMessage = (raw: unknown) => {
      if (scan) return scan.onMessage(raw);
      const message = raw as { type?: unknown; text?: unknown } | null;
      const type = message?.type;
      // Found something where BackCheck is on (settings are read by then: the gate asked for them).
      const loading = full !== undefined || (gate.candidate && settings?.siteOff === false);
      if (type === 'page:summary' || type === 'page:reveal') {
        if (!isTop) return undefined;
        if (full) return answer(raw);
        return readSettings().then((s) => {
          if (gate.candidate && !s.siteOff) return answer(raw);
          return type === 'page:reveal' ? false : summarize([], location.href, s.siteOff);
        });
      }
      if (type === 'card:open-at-selection') return loading ? answer(raw) : undefined;
      if (type === 'card:lookup-text' && typeof message?.text === 'string') {
        if (loading) return answer(raw);
        const text = message.text;
        return mayHaveSomething(text).then((maybe) => (maybe ? answer(raw) : undefined));
      }
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
