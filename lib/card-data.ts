// The hover card's view model (DESIGN.md §1.3): a plain, serialisable object built from the
// bundled knowledge for one concept id, so the background can answer 'card:get' and the content
// script and popup only render it. Pure: no DOM, no browser API, relative imports only.
//
// Display rules come from FACTS.md §0.1 "How to show it": the base level is the heading,
// escalations live in a separate "Get help urgently if you also have…" box (the only part styled
// as a red flag), a card never opens with a red escalation line, but red-flag entries (rf-*)
// themselves lead with their emergency/urgent box.
import {
  contraindicationsFor,
  type Entry,
  type Escalation,
  getEntry,
  getSource,
  notices,
  redFlagsFor,
  sourcesFor,
  type Urgency,
  urgencyRank,
} from './knowledge/index';
import type { EntryKind, MassageStatus } from './knowledge/schema';

/**
 * Neutral variants the matcher may ask for when a term's context does not support the full card
 * (FACTS.md §6.1). Unknown variants fall back to the entry's own card.
 */
export const CARD_VARIANTS = [
  /** Bladder terms without a CES context: neutral bladder note, never the CES emergency card. */
  'neutral-bladder',
  /** "kyphosis" without fracture words: a neutral "curved upper back" note. */
  'neutral-kyphosis',
  /** "pulled muscle" etc.: the strain card labelled generic "muscle strain", not back-specific. */
  'generic-muscle-strain',
  /** "trapped/pinched nerve" with neck, arm or shoulder: the neck note of sciatica. */
  'neck-note',
  /** "UTI" / "bladder infection" without kidney signs: kidney infection as "watch for these signs". */
  'uti-watch',
  /** "massage parlour": only the neutral massage-safety card, no endorsement. */
  'neutral-massage-parlour',
  /** "gallstone(s)": the cholecystitis card leading with its gallstones note (§1). */
  'gallstones-note',
  /** Shoulder-blade terms: the card leads with `upper-back-pain`, `rf-thoracic` as its escalation. */
  'upper-back-pain',
  /** A sentence asserting a §5 myth (issue 12): "This claim is not supported" and the short correction. */
  'claim',
] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

export function isCardVariant(value: unknown): value is CardVariant {
  return typeof value === 'string' && (CARD_VARIANTS as readonly string[]).includes(value);
}

/** Massage status in the words the card shows (DESIGN.md §1.3, FACTS.md §0.2). */
export type MassageAdvice = 'avoid' | 'postpone' | 'adapt' | 'avoid-area' | 'no-known-issue';

export interface CardLevel {
  level: Urgency;
  /** Short heading for the level, e.g. "Get medical advice today". */
  label: string;
  /** What to do, in plain words (the entry's own advice, or the §0.1 default). */
  advice: string;
  /** §0.1 `act_now`: show "Get advice now – do not wait until later today." */
  actNow: boolean;
  /** The act_now line itself (present when actNow), so renderers need no constants. */
  actNowLine?: string;
}

export interface CardEscalation {
  when: string;
  level: Urgency;
  actNow: boolean;
  /** Entry the escalation sends the user to (e.g. `cauda-equina-syndrome`). */
  goTo?: string;
}

export interface CardRedFlag {
  id: string;
  title: string;
  level?: Urgency;
  actNow: boolean;
}

export interface CardContraindication {
  id: string;
  title: string;
  advice: MassageAdvice;
  /** The advice in words ("Avoid massage", "Avoid the area"…). */
  label: string;
  reason: string;
}

export interface CardSource {
  org: string;
  title: string;
  url: string;
}

export interface CardData {
  id: string;
  kind: EntryKind;
  variant?: CardVariant;
  title: string;
  /** Names the full entry in "More about …" when the title does not (the claim card). */
  entryTitle?: string;
  /** A short kind label ("Condition", "Warning sign", …). */
  kindLabel: string;
  /** The base level: the card heading (absent on pointer, context-only, massage and myth cards). */
  urgency?: CardLevel;
  /** rf-* entries with an urgent or emergency level open with this red box (§0.1). */
  leadWithWarning: boolean;
  /** Escalations at urgent-same-day or emergency, most urgent first: the red box. */
  urgentEscalations: CardEscalation[];
  /** The red box's heading when it is not "Get help urgently if you also have…". */
  urgentHeading?: string;
  /** Lower escalations (e.g. "not improving → see a GP"): shown as plain text. */
  otherEscalations: CardEscalation[];
  /** Red flags that apply and are not already an escalation, most urgent first. */
  redFlags: CardRedFlag[];
  /** Condition-specific warning signs in plain words. */
  warningSigns: string[];
  /** What it is. */
  summary: string;
  /** Red flags only: why a doctor checks. */
  why?: string;
  /** Typical features or causes (conditions), key points (guidance). */
  details: { heading: string; items: string[] };
  /** Guidance §4.2 rows that are usually normal. */
  normalRows: string[];
  massage?: { advice: MassageAdvice; label: string; explanation: string; note?: string };
  /** Whether pain after a massage is normal (short, with where to read more). */
  afterMassage?: { text: string; seeAlso: string[] };
  contraindications: CardContraindication[];
  /** FACTS.md §0.2 caveat, present whenever contraindications or a massage status are shown. */
  contraindicationCaveat?: string;
  /** FACTS.md §5: the correction first; the claim only as a labelled claim (never for harmful ones). */
  myth?: { claim?: string; verdict: string; correction: string };
  /** Places where sources disagree, shown as such. */
  disagreements: string[];
  evidenceNotes: string[];
  /** Entries this one routes to (pointer entries, red flags → conditions). */
  seeAlso: { id: string; title: string }[];
  sources: CardSource[];
  reviewed: string;
  disclaimer: string;
}

/** Level headings (FACTS.md §0.1 meanings, in our words; the number comes from settings). */
export const LEVEL_LABELS: Record<Urgency, string> = {
  emergency: 'Emergency: get help now',
  'urgent-same-day': 'Get medical advice today',
  'see-gp-soon': 'See a GP or physiotherapist soon',
  'self-care': 'Usually fine to look after at home',
};

/** Default advice per level when an entry has none of its own (FACTS.md §0.1, paraphrased). */
export const LEVEL_ADVICE: Record<Urgency, string> = {
  emergency: 'Call {emergency} now or go to {a-and-e}.',
  'urgent-same-day': 'Get medical advice today. {same-day}',
  'see-gp-soon':
    'Book a routine appointment with a GP or physiotherapist in the next days or couple of weeks. Get help sooner if a warning sign appears.',
  'self-care':
    'This can usually be managed at home. Get advice if it is not getting better within a few weeks, or straight away if a warning sign appears.',
};

export const ACT_NOW_LINE = 'Get advice now – do not wait until later today.';

export const MASSAGE_LABELS: Record<MassageAdvice, { label: string; explanation: string }> = {
  avoid: {
    label: 'Avoid massage',
    explanation:
      'Do not have massage while this applies. If the cause is not known yet, or the problem is new or serious, get it checked first.',
  },
  postpone: {
    label: 'Put the massage off for now',
    explanation:
      'Wait until this has been checked or has settled, as the advice here says. Then tell your therapist, who can adapt the session.',
  },
  adapt: {
    label: 'Massage only if adapted',
    explanation:
      'Massage can usually go ahead with changes such as lighter pressure, a different position or a shorter session. Tell your therapist, and if unsure ask the clinician who looks after this condition.',
  },
  'avoid-area': {
    label: 'Avoid the area',
    explanation:
      'Massage elsewhere may be fine, but not over or near the affected area. Tell the therapist, who will avoid it.',
  },
  'no-known-issue': {
    label: 'No known reason to avoid massage',
    explanation: 'The sources reviewed list no reason to avoid massage for this. Normal precautions apply.',
  },
};

const KIND_LABELS: Record<EntryKind, string> = {
  condition: 'Condition',
  'red-flag': 'Warning sign',
  contraindication: 'Massage precaution',
  guidance: 'Massage and aftercare',
  myth: 'Claim checked',
};

/** FACTS.md §0.2 status → the card's words. */
export function massageAdvice(status: MassageStatus): MassageAdvice {
  switch (status) {
    case 'absolute':
      return 'avoid';
    case 'relative':
      return 'adapt';
    case 'local':
      return 'avoid-area';
    default:
      return 'no-known-issue';
  }
}

/** The standard "is pain after massage normal?" line (FACTS.md §4.1–§4.2, in short). */
export const AFTER_MASSAGE_LINE =
  'Mild, dull achiness where you were massaged that settles within a day or two is common. Sharp or severe pain, pain still getting worse after about 2 days, or any warning sign on this card is not normal soreness: stop and get it checked.';

const AFTER_MASSAGE_SEE_ALSO = ['post-massage-soreness', 'massage-related-injury'];

/** Massage-related guidance cards that get the after-massage line (§6.2). */
const MASSAGE_CARDS = new Set(['massage', 'massage-practitioner', 'spinal-manipulation']);

const EMERGENCY_OR_URGENT = urgencyRank('urgent-same-day');

/**
 * FACTS.md §0.1 `urgent-same-day` wording on every same-day card (issue 13 #10): where an entry's
 * own advice names no route and no safety net, the region's same-day route and "if you get worse
 * while you wait… call {emergency}" are added.
 */
export function withSameDayRoute(advice: string): string {
  return /\{(same-day|safety-net)\}/.test(advice) ? advice : `${advice} {same-day}`;
}

function level(base: Urgency, advice: string | undefined, actNow: boolean | undefined): CardLevel {
  const text = advice ?? LEVEL_ADVICE[base];
  return {
    level: base,
    label: LEVEL_LABELS[base],
    advice: base === 'urgent-same-day' ? withSameDayRoute(text) : text,
    actNow: !!actNow,
    ...(actNow ? { actNowLine: ACT_NOW_LINE } : {}),
  };
}

function toEscalation(e: Escalation): CardEscalation {
  return { when: e.when, level: e.level, actNow: !!e.actNow, ...(e.goTo ? { goTo: e.goTo } : {}) };
}

/** Most urgent first, stable otherwise (the data's order is meaningful). */
function byUrgencyDesc<T extends { level?: Urgency }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => urgencyRank(b.item.level) - urgencyRank(a.item.level) || a.i - b.i)
    .map(({ item }) => item);
}

function titleOf(id: string): string | undefined {
  return getEntry(id)?.title;
}

function linked(ids: readonly string[] | undefined): { id: string; title: string }[] {
  const seen = new Set<string>();
  const out: { id: string; title: string }[] = [];
  for (const id of ids ?? []) {
    const title = titleOf(id);
    if (title && !seen.has(id)) {
      seen.add(id);
      out.push({ id, title });
    }
  }
  return out;
}

function emptyCard(entry: Entry): CardData {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    kindLabel: KIND_LABELS[entry.kind],
    leadWithWarning: false,
    urgentEscalations: [],
    otherEscalations: [],
    redFlags: [],
    warningSigns: [],
    summary: entry.summary,
    details: { heading: '', items: [] },
    normalRows: [],
    contraindications: [],
    disagreements: [...(entry.disagreements ?? [])],
    evidenceNotes: [...(entry.evidenceNotes ?? [])],
    seeAlso: [],
    sources: sourcesFor(entry).map(({ org, title, url }) => ({ org, title, url })),
    reviewed: entry.reviewed,
    disclaimer: notices.disclaimer,
  };
}

function splitEscalations(card: CardData, escalations: readonly Escalation[]) {
  const all = byUrgencyDesc(escalations.map(toEscalation));
  card.urgentEscalations = all.filter((e) => urgencyRank(e.level) >= EMERGENCY_OR_URGENT);
  card.otherEscalations = all.filter((e) => urgencyRank(e.level) < EMERGENCY_OR_URGENT);
}

/** Red flags not already covered by an escalation's `goTo`, context-only ones left out. */
function extraRedFlags(id: string, card: CardData): CardRedFlag[] {
  const covered = new Set([...card.urgentEscalations, ...card.otherEscalations].map((e) => e.goTo));
  return (
    redFlagsFor(id)
      // A flag is covered when an escalation names it or the condition it points to (the CES
      // escalation covers the saddle, bladder, bowel and both-legs flags).
      .filter(
        (rf) =>
          rf.id !== id &&
          !rf.contextOnly &&
          !covered.has(rf.id) &&
          !(rf.conditions ?? []).some((c) => covered.has(c)),
      )
      .map((rf) => ({
        id: rf.id,
        title: rf.title,
        ...(rf.urgency ? { level: rf.urgency.base } : {}),
        actNow: !!rf.urgency?.actNow,
      }))
  );
}

/** A contraindication's advice: its category, or "put it off" where its advice says so (#8). */
function contraindicationAdvice(ci: { category: MassageStatus; postpone?: boolean }): MassageAdvice {
  return ci.postpone && ci.category !== 'absolute' ? 'postpone' : massageAdvice(ci.category);
}

function contraindicationRows(id: string): CardContraindication[] {
  return contraindicationsFor(id).map((ci) => ({
    id: ci.id,
    title: ci.title,
    advice: contraindicationAdvice(ci),
    label: MASSAGE_LABELS[contraindicationAdvice(ci)].label,
    reason: ci.reason,
  }));
}

function massageBlock(
  status: MassageStatus | MassageAdvice,
  note?: string,
): NonNullable<CardData['massage']> {
  const advice =
    status in MASSAGE_LABELS ? (status as MassageAdvice) : massageAdvice(status as MassageStatus);
  return { advice, ...MASSAGE_LABELS[advice], ...(note ? { note } : {}) };
}

function afterMassage(): NonNullable<CardData['afterMassage']> {
  return { text: AFTER_MASSAGE_LINE, seeAlso: AFTER_MASSAGE_SEE_ALSO.filter((id) => getEntry(id)) };
}

function fromEntry(entry: Entry): CardData {
  const card = emptyCard(entry);
  switch (entry.kind) {
    case 'condition': {
      if (entry.urgency) {
        card.urgency = level(entry.urgency.base, entry.urgency.advice, entry.urgency.actNow);
        splitEscalations(card, entry.urgency.escalations);
      }
      card.redFlags = extraRedFlags(entry.id, card);
      card.warningSigns = [...entry.warningSigns];
      card.details = { heading: 'Typical features and causes', items: [...entry.features] };
      if (entry.massage) {
        card.massage = massageBlock(entry.massage.status, entry.massage.note);
        card.afterMassage = afterMassage();
      }
      card.contraindications = contraindicationRows(entry.id);
      card.seeAlso = linked(entry.pointsTo);
      break;
    }
    case 'red-flag': {
      if (entry.urgency) {
        card.urgency = level(entry.urgency.base, entry.urgency.advice, entry.urgency.actNow);
        splitEscalations(card, entry.urgency.escalations);
        // §0.1: a red-flag entry leads with its emergency/urgent box.
        card.leadWithWarning = urgencyRank(entry.urgency.base) >= EMERGENCY_OR_URGENT;
      }
      card.why = entry.why;
      card.seeAlso = linked(entry.conditions);
      break;
    }
    case 'contraindication': {
      card.massage = massageBlock(contraindicationAdvice(entry));
      card.details = {
        heading: 'What to do',
        items: [
          entry.reason,
          ...(entry.treatAsAbsoluteWhen
            ? [`Avoid massage altogether when ${lowerFirst(entry.treatAsAbsoluteWhen)}`]
            : []),
        ],
      };
      card.afterMassage = afterMassage();
      card.seeAlso = linked(entry.related);
      break;
    }
    case 'guidance': {
      if (entry.urgency) {
        card.urgency = level(entry.urgency.base, entry.urgency.advice, entry.urgency.actNow);
        splitEscalations(card, entry.urgency.escalations);
      }
      card.details = { heading: 'Key points', items: [...entry.points] };
      card.normalRows = (entry.rows ?? []).filter((r) => r.normal).map((r) => r.situation);
      if (!entry.urgency && entry.rows?.some((r) => !r.normal)) {
        // A card with warning rows and no level of its own (`spinal-manipulation`, FACTS §6.2:
        // the stroke and CES rows "as emergency warnings") shows them in the red box (#1).
        splitEscalations(
          card,
          entry.rows
            .filter((r) => !r.normal)
            .map((r) => ({ when: r.situation, level: r.level, ...(r.actNow ? { actNow: true } : {}) })),
        );
        card.urgentHeading = 'Warning signs: get help at once';
      }
      // No extra red-flag list here: the massage card's related rf-* ids are the ones that do
      // NOT rule massage out (§6.2), and the §4.2 rows are already the escalations.
      if (MASSAGE_CARDS.has(entry.id)) card.afterMassage = afterMassage();
      card.contraindications = contraindicationRows(entry.id);
      card.seeAlso = linked(entry.related);
      break;
    }
    case 'myth': {
      // §5: the correction leads; the claim is only ever quoted as a claim, and never for
      // claims judged harmful (M1: "display a correction, never the claim").
      const harmful = entry.verdict.includes('harmful');
      card.myth = {
        ...(harmful ? {} : { claim: entry.claim }),
        verdict: entry.verdict,
        correction: entry.correction,
      };
      card.seeAlso = linked(entry.related);
      break;
    }
  }
  if (card.contraindications.length > 0 || (card.massage && card.massage.advice !== 'no-known-issue')) {
    card.contraindicationCaveat = notices.contraindicationCaveat;
  }
  if (entry.id === 'massage') card.contraindicationCaveat = notices.contraindicationCaveat;
  return card;
}

function sourcesFromKeys(keys: string[]): CardSource[] {
  return keys.flatMap((k) => {
    const s = getSource(k);
    return s ? [{ org: s.org, title: s.title, url: s.url }] : [];
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------- neutral variants (§6.1)

/** §6.1 bladder note: common and treatable; an emergency only with the CES combination. */
function bladderNote(card: CardData): CardData {
  return {
    ...card,
    title: 'Bladder leaks or trouble peeing',
    kindLabel: 'Bladder note',
    summary:
      'Leaking urine and difficulty peeing are common, for example after childbirth or with age, and can usually be treated. A GP can help.',
    urgency: level(
      'see-gp-soon',
      'See your GP: bladder problems are common and there is effective help for them.',
      false,
    ),
    leadWithWarning: false,
    urgentEscalations: [
      {
        when: 'It is new and you also have back pain, sciatica, or numbness between your legs or around your bottom',
        level: 'emergency',
        actNow: false,
        goTo: 'cauda-equina-syndrome',
      },
    ],
    otherEscalations: [],
    redFlags: [],
    warningSigns: [],
    details: { heading: '', items: [] },
    massage: undefined,
    afterMassage: undefined,
    contraindications: [],
    contraindicationCaveat: undefined,
    // The CES notes and disagreements belong to the emergency card, not to this note.
    disagreements: [],
    evidenceNotes: [],
    sources: [...sourcesFromKeys(['S75']), ...card.sources],
  };
}

/** §6.1 kyphosis: many causes, a broken bone is only one of them. */
function curvedUpperBack(card: CardData): CardData {
  return {
    ...card,
    title: 'Curved upper back (kyphosis)',
    kindLabel: 'Note',
    summary:
      'A rounded upper back has many possible causes, such as posture, age-related changes or a shape present since childhood. A broken bone in the spine is only one of them.',
    urgency: level(
      'see-gp-soon',
      'See a GP if the curve is new, getting worse, painful, or you are losing height.',
      false,
    ),
    leadWithWarning: false,
    redFlags: [],
    details: { heading: '', items: [] },
  };
}

/** §6.1 "pulled muscle": the strain card, not labelled as back-specific. */
function genericStrain(card: CardData): CardData {
  return {
    ...card,
    title: 'Muscle strain (pulled muscle)',
    summary:
      'A strain is a stretched or torn muscle. It usually hurts more when you use the muscle and gets better by itself over a few weeks.',
  };
}

/** §6.1 "UTI": the kidney infection card as signs to watch for, not as the likely cause. */
function watchSigns(card: CardData): CardData {
  return {
    ...card,
    title: `Signs to watch for: ${card.title.charAt(0).toLowerCase()}${card.title.slice(1)}`,
    kindLabel: 'Signs to watch for',
    summary: `Most urine or bladder infections stay in the bladder. Watch for signs that an infection has spread to the kidneys. ${card.summary}`,
  };
}

/** §1 sciatica "neck note", shown for a trapped nerve with neck, arm or shoulder words. */
function neckNerve(card: CardData): CardData {
  return {
    ...card,
    title: 'Trapped nerve in the neck',
    summary:
      'A trapped or pinched nerve in the neck can send pain, pins and needles or numbness into the shoulder, arm or hand. It often settles with time.',
    urgency: level(
      'self-care',
      'See a GP if it is not easing after a few weeks, or if your arm or hand feels weak.',
      false,
    ),
    urgentEscalations: [
      {
        when: 'Both arms or both legs are affected, or your walking changes',
        level: 'emergency',
        actNow: false,
      },
    ],
    otherEscalations: [],
    redFlags: [],
    warningSigns: [],
    details: { heading: '', items: [] },
    evidenceNotes: [...card.evidenceNotes, 'The neck advice is a general principle, not separately sourced.'],
  };
}

/** §6.1 "massage parlour": the neutral massage-safety card, with no medical endorsement. */
function massageParlour(card: CardData): CardData {
  return { ...card, title: 'Massage: staying safe', kindLabel: 'Massage safety', redFlags: [] };
}

/**
 * §1 acute-cholecystitis "gallstones note": shown first when the term is "gallstone(s)", then the
 * cholecystitis card itself, at its own level with its warning signs (issue 13 #6).
 */
function gallstonesNote(card: CardData): CardData {
  // The note's emergency signs (sudden severe pain, pain to the back with vomiting, high fever,
  // yellow skin) are the cholecystitis card's own escalations, so its red box stays as it is.
  const base = card.urgency;
  return {
    ...card,
    title: 'Gallstones',
    kindLabel: 'Note',
    summary:
      'Many people have gallstones and never get symptoms, so having them is not in itself a worry. Sometimes a gallstone blocks the gallbladder and inflames it (acute cholecystitis): the rest of this card is about that.',
    ...(base
      ? {
          urgency: {
            ...base,
            advice: `Gallstones that cause no symptoms usually need nothing. For tummy pain that lasts longer than 30 minutes, or signs of an inflamed gallbladder: ${base.advice}`,
          },
        }
      : {}),
    details: {
      heading: 'If the gallbladder becomes inflamed (acute cholecystitis)',
      items: card.details.items,
    },
    seeAlso: [
      { id: 'acute-cholecystitis', title: getEntry('acute-cholecystitis')?.title ?? 'Acute cholecystitis' },
    ],
  };
}

/** §6.1 shoulder-blade terms: lead with `upper-back-pain` (its escalations hold rf-thoracic). */
function upperBackPain(card: CardData): CardData {
  const upper = getEntry('upper-back-pain');
  return upper ? fromEntry(upper) : card;
}

/** First `n` sentences of a text (the correction of a claim card stays one or two sentences). */
export function firstSentences(text: string, n: number): string {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .slice(0, n)
    .join(' ');
}

/**
 * Issue 12: the card for a claim on a page, one glance long: "This claim is not supported", the
 * correction in one or two plain sentences, then the sources and review date; "More about" opens
 * the full myth entry. Never quotes the claim (the page already shows it).
 */
function claimCard(card: CardData): CardData {
  if (!card.myth) return card;
  return {
    ...card,
    title: 'This claim is not supported',
    entryTitle: card.title,
    myth: { verdict: card.myth.verdict, correction: firstSentences(card.myth.correction, 2) },
    disagreements: [],
    evidenceNotes: [],
    seeAlso: [],
  };
}

const VARIANT_BUILDERS: Record<CardVariant, (card: CardData) => CardData> = {
  claim: claimCard,
  'neutral-bladder': bladderNote,
  'neutral-kyphosis': curvedUpperBack,
  'generic-muscle-strain': genericStrain,
  'neck-note': neckNerve,
  'uti-watch': watchSigns,
  'neutral-massage-parlour': massageParlour,
  'gallstones-note': gallstonesNote,
  'upper-back-pain': upperBackPain,
};

/**
 * The card for a concept id, optionally in a neutral variant the matcher asked for. Returns
 * undefined for an unknown id (the caller shows nothing rather than an empty card).
 */
export function buildCardData(conceptId: string, variant?: string): CardData | undefined {
  const entry = getEntry(conceptId);
  if (!entry) return undefined;
  const card = fromEntry(entry);
  if (!isCardVariant(variant)) return card;
  return { ...VARIANT_BUILDERS[variant](card), variant };
}

/** The level the card's red box shows, for callers that style the host (e.g. a badge). */
export function topLevel(card: CardData): Urgency | undefined {
  const levels = [card.urgency?.level, ...card.urgentEscalations.map((e) => e.level)];
  return byUrgencyDesc(levels.filter((l): l is Urgency => !!l).map((l) => ({ level: l })))[0]?.level;
}
