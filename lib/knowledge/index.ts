// Indexed access to the bundled knowledge (DESIGN.md §3). Pure data: no DOM, no browser API.
// The data is validated against the schema by the structural test and the build
// (knowledge.test.ts), not on every page load, so this module does no parsing at run time.
import { conditions } from './data/conditions';
import { contraindications } from './data/contraindications';
import { guidance } from './data/guidance';
import { myths } from './data/myths';
import { notices } from './data/notices';
import { redFlags } from './data/red-flags';
import { URGENCY_LEVELS } from './levels';
import type { ContraindicationEntry, Entry, RedFlagEntry, Source, Urgency } from './schema';
import { sources } from './sources';

export { URGENCY_LEVELS } from './levels';
export type {
  ConditionEntry,
  ContraindicationEntry,
  Entry,
  EntryKind,
  Escalation,
  GuidanceEntry,
  MassageStatus,
  MythEntry,
  RedFlagEntry,
  Source,
  Urgency,
  UrgencyInfo,
} from './schema';
export { notices, sources };

/** Every entry, in a stable order: conditions, red flags, contraindications, guidance, myths. */
export const entries: readonly Entry[] = [
  ...conditions,
  ...redFlags,
  ...contraindications,
  ...guidance,
  ...myths,
];

const byId = new Map<string, Entry>(entries.map((e) => [e.id, e]));
const sourceById = new Map<string, Source>(sources.map((s) => [s.id, s]));

export function getEntry(id: string): Entry | undefined {
  return byId.get(id);
}

/** The entry that a lexicon concept's card shows (every §6 concept id is an entry id). */
export function getEntryForConcept(conceptId: string): Entry | undefined {
  return byId.get(conceptId);
}

export function getSource(key: string): Source | undefined {
  return sourceById.get(key);
}

/** Sources of an entry, resolved from the §0.4 key (unknown keys are skipped). */
export function sourcesFor(entry: Entry): Source[] {
  return entry.sources.flatMap((k) => {
    const s = sourceById.get(k);
    return s ? [s] : [];
  });
}

/** Rank of an urgency level: self-care 0 … emergency 3. */
export function urgencyRank(level: Urgency | undefined): number {
  return level ? URGENCY_LEVELS.indexOf(level) : -1;
}

/** Red flags that apply to an entry, most urgent first (FACTS.md §2 display order). */
export function redFlagsFor(id: string): RedFlagEntry[] {
  const entry = byId.get(id);
  if (!entry) return [];
  const ids = new Set<string>();
  if (entry.kind === 'condition') for (const r of entry.redFlags ?? []) ids.add(r);
  for (const r of entry.related ?? []) if (r.startsWith('rf-')) ids.add(r);
  if (entry.kind === 'red-flag') ids.add(entry.id);
  const flags = [...ids].map((r) => byId.get(r)).filter((e): e is RedFlagEntry => e?.kind === 'red-flag');
  return flags.sort((a, b) => urgencyRank(b.urgency?.base) - urgencyRank(a.urgency?.base));
}

/** Massage contraindications that apply to a condition (ids listed on it, or related ci-*). */
export function contraindicationsFor(id: string): ContraindicationEntry[] {
  const entry = byId.get(id);
  if (!entry) return [];
  const ids = new Set<string>();
  if (entry.kind === 'condition') for (const c of entry.contraindications ?? []) ids.add(c);
  for (const r of entry.related ?? []) if (r.startsWith('ci-')) ids.add(r);
  return [...ids]
    .map((c) => byId.get(c))
    .filter((e): e is ContraindicationEntry => e?.kind === 'contraindication');
}
