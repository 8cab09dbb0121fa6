// The lookup's profiles repeat each entry's base urgency so ranking needs no parsing at run
// time. This test keeps them in step with the knowledge module, so the two can never drift.
import { describe, expect, test } from 'vitest';
import { entries, getEntry } from '../knowledge/index.ts';
import { PROFILES } from './profiles.ts';

function baseOf(id: string) {
  const e = getEntry(id);
  return e && 'urgency' in e ? e.urgency : undefined;
}

describe('lookup profiles agree with the knowledge module', () => {
  test.each(PROFILES.map((p) => [p.id, p] as const))('%s', (id, profile) => {
    const entry = getEntry(id);
    expect(entry, `${id} has no knowledge entry`).toBeDefined();
    expect(profile.kind).toBe(entry?.kind);
    expect(profile.base).toBe(baseOf(id)?.base);
    expect(Boolean(profile.actNow)).toBe(Boolean(baseOf(id)?.actNow));
    if (entry?.kind === 'red-flag') expect(Boolean(profile.contextOnly)).toBe(Boolean(entry.contextOnly));
  });

  test('every entry with an urgency level can be found by the lookup', () => {
    const profiled = new Set(PROFILES.map((p) => p.id));
    const missing = entries
      .filter((e) => 'urgency' in e && e.urgency && !profiled.has(e.id))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });
});
