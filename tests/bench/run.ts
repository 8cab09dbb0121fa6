// `npm run bench`: every benchmark of DESIGN.md §5, one after the other, each in its own process
// so one's warm-up or garbage cannot colour another's figures. Timings belong here, never in
// unit tests. Builds the extension first (the page benchmark runs it in real Chromium).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (cmd: string, args: string[]) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exitCode = 1;
};

const only = process.argv[2]; // optional: "match", "lookup" or "page"
if (!only || only === 'match') run('npx', ['tsx', 'tests/bench/find-terms.bench.ts']);
if (!only || only === 'lookup') run('npx', ['tsx', 'tests/bench/lookup.bench.ts']);
if (!only || only === 'page') {
  run('npx', ['wxt', 'build']);
  run('npx', ['tsx', 'tests/bench/page.bench.ts']);
}
