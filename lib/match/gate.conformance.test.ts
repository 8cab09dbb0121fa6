// Conformance (needs ../shared/eval): the first-stage check (gate.ts) never says no where
// findTerms finds a term in the shared detection cases, whole and line by line. Run by
// `npm run test:conformance`; a missing file fails here (tests/conformance/shared.ts).
import { expect, test } from 'vitest';
import { loadCases } from '../../tests/eval/detection';
import { mayHaveTerms } from './gate';
import { findTerms } from './index';

test('gate says yes wherever findTerms finds a term: detection cases, line by line too', () => {
  const texts = loadCases().flatMap((c) => [c.text, ...c.text.split('\n')]);
  expect(texts.length).toBeGreaterThan(50);
  expect(texts.filter((t) => findTerms(t).length > 0 && !mayHaveTerms(t))).toEqual([]);
});
