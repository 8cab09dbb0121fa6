// The popup's answer in the row (issue 9): each lookup result carries one line that says what to
// do ("Soreness after a massage: common for 1–2 days", "Blood thinners: lighter pressure, tell
// your therapist"), routed to the region's services (lib/care-routing.ts); and more "Do you also
// have…?" follow-ups: the red flags of the top results that the query did not mention, most
// dangerous first (FACTS.md §2, §7 role `check`). Pure: no DOM, no browser API.
import { careAction, careRoute } from './care-routing';
import { PROFILES } from './knowledge/data/presentations';
import { getEntry, redFlagsFor, type Urgency, urgencyRank } from './knowledge/index';

/** Hand-written answers where the entry's own first sentence is not the answer people look for. */
const ANSWERS: Record<string, string> = {
  'post-massage-soreness': 'Common for 1–2 days. See a doctor if it is not easing by day 3.',
  'massage-related-injury': 'Rare. Stop massage and get checked if pain is sharp or new.',
  massage: 'Safe for most people. A few health problems mean wait or go gentler.',
  'massage-practitioner': 'Choose a trained, registered therapist. Tell them about your health.',
  'spinal-manipulation': 'Gentle massage is safer. Avoid forceful cracking with any warning sign.',
};

const CATEGORY_ANSWER = {
  absolute: 'No massage while this applies. Get advice first.',
  relative: 'Massage adapted: lighter pressure, tell your therapist.',
  local: 'Massage is fine elsewhere. Keep away from that area.',
} as const;

const VERDICT = {
  false: 'Not true',
  'false and potentially harmful': 'Not true, and can do harm',
  unsupported: 'No good evidence',
  overstated: 'Overstated',
  misleading: 'Misleading',
} as const;

function firstSentence(text: string): string {
  const m = text.match(/^.+?[.!?](?=\s|$)/);
  return (m ? m[0] : text).trim();
}

/**
 * The one-line answer for a result at the level that applies to the query (the lookup's
 * `urgency`, or the entry's base level when the result has none).
 */
export function answerLine(id: string, level: Urgency | undefined, region: string): string {
  const entry = getEntry(id);
  if (!entry) return '';
  const route = careRoute(region);
  const lvl = level ?? ('urgency' in entry ? entry.urgency?.base : undefined);
  // A result without a level is information (a study question, a fear beside what was reported):
  // its care line says when it applies instead of telling the reader to act now.
  const when = level === undefined ? 'If you have its signs: ' : '';
  const lower = (t: string) => (when ? t.charAt(0).toLowerCase() + t.slice(1) : t);
  if (lvl === 'emergency')
    return `${when}${lower(careAction('emergency', region))}, or go to an emergency department.`;
  if (lvl === 'urgent-same-day') return `${when}${lower(`Get help today. ${route.today.action}.`)}`;
  if (ANSWERS[id]) return ANSWERS[id];
  switch (entry.kind) {
    case 'contraindication':
      return CATEGORY_ANSWER[entry.category];
    case 'myth':
      return `${VERDICT[entry.verdict]}. ${firstSentence(entry.summary).replace(/^No[:,]\s*/i, '')}`;
    default:
      if (lvl === 'see-gp-soon') return `See ${route.doctor} in the next week or two.`;
      if ('urgency' in entry && entry.urgency?.advice) return firstSentence(entry.urgency.advice);
      return firstSentence(entry.summary);
  }
}

export interface FollowUp {
  id: string;
  title: string;
  question: string;
}

const QUESTIONS = new Map(PROFILES.filter((p) => p.question).map((p) => [p.id, p.question as string]));

/**
 * More "Do you also have…?" items: the urgent red flags (emergency or same day) of the top
 * results, most dangerous first, skipping what is already a result or a check. `max` caps the
 * total list, the lookup's own checks first.
 */
export function withFollowUps<C extends { id: string }>(
  resultIds: readonly string[],
  checks: readonly C[],
  max = 5,
): (C | FollowUp)[] {
  const taken = new Set([...resultIds, ...checks.map((c) => c.id)]);
  const extra: { rf: FollowUp; rank: number; order: number }[] = [];
  let order = 0;
  for (const id of resultIds.slice(0, 2)) {
    for (const rf of redFlagsFor(id)) {
      const base = rf.urgency?.base;
      if (rf.contextOnly || rf.combination || !base || urgencyRank(base) < urgencyRank('urgent-same-day'))
        continue;
      if (taken.has(rf.id)) continue;
      taken.add(rf.id);
      extra.push({
        rf: {
          id: rf.id,
          title: rf.title,
          question: QUESTIONS.get(rf.id) ?? `Do you have ${lowerFirst(rf.title)}?`,
        },
        rank: urgencyRank(base),
        order: order++,
      });
    }
  }
  extra.sort((a, b) => b.rank - a.rank || a.order - b.order);
  return [...checks, ...extra.map((e) => e.rf)].slice(0, Math.max(max, checks.length));
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * A concept's short name for an "On this page" chip: the entry title up to its first colon or
 * comma before an aside ("Sciatica, often from…"), without a lower-case aside in brackets ("Everyday (non-specific) low back pain" →
 * "Everyday low back pain"; "Deep vein thrombosis (DVT): a blood clot…" → "Deep vein thrombosis (DVT)").
 */
export function conceptLabel(id: string): string | undefined {
  const title = getEntry(id)?.title;
  if (!title) return undefined;
  return title
    .split(':')[0]
    .replace(/,\s+(?:often|usually|also|such as|including|for example|now|and|a|an|the)\s.*$/, '')
    .replace(/\s*\((?![A-Z]{2,}\))[^)]*\)/g, '')
    .trim();
}
