// The second stage takes stored settings as they are only when the Zod parse would return them
// unchanged (issue 10: Zod stays out of what every page with a term evaluates). Checked here
// against that parse on valid stores, every kind of damage, and generated values.
import { describe, expect, test } from 'vitest';
import { parseSettingsReport } from './settings';
import {
  DEFAULT_SETTINGS,
  exactSettings,
  HIGHLIGHT_CATEGORIES,
  HIGHLIGHT_STYLES,
  REGIONS,
} from './settings-store';

const VALID = [
  undefined,
  null,
  {},
  DEFAULT_SETTINGS,
  { region: 'us', hoverDelayMs: 0 },
  { ...DEFAULT_SETTINGS, disabledSites: ['news.example', 'forum.example'], categories: ['massage'] },
  { highlightStyle: 'hover-only', calmMode: true, scanCode: true, hoverDelayMs: 2000 },
  { categories: [], highlighting: false },
  { ...DEFAULT_SETTINGS, somethingNew: 42 },
  // Hostnames are normalised as the parse does (not a repair: nothing is lost).
  { disabledSites: ['Site.Example'] },
  { disabledSites: [' a.example'] },
  { disabledSites: ['a.example', 'a.example'] },
  { categories: ['massage', 'massage'] },
];

const DAMAGED = [
  'settings',
  42,
  [DEFAULT_SETTINGS],
  { region: 'mars' },
  { hoverDelayMs: -1 },
  { hoverDelayMs: 2001 },
  { hoverDelayMs: Number.NaN },
  { hoverDelayMs: Number.POSITIVE_INFINITY },
  { hoverDelayMs: '250' },
  { highlighting: 'yes' },
  { highlightStyle: 'blink' },
  { categories: ['massage', 'bogus'] },
  { categories: 'massage' },
  { disabledSites: [42] },
  { disabledSites: 'a.example' },
  { calmMode: null },
];

describe('exactSettings', () => {
  test.each(VALID.map((v) => [JSON.stringify(v) ?? String(v), v]))(
    'a store needing no repair is taken as the parse gives it: %s',
    (_, raw) => {
      const report = parseSettingsReport(raw);
      expect(report.repaired).toEqual([]);
      expect(exactSettings(raw)).toEqual(report.settings);
    },
  );

  test.each(DAMAGED.map((v) => [JSON.stringify(v) ?? String(v), v]))(
    'a store needing a repair goes to the Zod parse: %s',
    (_, raw) => {
      expect(exactSettings(raw)).toBeUndefined();
    },
  );

  test('it never disagrees with the parse on generated stores', () => {
    // A small deterministic generator: each field valid, invalid or missing. Taken as it is exactly
    // when the parse repairs nothing.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T>(list: readonly T[]) => list[rand(list.length)];
    const candidates: Record<string, readonly unknown[]> = {
      highlighting: [true, false, 'true', 0, undefined, null],
      disabledSites: [
        [],
        ['a.example'],
        ['A.example'],
        ['a.example', 'b.example'],
        [''],
        [7],
        'x',
        undefined,
      ],
      categories: [
        [],
        [...HIGHLIGHT_CATEGORIES],
        ['massage'],
        ['massage', 'massage'],
        ['nope'],
        {},
        undefined,
      ],
      highlightStyle: [...HIGHLIGHT_STYLES, 'none', 3, undefined],
      hoverDelayMs: [0, 250, 2000, 2000.5, -0.5, '250', Number.NaN, undefined],
      region: [...REGIONS, 'UK', '', undefined],
      calmMode: [true, false, 1, undefined],
      scanCode: [true, false, 'false', undefined],
    };
    let exact = 0;
    for (let i = 0; i < 3000; i++) {
      const raw = Object.fromEntries(Object.entries(candidates).map(([k, values]) => [k, pick(values)]));
      const report = parseSettingsReport(raw);
      const fast = exactSettings(raw);
      if (fast) {
        exact++;
        expect(fast).toEqual(report.settings);
        expect(report.repaired).toEqual([]);
      } else expect(report.repaired.length).toBeGreaterThan(0);
    }
    expect(exact).toBeGreaterThan(10);
  });

  test('the value it returns is a copy: changing it does not change the defaults', () => {
    const s = exactSettings(undefined)!;
    s.categories.push('massage');
    expect(DEFAULT_SETTINGS.categories).toEqual([...HIGHLIGHT_CATEGORIES]);
  });
});
