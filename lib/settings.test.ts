// Stored settings under attack or corruption (DESIGN.md §6; issue 11 findings #5, #10, #13):
// bad list elements cost only themselves, an unrelated save never writes defaults over the
// user's choices, a corrupt version record is ignored at once, garbage of any type gives defaults
// and says which fields were repaired.

import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrate,
  parseSettingsReport,
  readSettingsReport,
  saveSettings,
  storedVersion,
} from './settings';

beforeEach(() => fakeBrowser.reset());

describe('parseSettingsReport', () => {
  test('one bad element in a list keeps the good ones (finding #5)', () => {
    const r = parseSettingsReport({ disabledSites: ['Site.example', 42], categories: ['massage', 'bogus'] });
    expect(r.settings.disabledSites).toEqual(['site.example']);
    expect(r.settings.categories).toEqual(['massage']);
    expect(r.repaired).toEqual(['disabledSites', 'categories']);
  });

  test('a list with nothing usable falls back to the default', () => {
    expect(parseSettingsReport({ categories: ['x', 7] }).settings.categories).toEqual(
      DEFAULT_SETTINGS.categories,
    );
  });

  test('a valid store reports no repair; a fresh (empty) store neither', () => {
    expect(parseSettingsReport(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(parseSettingsReport(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  test.each([
    ['a string', 'x'.repeat(5_000_000)],
    ['a number', 42],
    ['an array', [1, 2]],
    ['null fields', Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, null]))],
    ['objects', Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, { a: 1 }]))],
    ['a 5 MB hostname', { disabledSites: ['x'.repeat(5_000_000), 'ok.example'] }],
  ])('garbage (%s) gives defaults for the bad fields and reports them (finding #13)', (_, raw) => {
    const r = parseSettingsReport(raw);
    expect(r.repaired.length).toBeGreaterThan(0);
    if (raw && typeof raw === 'object' && !Array.isArray(raw) && 'disabledSites' in raw && !('region' in raw))
      expect(r.settings.disabledSites).toEqual(['ok.example']);
    else expect(r.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the version record (finding #10)', () => {
  test.each([[{ v: -1e9 }], [{ v: 1e9 }], [{ v: 1.5 }], [{ v: 'x' }], [null], ['garbage']])(
    '%j is not trusted',
    (record) => {
      expect(storedVersion(record)).toBeUndefined();
      expect(migrate({ region: 'us' }, record)).toEqual({ region: 'us' });
    },
  );
  test('a sane record is read', () => expect(storedVersion({ v: 1 })).toBe(1));
});

describe('storage', () => {
  test('an unrelated save keeps the good elements of a partly bad list (finding #5)', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['mine.example', 42], categories: ['massage', 'nope'] },
    });
    await saveSettings({ region: 'us' });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS;
    expect(stored.disabledSites).toEqual(['mine.example']);
    expect(stored.categories).toEqual(['massage']);
    expect(stored.region).toBe('us');
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 1 });
  });

  test('a corrupt version record does not block reading or saving', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, region: 'au' },
      settings$: { v: -1e9 },
    });
    expect((await loadSettings()).region).toBe('au');
    await saveSettings({ calmMode: true });
    expect(await loadSettings()).toMatchObject({ region: 'au', calmMode: true });
  });

  test('when storage cannot be read, a save fails instead of writing defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, region: 'au' } });
    const get = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('storage down'));
    try {
      await expect(saveSettings({ calmMode: true })).rejects.toThrow('storage down');
    } finally {
      fakeBrowser.storage.sync.get = get;
    }
    expect((await loadSettings()).region).toBe('au');
  });

  test('readSettingsReport names repaired fields for the options page', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 'soon' } });
    expect((await readSettingsReport()).repaired).toEqual(['hoverDelayMs']);
  });
});
