// The background's first-stage check (issue 10): the same verdicts as the content script's check
// had, with each page's memory kept apart and bounded.
import { describe, expect, test } from 'vitest';
import { createGateService } from './gate-service';
import { findTerms } from './match/index';

describe('createGateService', () => {
  test('says maybe to a term or a claim, no to a text without either', () => {
    const g = createGateService();
    expect(g.check('p', 'My lower back pain is worse.')).toBe(true);
    expect(g.check('p', 'Massage dissolves the salt deposits in your spine.')).toBe(true);
    expect(g.check('p', 'Sign in. Weather: sunny. Terms of use.')).toBe(false);
  });
  test('never says no where the matcher finds a term', () => {
    const g = createGateService();
    for (const text of [
      'sciatica since Monday',
      'Cauda equina syndrome (CES) is rare. CES needs surgery.',
      'a slipped disc',
    ])
      if (findTerms(text).length > 0) expect(g.check('q', text)).toBe(true);
  });
  test("an abbreviation's expansion in an earlier text licenses it on that page only", () => {
    const g = createGateService();
    const abbr = 'Ask about CES today.';
    const expansion = 'Cauda equina syndrome is rare.';
    // Met first without its expansion: not yet a term. Its expansion later on the same page is.
    g.check('a', abbr);
    expect(g.check('a', expansion)).toBe(true);
    expect(findTerms(abbr).length).toBe(0);
  });
  test('keeps only the most recent pages', () => {
    const g = createGateService(3);
    for (const p of ['1', '2', '3', '4', '5']) g.check(p, 'nothing here');
    expect(g.size()).toBe(3);
  });
});
