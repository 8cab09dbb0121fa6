// "After my massage": a short guided check in the popup (issue 9). The person says when the
// massage was, where it hurts, how it is changing, and ticks any warning sign; the outcome is one
// of four, with the reasons. Rules come from FACTS.md §4.1 (what is normal) and §4.2 (when to
// stop and get care). Pure: no DOM, nothing leaves the device.
import { type CareRegion, careAction, careRoute } from '../care-routing';
import type { Urgency } from '../knowledge/schema';

export const AFTER_WHEN = ['under-1-day', '1-2-days', '2-3-days', 'over-3-days'] as const;
export type AfterWhen = (typeof AFTER_WHEN)[number];

export const AFTER_WHERE = ['worked', 'neck-head', 'all-over', 'one-leg', 'elsewhere'] as const;
export type AfterWhere = (typeof AFTER_WHERE)[number];

export const AFTER_TREND = ['easing', 'same', 'worse'] as const;
export type AfterTrend = (typeof AFTER_TREND)[number];

export const AFTER_SIGNS = [
  'saddle-bladder-legs',
  'stroke',
  'breathless-chest',
  'dark-pee',
  'leg-weak',
  'sharp-bone',
  'bruise',
  'severe',
  'fever',
  'leg-tingle',
] as const;
export type AfterSign = (typeof AFTER_SIGNS)[number];

export const WHEN_LABEL: Record<AfterWhen, string> = {
  'under-1-day': 'Less than a day ago',
  '1-2-days': '1 to 2 days ago',
  '2-3-days': '2 to 3 days ago',
  'over-3-days': 'More than 3 days ago',
};

export const WHERE_LABEL: Record<AfterWhere, string> = {
  worked: 'The muscles that were massaged',
  'neck-head': 'My neck or head',
  'all-over': 'I ache all over or feel tired',
  'one-leg': 'One calf or thigh (more than where it was worked)',
  elsewhere: 'Somewhere that was not massaged',
};

export const TREND_LABEL: Record<AfterTrend, string> = {
  easing: 'Getting better',
  same: 'About the same',
  worse: 'Getting worse',
};

/** The warning signs of FACTS.md §4.2 in plain words, most dangerous first, with their level. */
export const SIGN_INFO: Record<AfterSign, { label: string; level: Urgency; actNow?: boolean; why: string }> =
  {
    'saddle-bladder-legs': {
      label: 'Numb around the genitals or bottom, new trouble peeing or pooing, or weak or numb legs',
      level: 'emergency',
      why: 'These can mean the nerves at the base of the spine are squeezed.',
    },
    stroke: {
      label:
        'Weak or numb on one side, a drooping face, slurred speech, lost vision, or a sudden bad headache',
      level: 'emergency',
      why: 'These are signs of a stroke.',
    },
    'breathless-chest': {
      label: 'Sudden breathlessness or chest pain',
      level: 'emergency',
      why: 'This can mean a blood clot in the lung.',
    },
    'dark-pee': {
      label: 'Strong muscle pain and weakness with dark pee, or very little pee',
      level: 'emergency',
      why: 'This can mean muscle damage that needs hospital care.',
    },
    'leg-weak': {
      label: 'A weak leg, or a foot that drags',
      level: 'urgent-same-day',
      actNow: true,
      why: 'A weak leg can mean a pressed nerve.',
    },
    'sharp-bone': {
      label: 'Sharp pain in one spot over a rib or the spine, or pain when you breathe in',
      level: 'urgent-same-day',
      actNow: true,
      why: 'This can mean a broken bone, more so with weak bones.',
    },
    bruise: {
      label: 'A large, spreading or painful bruise',
      level: 'urgent-same-day',
      actNow: true,
      why: 'A big bruise can be bleeding under the skin.',
    },
    severe: {
      label: 'Sharp pain, or pain so bad it is hard to move, sleep or think',
      level: 'urgent-same-day',
      why: 'Normal soreness is mild. This is not.',
    },
    fever: {
      label: 'A fever or shivers, or feeling unwell',
      level: 'urgent-same-day',
      why: 'This points to an illness, not to the massage.',
    },
    'leg-tingle': {
      label: 'Tingling or numbness in one leg, with no weakness',
      level: 'see-gp-soon',
      why: 'A nerve may be irritated. It often settles in a few days.',
    },
  };

export interface AfterAnswers {
  when: AfterWhen;
  where: AfterWhere;
  trend: AfterTrend;
  signs: readonly AfterSign[];
}

export type AfterOutcome = 'call-emergency' | 'get-help-today' | 'see-gp' | 'normal';

export interface AfterResult {
  outcome: AfterOutcome;
  /** The urgency level behind the outcome (FACTS.md §0.1). */
  level: Urgency;
  /** One line: what to do, with the region's service. */
  headline: string;
  /** §0.1 act_now: get advice now, not later today. */
  actNow: boolean;
  /** Why, most serious first. */
  reasons: string[];
  /** What helps (normal soreness) or what to watch for. */
  advice: string[];
  /** "See a GP if not better by <day>" (FACTS.md §4.2: not clearly easing by day 3). */
  notBetterBy?: string;
}

const RANK: Record<Urgency, number> = {
  'self-care': 0,
  'see-gp-soon': 1,
  'urgent-same-day': 2,
  emergency: 3,
};
const OUTCOME: Record<Urgency, AfterOutcome> = {
  emergency: 'call-emergency',
  'urgent-same-day': 'get-help-today',
  'see-gp-soon': 'see-gp',
  'self-care': 'normal',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Days left until day 3 after the massage, from the earliest end of each "when" band. */
const DAYS_TO_DAY_3: Record<AfterWhen, number> = {
  'under-1-day': 2,
  '1-2-days': 1,
  '2-3-days': 0,
  'over-3-days': -1,
};

/** The day by which soreness should be clearly easing (day 3), or undefined if it has passed. */
export function notBetterByDay(when: AfterWhen, today: Date): string | undefined {
  const days = DAYS_TO_DAY_3[when];
  if (days < 0) return undefined;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return WEEKDAYS[(today.getDay() + days) % 7];
}

/** The outcome of the after-massage check. `today` is only used to name the day to watch. */
export function afterMassage(
  answers: AfterAnswers,
  region: CareRegion | string = 'uk',
  today = new Date(),
): AfterResult {
  const found: { level: Urgency; actNow: boolean; reason: string }[] = [];
  const add = (level: Urgency, reason: string, actNow = false) => found.push({ level, reason, actNow });

  for (const sign of AFTER_SIGNS) {
    if (!answers.signs.includes(sign)) continue;
    const info = SIGN_INFO[sign];
    add(info.level, `${info.label}: ${lowerFirst(info.why)}`, !!info.actNow);
  }

  const late = answers.when === '2-3-days' || answers.when === 'over-3-days';
  // §4.2: neck soreness or a headache that has not settled after 24 hours, or is getting worse.
  if (
    answers.where === 'neck-head' &&
    (answers.trend === 'worse' || (answers.when !== 'under-1-day' && answers.trend !== 'easing'))
  )
    add(
      'urgent-same-day',
      'Neck pain or a headache after massage should settle within a day. Yours has not.',
    );
  // §4.2: one calf or thigh, beyond the soreness where it was worked: possible clot (act now).
  if (answers.where === 'one-leg')
    add(
      'urgent-same-day',
      'Pain in one calf or thigh, more than where it was worked, can be a blood clot.',
      true,
    );
  // §4.3: pain away from the massaged area is not massage soreness; it may have another cause.
  if (answers.where === 'elsewhere')
    add(
      'see-gp-soon',
      'Pain where you were not massaged is not massage soreness. It may have another cause.',
    );
  // §4.2: still getting worse after about 48 hours, or not clearly easing by day 3.
  if (answers.trend === 'worse' && late) add('see-gp-soon', 'It is still getting worse after 2 days.');
  else if (answers.trend !== 'easing' && answers.when === 'over-3-days')
    add('see-gp-soon', 'It is not clearly easing 3 days after the massage.');

  const top = found.reduce<Urgency>((l, f) => (RANK[f.level] > RANK[l] ? f.level : l), 'self-care');
  const sorted = [...found].sort((a, b) => RANK[b.level] - RANK[a.level]);
  const route = careRoute(region);
  const by = notBetterByDay(answers.when, today);
  const actNow = sorted.some((f) => f.level === top && f.actNow) && top === 'urgent-same-day';

  const reasons =
    sorted.length > 0
      ? sorted.map((f) => f.reason)
      : [
          'Mild, dull soreness where you were massaged is common. It usually starts within hours and settles in a day or two.',
        ];

  let headline: string;
  let advice: string[];
  switch (top) {
    case 'emergency':
      headline = `${careAction('emergency', region)}, or go to an emergency department.`;
      advice = ['Do not wait to see if it passes.', 'Say you had a massage and what you feel.'];
      break;
    case 'urgent-same-day':
      headline = `${careAction('urgent-same-day', region)}.`;
      advice = [
        ...(actNow ? ['Get advice now. Do not wait until later today.'] : []),
        `If you get worse while you wait, call ${route.emergencyNumber}.`,
        'Do not have more massage until you have been checked.',
      ];
      break;
    case 'see-gp-soon':
      headline = `See ${route.doctor}${by && by !== 'today' ? ` if it is not better by ${by}` : ' in the next few days'}.`;
      advice = [
        `Get help today if it gets a lot worse, or call ${route.emergencyNumber} if a warning sign appears.`,
        'Skip your next massage until it has settled.',
      ];
      break;
    default:
      headline = 'This sounds like normal soreness after a massage.';
      advice = [
        'Move gently. A warm bath or shower can help.',
        'Tell your therapist. Ask for lighter pressure next time.',
        by
          ? `See ${route.doctor} if it is still getting worse after 2 days, or not easing by ${by === 'today' ? 'the end of today' : by}.`
          : `See ${route.doctor} if it is not easing.`,
      ];
  }

  return {
    outcome: OUTCOME[top],
    level: top,
    headline,
    actNow,
    reasons,
    advice,
    ...(by && top !== 'emergency' && top !== 'urgent-same-day' ? { notBetterBy: by } : {}),
  };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
