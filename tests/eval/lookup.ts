// Scores lookupSymptoms on ../shared/eval/symptom-queries.json (or the path given) with the file's semantics:
// a query passes when an expectTop3 id is among the first 3 results and, when
// firstUrgencyAtLeast is given, the first result's urgency is at least that level.
// Run: npx tsx tests/eval/lookup.ts [path-to-json]
import { fileURLToPath } from 'node:url';
import { URGENCY_LEVELS, type Urgency } from '../../lib/knowledge/index.ts';
import { type LookupResult, lookupSymptoms } from '../../lib/lookup/index.ts';
import { exitUnlessShared, readShared, SYMPTOM_QUERIES } from '../conformance/shared.ts';

export const DEFAULT_QUERIES = SYMPTOM_QUERIES;

export interface SymptomQuery {
  id: string;
  query: string;
  expectTop3: string[];
  firstUrgencyAtLeast?: Urgency;
}

export interface QueryOutcome {
  id: string;
  query: string;
  pass: boolean;
  top3Hit: boolean;
  urgencyOk: boolean;
  expected: string[];
  firstUrgencyAtLeast?: Urgency;
  got: { id: string; urgency?: Urgency }[];
  reason?: string;
}

export interface LookupEval {
  total: number;
  passed: number;
  top3HitRate: number;
  /** Share of queries with firstUrgencyAtLeast = emergency whose first result is an emergency. */
  emergencyFirstRate: number;
  emergencyTotal: number;
  passRate: number;
  outcomes: QueryOutcome[];
  failures: QueryOutcome[];
}

const rank = (u: Urgency | undefined) => (u ? URGENCY_LEVELS.indexOf(u) : -1);

export function loadQueries(path = DEFAULT_QUERIES): SymptomQuery[] {
  return (JSON.parse(readShared(path)) as { queries: SymptomQuery[] }).queries;
}

export function judge(q: SymptomQuery, results: LookupResult[]): QueryOutcome {
  const top3 = results.slice(0, 3).map((r) => r.id);
  const top3Hit = q.expectTop3.some((id) => top3.includes(id));
  const first = results[0];
  const urgencyOk = !q.firstUrgencyAtLeast || rank(first?.urgency) >= rank(q.firstUrgencyAtLeast);
  const reasons: string[] = [];
  if (!top3Hit) reasons.push(`none of [${q.expectTop3.join(', ')}] in top 3`);
  if (!urgencyOk) reasons.push(`first urgency ${first?.urgency ?? 'none'} < ${q.firstUrgencyAtLeast}`);
  return {
    id: q.id,
    query: q.query,
    pass: top3Hit && urgencyOk,
    top3Hit,
    urgencyOk,
    expected: q.expectTop3,
    firstUrgencyAtLeast: q.firstUrgencyAtLeast,
    got: results.slice(0, 5).map((r) => ({ id: r.id, urgency: r.urgency })),
    reason: reasons.length ? reasons.join('; ') : undefined,
  };
}

export function evaluateLookup(queries: SymptomQuery[] = loadQueries()): LookupEval {
  const outcomes = queries.map((q) => judge(q, lookupSymptoms(q.query)));
  const emergency = outcomes.filter((o) => o.firstUrgencyAtLeast === 'emergency');
  const passed = outcomes.filter((o) => o.pass).length;
  return {
    total: outcomes.length,
    passed,
    top3HitRate: outcomes.filter((o) => o.top3Hit).length / Math.max(outcomes.length, 1),
    emergencyFirstRate: emergency.filter((o) => o.urgencyOk).length / Math.max(emergency.length, 1),
    emergencyTotal: emergency.length,
    passRate: passed / Math.max(outcomes.length, 1),
    outcomes,
    failures: outcomes.filter((o) => !o.pass),
  };
}

export function formatFailures(failures: QueryOutcome[]): string {
  return failures
    .map(
      (f) =>
        `${f.id} "${f.query}": ${f.reason}\n    got: ${f.got.map((g) => `${g.id}(${g.urgency ?? '-'})`).join(', ')}`,
    )
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  exitUnlessShared('tests/eval/lookup.ts', [process.argv[2] ?? DEFAULT_QUERIES]);
  const r = evaluateLookup(loadQueries(process.argv[2] ?? DEFAULT_QUERIES));
  console.log(
    `lookup eval: ${r.passed}/${r.total} pass (${(r.passRate * 100).toFixed(1)}%), top-3 ${(r.top3HitRate * 100).toFixed(1)}%, emergency-first ${(r.emergencyFirstRate * 100).toFixed(1)}% of ${r.emergencyTotal}`,
  );
  if (r.failures.length) console.log(formatFailures(r.failures));
}
