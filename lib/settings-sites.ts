// The parts of lib/settings.ts that the content script's first stage needs too (lib/page/gate.ts
// gateSettings), kept free of Zod so the first stage stays small: where the settings are stored,
// and how the per-site list is repaired and matched. lib/settings.ts uses these same functions, so
// the two cannot drift apart (gate.test.ts also checks a table of stored values against both).

/** The key in storage.sync that holds the settings object. */
export const SETTINGS_KEY = 'settings';

/** Longest hostname (RFC 1035); longer entries are garbage, not sites. */
export const MAX_HOST_LENGTH = 253;

/**
 * A stored `disabledSites` list repaired element by element: non-strings and over-long entries
 * dropped, hostnames trimmed and lower-cased, empties and duplicates dropped. `ok` is false when
 * the value is not a list at all (the field then takes its default, []); `exact` is false when
 * some element had to be dropped.
 */
export function parseDisabledSites(
  value: unknown,
): { ok: true; value: string[]; exact: boolean } | { ok: false } {
  if (!Array.isArray(value)) return { ok: false };
  const good = value.filter((h): h is string => typeof h === 'string' && h.length <= MAX_HOST_LENGTH);
  const sites = [...new Set(good.map((h) => h.trim().toLowerCase()).filter(Boolean))];
  return { ok: true, value: sites, exact: good.length === value.length };
}

/** Is this hostname listed (exactly, or a parent domain of it)? `sites` as parseDisabledSites gives. */
export function isHostListed(sites: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase();
  return sites.some((d) => host === d || host.endsWith(`.${d}`));
}
