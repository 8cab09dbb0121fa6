// The hover card at a glance (issue 9): a compact view over the full card data (lib/card-data.ts)
// that fits without scrolling. One verdict line; NHS-style tiers ("Call 999 now if" / "Get help
// today if" / "See a GP if"), each with at most three short bullets, most dangerous first, in the
// region's words (lib/care-routing.ts); for massage, one line on whether massage is fine; then
// "More about …" (the full entry), a one-line disclaimer and one source line with the review
// date. Massage terms ("deep tissue massage") lead with the answer to "is pain after a massage
// normal?" (FACTS.md §4). Red-flag cards lead with their own action (FACTS.md §0.1).
// Pure: no DOM, no browser API.
import type { CardData, CardEscalation } from './card-data';
import type { CardWithContext } from './card-lead';
import { careRoute } from './care-routing';
import { getEntry, type Urgency } from './knowledge/index';

export type TierLevel = 'emergency' | 'urgent-same-day' | 'see-gp-soon';

export interface GlanceTier {
  level: TierLevel;
  heading: string;
  bullets: string[];
}

export interface GlanceCard {
  id: string;
  kind: CardData['kind'];
  title: string;
  /** The level that colours the verdict (absent on myth and plain massage cards). */
  level?: Urgency;
  /** One line: what it is and how urgent, or the card's own action for a red flag. */
  verdict: string;
  tiers: GlanceTier[];
  /** One line on whether massage is fine. */
  massage?: string;
  /** "More about …": opens the full entry. */
  moreLabel: string;
  disclaimer: string;
  /** "Source: NHS · checked 2026-11-20" */
  source: string;
}

export const MAX_BULLETS = 3;
/** Bullets longer than this are cut at a comma or "or" so the card stays one glance. */
const MAX_BULLET_WORDS = 12;

export const GLANCE_DISCLAIMER = 'This does not tell you what you have. If unsure, ask a doctor.';

/**
 * One-line answers written for a glance where the entry's first sentence reads too hard (grade
 * over 6) or does not answer the question: myths (FACTS.md §5, the correction in short) and
 * cards without a level. The full wording stays in the full entry ("More about …").
 */
export const GLANCE_LINES: Record<string, string> = {
  'myth-m1': 'No. Massage does not shrink or remove a lump. Get any new lump checked.',
  'myth-m2': 'No. These are most often bone spurs. Massage cannot change them.',
  'myth-m3': 'No good proof. No good study shows massage makes skin look young.',
  'myth-m4': 'Not quite. Massage may ease back pain a bit, for a short time.',
  'myth-m5': 'No good proof. Massage does not rebuild joints or the parts that hold them.',
  'myth-m6': 'No good proof. The claim is too vague to test.',
  'myth-m7': 'Not quite. The help to blood flow is small and not well shown.',
  'myth-m8': 'No. Soreness after a massage is not toxins or acid leaving you.',
  'myth-m9': 'No good proof. Large studies found no link between cold and back pain.',
  'myth-m10': 'Not quite. One broken bone in the spine does not often harm the organs.',
  'myth-m11': 'No. Most back pain gets better within weeks.',
  'myth-m12': 'No good proof. Nothing shows this is why a massage can hurt.',
  'myth-m13': 'No. Massage does not treat an illness of the organs. See a doctor.',
  'gynaecological-causes': 'Some problems of the womb or ovaries can cause low back pain.',
  'spinal-manipulation': 'A quick, strong push on the spine to "crack" it. Gentle massage is safer.',
  'injured-inflamed-vertebra': 'Pain after a massage is rarely a hurt bone. Soreness is common.',
};

/** What to do for a massage precaution (FACTS.md §3 categories), in a few plain words. */
const CATEGORY_LINE = {
  avoid: 'Wait until it has been checked or has cleared.',
  postpone: 'Put the massage off for now. Ask your doctor first.',
  adapt: 'Ask for light pressure. Say what you have.',
  'avoid-area': 'The rest of the body is fine.',
  'no-known-issue': 'Normal care is fine.',
} as const;

/** Cards about massage itself: they answer "is pain after a massage normal?" first. */
const MASSAGE_TERMS = new Set(['massage', 'massage-practitioner', 'post-massage-soreness']);

const MASSAGE_LINE: Record<NonNullable<CardData['massage']>['advice'], string> = {
  avoid: 'Massage: not while you have this.',
  postpone: 'Massage: put it off for now.',
  adapt: 'Massage: fine if gentle. Tell your therapist.',
  'avoid-area': 'Massage: fine, but not on that area.',
  'no-known-issue': 'Massage: no known reason to avoid it.',
};

function verdictFor(level: Urgency, region: string, redFlag: boolean): string {
  const route = careRoute(region);
  switch (level) {
    case 'emergency':
      return redFlag
        ? `Call ${route.emergencyNumber} now. Do not wait to see if it passes.`
        : `This can be an emergency. Call ${route.emergencyNumber} if you have it now.`;
    case 'urgent-same-day':
      return redFlag
        ? 'Get help today. Do not wait to see if it passes.'
        : 'Get help today if you have this now.';
    case 'see-gp-soon':
      return 'Not an emergency. See a doctor soon.';
    default:
      return 'Usually not serious. It often gets better on its own.';
  }
}

/** A short bullet: the red flag's own title when the row names one, else the text cut short. */
export function shortBullet(text: string, goTo?: string): string {
  const target = goTo ? getEntry(goTo) : undefined;
  if (target?.kind === 'red-flag') return target.title;
  let t = text
    .split(/;|\. /)[0]
    .replace(/\s*\([^)]*\)/g, '')
    .trim();
  t = t.replace(/^(After neck massage or manipulation|Especially after [^:]*): /i, '');
  const words = t.split(/\s+/);
  if (words.length > MAX_BULLET_WORDS) {
    // Cut at the last comma or " or " within the limit.
    const head = words.slice(0, MAX_BULLET_WORDS).join(' ');
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(' or '));
    t = cut > 12 ? head.slice(0, cut) : head;
  }
  t = t.replace(/[,.:;\s]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The CES row of a card in two short bullets (FACTS.md §2 rf-saddle-numbness … rf-bilateral-leg). */
const CES_BULLETS = [
  'Numb around the genitals or bottom',
  'New bladder or bowel trouble, or weak or numb legs',
];

/** Rows that lead their tier, in this order (most dangerous first). */
const FIRST = [
  'cauda-equina-syndrome',
  'rf-saddle-numbness',
  'rf-bladder-change',
  'rf-bowel-change',
  'rf-bilateral-leg',
  'rf-chest-pain',
  'rf-sudden-abdo-back',
  'rf-sudden-upper-back',
  'pulmonary-embolism',
  'rf-progressive-weakness',
  'rf-fever',
];

const URGENCY_ORDER: Record<Urgency, number> = {
  'self-care': 0,
  'see-gp-soon': 1,
  'urgent-same-day': 2,
  emergency: 3,
};
const urgencyOrder = (l: Urgency) => URGENCY_ORDER[l];

function tierOf(level: Urgency | undefined): TierLevel | undefined {
  return level === 'emergency' || level === 'urgent-same-day' || level === 'see-gp-soon' ? level : undefined;
}

function tiersFor(card: CardData, region: string, ownLevel?: Urgency): GlanceTier[] {
  const route = careRoute(region);
  const headings: Record<TierLevel, string> = {
    emergency: route.tiers.emergency,
    'urgent-same-day': route.tiers.today,
    'see-gp-soon': route.tiers.doctor,
  };
  const rows: { level: TierLevel; text: string }[] = [];
  const add = (level: Urgency | undefined, text: string) => {
    const tier = tierOf(level);
    if (!tier || !text) return;
    if (rows.some((r) => r.text.toLowerCase() === text.toLowerCase())) return;
    rows.push({ level: tier, text });
  };
  const escalations: CardEscalation[] = [...card.urgentEscalations, ...card.otherEscalations];
  // Most dangerous first within a level: the nerve-compression (CES) signs lead, as on the NHS
  // back-pain page (FACTS.md §2 order), then the rest in the data's order.
  const rank = (e: CardEscalation) => {
    const i = FIRST.indexOf(e.goTo ?? '');
    return i < 0 ? FIRST.length : i;
  };
  escalations.sort((a, b) => urgencyOrder(b.level) - urgencyOrder(a.level) || rank(a) - rank(b));
  for (const e of escalations) {
    if (e.goTo === 'cauda-equina-syndrome' && card.id !== 'cauda-equina-syndrome') {
      for (const b of CES_BULLETS) add(e.level, b);
      continue;
    }
    // A row that sends to a condition (e.g. the CES row of sciatica) lists that condition's own
    // warning signs at the same level, each short, rather than one long cut-off sentence.
    const target = e.goTo ? getEntry(e.goTo) : undefined;
    const signs =
      target?.kind === 'condition'
        ? (target.redFlags ?? [])
            .map((id) => getEntry(id))
            .filter((rf) => rf?.kind === 'red-flag' && rf.urgency?.base === e.level)
            .map((rf) => rf!.title)
        : [];
    if (signs.length > 0) for (const t of signs) add(e.level, t);
    else add(e.level, shortBullet(e.when, e.goTo));
  }
  for (const rf of card.redFlags) add(rf.level, rf.title);
  const order: TierLevel[] = ['emergency', 'urgent-same-day', 'see-gp-soon'];
  return order
    .filter((l) => l !== ownLevel || rows.some((r) => r.level === l))
    .map((level) => ({
      level,
      heading: headings[level],
      bullets: rows
        .filter((r) => r.level === level)
        .slice(0, MAX_BULLETS)
        .map((r) => r.text),
    }))
    .filter((t) => t.bullets.length > 0);
}

function sourceLine(card: CardData): string {
  const orgs = [...new Set(card.sources.map((s) => s.org.split(/[;(,]/)[0].trim()))];
  const first = orgs[0] ?? 'BackCheck';
  const more = orgs.length > 1 ? ` and ${orgs.length - 1} more` : '';
  return `Source: ${first}${more} · checked ${card.reviewed}`;
}

/**
 * The "is pain after a massage normal?" tiers (FACTS.md §4.2, the post-massage-soreness
 * escalations), written short for a glance; the full rows are in the full entry.
 */
function afterMassageTiers(region: string): GlanceTier[] {
  const route = careRoute(region);
  return [
    {
      level: 'emergency',
      heading: route.tiers.emergency,
      bullets: [
        'Numb around the genitals or bottom, or new bladder or bowel trouble',
        'Sudden breathlessness or chest pain',
        'Weak or numb on one side, slurred speech, or a sudden bad headache',
      ],
    },
    {
      level: 'urgent-same-day',
      heading: route.tiers.today,
      bullets: [
        'One calf or thigh is painful, swollen, warm or red',
        'Sharp pain over a rib or the spine, or a big bruise',
        'Pain so bad it is hard to move or sleep',
      ],
    },
    {
      level: 'see-gp-soon',
      heading: route.tiers.doctor,
      bullets: ['Worse after 2 days, or not easing by day 3'],
    },
  ];
}

const MASSAGE_CARD_LINE: Record<string, string> = {
  massage: 'Safe for most. Some health problems mean wait.',
  'massage-practitioner': 'Choose a trained therapist. Tell them about your health.',
  'post-massage-soreness': 'Move gently. Ask for lighter pressure next time.',
};

/** The glance card for full card data, in the user's region; `term` is the page's wording. */
export function buildGlanceCard(card: CardData, region: string, term?: string): GlanceCard {
  const base = {
    id: card.id,
    kind: card.kind,
    title: card.title,
    moreLabel: `More about ${card.title.split(':')[0].toLowerCase() === card.title.toLowerCase() ? card.title : card.title.split(':')[0]}`,
    disclaimer: GLANCE_DISCLAIMER,
    source: sourceLine(card),
  };
  const level = card.urgency?.level;

  // A red flag told around the term on the page leads, before anything reassuring (issue 8):
  // "Numbness when wiping with back pain can be an emergency: call 999 now."
  const context = (card as CardWithContext).contextRedFlag;
  if (context && (context.level === 'emergency' || context.level === 'urgent-same-day')) {
    const route = careRoute(region);
    const flag = context.title.replace(/\.$/, '');
    return {
      ...base,
      level: context.level,
      verdict:
        context.level === 'emergency'
          ? `${flag} with back pain can be an emergency: call ${route.emergencyNumber} now.`
          : `${flag} with back pain needs advice today. ${route.today.action}.`,
      tiers: tiersFor(card, region),
    };
  }

  // Massage terms: verdict first on soreness after massage (issue 9; FACTS.md §4.1–§4.2).
  if (MASSAGE_TERMS.has(card.id) && !card.variant) {
    const kind =
      term && /massage/i.test(term) && term.toLowerCase() !== 'massage'
        ? `a ${term.toLowerCase()}`
        : 'a massage';
    return {
      ...base,
      level: 'self-care',
      verdict: `Soreness for a day or two after ${kind} is common. These are not normal:`,
      tiers: afterMassageTiers(region),
      massage: MASSAGE_CARD_LINE[card.id] ?? MASSAGE_CARD_LINE.massage,
    };
  }

  if (card.myth) {
    const label = card.myth.verdict.startsWith('false') ? 'No' : 'Not quite';
    return {
      ...base,
      verdict: GLANCE_LINES[card.id] ?? `${label}. ${firstSentence(card.summary)}`,
      tiers: tiersFor(card, region),
    };
  }

  const redFlag = card.kind === 'red-flag' && card.leadWithWarning;
  const tiers = tiersFor(card, region, redFlag ? level : undefined);
  let verdict: string;
  if (GLANCE_LINES[card.id]) verdict = GLANCE_LINES[card.id];
  else if (card.kind === 'contraindication' && card.massage) verdict = MASSAGE_LINE[card.massage.advice];
  else if (level) verdict = verdictFor(level, region, redFlag);
  else if (card.kind === 'red-flag')
    verdict = 'Not a warning sign on its own. Tell a doctor if you have back pain.';
  else verdict = firstSentence(card.summary);

  return {
    ...base,
    ...(level ? { level } : {}),
    verdict,
    tiers,
    ...(card.massage
      ? {
          massage:
            card.kind === 'contraindication'
              ? CATEGORY_LINE[card.massage.advice]
              : MASSAGE_LINE[card.massage.advice],
        }
      : {}),
  };
}

function firstSentence(text: string): string {
  const m = text.match(/^.+?[.!?](?=\s|$)/);
  return (m ? m[0] : text).trim();
}
