// The Zod-free half of lib/settings.ts, for the content script's second stage
// (entrypoints/page-scan.ts), which runs on every page with a term and should not evaluate Zod
// there (issue 10: zod was about 3.7 ms of a 28 ms load of such a page). It holds the values the
// schema is built from, where the settings are stored, the version record's migrations, and
// `exactSettings`: the stored value taken as it is when it is exactly what the Zod parse would
// return unchanged. Anything else still goes through the Zod parse (lib/settings.ts
// parseSettings, which the second stage imports only then); settings-store.test.ts checks that
// the two never disagree.
import { browser } from '#imports';
import { EMERGENCY_NUMBERS, REGIONS } from './region';
import type { Settings } from './settings';
import { isHostListed, parseDisabledSites, SETTINGS_KEY } from './settings-sites';

export { EMERGENCY_NUMBERS, isHostListed, REGIONS };

export const HIGHLIGHT_CATEGORIES = ['red-flag', 'condition', 'massage', 'contraindication'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover-only'] as const;
/** Longest hover delay the options allow, in ms. */
export const MAX_HOVER_DELAY_MS = 2000;

export const DEFAULT_SETTINGS: Settings = {
  highlighting: true,
  disabledSites: [],
  categories: [...HIGHLIGHT_CATEGORIES],
  highlightStyle: 'underline',
  hoverDelayMs: 250,
  region: 'uk',
  calmMode: false,
  scanCode: false,
};

/**
 * Where settings live: the key 'settings' in storage.sync, with its version record under
 * 'settings$' ({ v: number }, the layout @wxt-dev/storage used, so stored data stays compatible).
 */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_VERSION_KEY = 'settings$';
export const SETTINGS_VERSION = 1;

/** Forward migrations: `MIGRATIONS[n]` turns a version n-1 value into version n. None yet. */
const MIGRATIONS: Record<number, (value: unknown) => unknown> = {};

/** The stored version, if the record is sane; otherwise undefined (treated as current). */
export function storedVersion(record: unknown): number | undefined {
  const v = (record as { v?: unknown } | null | undefined)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= SETTINGS_VERSION ? v : undefined;
}

/** Migrates a stored value forward; at most SETTINGS_VERSION - 1 steps whatever the record says. */
export function migrate(value: unknown, record: unknown): unknown {
  let out = value;
  const from = storedVersion(record) ?? SETTINGS_VERSION;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) out = MIGRATIONS[v]?.(out) ?? out;
  return out;
}

/** The raw stored settings value, migrated to the current version (not yet validated). */
export async function readStoredRaw(): Promise<unknown> {
  const got = await browser.storage[SETTINGS_AREA].get([SETTINGS_KEY, SETTINGS_VERSION_KEY]);
  return migrate(got[SETTINGS_KEY], got[SETTINGS_VERSION_KEY]);
}

const isBoolean = (v: unknown) => typeof v === 'boolean';
const isIn = (list: readonly unknown[]) => (v: unknown) => list.includes(v);
const FIELD_IS_EXACT: Record<
  Exclude<keyof Settings, 'disabledSites' | 'categories'>,
  (v: unknown) => boolean
> = {
  highlighting: isBoolean,
  highlightStyle: isIn(HIGHLIGHT_STYLES),
  hoverDelayMs: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_HOVER_DELAY_MS,
  region: isIn(REGIONS),
  calmMode: isBoolean,
  scanCode: isBoolean,
};

/**
 * The settings, when the stored value needs no repair (a missing field takes its default, as in
 * the parse): every present field valid, lists without a bad element (repeats and hostnames'
 * case are normalised, as the parse does). Else undefined, and the caller parses it with Zod.
 * Unknown fields are dropped, as the parse does.
 */
export function exactSettings(raw: unknown): Settings | undefined {
  if (raw == null) return { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const input = raw as Record<string, unknown>;
  const out = { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] } as Record<
    string,
    unknown
  >;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    if (value === undefined) continue;
    if (key === 'disabledSites') {
      const sites = parseDisabledSites(value);
      if (!sites.ok || !sites.exact) return undefined;
      out[key] = sites.value;
    } else if (key === 'categories') {
      const known = new Set<unknown>(HIGHLIGHT_CATEGORIES);
      if (!Array.isArray(value) || !value.every((c) => known.has(c))) return undefined;
      out[key] = [...new Set(value)];
    } else {
      if (!FIELD_IS_EXACT[key](value)) return undefined;
      out[key] = value;
    }
  }
  return out as unknown as Settings;
}

/** Is BackCheck switched off for this hostname (exact host or a parent domain listed)? */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return isHostListed(settings.disabledSites, hostname);
}

/** Calls back with the raw new value whenever the stored settings change (writes that change nothing skipped). */
export function watchStoredRaw(callback: (raw: unknown) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === SETTINGS_AREA ? changes[SETTINGS_KEY] : undefined;
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
