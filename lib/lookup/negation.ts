// Negation for the symptom lookup (FACTS.md §6.1 N). A denied symptom ("no fever", "without
// numbness", "I don't have any numbness") does not count. Lost-function phrasing ("can't pee",
// "no feeling around my bum", "haven't peed all day", "not getting better") is a positive finding:
// those patterns hold their own negative word, are never negated, and their words never
// negate a neighbour.

import {
  ADVICE_TRIGGERS,
  ANSWER_DENIALS,
  ANSWER_LABELS,
  BACK_TO_NOW,
  BACK_TO_REPORT,
  CLEARED_CUES,
  CLEARED_RESULTS,
  CLEARED_TESTS,
  CONDITIONAL_VERBS,
  DATES_BACK,
  DENIED_PROBLEMS,
  DISTANT_PAST_CUES,
  FEAR_CUES,
  FEARED_CONDITION_CUES,
  FIRST_PERSON,
  FORM_ANSWER_DENIALS,
  FRAME_BREAKERS,
  FUTURE_WORDS,
  HYPOTHETICAL_CUES,
  INABILITY_BEFORE_WITHOUT,
  isAdviceSentence,
  isNormalReading,
  LOOKUP_RULES,
  MONTHS,
  NEGATION_CUES,
  NEW_AFTER_LONG_PAST,
  NONE_OF_VERBS,
  NONE_OF_WORDS,
  NOTHING_ODD,
  NOW_AFTER_AND_BODY,
  NOW_AFTER_CUE,
  NOW_BEFORE_CUE,
  OTHER_PEOPLE,
  OWN_QUESTION_WORDS,
  PAST_BE,
  PAST_EVENT_VERBS,
  PAST_TIME,
  PAST_TIME_WORDS,
  POLITE_ASIDES,
  POST_DENIAL_FILLERS,
  POST_DENIALS,
  PRESENT_PERFECT,
  PRESENT_SENSE,
  PROBLEM_LINKS,
  QUESTION_OPENERS,
  READING_FINDINGS,
  RECENT_DURATION_CUES,
  RECENT_SUBJECTS,
  RECENT_TIME_CUES,
  RELATIVES,
  RULED_OUT_CUES,
  SCOPE_BREAKERS,
  STAGE_UNITS,
  STORY_FRAME_CUES,
  THIS_PERIODS,
  TOLD_AS_NOW,
  TOLD_AS_PAST,
  TROUBLE_WORDS,
  WAS_FINE_THEN,
  YOUNGER_AGE_WORDS,
} from '../knowledge/lay';
import type { Match } from './patterns';
import type { Token } from './tokenize';

/** How far back (in tokens, same clause) a negation cue reaches. */
export const NEGATION_REACH = 4;

export function applyNegation(tokens: Token[], matches: Match[]): void {
  const protectedTok = new Uint8Array(tokens.length);
  for (const m of matches) {
    if (m.holdsNegation) for (let i = m.start; i <= m.end; i++) protectedTok[i] = 1;
  }
  // The last word of each condition named ("never had kidney stones"): what follows it without a
  // linking word is told afresh ("…kidney stones sudden terrible pain in my back", typed unpunctuated).
  const nameEnds = new Uint8Array(tokens.length);
  for (const m of matches) if (m.feature.endsWith('Term')) nameEnds[m.end] = 1;
  const hypoFrom = hypotheticalStarts(tokens);
  const sentences = sentenceSpans(tokens);
  const deniedSentences = sentencesDenied(tokens, sentences);
  for (const m of matches) {
    const sent = tokens[m.start].sent;
    if (hypoFrom.length && isHypothetical(tokens, hypoFrom, m.start)) m.hypothetical = true;
    // A condition named in a question ("is this cauda equina??") is asked about, not reported.
    // Only where the question is about it: the sentence opens as a question, or a question word
    // stands in the name's own clause ("my back hurts, is it sciatica?"). A run-on report that ends
    // on another question ("…kidney infection, now drowsy and hard to wake, can I still go to
    // work?") still reports what it names.
    if (
      m.feature.endsWith('Term') &&
      tokens[sentences[sent].last].asked &&
      askedAbout(tokens, sentences[sent].first, m.start)
    )
      m.hypothetical = true;
    if (m.holdsNegation) continue;
    m.negated =
      deniedSentences.has(sent) ||
      isNegated(tokens, protectedTok, m.start, nameEnds) ||
      negatedWithin(tokens, protectedTok, m) ||
      deniedAfter(tokens, m.end) ||
      (READING_FINDINGS.has(m.feature) && normalReadingAfter(tokens, m.end));
  }
  carryDenialAlongLists(tokens, matches);
  // What a question is about is no finding to deny: "mild cold, no temp, massage ok?" still asks
  // about a massage.
  for (const m of matches) if (TOPIC_FEATURES.has(m.feature)) m.negated = false;
}

const TOPIC_FEATURES: ReadonlySet<string> = new Set(LOOKUP_RULES.massageFeatures);

/** Whether the question of a sentence is about the words at `at`: see applyNegation. */
function askedAbout(tokens: Token[], first: number, at: number): boolean {
  if (QUESTION_OPENERS.has(tokens[first].raw)) return true;
  for (let i = at - 1; i >= first && tokens[i].clause === tokens[at].clause; i--)
    if (QUESTION_OPENERS.has(tokens[i].raw)) return true;
  // Asked right after the name: "sciatica or something worse?", "cauda equina??".
  let last = at;
  while (tokens[last + 1]?.sent === tokens[at].sent) last++;
  return tokens[last].clause === tokens[at].clause;
}

/** First and last token of each sentence, by sentence index. */
function sentenceSpans(tokens: Token[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].sent;
    if (out[s]) out[s].last = i;
    else out[s] = { first: i, last: i };
  }
  return out;
}

/**
 * Sentences denied as a whole: a short question answered with a denial ("Chest pain? None at
 * all."), and a list the next sentence denies ("A lump on my spine, my back changing shape, or
 * pain that won't ease lying down. None of those are happening.": NONE_OF_WORDS, NONE_OF_VERBS).
 */
function sentencesDenied(tokens: Token[], sentences: { first: number; last: number }[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach(({ first, last }, sent) => {
    // Not a question put to the reader ("is massage ok with osteoporosis? no pain, just…"): the
    // "no" there denies what follows it, not what was asked.
    if (
      tokens[last].asked &&
      last - first < 5 &&
      !QUESTION_OPENERS.has(tokens[first].raw) &&
      ANSWER_DENIALS.has(tokens[last + 1]?.raw ?? '')
    )
      out.add(sent);
    // A form's or a transcript's question answered by a labelled denial: "Q: numb bits, bladder,
    // bowel? A: no to all three", "weakness in your legs? No".
    else if (
      tokens[last].asked &&
      last - first < 14 &&
      !QUESTION_OPENERS.has(tokens[first].raw) &&
      !tokens.slice(first, last + 1).some((t) => OWN_QUESTION_WORDS.has(t.raw)) &&
      formAnswerDenies(tokens, last + 1)
    )
      out.add(sent);
  });
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].raw !== 'none' || tokens[i + 1].raw !== 'of' || !NONE_OF_WORDS.has(tokens[i + 2].raw))
      continue;
    const sent = tokens[i].sent;
    const near = [tokens[i - 1], tokens[i + 3], tokens[i + 4]].filter((t) => t && t.sent === sent);
    if (near.some((t) => NONE_OF_VERBS.has(t.raw)) && sent > 0) out.add(sent - 1);
  }
  return out;
}

/** Whether the answer starting at `at` (after an optional "A:" label) opens with a denial. */
function formAnswerDenies(tokens: Token[], at: number): boolean {
  const start =
    ANSWER_LABELS.has(tokens[at]?.raw ?? '') && tokens[at + 1]?.sent === tokens[at].sent ? at + 1 : at;
  const t = tokens[start];
  if (!t || !FORM_ANSWER_DENIALS.has(t.raw)) return false;
  // The answer is the denial alone ("no", "no, legs are fine", "no to all three"), not "no pain since".
  const next = tokens[start + 1];
  if (next && next.clause === t.clause && next.raw !== 'to') return false;
  // A bare label "A" must be the answer's label, not the word "a": it opens its sentence.
  return start === at || tokens[at - 1]?.sent !== tokens[at].sent;
}

/**
 * Words that join the items of a list: "no lump, bump or swelling", "not a fall or any knock",
 * "didn't collapse or feel faint".
 */
const LIST_GLUE = new Set(['or', 'nor', 'and', 'any', 'a', 'an', 'the', 'other', 'even', 'feel', 'felt']);
/** A place after a denied thing: "in my chest", "into his jaw", "down my arm". */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'down', 'to', 'on', 'up']);
const PLACE_WORDS = new Set([...PLACE_PREPOSITIONS, 'my', 'his', 'her', 'their', 'your', 'the']);

/**
 * A denial carries along its list: an item joined to a denied one only by list words ("hasn't had a
 * fall or any knock") is denied too. An item joined by a comma alone must itself be followed by
 * "or"/"nor" ("no lump, bump or swelling"): "no fever, shivers since this morning" keeps its shivers.
 */
function carryDenialAlongLists(tokens: Token[], matches: Match[]): void {
  const deniedTok = new Uint8Array(tokens.length);
  // A denied match marks its words up to a dash: "never had stones - 'kidney stone' pain L side"
  // denies the old stones, not the pain told after the dash.
  for (const m of matches) {
    if (!m.negated) continue;
    for (let i = m.start; i <= m.end && !(i > m.start && tokens[i].afterDash); i++) deniedTok[i] = 1;
  }
  const order = [...matches].sort((a, b) => a.start - b.start);
  for (const m of order) {
    if (m.negated || m.holdsNegation) continue;
    // Inside a longer denied match ("don't have any numbness or weakness in the legs" is denied as
    // one leg phrase): denied with it.
    if (deniedTok[m.start] && deniedTok[m.end]) {
      m.negated = true;
      continue;
    }
    let joinedByWord = false;
    let found = false;
    // Where a denied thing was not felt: "no tightness in my chest", "nothing going into my jaw".
    let onlyPlace = true;
    let place = false;
    // One list item that reads as no finding of its own: "No swelling, heat or redness in either calf".
    let skippedItem = false;
    for (let i = m.start - 1; i >= 0 && tokens[i].sent === tokens[m.start].sent; i--) {
      if (deniedTok[i]) {
        found = true;
        break;
      }
      const w = tokens[i].raw;
      if (PLACE_WORDS.has(w)) {
        if (PLACE_PREPOSITIONS.has(w)) place = true;
        continue;
      }
      onlyPlace = false;
      const nextWord = tokens[i + 1]?.raw;
      if (
        !LIST_GLUE.has(w) &&
        !skippedItem &&
        (nextWord === 'or' || nextWord === 'nor') &&
        deniedTok[i - 1]
      ) {
        skippedItem = true;
        continue;
      }
      if (!LIST_GLUE.has(w)) break;
      if (w === 'or' || w === 'nor') joinedByWord = true;
    }
    if (!found) continue;
    const next = tokens[m.end + 1];
    const listGoesOn =
      next !== undefined && next.sent === tokens[m.end].sent && (next.raw === 'or' || next.raw === 'nor');
    if (!joinedByWord && !listGoesOn && !(onlyPlace && place)) continue;
    m.negated = true;
    deniedTok.fill(1, m.start, m.end + 1);
  }
}

/**
 * A negation between a pattern's slots denies what follows it: "his legs aren't numb" matches
 * "legs … numb" across "are not".
 */
function negatedWithin(tokens: Token[], protectedTok: Uint8Array, m: Match): boolean {
  for (let i = m.start + 1; i < m.end; i++) {
    if (protectedTok[i] || !NEGATION_CUES.has(tokens[i].raw)) continue;
    const next = tokens[i + 1]?.raw;
    if (next !== 'only' && next !== 'doubt' && next !== 'idea' && next !== 'longer') return true;
  }
  return false;
}

/** Cues by their first word, so a long query asks each word once (see cueStartsAt). */
export function indexCues(cues: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const cue of cues) byFirst.set(cue[0], [...(byFirst.get(cue[0]) ?? []), cue]);
  return byFirst;
}

/** True if one of the indexed cues starts at token i. */
export function cueStartsAt(index: Map<string, (readonly string[])[]>, tokens: Token[], i: number): boolean {
  const list = index.get(tokens[i].raw);
  return list?.some((cue) => cueAt(tokens, i, cue)) === true;
}

/** True if tokens[i..] spell `cue` (raw words). */
export function cueAt(tokens: Token[], i: number, cue: readonly string[]): boolean {
  for (let k = 0; k < cue.length; k++) if (tokens[i + k]?.raw !== cue[k]) return false;
  return true;
}

const MONTH_SET = new Set(MONTHS);
const RELATIVE_SET: ReadonlySet<string> = new Set(RELATIVES);

/** "in 2009", "in the 80s": a year or decade told as the past, at token i ("in"). */
export function pastTimeAt(tokens: Token[], i: number): boolean {
  // "Family stories will include 1987, when his back pain…": a year, then the story of it.
  if (PAST_TIME.test(tokens[i]?.raw ?? '') && tokens[i + 1]?.raw === 'when') return true;
  // "Last March my back pain turned into a crushing chest": a month told as past.
  if (tokens[i]?.raw === 'last' && MONTH_SET.has(tokens[i + 1]?.raw ?? '') && tokens[i - 1]?.raw !== 'since')
    return true;
  if (childhoodAt(tokens, i)) return true;
  // "That was 2011; he had surgery": a story dated after it is told.
  if (
    tokens[i]?.raw === 'was' &&
    ['that', 'it', 'this'].includes(tokens[i - 1]?.raw ?? '') &&
    PAST_TIME.test(tokens[i + 1]?.raw ?? '')
  )
    return true;
  if (!PAST_TIME_WORDS.has(tokens[i]?.raw ?? '')) return false;
  // "in the 80s", "from our 1930s archive".
  const skip = ['the', 'our', 'my', 'his', 'her'].includes(tokens[i + 1]?.raw ?? '');
  // "a man in his 50s", "my dad, in his 70s": a person's age, not a time past.
  const before = tokens[i - 1]?.raw ?? '';
  if (skip && tokens[i + 1].raw !== 'the' && (OTHER_PEOPLE.has(before) || RELATIVE_SET.has(before)))
    return false;
  const time = skip ? tokens[i + 2] : tokens[i + 1];
  return time !== undefined && PAST_TIME.test(time.raw);
}

/**
 * An earlier age of the teller: "when I was 15", "when she was little", "when I was a teenager".
 * (Not "when I was 30 weeks", a stage of a pregnancy now.)
 */
function childhoodAt(tokens: Token[], i: number): boolean {
  if (tokens[i]?.raw !== 'when' || !['i', 'he', 'she', 'we'].includes(tokens[i + 1]?.raw ?? '')) return false;
  if (tokens[i + 2]?.raw !== 'was' && tokens[i + 2]?.raw !== 'were') return false;
  let next = tokens[i + 3]?.raw ?? '';
  if (next === 'a' || next === 'at' || next === 'in') next = tokens[i + 4]?.raw ?? '';
  if (YOUNGER_AGE_WORDS.has(next)) return true;
  return /^\d{1,2}$/.test(next) && !STAGE_UNITS.has(tokens[i + 4]?.raw ?? '');
}

/** "this last fortnight", "this past week", "this morning": a time of now, after one long ago. */
function thisPeriodAt(tokens: Token[], i: number): boolean {
  if (tokens[i].raw !== 'this') return false;
  const next = tokens[i + 1]?.raw === 'last' || tokens[i + 1]?.raw === 'past' ? i + 2 : i + 1;
  return THIS_PERIODS.has(tokens[next]?.raw ?? '');
}

/**
 * Marks in `mask` how far a past or over cue at token `at` reaches: through its sentence both
 * ways, up to a word that returns to the report ("but", "now", "just"…) or a "this last fortnight",
 * forward not into a later clause told as now (`nowClauses`, when given), and back into earlier
 * clauses only when `backAcrossClauses` (a cue whose clause has its own past verb dates only that).
 */
const AGE_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty old'.split(
    ' ',
  ),
);
/** "…that I was convinced was just my back pain": a "just" after a past verb stays in the past. */
const pastJust = (tokens: Token[], i: number) =>
  tokens[i].raw === 'just' && PAST_EVENT_VERBS.has(tokens[i - 1]?.raw ?? '');
/** "When I was pregnant with my youngest (she's nine now) I had…": an age told as now keeps the story past. */
// An age, not a year: "treated in 2022 now back pain" returns to now.
const ageNow = (tokens: Token[], i: number) =>
  tokens[i].raw === 'now' &&
  (AGE_WORDS.has(tokens[i - 1]?.raw ?? '') || /^\d{1,3}$/.test(tokens[i - 1]?.raw ?? ''));

export function markCueReach(
  tokens: Token[],
  mask: Uint8Array,
  at: number,
  nowClauses?: Set<number>,
  backAcrossClauses = true,
  /** An "it's over" cue reaches back across the "but" that opens it ("fever, but it settled"). */
  overBut = false,
): void {
  const sent = tokens[at].sent;
  for (let i = at; i < tokens.length && tokens[i].sent === sent; i++) {
    // An anniversary is no return to now: "Two years ago today I was wheeled into theatre", "Ten
    // years ago this week I was knocked off my bike".
    const anniversary =
      nowClauses !== undefined &&
      tokens[i - 1]?.raw === 'ago' &&
      (tokens[i].raw === 'today' || thisPeriodAt(tokens, i));
    // (nowClauses is given for long-past cues only: there "new" is now as well.)
    if (
      i > at &&
      !anniversary &&
      (RECENT_TIME_CUES.some((cue) => cueAt(tokens, i, cue)) ||
        recentDurationAt(tokens, i) ||
        (nowClauses && NEW_AFTER_LONG_PAST.has(tokens[i].raw)))
    ) {
      unmaskRecentClause(tokens, mask, at, i);
      break;
    }
    if (
      i > at &&
      !anniversary &&
      (BACK_TO_REPORT.has(tokens[i].raw) || thisPeriodAt(tokens, i)) &&
      !ageNow(tokens, i) &&
      !pastJust(tokens, i)
    )
      break;
    if (nowClauses && tokens[i].clause !== tokens[at].clause && nowClauses.has(tokens[i].clause)) break;
    // A date in brackets dates the aside only: "one kidney (gave the other to my brother in 2019)
    // and I think I have a stone".
    if (nowClauses && tokens[at].aside && !tokens[i].aside) break;
    // Typed without stops, a present tense a few words on ends the past: "had a stone years ago
    // and this is exactly the same", "…5 yrs ago so i know this pain … this time i'm shivering".
    if (nowClauses && i > at + 2 && PRESENT_SENSE.has(tokens[i].raw) && runOn(tokens, at)) break;
    // A later clause that brings in another person starts their story: "my own whiplash years ago
    // settled, so when my daughter rang after her friend's car was hit at speed…".
    if (nowClauses && tokens[i].clause !== tokens[at].clause && newPersonAt(tokens, i)) break;
    mask[i] = 1;
  }
  // And back, not into an earlier clause told as now: "tonight she's talking nonsense, asking
  // where Dad is (he died years ago)"; nor past a likeness in a run-on: "pain coming in waves into
  // the groin exactly like the stone i had years back".
  for (let i = at - 1; i >= 0 && tokens[i].sent === sent; i--) {
    if (nowClauses && LIKENESS.has(tokens[i].raw) && runOn(tokens, at)) {
      mask[i] = 1;
      break;
    }
    if (BACK_TO_REPORT.has(tokens[i].raw) && !(overBut && i === at - 1 && tokens[i].raw === 'but')) break;
    if (!backAcrossClauses && tokens[i].clause !== tokens[at].clause) break;
    if (nowClauses && tokens[i].clause !== tokens[at].clause && nowClauses.has(tokens[i].clause)) break;
    mask[i] = 1;
  }
}

/** Words that open a likeness: "like the stone I had years back", "same as when…". */
const LIKENESS = new Set(['like', 'as', 'than']);

/** A clause of more than 20 words: a message typed without stops. */
function runOn(tokens: Token[], at: number): boolean {
  return (clauseSizes(tokens).get(tokens[at].clause) ?? 0) > 20;
}

/** Words per clause, counted once per text (runOn is asked inside per-token loops). */
const clauseSizeCache = new WeakMap<Token[], Map<number, number>>();
function clauseSizes(tokens: Token[]): Map<number, number> {
  let sizes = clauseSizeCache.get(tokens);
  if (!sizes) {
    sizes = new Map();
    for (const t of tokens) sizes.set(t.clause, (sizes.get(t.clause) ?? 0) + 1);
    clauseSizeCache.set(tokens, sizes);
  }
  return sizes;
}

/** "for a few days there's been…", "for three days I have had…": a duration told as now. */
function recentDurationAt(tokens: Token[], i: number): boolean {
  const cue = RECENT_DURATION_CUES.find((c) => cueAt(tokens, i, c));
  if (!cue) return false;
  return tokens.slice(i + cue.length, i + cue.length + 4).some((t) => PRESENT_PERFECT.has(t.raw));
}

/** The clause of a recent time met after a past cue, from its subject on, is told as now. */
function unmaskRecentClause(tokens: Token[], mask: Uint8Array, at: number, timeAt: number): void {
  for (let j = timeAt - 1; j >= at + 2 && tokens[j].clause === tokens[timeAt].clause; j--) {
    if (!RECENT_SUBJECTS.has(tokens[j].raw)) continue;
    mask.fill(0, j, timeAt);
    return;
  }
}

const PERSON_WORDS: ReadonlySet<string> = new Set([...RELATIVES, ...OTHER_PEOPLE]);
/** "my daughter", "our son": a relative or another person named with "my" or "our" at token i. */
const newPersonAt = (tokens: Token[], i: number) =>
  (tokens[i].raw === 'my' || tokens[i].raw === 'our') && PERSON_WORDS.has(tokens[i + 1]?.raw ?? '');

/**
 * Whether the clause of the cue at `at` tells its own past event ("…, vomiting, had gallstones out
 * years ago"): then the date is that event's, and the clauses before it keep their own time. A
 * clause that is only a date ("broke my back in a crash, 20 years ago") dates the one before it.
 */
function hasOwnPastVerb(tokens: Token[], at: number): boolean {
  const clause = tokens[at].clause;
  for (let i = at; i >= 0 && tokens[i].clause === clause; i--) {
    const w = tokens[i].raw;
    if (PAST_EVENT_VERBS.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

/**
 * Per token: 1 if it is told as long past ("broke my back in a crash 20 years ago, healed fine"):
 * in a sentence with a DISTANT_PAST_CUES phrase or "in 2009" / "in the 80s", with no "now",
 * "today", "but"… between it and the cue; and the sentences that carry its story on
 * (storyPastSentences).
 */
export function distantPastMask(tokens: Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  const carried = storyPastSentences(tokens);
  const framed = storyFrameSentences(tokens);
  for (let i = 0; i < tokens.length; i++)
    if (carried.has(tokens[i].sent) || framed.has(tokens[i].sent)) mask[i] = 1;
  // Clauses told as now, wherever their "now" stands: "…8 years ago, fully healed, back a bit
  // stiff after gardening now".
  const nowClauses = new Set<number>();
  for (const t of tokens) if (BACK_TO_NOW.has(t.raw) || PRESENT_SENSE.has(t.raw)) nowClauses.add(t.clause);
  for (let c = 0; c < tokens.length; c++)
    if (distantPastAt(tokens, c)) markCueReach(tokens, mask, c, nowClauses, !hasOwnPastVerb(tokens, c));
  return mask;
}

/** A test with a clear result in its clause: "the ECG and bloods were normal", "scan last month was normal". */
function testResultAt(tokens: Token[], i: number): boolean {
  if (!CLEARED_TESTS.has(tokens[i].raw)) return false;
  for (let k = i + 1; k <= i + 5 && k < tokens.length && tokens[k].clause === tokens[i].clause; k++)
    if (CLEARED_RESULTS.has(tokens[k].raw)) return true;
  return false;
}

/**
 * Tokens told of an episode checked and cleared (CLEARED_CUES, or a test with a clear result): the
 * cue's sentence up to the cue, back to a word that returns to now ("…but now my legs…, the scan
 * was clear" keeps the legs). What follows the cue is told after the check and stays.
 */
const clearedIndex = indexCues(CLEARED_CUES);

export function clearedMask(tokens: Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!(cueStartsAt(clearedIndex, tokens, i) || testResultAt(tokens, i))) continue;
    let from = i;
    for (let k = i; k >= 0 && tokens[k].sent === tokens[i].sent; k--) {
      if (k < i && BACK_TO_REPORT.has(tokens[k].raw)) break;
      from = k;
    }
    // A sentence told as now ("today it's suddenly way worse, …, faint, not pregnant, test was
    // negative"): the result clears its own clause and the one before it, not the new signs.
    if (from > 0 && tokens[from - 1].sent === tokens[i].sent && BACK_TO_NOW.has(tokens[from - 1].raw))
      while (from < i && tokens[from].clause < tokens[i].clause - 1) from++;
    mask.fill(1, from, i + 1);
  }
  return mask;
}

/** True if a long-past phrase starts at token i: "years ago", "in 2009", "my late gran". */
const distantPastAt = (tokens: Token[], i: number) =>
  DISTANT_PAST_CUES.some((cue) => timeCueAt(tokens, i, cue)) || pastTimeAt(tokens, i);

/**
 * A cue that dates what is told (`cue`, raw words) at token i: within one clause ("first spin
 * class in years, back sore" holds no "years back"), and not a comparison or a start ("way worse
 * than last year", "since last year").
 */
export function timeCueAt(tokens: Token[], i: number, cue: readonly string[]): boolean {
  if (!cueAt(tokens, i, cue) || tokens[i + cue.length - 1].clause !== tokens[i].clause) return false;
  const before = tokens[i - 1]?.raw;
  const key = cue.join(' ');
  // "I'm 24 weeks with my first": a cue that tells the time now after these words (report-cues.ts);
  // "belly and back then…", "40 years back fused…" (the back, not a time).
  if (before !== undefined && NOW_BEFORE_CUE.get(key)?.has(before)) return false;
  if (before === 'and' && NOW_AFTER_AND_BODY.get(key)?.has(tokens[i - 2]?.raw ?? '')) return false;
  const after = tokens[i + cue.length]?.raw;
  if (after !== undefined && NOW_AFTER_CUE.get(key)?.has(after)) return false;
  return before !== 'than' && before !== 'since';
}

/**
 * Sentences in a story frame (STORY_FRAME_CUES: a teaching case, fiction, lyrics, a memorial): the
 * frame's own sentence and every later one, except those that speak for the writer or tell today
 * (FRAME_BREAKERS) — "RIP Dad. Tonight my own back pain came with numb legs" is a report.
 */
export function storyFrameSentences(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  const breaks = new Set<number>();
  const ownBreaks = new Set<number>();
  let frameFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (FRAME_BREAKERS.has(tokens[i].raw)) breaks.add(tokens[i].sent);
    if (FIRST_PERSON.has(tokens[i].raw)) ownBreaks.add(tokens[i].sent);
    if (frameFrom < 0 && STORY_FRAME_CUES.some((cue) => cueAt(tokens, i, cue))) frameFrom = tokens[i].sent;
  }
  if (frameFrom < 0) return out;
  // The frame's own sentence tells its story's time ("Role-play: 'your client slipped yesterday…'"):
  // only the writer speaking for themselves breaks it there.
  for (const t of tokens) {
    if (t.sent < frameFrom) continue;
    if (t.sent === frameFrom ? !ownBreaks.has(t.sent) : !breaks.has(t.sent)) out.add(t.sent);
  }
  return out;
}

/**
 * Sentences that carry on a long-past story: after a sentence told as long past, the next ones
 * told in the past tense ("…years ago. He couldn't pee and needed surgery.") stay in that past,
 * until one is told as now ("This week my back went again", "my legs are numb", "Last night I got
 * a pain…") or has no past
 * verb at all ("Back pain for 3 weeks, worse at night": a report, whatever came before).
 */
export function storyPastSentences(tokens: Token[]): Set<number> {
  const distant = new Set<number>();
  const now = new Set<number>();
  const pastVerb = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (distantPastAt(tokens, i)) distant.add(t.sent);
    if (TOLD_AS_NOW.has(t.raw)) now.add(t.sent);
    // "…3 years ago. During the night I got a pain like a tight belt": dated to the last day.
    if (RECENT_TIME_CUES.some((cue) => timeCueAt(tokens, i, cue))) now.add(t.sent);
    if (TOLD_AS_PAST.has(t.raw)) pastVerb.add(t.sent);
  }
  const carried = new Set<number>();
  // "…bleeding at 20 weeks. That was six years ago": a sentence that dates the one before it.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (tokens[i - 1].sent === t.sent || !distant.has(t.sent)) continue;
    if (DATES_BACK.has(t.raw) && PAST_BE.has(tokens[i + 1]?.raw ?? '')) carried.add(tokens[i - 1].sent);
  }
  let inStory = false;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].sent;
    if (i > 0 && tokens[i - 1].sent === s) continue;
    if (distant.has(s)) inStory = !now.has(s);
    else if (inStory && pastVerb.has(s) && !now.has(s)) carried.add(s);
    else inStory = false;
  }
  return carried;
}

/**
 * A checklist question someone puts to another ("Any double vision, trouble speaking or a sudden
 * bad headache?", "Any temperature or shivers?"): it asks, it reports nothing. Not one with the
 * writer in it ("any idea why I can't pee?").
 */
function checklistQuestionAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.raw !== 'any') return false;
  // First in its sentence, or after a speaker's label ("rmt_owen: Any…"): a short first clause.
  let first = i;
  while (tokens[first - 1]?.sent === t.sent) first--;
  if (first < i && (tokens[i - 1].clause === t.clause || i - first > 5)) return false;
  let last = i;
  while (tokens[last + 1]?.sent === t.sent) last++;
  if (!tokens[last].asked) return false;
  for (let k = first; k <= last; k++) if (FIRST_PERSON.has(tokens[k].raw)) return false;
  // A form's "Q: any history of cancer? A: breast, 2019" is answered: its own rules read the answer.
  // A "yes" in the reply, after a speaker's label, tells what was asked.
  const reply = tokens.slice(last + 1, last + 5).filter((r) => r.sent === tokens[last + 1]?.sent);
  if (reply.some((r) => AFFIRMATIVES.has(r.raw))) return false;
  if (!ANSWER_LABELS.has(reply[0]?.raw ?? '')) return true;
  // A labelled reply that says no ("Reply: Checked twice, 36.7, no shivers and peeing's normal")
  // leaves the question a question: the reply's own words are read for what they deny.
  const answer = tokens.slice(last + 1, last + 14).filter((r) => r.sent === tokens[last + 1].sent);
  return answer.some((r) => REPLY_DENIALS.has(r.raw));
}
const REPLY_DENIALS = new Set(['no', 'not', 'none', 'nope', 'never', 'nothing', 'normal']);
const AFFIRMATIVES = new Set(['yes', 'yeah', 'yep', 'yup', 'unfortunately', 'sadly']);

const fearedConditionIndex = indexCues(FEARED_CONDITION_CUES);

/** Token indices where a hypothetical starts ("what if", "in case", "if … go numb"). */
function hypotheticalStarts(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].raw;
    let hit =
      (HYPOTHETICAL_CUES.some((cue) => cueAt(tokens, i, cue)) &&
        !POLITE_ASIDES.some((cue) => cueAt(tokens, i, cue))) ||
      cueStartsAt(fearedConditionIndex, tokens, i) ||
      checklistQuestionAt(tokens, i);
    for (const cue of FEAR_CUES) {
      if (hit || !cueAt(tokens, i, cue)) continue;
      for (let k = cue.length; k <= cue.length + 4; k++)
        if (FUTURE_WORDS.has(tokens[i + k]?.raw ?? '')) hit = true;
    }
    if (!hit && w === 'if') {
      for (let k = 1; k <= 5; k++) {
        const t = tokens[i + k];
        if (!t || t.sent !== tokens[i].sent) break;
        if (CONDITIONAL_VERBS.has(t.c) || CONDITIONAL_VERBS.has(t.raw)) hit = true;
      }
      // "if a child's back pain after Saturday's tournament ever comes with…": "ever" in the
      // condition's own clause, however far in.
      for (let k = 1; !hit && k <= 14; k++) {
        const t = tokens[i + k];
        if (!t || t.clause !== tokens[i].clause) break;
        if (t.raw === 'ever') hit = true;
        // "if she has any fall, even a minor one, staff must…": a rule about whatever may come.
        if (t.raw === 'any' && k <= 4) hit = true;
      }
      // "if she slid off the bed, would you insist on the doctor?": a condition put to others,
      // its "would" in the clause after it.
      for (let k = 2; !hit && k <= 15; k++) {
        const t = tokens[i + k];
        if (!t || t.sent !== tokens[i].sent) break;
        if (t.raw === 'would' && t.clause !== tokens[i].clause) hit = true;
        // "If I bruised badly afterwards would that be dangerous?": the condition's consequence asked.
        if (t.raw === 'would' && ['that', 'it', 'this'].includes(tokens[i + k + 1]?.raw ?? '')) hit = true;
        // "if i booked a deep tissue massage while on warfarin would i come out black and blue?"
        if (
          t.raw === 'would' &&
          ['i', 'you', 'he', 'she', 'we', 'they'].includes(tokens[i + k + 1]?.raw ?? '')
        )
          hit = true;
        // "if she took a tumble on those stairs she could crack something": what may come.
        if ((t.raw === 'could' || t.raw === 'might') && k <= 12) hit = true;
        // "If she slips in the bathroom and gets back pain, should we take her to hospital?": a
        // carer planning ahead (not "If I walk far my legs go numb, should I worry?", a habit).
        if (t.raw === 'should' && tokens[i + k + 1]?.raw === 'we' && t.clause !== tokens[i].clause)
          hit = true;
      }
    }
    if (hit) out.push(i);
    // "What would numbness down below feel like if it ever happened?": a "would" before an
    // "if … ever" asks about the whole sentence.
    if (
      hit &&
      w === 'if' &&
      tokens.slice(i + 1, i + 15).some((t) => t.raw === 'ever' && t.clause === tokens[i].clause)
    ) {
      let a = i;
      while (a > 0 && tokens[a - 1].sent === tokens[i].sent) a--;
      if (tokens.slice(a, i).some((t) => t.raw === 'would')) out.push(a);
    }
  }
  for (const first of adviceSentenceStarts(tokens)) if (!out.includes(first)) out.push(first);
  return out.sort((a, b) => a - b);
}

/** First tokens of sentences that are advice as a whole (isAdviceSentence in report-cues.ts). */
function adviceSentenceStarts(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let a = 0; a < tokens.length; ) {
    let b = a;
    while (b < tokens.length && tokens[b].sent === tokens[a].sent) b++;
    if (isAdviceSentence((i) => tokens[i].raw, a, b - 1)) {
      out.push(a);
      // Also from its "anyone", "if"…: "Great routine, but add a warning: anyone whose sciatica
      // comes with…" is advice after its "but".
      for (let i = a + 1; i < b; i++) if (ADVICE_TRIGGERS.has(tokens[i].raw)) out.push(i);
    }
    a = b;
  }
  return out;
}

/** A hypothetical reaches to the end of its sentence, or to a word that returns to the report. */
function isHypothetical(tokens: Token[], starts: number[], at: number): boolean {
  const sent = tokens[at].sent;
  return starts.some((s) => {
    if (s > at || tokens[s].sent !== sent) return false;
    for (let i = s + 1; i < at; i++) {
      // "if you need to pee but can't": the "but" belongs to the condition.
      if (tokens[i].raw === 'but' && (tokens[i + 1]?.raw === 'cant' || tokens[i + 1]?.raw === 'nothing'))
        continue;
      if (BACK_TO_REPORT.has(tokens[i].raw)) return false;
    }
    return true;
  });
}

/**
 * "pacemaker ok for a face-down massage?", "blood thinners fine to have deep tissue": the word asks
 * whether something suits, it does not deny the finding ("bladder fine for now" still does).
 */
function asksSuitability(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined || next.clause !== tokens[at].clause) return false;
  return (next.raw === 'for' || next.raw === 'to' || next.raw === 'with') && tokens[at + 2]?.raw !== 'now';
}

/** "bladder fine", "walking normally", "my legs are ok": a finding denied after the fact. */
function deniedAfter(tokens: Token[], end: number): boolean {
  const clause = tokens[end].clause;
  if (listAnswerDenies(tokens, end)) return true;
  for (let i = end + 1; i <= end + 3 && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.clause !== clause) return listAnswerDenies(tokens, end);
    // "Q: legs ok? A: left one's dragging now": a question, not an answer.
    if (POST_DENIALS.has(t.raw)) return !asksSuitability(tokens, i) && !wasFineThen(tokens, i) && !t.asked;
    if (!POST_DENIAL_FILLERS.has(t.raw)) return false;
  }
  return false;
}

/** "…fine at lunch", "…fine this morning": what it was then (WAS_FINE_THEN), so no denial now. */
function wasFineThen(tokens: Token[], at: number): boolean {
  const then = WAS_FINE_THEN.get(tokens[at + 1]?.raw ?? '');
  if (!then) return false;
  return then.size === 0 || then.has(tokens[at + 2]?.raw ?? '');
}

/** One-word answers that deny a line of a checklist ("Weakness: none", "Trouble peeing: no"). */
const LIST_ANSWER_DENIALS: ReadonlySet<string> = new Set(['no', 'none', 'nope', 'nil', 'negative', 'nah']);

/**
 * A checklist line answered on its own: the clause after the finding's is a single denial word
 * ("- Numbness around my bum or genitals: no"), in the same sentence.
 */
function listAnswerDenies(tokens: Token[], end: number): boolean {
  let j = end + 1;
  while (j < tokens.length && tokens[j].clause === tokens[end].clause) j++;
  const answer = tokens[j];
  if (!answer || answer.sent !== tokens[end].sent || answer.clause !== tokens[end].clause + 1) return false;
  const next = tokens[j + 1];
  return LIST_ANSWER_DENIALS.has(answer.raw) && (next === undefined || next.clause !== answer.clause);
}

/**
 * A normal temperature reading soon after the finding, in its sentence (commas allowed): "took my
 * temperature three times today, 36.8 every time". The number and its decimals stand side by side.
 */
function normalReadingAfter(tokens: Token[], end: number): boolean {
  const sent = tokens[end].sent;
  for (let i = end + 1; i <= end + 8 && i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.sent !== sent) return false;
    if (!/^\d+$/.test(t.raw)) continue;
    const next = tokens[i + 1];
    return next.start === t.end + 1 && isNormalReading(t.raw, next.raw);
  }
  return false;
}

/** How far a denied trouble reaches (TROUBLE_WORDS): "no problems getting or keeping an erection". */
const TROUBLE_REACH = 8;

/** "nothing to do with the crash", "unrelated to the fall": what follows is named to be ruled out. */
function rulesOut(tokens: Token[], i: number): boolean {
  return RULED_OUT_CUES.some((cue) => cue.every((w, k) => tokens[i + k]?.raw === w));
}

/**
 * "can hardly get to the bathroom without holding the furniture", "can't stand up without help":
 * after an inability, "without" names what the person needs, which is reported, not denied.
 */
function needsWhatFollows(tokens: Token[], at: number): boolean {
  const sent = tokens[at].sent;
  for (let i = at - 1; i >= 0 && i >= at - 10 && tokens[i].sent === sent; i--)
    if (INABILITY_BEFORE_WITHOUT.has(tokens[i].raw)) return true;
  return false;
}

/** A trouble word right after the cue at i, or after "a" / "any": "no problems", "not a hint of". */
function troubleAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.raw ?? '';
  if (TROUBLE_WORDS.has(next)) return true;
  return (next === 'a' || next === 'any') && TROUBLE_WORDS.has(tokens[i + 2]?.raw ?? '');
}

const USUAL_WORDS = new Set(['usual', 'normal', 'typical', 'regular', 'ordinary']);
const OWNER_WORDS = new Set(['my', 'the', 'your', 'his', 'her', 'their', 'our', 'a', 'an']);

function isNegated(tokens: Token[], protectedTok: Uint8Array, start: number, nameEnds?: Uint8Array): boolean {
  const clause = tokens[start].clause;
  for (let i = start - 1; i >= 0 && i >= start - TROUBLE_REACH; i--) {
    // "my back pain - not my legs - goes through the roof": a dash ends what was denied.
    if (tokens[i + 1].afterDash) return false;
    const t = tokens[i];
    if (t.clause !== clause) return false;
    if (protectedTok[i]) continue;
    if (nameEnds?.[i] && !PROBLEM_LINKS.has(tokens[i + 1].raw) && !LIST_GLUE.has(tokens[i + 1].raw))
      return false;
    if (rulesOut(tokens, i)) return true;
    // "no wee probs, bad back": a named problem closes what was denied; what follows it without a
    // linking word ("problems with", "problems getting") is told afresh.
    if (
      (DENIED_PROBLEMS.has(t.c) || DENIED_PROBLEMS.has(t.raw)) &&
      i < start - 1 &&
      !PROBLEM_LINKS.has(tokens[i + 1].raw)
    )
      return false;
    if (i < start - NEGATION_REACH) {
      if (NEGATION_CUES.has(t.raw) && troubleAfter(tokens, i)) return true;
      if (SCOPE_BREAKERS.has(t.raw)) return false;
      continue;
    }
    // "nothing numb between my legs", "nothing odd down below" (not "nothing helps the pain").
    if (t.raw === 'nothing' && (i === start - 1 || NOTHING_ODD.has(tokens[i + 1]?.raw ?? ''))) return true;
    if (t.raw === 'without' && needsWhatFollows(tokens, i)) return false;
    if (NEGATION_CUES.has(t.raw)) {
      // "not only", "no doubt", "no idea": not a denial of the symptom.
      const next = tokens[i + 1]?.raw;
      if (next === 'only' || next === 'doubt' || next === 'idea' || next === 'longer') return false;
      // "Not my usual mid-back pain": a pain unlike the usual one, not a denial of it.
      if (USUAL_WORDS.has(tokens[i + 2]?.raw ?? '') && OWNER_WORDS.has(next ?? '')) return false;
      // "Not chest pain as such, it's more my jaw": a hedge that renames the feeling, not a denial.
      if (asSuchAfter(tokens, i)) return false;
      return true;
    }
    if (SCOPE_BREAKERS.has(t.raw)) return false;
  }
  return false;
}

/**
 * "as such" within four words after a negation, then "more" or "rather" within four words after it:
 * the feeling renamed and moved ("not chest pain as such, it's more my jaw"). Without the "more"
 * it stays a denial ("not chest pain as such, my pecs are just tight after the gym").
 */
function asSuchAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k + 1 < tokens.length; k++) {
    if (tokens[k].sent !== tokens[i].sent) return false;
    if (tokens[k].raw !== 'as' || tokens[k + 1].raw !== 'such') continue;
    for (let j = k + 2; j <= k + 6 && j < tokens.length && tokens[j].sent === tokens[i].sent; j++)
      if (tokens[j].raw === 'more' || tokens[j].raw === 'rather') return true;
    return false;
  }
  return false;
}

/** Per token: 1 if a negation cue covers it (used by the free-text index). */
export function negatedMask(tokens: Token[], matches: Match[]): Uint8Array {
  const protectedTok = new Uint8Array(tokens.length);
  for (const m of matches) {
    if (m.holdsNegation) for (let i = m.start; i <= m.end; i++) protectedTok[i] = 1;
  }
  const mask = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!protectedTok[i] && isNegated(tokens, protectedTok, i)) mask[i] = 1;
  }
  // What a denial reaches by other ways too ("numbness down below? no", "bladder fine") names
  // nothing for the free-text index.
  for (const m of matches) if (m.negated && !m.feature.endsWith('Term')) mask.fill(1, m.start, m.end + 1);
  return mask;
}
