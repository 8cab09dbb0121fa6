// `npm run test:conformance`: the conformance suite (vitest.conformance.config.ts) when the
// shared specification is beside the repository, else one line saying what was skipped and why.
// BACKCHECK_CONFORMANCE=required turns the skip into a failure (for a CI that must have it).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { hasShared, SHARED_DIR } from './shared.ts';

const ROOT = resolve(import.meta.dirname, '../..');

if (!hasShared()) {
  const required = process.env.BACKCHECK_CONFORMANCE === 'required';
  console.log(
    `conformance suite ${required ? 'FAILED' : 'skipped'}: no shared specification at ${SHARED_DIR} ` +
      '(FACTS.md ids, eval/detection-cases.json, eval/symptom-queries.json, the 89-page corpus), ' +
      'which a clone of this repository alone does not have; put it beside the repo as ../shared ' +
      '(CI does) or set BACKCHECK_SHARED to run it.',
  );
  process.exit(required ? 1 : 0);
}

const r = spawnSync(
  process.execPath,
  [
    resolve(ROOT, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'vitest.conformance.config.ts',
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
