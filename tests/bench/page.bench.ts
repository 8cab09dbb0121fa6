// In-browser benchmark of the page side (DESIGN.md §5), in real Chromium with the built extension.
// Run: npx tsx tests/bench/page.bench.ts   (build first; WXT_OUT_DIR picks the build folder)
// Prints, measured side by side in one run with the DevTools sampling profiler (100 µs):
// - largest corpus page: extension CPU for the whole scan, wall time to the last highlight,
//   and the longest run of extension samples (≈ its longest task);
// - term-free corpus pages: extension CPU vs a bare TreeWalker pass over the same text nodes
//   (target ≤ 5 ms + 1.5× the floor);
// - a generated term-dense page: extension scan+paint CPU vs mark.js marking the same terms
//   (target ≤ 0.1×).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromePath, launchWithExtension } from '../e2e/browser';
import { CORPUS_DIR, startServer } from '../e2e/server';

type ProfileNode = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

interface Usage {
  /** CPU ms in samples whose stack contains a matching script. */
  cpuMs: number;
  /** Longest uninterrupted run of such samples, ms (rough; the trace gives real task lengths). */
  longestMs: number;
}

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
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    const k = kind(profile.samples[i]);
    if (k === 'ours') {
      cpu += dt;
      run += dt;
      longest = Math.max(longest, run);
    } else if (k === 'idle' || k === 'other') run = 0;
    else if (run > 0) run += dt; // GC or native work inside our task
  }
  return { cpuMs: cpu, longestMs: longest };
}

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

  const pages = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, size: statSync(join(CORPUS_DIR, f)).size }))
    .sort((a, b) => b.size - a.size);

  // 1. Largest page: scan CPU, time to the last highlight, longest extension task.
  {
    const { f, size } = pages[0];
    const page = await ext.context.newPage();
    const [s, profile] = await profiled(page, ext.context, async () => {
      await page.goto(server.url(`/corpus/${f}`), { waitUntil: 'domcontentloaded' });
      return settle(page, 1500);
    });
    const u = usage(profile, isExt);
    await page.close();
    const traced = await ext.context.newPage();
    const longestTask = await longestExtensionTask(traced, ext.context, async () => {
      await traced.goto(server.url(`/corpus/${f}`), { waitUntil: 'domcontentloaded' });
      await settle(traced, 1500);
    });
    await traced.close();
    console.log(
      `largest page ${f} (${(size / 1e6).toFixed(2)} MB): ${s.count} highlights; extension CPU ${fmt(u.cpuMs)} ms; ` +
        `settled ${s.lastChangeMs} ms after DOMContentLoaded; longest task running extension code ${fmt(longestTask)} ms (target ≤ 50)`,
    );
  }

  // 2. Term-free pages: extension CPU vs the floor (bare TreeWalker, same profiler).
  const rows: { f: string; ours: number; floor: number; ok: boolean }[] = [];
  for (const { f } of pages.slice(0, 30)) {
    const page = await ext.context.newPage();
    const [s, profile] = await profiled(page, ext.context, async () => {
      await page.goto(server.url(`/corpus/${f}`), { waitUntil: 'domcontentloaded' });
      return settle(page, 1200);
    });
    await page.close();
    if (s.count > 0) continue;
    const ours = usage(profile, isExt).cpuMs;
    // The floor runs in a browser without the extension, on a fresh copy of the page.
    const bare = await plainContext.newPage();
    await bare.goto(server.url(`/corpus/${f}`), { waitUntil: 'domcontentloaded' });
    await bare.waitForTimeout(300);
    const [, floorProfile] = await profiled(bare, plainContext, () => bare.evaluate(FLOOR));
    const floor = usage(floorProfile, (u) => u.includes('backcheck-floor')).cpuMs;
    await bare.close();
    rows.push({ f, ours, floor, ok: ours <= 5 + 1.5 * floor });
    if (rows.length >= 10) break;
  }
  for (const r of rows) {
    console.log(
      `term-free ${r.f}: extension ${fmt(r.ours)} ms vs floor ${fmt(r.floor)} ms → ` +
        `excess over 5 ms start-up = ${fmt(Math.max(0, r.ours - 5) / Math.max(r.floor, 0.1))}× floor ${r.ok ? 'OK' : 'OVER'}`,
    );
  }
  let longest = 0;
  for (const { f } of pages.slice(0, 8)) {
    const page = await ext.context.newPage();
    const ms = await longestExtensionTask(page, ext.context, async () => {
      await page.goto(server.url(`/corpus/${f}`), { waitUntil: 'domcontentloaded' });
      await settle(page, 1000);
    });
    longest = Math.max(longest, ms);
    await page.close();
  }
  console.log(
    `longest task running extension code, 8 largest corpus pages: ${fmt(longest)} ms (target ≤ 50)`,
  );

  // 3. Term-dense page: our scan + paint vs mark.js on the same terms.
  {
    const page = await ext.context.newPage();
    const [s, profile] = await profiled(page, ext.context, async () => {
      await page.goto(server.url('/bench/dense.html'), { waitUntil: 'domcontentloaded' });
      return settle(page, 1000);
    });
    const ours = usage(profile, isExt);
    await page.close();
    const traced = await ext.context.newPage();
    const denseTask = await longestExtensionTask(traced, ext.context, async () => {
      await traced.goto(server.url('/bench/dense.html'), { waitUntil: 'domcontentloaded' });
      await settle(traced, 1000);
    });
    await traced.close();

    const bare = await plainContext.newPage();
    await bare.goto(server.url('/bench/dense.html'), { waitUntil: 'domcontentloaded' });
    const markJs = readFileSync(
      resolve(import.meta.dirname, '../../node_modules/mark.js/dist/mark.min.js'),
      'utf8',
    );
    await bare.evaluate(`${markJs}\n//# sourceURL=markjs-lib.js`);
    const [marked, markProfile] = await profiled(bare, plainContext, () =>
      bare.evaluate(
        `(() => { let n = 0; new Mark(document.body).mark(${JSON.stringify(MARK_TERMS)}, ` +
          `{ separateWordSearch: false, accuracy: 'exactly', each: () => n++ }); return n; })()\n//# sourceURL=markjs-run.js`,
      ),
    );
    const mark = usage(markProfile, (u) => u.includes('markjs-')).cpuMs;
    await bare.close();
    console.log(
      `term-dense page (3000 paragraphs): extension scan+paint ${fmt(ours.cpuMs)} ms CPU for ${s.count} highlights ` +
        `(longest task ${fmt(denseTask)} ms); mark.js ${fmt(mark)} ms for ${marked} marks → ratio ${(ours.cpuMs / mark).toFixed(3)} (target ≤ 0.1)`,
    );
  }

  await plain.close();
  await ext.close();
  await server.close();
}

await main();
