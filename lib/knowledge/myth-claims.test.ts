// The claim-check patterns (issue 12) are data beside the myths: validated by the schema, tied
// to real myth entries, every fragment a valid regular expression, and the pre-check anchors
// kept equal to what the patterns need.
import { describe, expect, test } from 'vitest';
import { claimAnchors, claimReading, mythClaims } from './data/myth-claims';
import { getEntry } from './index';
import { ClaimReading, MythClaim } from './schema';

const compiles = (fragment: string) => () => new RegExp(`(?:${fragment})`, 'iu');

describe('myth claim readings', () => {
  test('the shared cues validate', () => {
    expect(ClaimReading.safeParse(claimReading).success).toBe(true);
  });

  test.each(mythClaims.map((m) => [m.myth, m]))('%s validates and names a myth entry', (id, m) => {
    expect(MythClaim.safeParse(m).success).toBe(true);
    expect(getEntry(id)?.kind).toBe('myth');
  });

  test('every FACTS.md §5 row (M1…M13) has exactly one reading', () => {
    const ids = mythClaims.map((m) => m.myth).sort();
    expect(ids).toEqual(Array.from({ length: 13 }, (_, i) => `myth-m${i + 1}`).sort());
  });

  const fragments = [
    ...Object.values(claimReading).flat(),
    ...mythClaims.flatMap((m) => [
      ...m.effects,
      ...m.targets,
      ...(m.phrases ?? []),
      ...(m.unless ?? []),
      ...m.needs.flatMap((n) => (n === 'treatment' ? [] : n.filter((x) => x !== '@treatment'))),
    ]),
  ];
  test.each([...new Set(fragments)])('%s compiles', (f) => {
    expect(compiles(f)).not.toThrow();
  });

  test("the pre-check anchors are the treatment anchors plus each other myth's topic words", () => {
    const expected = new Set(claimReading.treatment);
    for (const m of mythClaims) {
      if (m.needs.includes('treatment')) continue;
      const groups = m.needs.filter((n): n is string[] => n !== 'treatment');
      if (groups.some((g) => g.includes('@treatment')))
        for (const t of [...m.targets, ...(m.phrases ?? [])]) expected.add(t);
      else for (const t of groups[0]) expected.add(t);
    }
    expect(new Set(claimAnchors)).toEqual(expected);
  });
});
