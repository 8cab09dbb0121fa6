// Pure helpers for the popup and background (no DOM, no browser API): the popup's address
// (`#q=<text>` prefills the search, `#entry=<id>` opens an entry; `?tab=<id>` names the page
// tab explicitly, used when the popup runs in a normal tab, e.g. in tests or the context-menu
// fallback), the per-site switch, and which tabs can run a content script.

export interface PopupRoute {
  /** Text to prefill the symptom search with. */
  query?: string;
  /** Entry to open straight away (the card's "more" link). */
  entryId?: string;
  /** A guided flow to open (issue 9): "After my massage" or "Before a massage". */
  flow?: FlowId;
}

export const FLOWS = ['after', 'before'] as const;
export type FlowId = (typeof FLOWS)[number];

const MAX_QUERY = 500;

/** Read `#q=…` / `#entry=…` (URL-encoded) from a location hash; anything else is ignored. */
export function parseRoute(hash: string): PopupRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const route: PopupRoute = {};
  const q = params.get('q');
  if (q?.trim()) route.query = q.trim().slice(0, MAX_QUERY);
  const entry = params.get('entry');
  if (entry && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry)) route.entryId = entry;
  const flow = params.get('flow');
  if ((FLOWS as readonly string[]).includes(flow ?? '')) route.flow = flow as FlowId;
  return route;
}

/** The hash that reopens a route (inverse of parseRoute). */
export function routeToHash(route: PopupRoute): string {
  const params = new URLSearchParams();
  if (route.query) params.set('q', route.query);
  if (route.entryId) params.set('entry', route.entryId);
  if (route.flow) params.set('flow', route.flow);
  const s = params.toString();
  return s ? `#${s}` : '';
}

/** `?tab=<id>` from a location search string: a positive integer tab id, else undefined. */
export function targetTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** Hostname of an http(s) page, lower case; undefined for browser, file and extension pages. */
export function webHostname(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Can a content script run in a tab with this URL? (chrome://, the web store and PDFs cannot.) */
export function canScript(url: string | undefined): boolean {
  if (!url) return false;
  if (
    /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//.test(url)
  )
    return false;
  return /^(https?|file):/.test(url);
}

/**
 * The disabled-site list after the "Highlight on this site" switch is set: turning the site on
 * removes the host and any listed parent domain (so the switch really turns it on), turning it off
 * adds the exact host.
 */
export function setSiteEnabled(disabledSites: readonly string[], host: string, enabled: boolean): string[] {
  const h = host.trim().toLowerCase();
  if (!h) return [...disabledSites];
  if (enabled) return disabledSites.filter((d) => !(h === d || h.endsWith(`.${d}`)));
  return disabledSites.includes(h) ? [...disabledSites] : [...disabledSites, h];
}

/** A hostname typed into the options page, cleaned (scheme, path, port and spaces dropped); '' if invalid. */
export function normaliseHostInput(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) return '';
  if (!/^[a-z]+:\/\//.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : host === 'localhost' ? host : '';
  } catch {
    return '';
  }
}

/** The text a context-menu click or command looks up: trimmed, single-spaced, capped. */
export function cleanSelection(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}
