// Symptom lookup (DESIGN.md §3 contract). Pure: no DOM, no browser API; runs under plain Node.
// Pipeline: tokenize → canonicalise (spelling, typos) → lay-language features with negation and
// lost-function rules (FACTS.md §6.1 N) → per-entry profiles + the entries' own names → urgency
// per query (§0.1) → safety-first order (§7).
import type { EntryKind, Urgency } from '../knowledge/index.ts';
import { extractFeatures } from './features';
import { type Check, type Intent, scoreAll } from './rank';

export type { Urgency } from '../knowledge/index.ts';
export type { Check, Intent } from './rank';

export interface LookupResult {
  id: string;
  title: string;
  kind: EntryKind;
  /** The level for this query: base raised by any reported escalation. None for ci-* and myths. */
  urgency?: Urgency;
  score: number;
  /** §0.1 act_now: "Get advice now – do not wait until later today." */
  actNow?: boolean;
  /** The escalation the query reported, shown as the first line of the result. */
  matchedEscalation?: string;
  /** Safety net: "could this be…?" — the query touches the core of this emergency (issue 8). */
  possible?: boolean;
}

export interface LookupWithChecks {
  results: LookupResult[];
  /** "Do you also have…?" items: asked about, not ranked (§7 role `check`). */
  checks: Check[];
  intent: Intent;
  /** Nothing matched well: the results are the closest entries; show who to call when unsure. */
  unsure?: boolean;
}

const DEFAULT_LIMIT = 8;

/** Results and checks for the popup. Empty or junk input gives no results; never throws. */
export function lookupWithChecks(query: string, limit = DEFAULT_LIMIT): LookupWithChecks {
  const empty: LookupWithChecks = { results: [], checks: [], intent: 'symptom' };
  if (typeof query !== 'string' || !/[a-z0-9]/i.test(query)) return empty;
  const n = Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : DEFAULT_LIMIT;
  try {
    const fs = extractFeatures(query);
    if (fs.tokens.length === 0) return empty;
    return scoreAll(fs, n);
  } catch {
    return empty;
  }
}

export function lookupSymptoms(query: string, limit?: number): LookupResult[] {
  return lookupWithChecks(query, limit).results;
}
