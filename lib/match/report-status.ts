// Whether a red-flag term on a page is reported as happening now (issue 8 Build 4). A red flag that
// is denied ("no weakness in either leg", "temperature normal"), asked about or imagined ("if your
// back pain ever comes with a fever", "can a fever be linked to a bad back?") or told as past
// history ("years ago I had a fever with my back pain") is still highlighted with its card, but it
// escalates nothing: painting "back pain" urgent beside it would cry wolf.
// Pure word work on the matcher's text model; the cue words live in the knowledge module
// (lib/knowledge/data/report-cues.ts), shared with the lookup's negation.
import {
  ANSWER_DENIALS,
  BACK_TO_NOW,
  BACK_TO_REPORT,
  CONDITIONAL_VERBS,
  DATES_BACK,
  DISTANT_PAST_CUES,
  FEAR_CUES,
  FIRST_PERSON,
  FRAME_BREAKERS,
  FUTURE_WORDS,
  HARMLESS_CAUSES,
  HYPOTHETICAL_CUES,
  isAdviceSentence,
  isNormalReading,
  NEGATION_CUES,
  NOW_BEFORE_CUE,
  OTHERS_DONE_CUES,
  OVER_CUES,
  PAST_BE,
  PAST_CUES,
  PAST_TIME,
  PAST_TIME_WORDS,
  POST_DENIAL_FILLERS,
  POST_DENIALS,
  QUESTION_LEAD_INS,
  QUESTION_OPENERS,
  READING_WORDS,
  SCOPE_BREAKERS,
  SCREEN_CUES,
  STORY_FRAME_CUES,
  TOLD_AS_NOW,
  TOLD_AS_PAST,
} from '../knowledge/data/report-cues';
import type { TextModel } from './sentences';

/** Words that date a sentence to the present day ("since" or "again" alone do not). */
const TOLD_TODAY: ReadonlySet<string> = new Set(['now', 'today', 'tonight', 'currently']);

export type ReportStatus = 'now' | 'denied' | 'hypothetical' | 'past' | 'question' | 'explained';

/** How far back (in words, same clause) a negation reaches: "no real weakness in my leg". */
const NEGATION_REACH = 4;
/** How far back a negation reaches along an "or" list: "no numbness, tingling or weakness". */
const LIST_NEGATION_REACH = 8;
/** "don't", "haven't": the tokenizer splits them into "don" + "t". Not "can't": that is a lost function. */
const NEGATING_CONTRACTIONS = new Set([
  'don',
  'doesn',
  'didn',
  'haven',
  'hasn',
  'hadn',
  'isn',
  'aren',
  'wasn',
  'weren',
]);
/** General advice rather than a report: "if you have back pain with a fever…". */
const GENERAL_SUBJECTS = new Set(['you', 'your', 'anyone', 'someone', 'somebody', 'people']);

function cueAt(m: TextModel, i: number, last: number, cue: readonly string[]): boolean {
  if (i + cue.length - 1 > last) return false;
  for (let k = 0; k < cue.length; k++) if (m.lower(i + k) !== cue[k]) return false;
  return true;
}

/**
 * A question that asks rather than reports: it ends with "?" and opens with a question word, at
 * its start or after a colon ("General question: is numbness in the groin always…?"). "I can't
 * feel my legs, is that normal?" opens with a report, so it stays one.
 */
function isQuestion(m: TextModel, first: number, last: number): boolean {
  if (!/^["')\]\s]*\?/.test(m.text.slice(m.tokEnd[last], m.tokEnd[last] + 4))) return false;
  let opener = first;
  while (opener < last && QUESTION_LEAD_INS.has(m.lower(opener))) opener++;
  if (QUESTION_OPENERS.has(m.lower(opener))) return true;
  for (let i = first + 1; i <= last; i++)
    if (QUESTION_OPENERS.has(m.lower(i)) && m.text.slice(m.tokEnd[i - 1], m.tokStart[i]).includes(':'))
      return true;
  return false;
}

function isHypothetical(m: TextModel, sentenceStart: number, t0: number): boolean {
  // Only cues after the last word that returns to the report ("…, just backache") count.
  let first = sentenceStart;
  for (let i = t0 - 1; i > sentenceStart; i--)
    if (BACK_TO_REPORT.has(m.lower(i))) {
      first = i + 1;
      break;
    }
  for (let i = first; i < t0; i++) {
    for (const cue of HYPOTHETICAL_CUES) if (cueAt(m, i, t0 - 1, cue)) return true;
    for (const cue of FEAR_CUES)
      if (cueAt(m, i, t0 - 1, cue))
        for (let k = i + cue.length; k < t0 && k <= i + cue.length + 4; k++)
          if (FUTURE_WORDS.has(m.lower(k))) return true;
    if (m.lower(i) !== 'if') continue;
    for (let k = i + 1; k <= i + 5 && k < t0; k++) {
      const w = m.lower(k);
      if (CONDITIONAL_VERBS.has(w) || (k <= i + 2 && GENERAL_SUBJECTS.has(w))) return true;
    }
    // "asked would I cancel if I had a temperature on the day": a "would" before the condition.
    if (t0 - i <= 6) for (let k = sentenceStart; k < i; k++) if (m.lower(k) === 'would') return true;
  }
  return false;
}

function isPast(m: TextModel, first: number, t0: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const past =
      PAST_CUES.some((cue) => cueAt(m, i, last, cue)) ||
      OVER_CUES.some((cue) => cueAt(m, i, last, cue)) ||
      (PAST_TIME_WORDS.has(m.lower(i)) && i + 1 <= last && PAST_TIME.test(m.lower(i + 1))) ||
      (PAST_TIME_WORDS.has(m.lower(i)) &&
        m.lower(i + 1) === 'the' &&
        i + 2 <= last &&
        PAST_TIME.test(m.lower(i + 2)));
    if (!past) continue;
    // A cue after the sign ("… turned out to be a kidney infection") still tells the past, unless
    // the story has come back to now in between.
    const [from, to] = i < t0 ? [i, t0] : [t0, i];
    let backToNow = false;
    for (let k = from; k < to; k++) if (BACK_TO_NOW.has(m.lower(k)) || butINow(m, k)) backToNow = true;
    if (!backToNow) return true;
  }
  return false;
}

/**
 * "My wife lost weight on banting last year, but I've been losing weight without trying": a "but"
 * that turns to the writer told in the present ("but I'm", "but I've", "but I still") leaves the
 * past cue behind it.
 */
const butINow = (m: TextModel, k: number) =>
  m.lower(k) === 'but' && m.lower(k + 1) === 'i' && TOLD_AS_NOW.has(m.lower(k + 2));

/**
 * "My dad had a heart attack at 55": a sign dated by the age it came at, after "had" or "was"
 * before it. Ages from 25 on only, so a clock time ("at 11") never reads as one.
 */
function atAnAge(m: TextModel, first: number, t0: number, t1: number, last: number): boolean {
  let pastVerb = false;
  for (let i = first; i < t0; i++) if (PAST_BE.has(m.lower(i)) || m.lower(i) === 'had') pastVerb = true;
  if (!pastVerb) return false;
  for (let i = t1 + 1; i < last; i++) {
    const n = Number(m.lower(i + 1));
    if (m.lower(i) === 'at' && /^\d{2,3}$/.test(m.lower(i + 1)) && n >= 25 && n <= 110) return true;
  }
  return false;
}

/** How many sentences back a long-past story is followed ("Years ago… He had… Then he…"). */
const STORY_REACH = 4;

const hasWordIn = (m: TextModel, first: number, last: number, words: ReadonlySet<string>) => {
  for (let i = first; i <= last; i++) if (words.has(m.lower(i))) return true;
  return false;
};

function hasDistantPast(m: TextModel, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const before = i > 0 ? m.lower(i - 1) : '';
    if (
      DISTANT_PAST_CUES.some(
        (cue) => cueAt(m, i, last, cue) && !NOW_BEFORE_CUE.get(cue.join(' '))?.has(before),
      )
    )
      return true;
    const time = m.lower(i + 1) === 'the' ? i + 2 : i + 1;
    if (PAST_TIME_WORDS.has(m.lower(i)) && time <= last && PAST_TIME.test(m.lower(time))) return true;
  }
  return false;
}

/**
 * The sentence carries on a long-past story told in the sentences before it, in its paragraph
 * ("Years ago my dad had sciatica. He developed saddle numbness and needed surgery."): it is told
 * in the past tense, and so is every sentence back to one told as long past, none told as now
 * (lib/lookup/negation.ts storyPastSentences reads queries and page windows the same way).
 */
/** "…bleeding at 20 weeks. That was six years ago.": the next sentence dates this one. */
function datedByNext(m: TextModel, last: number): boolean {
  const next = last + 1;
  if (next >= m.count || m.tokPara[next] !== m.tokPara[last]) return false;
  if (!DATES_BACK.has(m.lower(next)) || !PAST_BE.has(m.lower(next + 1))) return false;
  const [f, t] = m.localRange(m.tokLocal[next]);
  return hasDistantPast(m, f, t);
}
function continuesLongPast(m: TextModel, first: number, last: number): boolean {
  if (!hasWordIn(m, first, last, TOLD_AS_PAST) || hasWordIn(m, first, last, TOLD_AS_NOW)) return false;
  const para = m.tokPara[first];
  let l = m.tokLocal[first];
  for (let back = 0; back < STORY_REACH && l > 0; back++) {
    l--;
    const [f, t] = m.localRange(l);
    if (m.tokPara[f] !== para || hasWordIn(m, f, t, TOLD_AS_NOW)) return false;
    if (hasDistantPast(m, f, t)) return true;
    if (!hasWordIn(m, f, t, TOLD_AS_PAST)) return false;
  }
  return false;
}

function isDenied(m: TextModel, first: number, t0: number, t1: number, last: number): boolean {
  // Within NEGATION_REACH; further back only along a list joined by "or"/"nor" ("I haven't had
  // any fever or chills").
  let listed = false;
  for (let i = t0 - 1; i >= first && i >= t0 - LIST_NEGATION_REACH; i--) {
    const w = m.lower(i);
    if (SCOPE_BREAKERS.has(w)) break;
    if (w === 'or' || w === 'nor') listed = true;
    if (i < t0 - NEGATION_REACH && !listed) continue;
    if (NEGATION_CUES.has(w)) {
      const next = m.lower(i + 1);
      if (next === 'only' || next === 'doubt' || next === 'idea' || next === 'longer') return false;
      return true;
    }
    if (w === 't' && i > first && NEGATING_CONTRACTIONS.has(m.lower(i - 1))) return true;
  }
  // "temperature normal", "bladder's fine", "legs are ok".
  for (let i = t1 + 1; i <= t1 + 3 && i <= last; i++) {
    const w = m.lower(i);
    if (POST_DENIALS.has(w)) return true;
    if (!POST_DENIAL_FILLERS.has(w) && w !== 's') break;
  }
  return normalReadingAfter(m, t0, t1, last) || answeredNo(m, first, t1);
}

/** "Chest pain? None at all.": a short question naming the finding, answered with a denial. */
function answeredNo(m: TextModel, first: number, t1: number): boolean {
  if (t1 - first >= 5 || t1 + 1 >= m.count) return false;
  const between = m.text.slice(m.tokEnd[t1], m.tokStart[t1 + 1]);
  return /^\s*\?\s*$/.test(between) && ANSWER_DENIALS.has(m.lower(t1 + 1));
}

/** "took my temperature three times today, 36.8 every time": a normal reading denies the fever. */
function normalReadingAfter(m: TextModel, t0: number, t1: number, last: number): boolean {
  let reading = false;
  for (let i = t0; i <= t1; i++) if (READING_WORDS.has(m.lower(i))) reading = true;
  if (!reading) return false;
  for (let i = t1 + 1; i <= t1 + 8 && i < last; i++) {
    if (!/^\d+$/.test(m.lower(i))) continue;
    return (
      m.text[m.tokEnd[i]] === '.' &&
      m.tokStart[i + 1] === m.tokEnd[i] + 1 &&
      isNormalReading(m.lower(i), m.lower(i + 1))
    );
  }
  return false;
}

/**
 * A list item whose introduction gives advice ("Red-flag checklist – seek emergency care for:",
 * "Signs that your sciatica needs emergency attention include:") is advice too (§6.1 D3 lists).
 */
function underAdviceLeadIn(m: TextModel, t0: number): boolean {
  const [mergedFirst] = m.sentenceRange(m.tokSent[t0]);
  const lead = m.tokLocal[mergedFirst];
  if (lead === m.tokLocal[t0]) return false;
  const [a, b] = m.localRange(lead);
  return isHypothetical(m, a, b + 1) || isAdviceSentence((i) => m.lower(i), a, b);
}

/** Whether local sentence l (if it exists) holds one of the cues. */
function localHas(m: TextModel, l: number, cues: readonly (readonly string[])[]): boolean {
  if (l < 0 || m.count === 0 || l > m.tokLocal[m.count - 1]) return false;
  const [a, b] = m.localRange(l);
  for (let i = a; i <= b; i++) if (cues.some((cue) => cueAt(m, i, b, cue))) return true;
  return false;
}

/**
 * Someone else's story that is over or only watched (lib/lookup/whose.ts on the lookup's side): a
 * TV recap ("in tonight's episode… the chest pain and grey sweat start"), or an update on a
 * relative taken care of ("was an aortic dissection… now stable in intensive care"), told with no
 * I, me or my in the finding's sentence.
 */
function isOthersStory(m: TextModel, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (FIRST_PERSON.has(m.lower(i))) return false;
  const l = m.tokLocal[first];
  if (localHas(m, l, SCREEN_CUES) || localHas(m, l - 1, SCREEN_CUES)) return true;
  if (localHas(m, l, OTHERS_DONE_CUES)) return true;
  // A neighbour's care ("finished her antibiotics.") does not reach a sentence told as now: "Now
  // she's running a fever again with new back pain."
  if (hasWordIn(m, first, last, TOLD_TODAY)) return false;
  return localHas(m, l - 1, OTHERS_DONE_CUES) || localHas(m, l + 1, OTHERS_DONE_CUES);
}

/** How many sentences back in its paragraph a story frame (STORY_FRAME_CUES) still holds. */
const FRAME_REACH = 8;

/**
 * The sentence lies in a story frame: a teaching case, fiction, lyrics or a memorial opened in it or
 * earlier in its paragraph, and it neither speaks for the writer nor tells today (FRAME_BREAKERS).
 */
function inStoryFrame(m: TextModel, first: number, last: number): boolean {
  if (hasWordIn(m, first, last, FRAME_BREAKERS)) return false;
  const para = m.tokPara[first];
  const l = m.tokLocal[first];
  for (let k = l; k >= 0 && k >= l - FRAME_REACH; k--) {
    const [f] = m.localRange(k);
    if (m.tokPara[f] !== para) return false;
    if (localHas(m, k, STORY_FRAME_CUES)) return true;
  }
  return false;
}

/** How many words either side of a sign its harmless cause may stand (HARMLESS_CAUSES). */
const CAUSE_REACH = 8;

/** The sign t0..t1 is told with a harmless cause beside it ("felt faint after giving blood"). */
function explainedByHarmlessCause(
  m: TextModel,
  first: number,
  t0: number,
  t1: number,
  last: number,
): boolean {
  const words: string[] = [];
  for (let i = t0; i <= t1; i++) words.push(m.lower(i));
  const sign = words.join(' ');
  const from = Math.max(first, t0 - CAUSE_REACH);
  const to = Math.min(last, t1 + CAUSE_REACH);
  return HARMLESS_CAUSES.some(
    (h) =>
      h.signs.includes(sign) &&
      h.causes.some((cue) => {
        for (let i = from; i <= to; i++) if (cueAt(m, i, to, cue)) return true;
        return false;
      }),
  );
}

/** How the sentence holding tokens t0..t1 tells that finding. */
export function reportStatus(m: TextModel, t0: number, t1: number): ReportStatus {
  const [first, last] = m.localRange(m.tokLocal[t0]);
  if (isDenied(m, first, t0, t1, last)) return 'denied';
  if (explainedByHarmlessCause(m, first, t0, t1, last)) return 'explained';
  if (
    isHypothetical(m, first, t0) ||
    isAdviceSentence((i) => m.lower(i), first, last) ||
    underAdviceLeadIn(m, t0)
  )
    return 'hypothetical';
  if (isQuestion(m, first, last)) return 'question';
  if (
    isPast(m, first, t0, last) ||
    continuesLongPast(m, first, last) ||
    datedByNext(m, last) ||
    atAnAge(m, first, t0, t1, last)
  )
    return 'past';
  if (isOthersStory(m, first, last)) return 'past';
  if (inStoryFrame(m, first, last)) return 'past';
  return 'now';
}
