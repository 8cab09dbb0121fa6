// Conformance (needs ../shared): table-driven check of lookupSymptoms on the evaluation set
// ../shared/eval/symptom-queries.json,
// with the file's own semantics: an expectTop3 id among the first 3 results, and the first
// result's urgency at least firstUrgencyAtLeast when given.
import { describe, expect, test } from 'vitest';
import { evaluateLookup, formatFailures, judge, loadQueries } from '../../tests/eval/lookup.ts';
import { lookupSymptoms } from './index.ts';

const queries = loadQueries();
test('the query set is not empty', () => {
  expect(queries.length).toBeGreaterThan(0);
});

const emergencyQueries = queries.filter((q) => q.firstUrgencyAtLeast === 'emergency');

describe('symptom-queries.json: emergency queries (each must pass)', () => {
  test.each(emergencyQueries.map((q) => [q.id, q.query, q] as const))('%s %s', (_id, _query, q) => {
    const outcome = judge(q, lookupSymptoms(q.query));
    expect(outcome.urgencyOk, formatFailures([outcome])).toBe(true);
    expect(outcome.top3Hit, formatFailures([outcome])).toBe(true);
  });
});

describe('symptom-queries.json: thresholds', () => {
  const r = evaluateLookup(queries);
  test('top-3 hit rate is at least 95%', () => {
    expect(r.top3HitRate, `failures:\n${formatFailures(r.failures)}`).toBeGreaterThanOrEqual(0.95);
  });
  test('overall pass rate (top-3 and first urgency) is at least 95%', () => {
    expect(r.passRate, `failures:\n${formatFailures(r.failures)}`).toBeGreaterThanOrEqual(0.95);
  });
  test('every emergency query puts an emergency result first', () => {
    expect(r.emergencyTotal).toBeGreaterThan(0);
    expect(r.emergencyFirstRate, formatFailures(r.failures)).toBe(1);
  });
});
