// User settings (DESIGN.md §6): one Zod schema, stored in storage.sync, versioned with
// migrations. Stored values are parsed field by field and lists element by element: a bad field
// falls back to its default and the rest is kept, so a corrupt or hand-edited store never loses
// the user's other choices (issue 11 findings #5, #10, #13).

import { z } from 'zod/mini';
import { browser } from '#imports';
import { parseDisabledSites, SETTINGS_KEY } from './settings-sites';
import {
  DEFAULT_SETTINGS,
  EMERGENCY_NUMBERS,
  HIGHLIGHT_CATEGORIES,
  HIGHLIGHT_STYLES,
  isSiteDisabled,
  MAX_HOVER_DELAY_MS,
  migrate,
  REGIONS,
  readStoredRaw,
  SETTINGS_AREA,
  SETTINGS_VERSION,
  SETTINGS_VERSION_KEY,
  storedVersion,
  watchStoredRaw,
} from './settings-store';

// The values, storage layout and migrations live in the Zod-free lib/settings-store.ts (the
// content script's second stage reads settings without Zod when they need no repair).
export {
  DEFAULT_SETTINGS,
  EMERGENCY_NUMBERS,
  HIGHLIGHT_CATEGORIES,
  isSiteDisabled,
  migrate,
  REGIONS,
  SETTINGS_VERSION,
  storedVersion,
};

export const Settings = z.object({
  /** Master switch for painting highlights on pages. */
  highlighting: z.boolean(),
  /** Hostnames where BackCheck does nothing (the popup's per-site switch). */
  disabledSites: z.array(z.string()),
  /** Which kinds of term are painted. */
  categories: z.array(z.enum(HIGHLIGHT_CATEGORIES)),
  /** How terms are painted; 'hover-only' paints nothing but cards still open on hover. */
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  /** Dwell before a card opens, in ms (~250 ms by default, like Wikipedia previews). */
  hoverDelayMs: z.number().check(z.minimum(0), z.maximum(MAX_HOVER_DELAY_MS)),
  /** Decides the emergency number shown on cards (999, 112, 911, 000). */
  region: z.enum(REGIONS),
  /** Calm mode: only the first mention of a concept per section is painted. */
  calmMode: z.boolean(),
  /** Also scan code and pre blocks (off by default, DESIGN.md §6). */
  scanCode: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

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

/** Read settings with a note of the fields that had to be repaired (the options page says so). */
export async function readSettingsReport(): Promise<SettingsRead> {
  try {
    return parseSettingsReport(await readStoredRaw());
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
  const next = parseSettings({ ...parseSettings(await readStoredRaw()), ...patch });
  await browser.storage[SETTINGS_AREA].set({
    [SETTINGS_KEY]: next,
    [SETTINGS_VERSION_KEY]: { v: SETTINGS_VERSION },
  });
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
  return watchStoredRaw((raw) => callback(parseSettings(raw)));
}
