// User settings (DESIGN.md §6): one Zod schema, stored in storage.sync, versioned with
// migrations. Stored values are parsed field by field and lists element by element: a bad field
// falls back to its default and the rest is kept, so a corrupt or hand-edited store never loses
// the user's other choices (issue 11 findings #5, #10, #13).

import { z } from 'zod/mini';
import { browser } from '#imports';
import { EMERGENCY_NUMBERS, REGIONS } from './region';
import { isHostListed, parseDisabledSites, SETTINGS_KEY } from './settings-sites';

export { EMERGENCY_NUMBERS, REGIONS };

export const HIGHLIGHT_CATEGORIES = ['red-flag', 'condition', 'massage', 'contraindication'] as const;

export const Settings = z.object({
  /** Master switch for painting highlights on pages. */
  highlighting: z.boolean(),
  /** Hostnames where BackCheck does nothing (the popup's per-site switch). */
  disabledSites: z.array(z.string()),
  /** Which kinds of term are painted. */
  categories: z.array(z.enum(HIGHLIGHT_CATEGORIES)),
  /** How terms are painted; 'hover-only' paints nothing but cards still open on hover. */
  highlightStyle: z.enum(['underline', 'background', 'hover-only']),
  /** Dwell before a card opens, in ms (~250 ms by default, like Wikipedia previews). */
  hoverDelayMs: z.number().check(z.minimum(0), z.maximum(2000)),
  /** Decides the emergency number shown on cards (999, 112, 911, 000). */
  region: z.enum(REGIONS),
  /** Calm mode: only the first mention of a concept per section is painted. */
  calmMode: z.boolean(),
  /** Also scan code and pre blocks (off by default, DESIGN.md §6). */
  scanCode: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

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

/** What `parseSettingsReport` found: the settings, and which stored fields it had to repair. */
export interface SettingsRead {
  settings: Settings;
  /** Fields whose stored value was bad in whole or in part (missing fields are not repairs). */
  repaired: (keyof Settings)[];
}

/**
 * Parse anything read from storage into valid settings. Each known field is validated on its own
 * and replaced by its default only if it is bad; lists are repaired element by element, so one bad
 * element never costs the user the good ones (issue 11 finding #5). Unknown fields are dropped.
 */
export function parseSettingsReport(raw: unknown): SettingsRead {
  const isObject = !!raw && typeof raw === 'object' && !Array.isArray(raw);
  const input = isObject ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  const repaired: (keyof Settings)[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = input[key];
    const present = isObject ? Object.hasOwn(input, key) && value !== undefined : raw != null;
    const parsed = parseField(key, value);
    out[key] = parsed.ok ? parsed.value : DEFAULT_SETTINGS[key];
    if (present && !(parsed.ok && parsed.exact)) repaired.push(key);
  }
  return { settings: out as Settings, repaired };
}

export function parseSettings(raw: unknown): Settings {
  return parseSettingsReport(raw).settings;
}

type FieldResult = { ok: true; value: unknown; exact: boolean } | { ok: false };

function parseField(key: keyof Settings, value: unknown): FieldResult {
  // Hostnames lower case, no duplicates; bad elements dropped, good ones kept (shared with the
  // content script's first stage, which must not load Zod).
  if (key === 'disabledSites') return parseDisabledSites(value);
  if (key === 'categories') {
    if (!Array.isArray(value)) return { ok: false };
    const known = new Set<unknown>(HIGHLIGHT_CATEGORIES);
    const good = value.filter((c): c is Settings['categories'][number] => known.has(c));
    // Nothing usable in a non-empty list: the defaults, not "paint nothing".
    if (good.length === 0 && value.length > 0) return { ok: false };
    return { ok: true, value: [...new Set(good)], exact: good.length === value.length };
  }
  const parsed = Settings.shape[key].safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data, exact: true } : { ok: false };
}

/** Is BackCheck switched off for this hostname (exact host or a parent domain listed)? */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return isHostListed(settings.disabledSites, hostname);
}

/**
 * Where settings live: the key 'settings' in storage.sync, with its version record under
 * 'settings$' ({ v: number }, the layout @wxt-dev/storage used, so stored data stays compatible).
 * Read and written directly rather than through @wxt-dev/storage: its migration loop trusted the
 * version record, and a corrupt one ({ v: -1e9 }) froze the options and popup for ~15 s before a
 * RangeError (issue 11 finding #10). Here the record is validated and the loop is bounded.
 */
const AREA = 'sync';
const KEY = SETTINGS_KEY;
const VERSION_KEY = 'settings$';
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

async function readRaw(): Promise<unknown> {
  const got = await browser.storage[AREA].get([KEY, VERSION_KEY]);
  return migrate(got[KEY], got[VERSION_KEY]);
}

/** Read settings with a note of the fields that had to be repaired (the options page says so). */
export async function readSettingsReport(): Promise<SettingsRead> {
  try {
    return parseSettingsReport(await readRaw());
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, repaired: [] };
  }
}

/** Read settings, repairing bad fields without losing the good ones. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettingsReport()).settings;
}

/**
 * Saves a change. The rest is what is stored, repaired field by field; if storage cannot be read
 * the save fails rather than writing defaults over the user's choices (finding #5).
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...parseSettings(await readRaw()), ...patch });
  await browser.storage[AREA].set({ [KEY]: next, [VERSION_KEY]: { v: SETTINGS_VERSION } });
  return next;
}

/** Calls back with parsed settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchStoredSettings(callback);
}

/** The content script's read of the settings (same parsing; no repair report needed). */
export async function readStoredSettings(): Promise<Settings> {
  return loadSettings();
}

/** Follows changes made anywhere (popup, options, another device's sync). */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === AREA ? changes[KEY] : undefined;
    // Writes that change nothing are skipped.
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
