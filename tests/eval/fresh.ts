// Scores the lookup on the frozen blind sets of tests/eval/fresh (issue 8 Build 5). For each set:
// top-3 (any expectTop3 id among the first three), emergency-first (emergency queries whose first
// result is an emergency), urgency-reached (urgent or emergency queries whose first result is at
// least that level) and over-triage (self-care or see-GP queries whose first result is an
// emergency). Holdout halves are scored in aggregate only: their items are never printed.
// Run: npx tsx tests/eval/fresh.ts [--failures [A,B]]   (prints the failures of the tune half only)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URGENCY_LEVELS, type Urgency } from '../../lib/knowledge/index.ts';
import { lookupSymptoms } from '../../lib/lookup/index.ts';

export const FRESH_DIR = resolve(import.meta.dirname, 'fresh');
/** Each round of blind sets, oldest first: `fresh` (round 1), `fresh2` (round 2) … */
export const FRESH_ROUNDS = ['fresh', 'fresh2'].map((d) => resolve(import.meta.dirname, d));

/**
 * Sets frozen for a later session's scoring (tests/eval/fresh2/SEALED, one name per line, e.g.
 * "BN"): left out of every score and failure listing, so nobody reads them by accident, until a
 * run with `--unseal` scores them once.
 */
export function sealedSets(): string[] {
  const file = resolve(import.meta.dirname, 'fresh2', 'SEALED');
  if (!existsSync(file) || process.argv.includes('--unseal')) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** The frozen files of one half of every round whose name matches, e.g. queries-*.json. */
export function freshFiles(half: 'tune' | 'holdout', pattern: RegExp): string[] {
  const sealed = sealedSets();
  return FRESH_ROUNDS.flatMap((round) => {
    const dir = resolve(round, half);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => pattern.test(f))
      .filter((f) => !sealed.some((name) => f.endsWith(`-${name}.json`)))
      .sort()
      .map((f) => resolve(dir, f));
  });
}

/** "fresh2/tune/queries-C.json" for a path inside tests/eval. */
export const setName = (path: string) => path.slice(resolve(import.meta.dirname).length + 1);

interface FreshQuery {
  id: string;
  query: string;
  expectTop3: string[];
  level: Urgency | null;
  kind: string;
}

export interface FreshScore {
  set: string;
  total: number;
  top3: number;
  emergencies: number;
  emergencyFirst: number;
  urgentTotal: number;
  urgencyReached: number;
  routineTotal: number;
  overTriaged: number;
  failures: string[];
}

const rank = (u: Urgency | null | undefined) => (u ? URGENCY_LEVELS.indexOf(u) : -1);

export function scoreFresh(half: 'tune' | 'holdout', path: string): FreshScore | undefined {
  if (!existsSync(path)) return undefined;
  const queries = (JSON.parse(readFileSync(path, 'utf8')) as { queries: FreshQuery[] }).queries;
  const s: FreshScore = {
    set: setName(path),
    total: queries.length,
    top3: 0,
    emergencies: 0,
    emergencyFirst: 0,
    urgentTotal: 0,
    urgencyReached: 0,
    routineTotal: 0,
    overTriaged: 0,
    failures: [],
  };
  for (const q of queries) {
    const results = lookupSymptoms(q.query);
    const top3 = results.slice(0, 3).map((r) => r.id);
    const first = results[0]?.urgency;
    const why: string[] = [];
    if (q.expectTop3.some((id) => top3.includes(id))) s.top3++;
    else why.push(`top3 lacks ${q.expectTop3.join('|')}`);
    if (q.level === 'emergency') {
      s.emergencies++;
      if (first === 'emergency') s.emergencyFirst++;
    }
    if (q.level === 'emergency' || q.level === 'urgent-same-day') {
      s.urgentTotal++;
      if (rank(first) >= rank(q.level)) s.urgencyReached++;
      else why.push(`first ${first ?? 'none'} < ${q.level}`);
    }
    if (q.level === 'self-care' || q.level === 'see-gp-soon') {
      s.routineTotal++;
      if (first === 'emergency') {
        s.overTriaged++;
        why.push(`over-triaged (${q.level})`);
      }
    }
    if (why.length && half === 'tune')
      s.failures.push(
        `${q.id} "${q.query}"\n    ${why.join('; ')}\n    got: ${results
          .slice(0, 4)
          .map((r) => `${r.id}(${r.urgency ?? '-'})`)
          .join(', ')}`,
      );
  }
  return s;
}

export function allFresh(): FreshScore[] {
  const out: FreshScore[] = [];
  for (const half of ['tune', 'holdout'] as const)
    for (const path of freshFiles(half, /^queries-.*\.json$/)) {
      const s = scoreFresh(half, path);
      if (s) out.push(s);
    }
  return out;
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '–'}%)`;

export function formatFresh(s: FreshScore): string {
  return [
    `Fresh ${s.set}`,
    `  top-3:                   ${pct(s.top3, s.total)}`,
    `  emergency-first:         ${pct(s.emergencyFirst, s.emergencies)}`,
    `  urgency-reached:         ${pct(s.urgencyReached, s.urgentTotal)}`,
    `  over-triage:             ${pct(s.overTriaged, s.routineTotal)}`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scores = allFresh();
  // `--sealed A,B`: sets frozen for a later scoring; neither their figures nor their failures are
  // printed, so tuning on the others cannot read them by accident.
  const listAfter = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 && process.argv[i + 1]?.startsWith('--') === false
      ? process.argv[i + 1].split(',')
      : undefined;
  };
  const inList = (set: string, names: string[]) => names.some((n) => set.includes(`-${n}.json`));
  const sealed = listAfter('--sealed') ?? [];
  const shown = scores.filter((s) => !inList(s.set, sealed));
  for (const s of shown) console.log(formatFresh(s));
  // `--failures [A,B]`: the failures of every shown set, or only of the sets named.
  if (process.argv.includes('--failures')) {
    const only = listAfter('--failures');
    for (const s of shown) if (!only || inList(s.set, only)) for (const f of s.failures) console.log(f);
  }
}
