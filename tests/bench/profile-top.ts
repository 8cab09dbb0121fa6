// Where exactly the extension's CPU goes on a few pages: the functions with the most self time
// (samples charged to the innermost frame of our scripts, what they call included, as in
// profile-attribution.ts), summed over N loads. The page benchmark says how much each stage costs;
// this says which function to look at. Run after a source-mapped build (npm run bench page does one):
//   WXT_OUT_DIR=.output-bench npx tsx tests/bench/profile-top.ts [--runs N] [--top K] [--lines] page.html ... [dense]
// Pages are corpus file names (../shared/corpus/pages, else tests/fixtures/pages); "dense" is the
// bench's term-dense forum page.
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { startServer } from '../e2e/server';
import { benchPages } from './corpus-text';
import { densePage } from './dense-page';
import { MAX_SAMPLE_MS, type Profile, SourceResolver } from './profile-attribution';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = arg('runs', 3);
/** `--lines`: name every function by its source line too (minified names say little). */
const LINES = process.argv.includes('--lines');
const TOP = arg('top', 25);
const names = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !['--runs', '--top'].includes(all[i - 1]));

async function profileLoad(page: Page, url: string): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return profile;
}

/** Self time per "source file:function" of our innermost frame (ms, summed over the profiles). */
function selfTimes(profiles: Profile[], resolver: SourceResolver): Map<string, number> {
  const out = new Map<string, number>();
  for (const profile of profiles) {
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const memo = new Map<number, string | null>();
    const keyOf = (id: number): string | null => {
      if (memo.has(id)) return memo.get(id)!;
      let key: string | null = null;
      let leaf = byId.get(id)!.callFrame;
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur)!.callFrame;
        if (!f.url.startsWith('chrome-extension://')) {
          if (cur === id) leaf = f;
          continue;
        }
        const src = resolver.source(f.url, f.lineNumber, f.columnNumber) ?? f.url.replace(/.*\//, '');
        const native = leaf !== f && !leaf.url ? ` > ${leaf.functionName || '(native)'}` : '';
        // An anonymous function is named by its line ("(anonymous @ 123)"), a module body by "(top level)".
        const anon = f.functionName ? '' : resolver.line(f.url, f.lineNumber, f.columnNumber);
        const at = LINES && f.functionName ? resolver.line(f.url, f.lineNumber, f.columnNumber) : undefined;
        const name =
          (f.functionName && (at ? `${f.functionName} @ ${at}` : f.functionName)) ||
          (anon ? `(anonymous @ ${anon})` : '(top level)');
        key = `${src.replace(/^(\.\.\/)+/, '')}:${name}${native}`;
        break;
      }
      memo.set(id, key);
      return key;
    };
    for (let i = 0; i < profile.samples.length; i++) {
      const key = keyOf(profile.samples[i]);
      if (!key) continue;
      const dt = Math.min(MAX_SAMPLE_MS, (profile.timeDeltas[i + 1] ?? 100) / 1000);
      out.set(key, (out.get(key) ?? 0) + dt);
    }
  }
  return out;
}

const server = await startServer();
const ext = await launchWithExtension();
const dense = densePage(1400);
await ext.context.route('**/bench/dense.html', (r) => r.fulfill({ body: dense, contentType: 'text/html' }));
const resolver = new SourceResolver(EXTENSION_DIR);
const { urlPrefix } = benchPages();
// Warm the browser once (service worker, code caches), as the page benchmark does.
{
  const p = await ext.context.newPage();
  await profileLoad(p, server.url(`${urlPrefix}${names[0] === 'dense' ? 'index.html' : names[0]}`));
  await p.close();
}
for (const name of names) {
  const url = name === 'dense' ? server.url('/bench/dense.html') : server.url(`${urlPrefix}${name}`);
  const profiles: Profile[] = [];
  for (let r = 0; r < RUNS; r++) {
    const p = await ext.context.newPage();
    profiles.push(await profileLoad(p, url));
    await p.close();
  }
  const times = [...selfTimes(profiles, resolver)].sort((a, b) => b[1] - a[1]);
  const total = times.reduce((s, [, t]) => s + t, 0);
  console.log(
    `\n${name}: ${(total / RUNS).toFixed(1)} ms per load (mean of ${RUNS}); top functions, ms per load:`,
  );
  for (const [key, t] of times.slice(0, TOP)) console.log(`  ${(t / RUNS).toFixed(2).padStart(7)}  ${key}`);
}
await ext.close();
await server.close();
