// In-browser benchmark of the page side (DESIGN.md §5), in real Chromium with the built extension.
// Run: WXT_OUT_DIR=.output-perf npx wxt build && WXT_OUT_DIR=.output-perf npx tsx tests/bench/page.bench.ts
//      [--runs N] (default 3: every figure is the median of N loads) [--pages N] (term-free pages, default 10)
// Prints, measured side by side in one run with the DevTools sampling profiler (100 µs):
// - largest corpus page: extension CPU for the whole scan, wall time to the last highlight,
//   and the longest task running extension code (from a trace);
// - term-free corpus pages: extension CPU vs a bare TreeWalker pass over the same text nodes
//   (target ≤ 5 ms + 1.5× the floor), and the wall span from the first to the last extension sample;
// - a generated term-dense page: extension scan+paint CPU vs mark.js marking the same terms
//   (target ≤ 0.1×).
// CPU = samples whose stack holds a frame of the measured script (chrome-extension://, the floor
// snippet, or mark.js), so bundle evaluation, matcher start-up and what they call all count. A
// sample's weight is its time delta capped at 0.5 ms: a thread descheduled by other processes on
// a busy machine gets one late sample, and an uncapped delta would charge the wait as CPU.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromePath, launchWithExtension } from '../e2e/browser';
import { startServer } from '../e2e/server';
import { benchPages } from './corpus-text';

type ProfileNode = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

interface Usage {
  /** CPU ms in samples whose stack contains a matching script. */
  cpuMs: number;
  /** Longest uninterrupted run of such samples, ms (rough; the trace gives real task lengths). */
  longestMs: number;
  /** Wall time from the first to the last matching sample, ms. */
  spanMs: number;
}

/** Most a single sample may count for (see the top of this file). */
const MAX_SAMPLE_MS = 0.5;

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
const PAGES = arg('pages', 10);

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
 * Longest main-thread task that ran extension code, from a DevTools trace: RunTask events that
 * enclose a script event (EvaluateScript, FunctionCall, TimerFire…) from chrome-extension://.
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
  let worst = 0;
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (!url.startsWith('chrome-extension://')) continue;
    for (const t of tasks) {
      if (t.tid === e.tid && t.ts <= e.ts && e.ts <= t.ts + (t.dur ?? 0))
        worst = Math.max(worst, (t.dur ?? 0) / 1000);
    }
  }
  return worst;
}

const highlightCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('backcheck')) n += h.size;
    }
    return n;
  });

/** Waits until the highlight count has been stable for `quietMs`. */
async function settle(
  page: Page,
  quietMs = 700,
  maxMs = 10_000,
): Promise<{ count: number; lastChangeMs: number }> {
  const t0 = Date.now();
  let count = await highlightCount(page);
  let changed = Date.now();
  while (Date.now() - changed < quietMs && Date.now() - t0 < maxMs) {
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

const DENSE_SENTENCES = [
  'I put my back out at the gym and now my lower back pain is bad.',
  'Sciatica from a slipped disc can cause shooting leg pain.',
  'A deep tissue massage can leave you sore after massage for a day.',
  'Tell your massage therapist about osteoporosis and any spinal stenosis.',
  'Kidney stones and a kidney infection can both cause flank pain.',
];
const MARK_TERMS = [
  'lower back pain',
  'sciatica',
  'slipped disc',
  'massage',
  'massage therapist',
  'osteoporosis',
  'spinal stenosis',
  'kidney stones',
  'kidney infection',
  'flank pain',
  'deep tissue massage',
];

function densePage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 20 === 0) body.push(`<h2>Section ${i / 20 + 1}</h2>`);
    body.push(`<p>${DENSE_SENTENCES[i % 5]} ${DENSE_SENTENCES[(i + 2) % 5]}</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>dense</title></head><body>${body.join('\n')}</body></html>`;
}

const fmt = (n: number) => n.toFixed(1);

async function main() {
  const server = await startServer();
  const ext = await launchWithExtension();
  const plain = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const plainContext = await plain.newContext();
  const isExt = (url: string) => url.startsWith('chrome-extension://');
  const dense = densePage(3000);
  for (const ctx of [ext.context, plainContext]) {
    await ctx.route('**/bench/dense.html', (r) => r.fulfill({ body: dense, contentType: 'text/html' }));
  }

  const { dir: pagesDir, urlPrefix } = benchPages();
  const pages = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, size: statSync(join(pagesDir, f)).size }))
    .sort((a, b) => b.size - a.size);

  /** One extension load of a page, profiled: CPU, span, highlight count and settle time. */
  const loadExt = async (url: string, quietMs: number) => {
    const page = await ext.context.newPage();
    const [s, profile] = await profiled(page, ext.context, async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return settle(page, quietMs);
    });
    await page.close();
    return { ...usage(profile, isExt), ...s };
  };
  /** The floor: a bare TreeWalker pass in a browser without the extension, on a fresh copy of the page. */
  const loadFloor = async (url: string) => {
    const bare = await plainContext.newPage();
    await bare.goto(url, { waitUntil: 'domcontentloaded' });
    await bare.waitForTimeout(300);
    const [, floorProfile] = await profiled(bare, plainContext, () => bare.evaluate(FLOOR));
    await bare.close();
    return usage(floorProfile, (u) => u.includes('backcheck-floor')).cpuMs;
  };
  // A first load warms the browser (service worker, code cache) so run 1 is not an outlier.
  await loadExt(server.url(`${urlPrefix}${pages[pages.length - 1].f}`), 300);
  console.log(`medians of ${RUNS} runs; CPU in ms of main-thread samples (see the top of this file)`);

  // 1. Largest page: scan CPU, time to the last highlight, longest extension task.
  {
    const { f, size } = pages[0];
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await loadExt(server.url(`${urlPrefix}${f}`), 1500));
    const traced = await ext.context.newPage();
    const longestTask = await longestExtensionTask(traced, ext.context, async () => {
      await traced.goto(server.url(`${urlPrefix}${f}`), { waitUntil: 'domcontentloaded' });
      await settle(traced, 1500);
    });
    await traced.close();
    console.log(
      `largest page ${f} (${(size / 1e6).toFixed(2)} MB): ${runs[0].count} highlights; extension CPU ${fmt(median(runs.map((r) => r.cpuMs)))} ms; ` +
        `settled ${fmt(median(runs.map((r) => r.lastChangeMs)))} ms after DOMContentLoaded; longest task running extension code ${fmt(longestTask)} ms (target ≤ 50)`,
    );
  }

  // 2. Term-free pages: extension CPU vs the floor (bare TreeWalker, same profiler), run by run
  // in turn so both see the same machine load.
  const rows: { f: string; ours: number; floor: number; span: number; all: number[]; ok: boolean }[] = [];
  for (const { f } of pages.slice(0, 30)) {
    const url = server.url(`${urlPrefix}${f}`);
    const first = await loadExt(url, 800);
    if (first.count > 0) continue;
    const ours = [first];
    const floors = [await loadFloor(url)];
    for (let r = 1; r < RUNS; r++) {
      ours.push(await loadExt(url, 800));
      floors.push(await loadFloor(url));
    }
    const cpu = median(ours.map((o) => o.cpuMs));
    const floor = median(floors);
    rows.push({
      f,
      ours: cpu,
      floor,
      span: median(ours.map((o) => o.spanMs)),
      all: ours.map((o) => o.cpuMs),
      ok: cpu <= 5 + 1.5 * floor,
    });
    if (rows.length >= PAGES) break;
  }
  for (const r of rows) {
    console.log(
      `term-free ${r.f}: extension ${fmt(r.ours)} ms [${r.all.map(fmt).join(' ')}] vs floor ${fmt(r.floor)} ms → ` +
        `excess over 5 ms start-up = ${fmt(Math.max(0, r.ours - 5) / Math.max(r.floor, 0.1))}× floor ${r.ok ? 'OK' : 'OVER'}; ` +
        `wall span ${fmt(r.span)} ms`,
    );
  }
  console.log(
    `term-free summary: median extension ${fmt(median(rows.map((r) => r.ours)))} ms, median floor ${fmt(median(rows.map((r) => r.floor)))} ms, ` +
      `${rows.filter((r) => r.ok).length}/${rows.length} within 5 ms + 1.5× floor`,
  );
  let longest = 0;
  for (const { f } of pages.slice(0, 8)) {
    const page = await ext.context.newPage();
    const ms = await longestExtensionTask(page, ext.context, async () => {
      await page.goto(server.url(`${urlPrefix}${f}`), { waitUntil: 'domcontentloaded' });
      await settle(page, 800);
    });
    longest = Math.max(longest, ms);
    await page.close();
  }
  console.log(
    `longest task running extension code, 8 largest corpus pages: ${fmt(longest)} ms (target ≤ 50)`,
  );

  // 3. Term-dense page: our scan + paint vs mark.js on the same terms.
  {
    const denseUrl = server.url('/bench/dense.html');
    const ours = [];
    for (let r = 0; r < RUNS; r++) ours.push(await loadExt(denseUrl, 1000));
    const traced = await ext.context.newPage();
    const denseTask = await longestExtensionTask(traced, ext.context, async () => {
      await traced.goto(denseUrl, { waitUntil: 'domcontentloaded' });
      await settle(traced, 1000);
    });
    await traced.close();

    const markJs = readFileSync(
      resolve(import.meta.dirname, '../../node_modules/mark.js/dist/mark.min.js'),
      'utf8',
    );
    const marks: number[] = [];
    let marked = 0;
    for (let r = 0; r < RUNS; r++) {
      const bare = await plainContext.newPage();
      await bare.goto(denseUrl, { waitUntil: 'domcontentloaded' });
      await bare.evaluate(`${markJs}\n//# sourceURL=markjs-lib.js`);
      const [n, markProfile] = await profiled(bare, plainContext, () =>
        bare.evaluate(
          `(() => { let n = 0; new Mark(document.body).mark(${JSON.stringify(MARK_TERMS)}, ` +
            `{ separateWordSearch: false, accuracy: 'exactly', each: () => n++ }); return n; })()\n//# sourceURL=markjs-run.js`,
        ),
      );
      marked = n as number;
      marks.push(usage(markProfile, (u) => u.includes('markjs-')).cpuMs);
      await bare.close();
    }
    const oursCpu = median(ours.map((o) => o.cpuMs));
    const mark = median(marks);
    console.log(
      `term-dense page (3000 paragraphs): extension scan+paint ${fmt(oursCpu)} ms CPU [${ours.map((o) => fmt(o.cpuMs)).join(' ')}] for ${ours[0].count} highlights ` +
        `(longest task ${fmt(denseTask)} ms; wall span ${fmt(median(ours.map((o) => o.spanMs)))} ms); ` +
        `mark.js ${fmt(mark)} ms [${marks.map(fmt).join(' ')}] for ${marked} marks → ratio ${(oursCpu / mark).toFixed(3)} (target ≤ 0.1)`,
    );
  }

  await plain.close();
  await ext.close();
  await server.close();
}

await main();
