// Hostile-page figures (issue 11 findings #6 and #11), measured side by side in one run, with and
// without BackCheck, in real Chromium (timings live here, not in tests: DESIGN.md §7).
// Run: npx wxt build && npx tsx tests/bench/hostile.bench.ts [--seconds 20] [--per-tick 1] [--frames 300]
// (WXT_OUT_DIR=<dir> measures another build, e.g. an older commit's, the same way.)
// - flood: the page adds a paragraph with "back pain" every 1 ms for N seconds; reports how many
//   it managed to add, the longest gap between animation frames, the JS heap after a forced GC,
//   and how many terms were painted;
// - iframes: a page with M same-origin iframes; reports load time, JS heap, frames painted.
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { chromePath, launchWithExtension } from '../e2e/browser';
import { startServer } from '../e2e/server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 20);
const FRAMES = arg('frames', 300);
const PER_TICK = arg('per-tick', 1);

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

/** Ranges in every highlight of the document (these pages register none of their own). */
function countAll(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    let n = 0;
    (CSS.highlights as unknown as Map<string, { size: number }>).forEach((h) => {
      n += h.size;
    });
    return n;
  });
}

async function flood(context: BrowserContext, url: string, withExtension: boolean) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1500);
  const r = await page.evaluate(
    ([seconds, perTick]) =>
      new Promise<{ added: number; longestFrameGapMs: number }>((done) => {
        let n = 0;
        let last = performance.now();
        let longest = 0;
        const frame = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (!stopped) requestAnimationFrame(frame);
        };
        let stopped = false;
        requestAnimationFrame(frame);
        const end = performance.now() + seconds * 1000;
        const timer = setInterval(() => {
          for (let i = 0; i < perTick; i++) {
            const p = document.createElement('p');
            p.textContent = `Paragraph ${n++}: my back pain is worse today.`;
            document.body.append(p);
          }
          if (performance.now() > end) {
            clearInterval(timer);
            stopped = true;
            done({ added: n, longestFrameGapMs: Math.round(longest) });
          }
        }, 1);
      }),
    [SECONDS, PER_TICK],
  );
  await page.waitForTimeout(3000);
  // Counted from the page (all highlights): works for builds before the isolated-world access too.
  const painted = withExtension ? await countAll(page) : 0;
  const heap = await heapMb(page);
  await page.close();
  return { ...r, painted, heapMb: Number(heap.toFixed(1)) };
}

async function iframes(context: BrowserContext, origin: string, withExtension: boolean) {
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${origin}/fixtures/hostile.html`);
  await page.evaluate(
    ([n]) =>
      new Promise<void>((done) => {
        let loaded = 0;
        for (let i = 0; i < n; i++) {
          const f = document.createElement('iframe');
          f.src = `/fixtures/frame-child.html?${i}`;
          f.onload = () => {
            if (++loaded === n) done();
          };
          document.body.append(f);
        }
      }),
    [FRAMES],
  );
  const loadMs = Date.now() - t0;
  let painted = 0;
  if (withExtension) {
    // Wait until the last frame is painted, then count frames with highlights.
    const frames = page.frames().filter((f) => f.url().includes('frame-child.html'));
    for (const f of frames) {
      const n = await countAll(f).catch(() => 0);
      if (n > 0) painted++;
    }
  }
  const heap = await heapMb(page);
  await page.close();
  return { frames: FRAMES, loadMs, framesPainted: painted, heapMb: Number(heap.toFixed(1)) };
}

async function main() {
  const server = await startServer();
  const ext = await launchWithExtension();
  const plain = await chromium.launchPersistentContext('', {
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  // tsx keeps function names with a __name() helper that page.evaluate'd code would miss.
  for (const c of [plain, ext.context]) await c.addInitScript('globalThis.__name = (f) => f');
  const url = server.url('/fixtures/hostile.html');
  const out = {
    flood: {
      seconds: SECONDS,
      without: await flood(plain, url, false),
      with: await flood(ext.context, url, true),
    },
    iframes: {
      without: await iframes(plain, server.origin, false),
      with: await iframes(ext.context, server.origin, true),
    },
  };
  console.log(JSON.stringify(out, null, 2));
  await plain.close();
  await ext.close();
  await server.close();
}

void main();
