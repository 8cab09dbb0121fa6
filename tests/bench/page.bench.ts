// In-browser benchmark of the page side (DESIGN.md §5), in real Chromium with the built extension.
// Run: npm run bench page   (builds with source maps, then runs this file), or by hand:
//   BACKCHECK_SOURCEMAP=1 WXT_OUT_DIR=.output-bench npx wxt build &&
//   WXT_OUT_DIR=.output-bench npx tsx tests/bench/page.bench.ts [--runs N] [--full] [--mutate S] [--dense-only]
// Side by side in one run, with the DevTools sampling profiler (100 µs), medians of N loads (3):
// - corpus pages (a spread of sizes by default, every page with --full): extension CPU vs the
//   floor (a bare TreeWalker pass reading every text node of the same page; target ≤ 5 ms + 1.5×
//   the floor), the longest run of extension code, and where the CPU went (profile-attribution.ts:
//   evaluate, settings, gate, walk, match, scanner, paint, observe...);
// - a term-dense page built from forum-style posts (forum-text.ts): extension scan + paint vs
//   mark.js marking the 30 most frequent matched terms on the same page (target ≤ 0.1×);
// - the longest main-thread task running extension code, from a trace (target ≤ 50 ms);
// - the JS heap the extension adds (largest corpus page, dense page) and its growth while a page
//   mutates for S seconds (15 s; 60 s with --full).
// CPU = samples whose stack holds a frame of the measured script (chrome-extension://, the floor
// snippet, or mark.js), so bundle evaluation, matcher start-up and what they call all count. A
// sample's weight is its time delta capped at 0.5 ms: a thread descheduled by other processes on
// a busy machine gets one late sample, and an uncapped delta would charge the wait as CPU.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findTerms } from '../../lib/match/index';
import { chromePath, EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { startServer } from '../e2e/server';
import { benchPages } from './corpus-text';
import { densePage } from './dense-page';
import { FORUM_POSTS } from './forum-text';
import {
  addBreakdown,
  type Breakdown,
  breakdown,
  emptyBreakdown,
  formatBreakdown,
  MAX_SAMPLE_MS,
  type Profile,
  SourceResolver,
} from './profile-attribution';

interface Usage {
  /** CPU ms in samples whose stack contains a matching script. */
  cpuMs: number;
  /** Longest uninterrupted run of such samples, ms (rough; the trace gives real task lengths). */
  longestMs: number;
  /** Wall time from the first to the last matching sample, ms. */
  spanMs: number;
}

/** The empty WXT extension the bench compares with (tests/bench/empty-wxt, built by npm run bench). */
const EMPTY_WXT_DIR = resolve(import.meta.dirname, '../../.output-empty-wxt/chrome-mv3');

function usage(profile: Profile, isOurs: (url: string) => boolean): Usage {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, 'ours' | 'idle' | 'other' | 'neutral'>();
  const kind = (id: number): 'ours' | 'idle' | 'other' | 'neutral' => {
    const hit = memo.get(id);
    if (hit) return hit;
    let k: 'ours' | 'idle' | 'other' | 'neutral' = 'neutral';
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (f.url && isOurs(f.url)) {
        k = 'ours';
        break;
      }
      if (f.functionName === '(idle)') k = 'idle';
      else if (f.url && k === 'neutral') k = 'other';
    }
    memo.set(id, k);
    return k;
  };
  let cpu = 0;
  let run = 0;
  let longest = 0;
  let now = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < profile.samples.length; i++) {
    now += (profile.timeDeltas[i] ?? 0) / 1000;
    const dt = Math.min(MAX_SAMPLE_MS, (profile.timeDeltas[i + 1] ?? 100) / 1000);
    const k = kind(profile.samples[i]);
    if (k === 'ours') {
      cpu += dt;
      run += dt;
      longest = Math.max(longest, run);
      if (first < 0) first = now;
      last = now + dt;
    } else if (k === 'idle' || k === 'other') run = 0;
    else if (run > 0) run += dt; // GC or native work inside our task
  }
  return { cpuMs: cpu, longestMs: longest, spanMs: first < 0 ? 0 : last - first };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[s.length >> 1]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = arg('runs', 3);
/**
 * Another build of the extension (a chrome-mv3 folder, built with BACKCHECK_SOURCEMAP=1 for its
 * breakdown) measured in the same run, load by load in turn with this one: before/after figures
 * that saw the same machine load. `--baseline <dir>`.
 */
const BASELINE = (() => {
  const i = process.argv.indexOf('--baseline');
  return i >= 0 ? resolve(process.argv[i + 1]) : undefined;
})();
/** Only the corpus pages and the dense page (no trace, no memory): `--quick`. */
const QUICK = process.argv.includes('--quick');
/** Only the term-dense page (with its trace): a quick check of the matcher's cost. */
const DENSE_ONLY = process.argv.includes('--dense-only');
const FULL = process.argv.includes('--full');
/** Seconds the mutating page keeps changing (memory check). */
const MUTATE_S = arg('mutate', FULL ? 60 : 15);

async function profiled<T>(
  page: Page,
  context: BrowserContext,
  work: () => Promise<T>,
): Promise<[T, Profile]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return [result, profile];
}

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
};

/**
 * Longest stretch of extension code within one main-thread task, from a DevTools trace: script
 * events (EvaluateScript, FunctionCall, TimerFire…) from chrome-extension:// inside a RunTask.
 */
async function longestExtensionTask(
  page: Page,
  context: BrowserContext,
  work: () => Promise<unknown>,
): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  } as never);
  await work();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur);
  // Per task, the union of the intervals of script events from our scripts: a page task that
  // merely delivers one of our callbacks (a MutationObserver record at its end) counts for that
  // callback, not for the page's own work around it.
  const spans = new Map<TraceEvent, [number, number][]>();
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (!url.startsWith('chrome-extension://') || e.ph !== 'X' || !e.dur) continue;
    for (const t of tasks) {
      if (t.tid === e.tid && t.ts <= e.ts && e.ts <= t.ts + (t.dur ?? 0)) {
        const list = spans.get(t) ?? [];
        list.push([e.ts, e.ts + e.dur]);
        spans.set(t, list);
      }
    }
  }
  let worst = 0;
  for (const list of spans.values()) {
    list.sort((x, y) => x[0] - y[0]);
    let total = 0;
    let [from, to] = list[0];
    for (const [a, b] of list.slice(1)) {
      if (a > to) {
        total += to - from;
        [from, to] = [a, b];
      } else to = Math.max(to, b);
    }
    total += to - from;
    worst = Math.max(worst, total / 1000);
  }
  return worst;
}

/** Highlights registered on the page (ours: corpus pages register none of their own). */
const highlightCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    // Every highlight counts: BackCheck's names are random, and these pages register none.
    for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) n += h.size;
    return n;
  });

/**
 * Time the extension's background has spent reading page text so far ('page:read', off the page's
 * main thread; entrypoints/background.ts): NaN for a build that does not read there.
 */
async function backgroundReadMs(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return Number.NaN;
  return worker
    .evaluate(
      () =>
        (globalThis as { backcheck?: { readStats?: () => { ms: number } } }).backcheck?.readStats?.().ms ??
        Number.NaN,
    )
    .catch(() => Number.NaN);
}

/**
 * Waits until the highlight count has been stable for `quietMs`. On a page known to hold terms
 * (`expectSome`), no highlight yet is not stable: the background's first answer on the dense page
 * can come after a second, and a run that stopped at 0 reported "0 highlights".
 */
async function settle(
  page: Page,
  quietMs = 700,
  maxMs = 15_000,
  expectSome = false,
): Promise<{ count: number; lastChangeMs: number }> {
  const t0 = Date.now();
  let count = await highlightCount(page);
  let changed = Date.now();
  while (((expectSome && count === 0) || Date.now() - changed < quietMs) && Date.now() - t0 < maxMs) {
    await page.waitForTimeout(50);
    const next = await highlightCount(page);
    if (next !== count) {
      count = next;
      changed = Date.now();
    }
  }
  return { count, lastChangeMs: changed - t0 };
}

const FLOOR = `(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0, len = 0;
  while (w.nextNode()) { n++; len += w.currentNode.data.length; }
  return [n, len];
})()
//# sourceURL=backcheck-floor.js`;

/** The `n` most frequent matched terms of the forum posts, as written (what mark.js marks). */
function markTerms(n: number): string[] {
  const counts = new Map<string, number>();
  for (const post of FORUM_POSTS)
    for (const m of findTerms(post)) {
      const t = post.slice(m.start, m.end).toLowerCase();
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([t]) => t);
}

/** Pages to measure: every page with --full, else a spread of sizes (smallest, middle, largest). */
function pickPages(all: { f: string; size: number }[]): { f: string; size: number }[] {
  if (DENSE_ONLY) return [];
  if (FULL) return all;
  const bySize = [...all].sort((a, b) => a.size - b.size);
  const mid = bySize.findIndex((p) => p.size >= 150_000);
  const picked = [...bySize.slice(1, 4), ...bySize.slice(mid, mid + 3), ...bySize.slice(-4)];
  // The corpus pages with terms, so matching and painting show in the breakdown.
  for (const f of ['webmd-1.html', 'webmd-2.html', 'clean-links.html'])
    if (!picked.some((p) => p.f === f)) picked.push(...all.filter((p) => p.f === f));
  // Few pages (the repository's, without the corpus): each once.
  return [...new Set(picked)];
}

/** JS heap in use after a full garbage collection, MB. */
async function heapMb(page: Page, context: BrowserContext): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

const fmt = (n: number) => n.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  const server = await startServer();
  const ext = await launchWithExtension();
  const plain = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 } });
  const isExt = (url: string) => url.startsWith('chrome-extension://');
  const resolver = new SourceResolver(EXTENSION_DIR);
  const base = BASELINE ? await launchWithExtension({ extensionDir: BASELINE }) : undefined;
  const baseResolver = BASELINE ? new SourceResolver(BASELINE) : undefined;
  // An empty WXT content script (tests/bench/empty-wxt, built by npm run bench): what any WXT
  // content script costs on a page, the extension API's bindings included. Issue 10: "a page with no
  // terms should cost about an empty WXT content script plus the floor".
  const empty = existsSync(join(EMPTY_WXT_DIR, 'manifest.json'))
    ? await launchWithExtension({ extensionDir: EMPTY_WXT_DIR })
    : undefined;
  if (!empty) console.log(`no empty WXT reference at ${EMPTY_WXT_DIR} (npx wxt build tests/bench/empty-wxt)`);
  const dense = densePage(1400);
  for (const ctx of [ext.context, plainContext, ...(base ? [base.context] : [])]) {
    await ctx.route('**/bench/dense.html', (r) => r.fulfill({ body: dense, contentType: 'text/html' }));
  }
  const scriptSize = (dir: string, p: string) => {
    try {
      return statSync(join(dir, p)).size;
    } catch {
      return 0;
    }
  };
  for (const [label, dir] of [['', EXTENSION_DIR], ...(BASELINE ? [['baseline ', BASELINE]] : [])]) {
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'background.js');
    console.log(
      `${label}scripts: content-scripts/content.js ${kb(scriptSize(dir, 'content-scripts/content.js'))} (target ≤ 60 kB); ` +
        scripts.map((f) => `${f} ${kb(scriptSize(dir, f))}`).join('; '),
    );
  }

  const { dir: pagesDir, urlPrefix, label: pagesLabel } = benchPages();
  const all = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, size: statSync(join(pagesDir, f)).size }))
    .sort((a, b) => b.size - a.size);

  /** One extension load of a page, profiled: CPU, breakdown, highlight count and settle time. */
  const loadWith = async (
    context: BrowserContext,
    res: SourceResolver,
    url: string,
    quietMs: number,
    expectSome = false,
  ) => {
    const page = await context.newPage();
    const before = await backgroundReadMs(context);
    const [s, profile] = await profiled(page, context, async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return settle(page, quietMs, 15_000, expectSome);
    });
    const backgroundMs = (await backgroundReadMs(context)) - before;
    await page.close();
    return { ...usage(profile, isExt), ...s, backgroundMs, breakdown: breakdown(profile, isExt, res) };
  };
  const loadExt = (url: string, quietMs: number, expectSome = false) =>
    loadWith(ext.context, resolver, url, quietMs, expectSome);
  /** The same page with the empty WXT content script: its CPU is the reference's cost. */
  const loadEmpty = async (url: string) => {
    if (!empty) return undefined;
    const page = await empty.context.newPage();
    const [, profile] = await profiled(page, empty.context, async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(300);
    });
    await page.close();
    return usage(profile, isExt).cpuMs;
  };
  const loadBase = (url: string, quietMs: number, expectSome = false) =>
    base && baseResolver ? loadWith(base.context, baseResolver, url, quietMs, expectSome) : undefined;
  /** The floor: a bare TreeWalker pass in a browser without the extension, on a fresh copy of the page. */
  const loadFloor = async (url: string) => {
    const bare = await plainContext.newPage();
    await bare.goto(url, { waitUntil: 'domcontentloaded' });
    await bare.waitForTimeout(300);
    const [, floorProfile] = await profiled(bare, plainContext, () => bare.evaluate(FLOOR));
    await bare.close();
    return usage(floorProfile, (u) => u.includes('backcheck-floor')).cpuMs;
  };
  const meanBreakdown = (runs: { breakdown: Breakdown }[]) => {
    const b = emptyBreakdown();
    for (const r of runs) addBreakdown(b, r.breakdown, 1 / runs.length);
    return b;
  };
  // A first load warms the browser (service worker, code cache) so run 1 is not an outlier.
  for (const load of [loadExt, loadBase]) {
    await load(server.url(`${urlPrefix}${all[all.length - 1].f}`), 300);
    if (all.some((p) => p.f === 'webmd-1.html')) await load(server.url(`${urlPrefix}webmd-1.html`), 300);
  }
  console.log(
    `medians of ${RUNS} runs; CPU in ms of main-thread samples (see the top of this file); ` +
      `breakdown = mean ms per stage (profile-attribution.ts)`,
  );

  // 1. Corpus pages: extension vs floor, run by run in turn so both see the same machine load.
  const pages = pickPages(all);
  let ok = 0;
  let baseOk = 0;
  let worstRun = 0;
  let baseWorstRun = 0;
  const total = emptyBreakdown();
  const baseTotal = emptyBreakdown();
  const table: string[] = [];
  const emptyAll: number[] = [];
  const extraAll: number[] = [];
  for (const { f, size } of pages) {
    const url = server.url(`${urlPrefix}${f}`);
    const ours = [];
    const bases = [];
    const floors = [];
    const empties: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      ours.push(await loadExt(url, 600));
      const b = await loadBase(url, 600);
      if (b) bases.push(b);
      floors.push(await loadFloor(url));
      const e = await loadEmpty(url);
      if (e !== undefined) empties.push(e);
    }
    const emptyCpu = empties.length > 0 ? median(empties) : undefined;
    if (emptyCpu !== undefined) emptyAll.push(emptyCpu);
    const cpu = median(ours.map((o) => o.cpuMs));
    const floor = median(floors);
    const within = cpu <= 5 + 1.5 * floor;
    if (within) ok++;
    if (emptyCpu !== undefined) extraAll.push(cpu - emptyCpu);
    const longest = median(ours.map((o) => o.longestMs));
    worstRun = Math.max(worstRun, longest);
    const b = meanBreakdown(ours);
    addBreakdown(total, b, 1 / pages.length);
    const budget = 5 + 1.5 * floor;
    console.log(
      `${f} (${kb(size)}, ${ours[0].count} highlights): extension ${fmt(cpu)} ms [${ours.map((o) => fmt(o.cpuMs)).join(' ')}] ` +
        `vs floor ${fmt(floor)} ms → budget ${fmt(budget)} ms ${within ? 'OK' : 'OVER'} (${(cpu / budget).toFixed(2)}× budget); ` +
        `longest run ${fmt(longest)} ms; background reading ${fmt(median(ours.map((o) => o.backgroundMs)))} ms | ${formatBreakdown(b)}` +
        (emptyCpu === undefined
          ? ''
          : ` | empty WXT script ${fmt(emptyCpu)} ms [${empties.map(fmt).join(' ')}], so BackCheck = empty + floor + ${fmt(cpu - emptyCpu - floor)} ms`),
    );
    const emptyCell = emptyCpu === undefined ? '–' : fmt(emptyCpu);
    let row = `| ${f} | ${kb(size)} | ${ours[0].count} | ${fmt(floor)} | ${emptyCell} | ${fmt(cpu)} | ${(cpu / budget).toFixed(2)}× | ${fmt(longest)} |`;
    if (bases.length > 0) {
      const bCpu = median(bases.map((o) => o.cpuMs));
      const bLongest = median(bases.map((o) => o.longestMs));
      if (bCpu <= budget) baseOk++;
      baseWorstRun = Math.max(baseWorstRun, bLongest);
      const bb = meanBreakdown(bases);
      addBreakdown(baseTotal, bb, 1 / pages.length);
      console.log(
        `  baseline: ${fmt(bCpu)} ms [${bases.map((o) => fmt(o.cpuMs)).join(' ')}] (${(bCpu / budget).toFixed(2)}× budget); ` +
          `longest run ${fmt(bLongest)} ms | ${formatBreakdown(bb)}`,
      );
      row = `| ${f} | ${kb(size)} | ${ours[0].count} | ${fmt(floor)} | ${emptyCell} | ${fmt(bCpu)} → ${fmt(cpu)} | ${(bCpu / budget).toFixed(2)}× → ${(cpu / budget).toFixed(2)}× | ${fmt(bLongest)} → ${fmt(longest)} |`;
    }
    table.push(row);
  }
  console.log(
    `${pagesLabel} summary: ${ok}/${pages.length} pages within 5 ms + 1.5× floor; longest extension run ${fmt(worstRun)} ms; ` +
      `mean breakdown per page: ${formatBreakdown(total)}`,
  );
  if (base)
    console.log(
      `baseline summary: ${baseOk}/${pages.length} pages within budget; longest run ${fmt(baseWorstRun)} ms; ` +
        `mean breakdown per page: ${formatBreakdown(baseTotal)}`,
    );
  if (emptyAll.length > 0)
    console.log(
      `empty WXT content script on the same pages: ${fmt(Math.min(...emptyAll))}–${fmt(Math.max(...emptyAll))} ms ` +
        `(median ${fmt(median(emptyAll))}); BackCheck minus it: ${fmt(Math.min(...extraAll))}–${fmt(Math.max(...extraAll))} ms (median ${fmt(median(extraAll))})`,
    );
  console.log(
    `\n| page | size | highlights | floor ms | empty WXT ms | BackCheck ms${base ? ' (baseline → this)' : ''} | ratio to budget | longest run ms |\n|---|---|---|---|---|---|---|---|\n${table.join('\n')}\n`,
  );

  // 2. Longest task (trace) on the largest pages.
  let longestTask = 0;
  for (const { f } of QUICK || DENSE_ONLY ? [] : all.slice(0, FULL ? 8 : 3)) {
    const page = await ext.context.newPage();
    const ms = await longestExtensionTask(page, ext.context, async () => {
      await page.goto(server.url(`${urlPrefix}${f}`), { waitUntil: 'domcontentloaded' });
      await settle(page, 800);
    });
    longestTask = Math.max(longestTask, ms);
    await page.close();
  }
  // --quick and --dense-only skip the trace: say so rather than print a 0 that reads as a result.
  const traced = !(QUICK || DENSE_ONLY);
  console.log(
    `longest task running extension code, ${Math.min(FULL ? 8 : 3, all.length)} largest ${pagesLabel} pages (trace): ${traced ? `${fmt(longestTask)} ms` : 'not measured (no trace in this mode)'} (target ≤ 50)`,
  );

  // 3. Term-dense forum page: our scan + paint vs mark.js on the same terms.
  const denseUrl = server.url('/bench/dense.html');
  {
    const ours = [];
    const bases = [];
    const marks: number[] = [];
    const floors: number[] = [];
    let marked = 0;
    const terms = markTerms(30);
    const markJs = readFileSync(
      resolve(import.meta.dirname, '../../node_modules/mark.js/dist/mark.min.js'),
      'utf8',
    );
    for (let r = 0; r < RUNS; r++) {
      ours.push(await loadExt(denseUrl, 1000, true));
      const b = await loadBase(denseUrl, 1000, true);
      if (b) bases.push(b);
      floors.push(await loadFloor(denseUrl));
      const bare = await plainContext.newPage();
      await bare.goto(denseUrl, { waitUntil: 'domcontentloaded' });
      await bare.evaluate(`${markJs}\n//# sourceURL=markjs-lib.js`);
      const [n, markProfile] = await profiled(bare, plainContext, () =>
        bare.evaluate(
          `(() => { let n = 0; new Mark(document.body).mark(${JSON.stringify(terms)}, ` +
            `{ separateWordSearch: false, accuracy: 'exactly', each: () => n++ }); return n; })()\n//# sourceURL=markjs-run.js`,
        ),
      );
      marked = n as number;
      marks.push(usage(markProfile, (u) => u.includes('markjs-')).cpuMs);
      await bare.close();
    }
    let denseTask = Number.NaN;
    if (!QUICK) {
      const traced = await ext.context.newPage();
      denseTask = await longestExtensionTask(traced, ext.context, async () => {
        await traced.goto(denseUrl, { waitUntil: 'domcontentloaded' });
        await settle(traced, 1000, 15_000, true);
      });
      await traced.close();
    }
    const oursCpu = median(ours.map((o) => o.cpuMs));
    const mark = median(marks);
    console.log(
      `term-dense forum page (${kb(dense.length)}): extension ${fmt(oursCpu)} ms CPU [${ours.map((o) => fmt(o.cpuMs)).join(' ')}] ` +
        `for ${ours[0].count} highlights, plus ${fmt(median(ours.map((o) => o.backgroundMs)))} ms reading in the background (off the page's main thread; ` +
        `page + background ${fmt(median(ours.map((o) => o.cpuMs + o.backgroundMs)))} ms → ${(median(ours.map((o) => o.cpuMs + o.backgroundMs)) / median(marks)).toFixed(3)}× mark.js); floor ${fmt(median(floors))} ms; mark.js ${fmt(mark)} ms [${marks.map(fmt).join(' ')}] ` +
        `for ${marked} marks of ${terms.length} terms → ratio ${(oursCpu / mark).toFixed(3)} (target ≤ 0.1); ` +
        `longest task (trace) ${Number.isNaN(denseTask) ? 'not measured (--quick)' : `${fmt(denseTask)} ms`}, longest run ${fmt(median(ours.map((o) => o.longestMs)))} ms; ` +
        `settled ${fmt(median(ours.map((o) => o.lastChangeMs)))} ms after DOMContentLoaded | ${formatBreakdown(meanBreakdown(ours))}`,
    );
    if (bases.length > 0) {
      const bCpu = median(bases.map((o) => o.cpuMs));
      console.log(
        `  baseline: ${fmt(bCpu)} ms CPU [${bases.map((o) => fmt(o.cpuMs)).join(' ')}] for ${bases[0].count} highlights, plus ` +
          `${fmt(median(bases.map((o) => o.backgroundMs)))} ms reading in the background → ratio ` +
          `${(bCpu / mark).toFixed(3)}; longest run ${fmt(median(bases.map((o) => o.longestMs)))} ms | ${formatBreakdown(meanBreakdown(bases))}`,
      );
    }
  }
  if (QUICK || DENSE_ONLY) {
    await base?.close();
    await plain.close();
    await ext.close();
    await server.close();
    return;
  }

  // 4. Memory: heap the extension adds (with minus without, after GC), and growth while mutating.
  for (const [label, url] of [
    [`largest ${pagesLabel} page ${all[0].f}`, server.url(`${urlPrefix}${all[0].f}`)],
    ['term-dense forum page', denseUrl],
  ] as const) {
    const withExt: number[] = [];
    const without: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const a = await ext.context.newPage();
      await a.goto(url, { waitUntil: 'domcontentloaded' });
      await settle(a, 800, 15_000, url === denseUrl);
      withExt.push(await heapMb(a, ext.context));
      await a.close();
      const b = await plainContext.newPage();
      await b.goto(url, { waitUntil: 'domcontentloaded' });
      await b.waitForTimeout(800);
      without.push(await heapMb(b, plainContext));
      await b.close();
    }
    console.log(
      `heap on ${label}: ${fmt(median(withExt))} MB with the extension, ${fmt(median(without))} MB without → ` +
        `extension adds ${fmt(median(withExt) - median(without))} MB`,
    );
  }
  {
    const page = await ext.context.newPage();
    await page.goto(denseUrl, { waitUntil: 'domcontentloaded' });
    await settle(page, 800, 15_000, true);
    // Every 100 ms a new post arrives at the end and the oldest goes (the page's size stays put).
    await page.evaluate((posts) => {
      let i = 0;
      (globalThis as { __mutator?: number }).__mutator = setInterval(() => {
        const div = document.createElement('div');
        const p = document.createElement('p');
        p.textContent = posts[i++ % posts.length];
        div.append(p);
        document.body.append(div);
        document.querySelector('.post, body > div')?.remove();
      }, 100) as unknown as number;
    }, FORUM_POSTS as string[]);
    const step = MUTATE_S / 3;
    await page.waitForTimeout(step * 1000);
    const early = await heapMb(page, ext.context);
    const earlyCount = await highlightCount(page);
    await page.waitForTimeout(2 * step * 1000);
    const late = await heapMb(page, ext.context);
    const lateCount = await highlightCount(page);
    await page.evaluate(() => clearInterval((globalThis as { __mutator?: number }).__mutator));
    await page.close();
    console.log(
      `mutating page (a post added and one removed every 100 ms for ${MUTATE_S} s): heap ${fmt(early)} MB at ${fmt(step)} s → ` +
        `${fmt(late)} MB at ${MUTATE_S} s (growth ${fmt(late - early)} MB); highlights ${earlyCount} → ${lateCount}`,
    );
  }

  await base?.close();
  await plain.close();
  await ext.close();
  await server.close();
}

await main();
