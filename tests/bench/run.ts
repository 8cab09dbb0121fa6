// `npm run bench [-- match|lookup|page] [-- --full] [-- --runs N]`: every benchmark of DESIGN.md §5,
// one after the other, each in its own process so one's warm-up or garbage cannot colour another's
// figures. Timings belong here, never in unit tests. The page benchmark runs the extension in real
// Chromium: it is built first, with hidden source maps (so profiles map to source files), into
// its own folder (.output-bench) so it never disturbs the build the e2e tests use.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exitCode = 1;
};

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('-') && ['match', 'lookup', 'page'].includes(a));
const pass = args.filter((a) => a !== only); // --full, --runs N, --mutate S go to the page benchmark
if (!only || only === 'match') run('npx', ['tsx', 'tests/bench/find-terms.bench.ts']);
if (!only || only === 'lookup') run('npx', ['tsx', 'tests/bench/lookup.bench.ts']);
if (!only || only === 'page') {
  const env = { WXT_OUT_DIR: process.env.WXT_OUT_DIR ?? '.output-bench', BACKCHECK_SOURCEMAP: '1' };
  run('npx', ['wxt', 'build'], env);
  // The reference of issue 10: an empty WXT content script, built by the same WXT, loaded side by side.
  run('npx', ['wxt', 'build', 'tests/bench/empty-wxt']);
  run('npx', ['tsx', 'tests/bench/page.bench.ts', ...pass], env);
}
