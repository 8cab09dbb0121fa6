// A card that leads with the red flag reported around its term (issue 8 Build 4): "Numbness
// when wiping with back pain can be an emergency: call 999 now", before anything reassuring.
// Kept beside card-data.ts (not in it) so the card's own content stays one module.
import { type CardData, LEVEL_ADVICE, LEVEL_LABELS } from './card-data';
import { getEntry, type Urgency } from './knowledge/index';

export interface ContextRedFlag {
  id: string;
  /** The red flag in plain words (its entry title). */
  title: string;
  level: Urgency;
  label: string;
  advice: string;
}

export type CardWithContext = CardData & { contextRedFlag?: ContextRedFlag };

/** The card, led by the red flag reported in the term's context (if it names one we know). */
export function withContextRedFlag(
  card: CardData | undefined,
  redFlagId: string | undefined,
  reportedLevel?: Urgency,
): CardWithContext | undefined {
  if (!card || !redFlagId) return card;
  const entry = getEntry(redFlagId);
  if (!entry) return card;
  const u = 'urgency' in entry ? entry.urgency : undefined;
  // The reported flag's level; the safety-net entries (e.g. stroke signs after a massage) are emergencies.
  const fallback: Urgency = u?.escalations.some((e) => e.level === 'emergency')
    ? 'emergency'
    : (u?.base ?? 'urgent-same-day');
  const level: Urgency = reportedLevel ?? (entry.kind === 'red-flag' && u?.base ? u.base : fallback);
  return {
    ...card,
    contextRedFlag: {
      id: entry.id,
      title: entry.title,
      level,
      label: LEVEL_LABELS[level],
      advice: LEVEL_ADVICE[level],
    },
  };
}
