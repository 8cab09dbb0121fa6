// Where the project's shared specification and evaluation sets live: ../shared beside the
// repository (FACTS.md, eval/*.json, the 89-page corpus), or BACKCHECK_SHARED. A clone of the
// repository alone does not have them; the checks against them form the conformance suite
// (`npm run test:conformance`, part of `npm test`), which runs whenever the folder is there and
// otherwise says in one line what it skipped. Once it runs, a missing file fails loudly: these
// helpers never turn an absent input into an empty one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export const SHARED_DIR = process.env.BACKCHECK_SHARED
  ? resolve(process.env.BACKCHECK_SHARED)
  : resolve(ROOT, '../shared');

export const FACTS_MD = join(SHARED_DIR, 'knowledge/FACTS.md');
export const DETECTION_CASES = join(SHARED_DIR, 'eval/detection-cases.json');
export const SYMPTOM_QUERIES = join(SHARED_DIR, 'eval/symptom-queries.json');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus/pages');

/** The four real pages kept in the repository (tests/fixtures/pages, with their licence). */
export const REPO_PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

export const hasShared = (): boolean => existsSync(SHARED_DIR) && statSync(SHARED_DIR).isDirectory();

/**
 * For a script run by hand (`npm run eval`, tests/eval/*.ts): when a shared input is absent, say in
 * one line what is missing and exit 2, instead of scoring nothing or printing a stack trace.
 */
export function exitUnlessShared(script: string, paths: string[]): void {
  const absent = paths.filter((p) => !existsSync(p));
  if (absent.length === 0) return;
  console.error(
    `${script}: nothing to score — ${absent.join(' and ')} not found. It belongs to the shared ` +
      `specification (${SHARED_DIR}), which a clone of this repository alone does not have: put it ` +
      'beside the repo as ../shared or set BACKCHECK_SHARED. (The tests that need no shared input run ' +
      'with `npm test`.)',
  );
  process.exit(2);
}

/** Why a shared input is missing, and what to do about it. */
export function missing(path: string): Error {
  return new Error(
    `${path} is missing. It belongs to the shared specification (${SHARED_DIR}), which a clone of ` +
      'the repository alone does not have: put the specification folder beside the repository as ' +
      '../shared, or set BACKCHECK_SHARED to it.',
  );
}

/** Reads a shared file; throws (never returns empty) when it is absent. */
export function readShared(path: string): string {
  if (!existsSync(path)) throw missing(path);
  return readFileSync(path, 'utf8');
}

/** The .html files of a page folder, sorted; throws when the folder is absent or has none. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) throw missing(dir);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  if (files.length === 0) throw new Error(`${dir} holds no .html pages`);
  return files;
}
