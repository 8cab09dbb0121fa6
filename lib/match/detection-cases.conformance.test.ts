// Conformance (needs ../shared): table-driven run of the detection development set (../shared/eval/detection-cases.json,
// FACTS.md §6/§6.1). Every span check must pass except the named known deviations below, which
// are asserted to still fail, so any other regression (or a silent change) fails the suite.
import { describe, expect, test } from 'vitest';
import { checkCase, loadCases } from '../../tests/eval/detection';
import { getCompiled } from './compile';
import { scanRaw } from './scan';

/**
 * Span checks that are inconsistent with FACTS.md and are therefore left failing on purpose,
 * as `caseId [kind] span` with the reason. Currently none.
 */
const KNOWN_DEVIATIONS: Record<string, string> = {};

const cases = loadCases();
const rows = cases.flatMap((c) => checkCase(c).map((r) => [`${r.caseId} [${r.kind}] ${r.span}`, r] as const));

describe('detection-cases.json', () => {
  test('the case set is not empty', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  test.each(rows)('%s', (key, r) => {
    if (key in KNOWN_DEVIATIONS) expect(r.passed, KNOWN_DEVIATIONS[key]).toBe(false);
    else expect(r.passed, `matches: ${r.detail}`).toBe(true);
  });

  test('at least 98% of spans pass', () => {
    const passed = rows.filter(([, r]) => r.passed).length;
    expect(passed / rows.length).toBeGreaterThanOrEqual(0.98);
  });
});

// The scanner's pre-filter agrees with a scan from every word start on every case text too
// (scan.test.ts checks the same on crafted texts and the repository's pages).
describe('pre-filtered scan = scan from every word start, on the detection cases', () => {
  const hitsOf = (text: string) => scanRaw(text, getCompiled).map((h) => [h.start, h.end, h.term.index]);
  test.each(cases.map((c) => [c.id, c.text] as const))('eval case %s', (_, text) => {
    expect(hitsOf(text)).toEqual(hitsOf(`${text} \u00ad`));
  });
});
