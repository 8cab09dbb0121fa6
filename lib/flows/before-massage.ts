// "Before a massage": a short intake check in the popup for clients and therapists (issue 9).
// Each item is a FACTS.md §3 contraindication; the outcome is "fine to go", "go, tell your
// therapist, adapt" or "postpone and get advice", with the reasons and a short summary to copy
// for the therapist. Pure: no DOM, nothing leaves the device.
import { type CareRegion, careRoute } from '../care-routing';

export const BEFORE_ITEMS = [
  'fever',
  'clot',
  'calf-now',
  'unexplained-pain',
  'recent-surgery',
  'contagious-skin',
  'blood-thinners',
  'low-platelets',
  'pregnancy',
  'cancer',
  'osteoporosis',
  'recent-fracture',
  'skin-wound',
] as const;
export type BeforeItem = (typeof BEFORE_ITEMS)[number];

/** §3 category: postpone (absolute), adapt (relative), avoid the area (local). */
export type BeforeAction = 'postpone' | 'adapt' | 'avoid-area';

export interface BeforeItemInfo {
  /** The question, in plain words. */
  label: string;
  action: BeforeAction;
  /** Why, and what changes. */
  why: string;
  /** The line for the therapist's summary. */
  summary: string;
  /** FACTS.md §3 entry behind it. */
  entry: string;
  /** A same-day medical check is needed, not just a postponed massage. */
  today?: boolean;
}

export const BEFORE_INFO: Record<BeforeItem, BeforeItemInfo> = {
  fever: {
    label: 'A fever, or feeling unwell (like flu)',
    action: 'postpone',
    why: 'Massage does not treat an infection, and it can pass to the therapist. Wait until you are well.',
    summary: 'I have a fever or feel unwell.',
    entry: 'ci-fever-acute-infection',
  },
  clot: {
    label: 'A blood clot (DVT) now, or one that may not be treated yet',
    action: 'postpone',
    why: 'Pressure could move a clot. Get it checked and treated first.',
    summary: 'I have, or may have, a blood clot.',
    entry: 'ci-dvt-clot',
  },
  'calf-now': {
    label: 'One calf or thigh that is swollen, warm, red or painful',
    action: 'postpone',
    why: 'This can be a blood clot. Get medical advice today.',
    summary: 'One of my legs is swollen and painful.',
    entry: 'ci-dvt-clot',
    today: true,
  },
  'unexplained-pain': {
    label: 'New or bad back pain with no known cause',
    action: 'postpone',
    why: 'A doctor should check it first. Massage should not put that off.',
    summary: 'I have new back pain that has not been checked.',
    entry: 'ci-red-flag-pain',
  },
  'recent-surgery': {
    label: 'An operation in the last 6 weeks',
    action: 'postpone',
    why: 'Clots are more likely after surgery. Ask your surgical team first.',
    summary: 'I had an operation in the last 6 weeks.',
    entry: 'ci-recent-surgery',
  },
  'contagious-skin': {
    label: 'A rash that can spread, like impetigo, scabies or shingles blisters',
    action: 'postpone',
    why: 'It can pass to the therapist. Wait until it has cleared.',
    summary: 'I have a rash that can spread.',
    entry: 'ci-skin-infection',
  },
  'blood-thinners': {
    label: 'Blood thinners, or a bleeding problem',
    action: 'adapt',
    why: 'You bruise more easily. Ask for lighter pressure and no deep tissue work.',
    summary: 'I take blood thinners or bruise easily. Please use light pressure.',
    entry: 'ci-anticoagulants-bleeding',
  },
  'low-platelets': {
    label: 'Very low platelets, or a bleeding problem that is not under control',
    action: 'postpone',
    why: 'The risk of bleeding is too high. Ask the doctor who treats it.',
    summary: 'I have very low platelets or an uncontrolled bleeding problem.',
    entry: 'ci-anticoagulants-bleeding',
  },
  pregnancy: {
    label: 'Pregnancy',
    action: 'adapt',
    why: 'Tell the therapist. From about 28 weeks, lie on your side. In a high-risk pregnancy, ask your midwife first.',
    summary: 'I am pregnant. Please let me lie on my side.',
    entry: 'ci-pregnancy',
  },
  cancer: {
    label: 'Cancer, or cancer treatment now or in the past',
    action: 'adapt',
    why: 'Gentle massage is best. No pressure near a tumour or on skin treated with radiotherapy.',
    summary: 'I have or had cancer. Please use gentle pressure.',
    entry: 'ci-cancer',
  },
  osteoporosis: {
    label: 'Osteoporosis or weak bones',
    action: 'adapt',
    why: 'Bones can break more easily. Gentle pressure only, and no cracking or hard stretching.',
    summary: 'I have weak bones. Please use gentle pressure only.',
    entry: 'ci-osteoporosis',
  },
  'recent-fracture': {
    label: 'A broken bone that has not healed yet',
    action: 'avoid-area',
    why: 'The therapist should keep away from it until it heals.',
    summary: 'I have a broken bone that is healing. Please avoid it.',
    entry: 'ci-recent-fracture',
  },
  'skin-wound': {
    label: 'A cut, burn, new tattoo or skin infection',
    action: 'avoid-area',
    why: 'The therapist should keep away from that skin until it heals.',
    summary: 'I have a wound or sore skin. Please avoid that spot.',
    entry: 'ci-open-wound-burn',
  },
};

export type BeforeOutcome = 'fine' | 'adapt' | 'postpone';

export interface BeforeResult {
  outcome: BeforeOutcome;
  headline: string;
  /** Why, one line per ticked item, postpone reasons first. */
  reasons: string[];
  /** Same-day medical advice is needed (e.g. a swollen calf now), with the region's service. */
  getHelpToday?: string;
  /** Plain text to copy for the therapist. */
  summary: string;
}

const ORDER: Record<BeforeAction, number> = { postpone: 0, adapt: 1, 'avoid-area': 2 };

/** The outcome of the before-massage check for the ticked items. */
export function beforeMassage(
  items: readonly BeforeItem[],
  region: CareRegion | string = 'uk',
): BeforeResult {
  const ticked = BEFORE_ITEMS.filter((i) => items.includes(i))
    .map((i) => BEFORE_INFO[i])
    .sort((a, b) => ORDER[a.action] - ORDER[b.action]);
  const outcome: BeforeOutcome = ticked.some((t) => t.action === 'postpone')
    ? 'postpone'
    : ticked.length > 0
      ? 'adapt'
      : 'fine';
  const headline = {
    fine: 'Fine to go. Nothing you ticked rules out massage.',
    adapt: 'Go, but tell your therapist so they can adapt the massage.',
    postpone: 'Postpone the massage and get advice first.',
  }[outcome];
  const reasons =
    ticked.length > 0
      ? ticked.map((t) => `${t.label}: ${t.why}`)
      : ['None of the common reasons to wait or adapt applies. Tell the therapist if anything changes.'];
  const route = careRoute(region);
  const today = ticked.some((t) => t.today)
    ? `${route.today.action}. If you are breathless or have chest pain, call ${route.emergencyNumber}.`
    : undefined;
  const ask = {
    fine: 'Nothing to report.',
    adapt: 'Please adapt the massage.',
    postpone: 'I will postpone until I have had advice.',
  }[outcome];
  const summary = ['For my massage therapist:', ...ticked.map((t) => `- ${t.summary}`), ask].join('\n');
  return { outcome, headline, reasons, ...(today ? { getHelpToday: today } : {}), summary };
}
