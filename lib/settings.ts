// User settings (DESIGN.md §6): one Zod schema, stored with @wxt-dev/storage, versioned with
// migrations. Stored values are parsed field by field: a bad field falls back to its default and
// the rest is kept, so a corrupt or hand-edited store never loses the user's other choices.
//
// The popup and options read and write through the storage item (`loadSettings`, `saveSettings`,
// `watchSettings`). The content script only reads, and does so straight from `storage.sync`
// (`readStoredSettings`, `watchStoredSettings`): same key, same parsing, but without bundling the
// storage library into every page (DESIGN.md §5 "Small").

import { z } from 'zod/mini';
import { browser, storage } from '#imports';
import { EMERGENCY_NUMBERS, REGIONS } from './region';

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

/**
 * Parse anything read from storage into valid settings: each known field is validated on its
 * own and replaced by its default only if it is bad. Unknown fields are dropped.
 */
export function parseSettings(raw: unknown): Settings {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = Settings.shape[key];
    const parsed = field.safeParse(input[key]);
    out[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  }
  // Lists are normalised: no duplicates, hostnames lower case.
  const s = out as Settings;
  s.disabledSites = [...new Set(s.disabledSites.map((h) => h.trim().toLowerCase()).filter(Boolean))];
  s.categories = [...new Set(s.categories)];
  return s;
}

/** Is BackCheck switched off for this hostname (exact host or a parent domain listed)? */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Where the item lives: `sync:settings` is the key 'settings' in storage.sync (meta: 'settings$'). */
const AREA = 'sync';
const KEY = 'settings';

export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(`${AREA}:${KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  // Future versions add entries here (2: (v1) => ...); parseSettings fills new fields.
  migrations: {},
});

/** Read settings, repairing bad fields without losing the good ones. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with parsed settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/**
 * The content script's read of the settings: the raw stored value (what the item's getValue
 * returns, before the fallback), parsed the same way. Version 1 has no migrations, so the raw
 * value is the item's value; a later version must keep its migrations additive for this reader
 * (parseSettings fills new fields with their defaults).
 */
export async function readStoredSettings(): Promise<Settings> {
  try {
    return parseSettings((await browser.storage[AREA].get(KEY))[KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** The content script's watch: like `watchSettings`, without the storage library. */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === AREA ? changes[KEY] : undefined;
    // The item skips writes that change nothing; so does this.
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
