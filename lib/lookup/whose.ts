// Whose story a part of a query tells (issue 8, over-triage): the writer's own, or someone else's.
// "My grandad's legs keep giving way and he's been admitted. I'm 35 with some back ache from work":
// the legs giving way are the grandad's, taken care of in hospital, and the query is about the
// writer's back ache. Pure: no DOM, no browser API.
import {
  BACK_TO_NOW,
  DEATH_VERBS,
  HISTORY_FEATURES,
  LOOKUP_RULES,
  OTHER_PEOPLE,
  OTHERS_DONE_CUES,
  PAST_CUES,
  PAST_EVENT_VERBS,
  PETS,
  RECENT_TIME_CUES,
  RELATIVES,
  SCREEN_CUES,
  SHARED_GROUPS,
} from '../knowledge/lay';
import { clearedMask, cueStartsAt, indexCues, pastTimeAt } from './negation';
import type { Match } from './patterns';
import type { Token } from './tokenize';

export const UNKNOWN = 0;
export const SELF = 1;
export const OTHER = 2;
/** An animal: "our dachshund's slipped disc has left her unable to wee" is never a person's sign. */
export const PET = 3;

const PET_SET = new Set(PETS);
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'it', 'its']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their']);

const RELATIVE_SET = new Set(RELATIVES);
/** After a "but" that follows the care given: the news of now ("…but now", "…but this week a new…"). */
const NEWS_AFTER_BUT: ReadonlySet<string> = new Set(LOOKUP_RULES.newsAfterBut);
/** "mine is…", "mine feels…": the writer's own story told against someone else's. */
const MINE_TOLD = new Set(['is', 'was', 'has', 'feels', 'felt', 'seems', 'started', 'came', 'just', 'only']);
const doneIndex = indexCues(OTHERS_DONE_CUES);
const screenIndex = indexCues(SCREEN_CUES);
const pastIndex = indexCues(PAST_CUES);
const recentIndex = indexCues(RECENT_TIME_CUES);

/**
 * Per token, whose story it tells: the last person named before it in its sentence ("I", "me",
 * "my back" → SELF; "my dad", "our son", "she", "a man" → OTHER), UNKNOWN until one is named.
 */
export function tokenOwners(tokens: Token[]): Uint8Array {
  const owner = new Uint8Array(tokens.length);
  let current = UNKNOWN;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 0 || tokens[i - 1].sent !== t.sent) current = UNKNOWN;
    const w = t.raw;
    if (PET_SET.has(w) && POSSESSIVES.has(tokens[i - 1]?.raw ?? '')) current = PET;
    else if (current === PET && PRONOUNS.has(w)) {
      // The animal's pronoun keeps the story the animal's.
    } else if (w === 'my' || w === 'our') {
      const next = tokens[i + 1]?.raw ?? '';
      // "my dad", "our son", "my 22 year old": someone else; "my back": the writer.
      const someone = RELATIVE_SET.has(next) || OTHER_PEOPLE.has(next) || /^\d/.test(next);
      // "a lad on my team had…": a group the writer shares names no part of them.
      if (!SHARED_GROUPS.has(next))
        current = PET_SET.has(next) ? PET : someone ? OTHER : w === 'my' ? SELF : current;
    } else if (w === 'i' || w === 'me' || w === 'myself') current = SELF;
    else if (OTHER_PEOPLE.has(w) || (RELATIVE_SET.has(w) && tokens[i - 1]?.raw !== 'my')) current = OTHER;
    owner[i] = current;
  }
  return owner;
}

/**
 * Per token: 1 where it tells another person's episode that is taken care of, over, or only
 * watched (OTHERS_DONE_CUES in its sentence or one beside it), and the token is that person's
 * (OTHER).
 */
export function othersDoneMask(tokens: Token[], owner: Uint8Array): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  const done = new Set<number>();
  // The cue's sentence and the ones either side: "Nan gets confused with a water infection; the GP
  // started antibiotics yesterday", "He's in theatre now; on Tuesday he couldn't feel the paper".
  // A sentence after the cue that returns to now is news, not the episode taken care of: "Dad had
  // prostate cancer treated a few years back… Now he's got a sore back, worse for three weeks".
  // A sentence dated to the last days is news too: "…all clear. The last few days she's had…".
  const toldNow = new Set(
    tokens.filter((t, i) => BACK_TO_NOW.has(t.raw) || cueStartsAt(recentIndex, tokens, i)).map((t) => t.sent),
  );
  // The cue's own sentence is news when it goes on to tell something new after the care: "the back
  // pain around where they operated on his spine three weeks ago has ramped up since yesterday"
  // — a change dated "since" after the care. ("…operated on and is now stable", "…treated, and
  // today he walks his dog" stay done: that is how news of a recovery ends.)
  // Or "…got the all clear, but this past fortnight she's got a new back pain": "but", then news.
  const newsAfter = (i: number) => {
    let but = false;
    for (let k = i + 1; k < tokens.length && tokens[k].sent === tokens[i].sent; k++) {
      if (tokens[k].raw === 'since') return true;
      if (tokens[k].raw === 'but') but = true;
      else if (but && NEWS_AFTER_BUT.has(tokens[k].raw)) return true;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++)
    if (cueStartsAt(doneIndex, tokens, i)) {
      done.add(tokens[i].sent - 1);
      if (!newsAfter(i)) done.add(tokens[i].sent);
      if (!toldNow.has(tokens[i].sent + 1)) done.add(tokens[i].sent + 1);
    }
  for (let i = 0; i < tokens.length; i++) if (owner[i] === OTHER && done.has(tokens[i].sent)) mask[i] = 1;
  // On a screen: everything not told as the writer's own ("watched a crash replay … my back").
  const screened = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    if (cueStartsAt(screenIndex, tokens, i)) screened.add(tokens[i].sent);
  for (let k = 0; k < tokens.length; k++) if (screened.has(tokens[k].sent) && owner[k] !== SELF) mask[k] = 1;
  return mask;
}

/** The writer sets themselves apart: their own age ("I'm 35", "I am 42") or "my own". */
export function writerSetsApart(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (t.raw === 'i' &&
        tokens[i + 1]?.raw === 'am' &&
        /^\d{2}$/.test(tokens[i + 2]?.raw ?? '') &&
        tokens[i + 2].sent === t.sent) ||
      // "Now my own lower back pain is just from sitting": the writer sets their story apart too.
      (t.raw === 'my' && tokens[i + 1]?.raw === 'own') ||
      // "Dad's heart attack started with back pain… but mine is an ache across my upper back".
      (t.raw === 'mine' && MINE_TOLD.has(tokens[i + 1]?.raw ?? '')),
  );
}

/**
 * Tokens in a long-past sentence about a relative's illness ("my dad had a burst aneurysm years
 * back"), when the writer sets themselves apart (`apart`, writerSetsApart: "I'm 35, fit", "my own"): the query is about the writer, and
 * the relative's history (a lasting history when it is the writer's own) is family background.
 */
export function othersHistoryMask(tokens: Token[], past: Uint8Array, apart: boolean): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  if (!apart) return mask;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!RELATIVE_SET.has(t.raw) || !(tokens[i - 1].raw === 'my' || tokens[i - 1].raw === 'our')) continue;
    for (let k = i + 1; k < tokens.length && tokens[k].sent === t.sent; k++) if (past[k]) mask[k] = 1;
  }
  return mask;
}

/** Words that bring in a person other than the one the text is about: "a different client", "his friend". */
const ANOTHER_BEFORE = new Set(['another', 'different', 'his', 'her', 'their']);

/**
 * Per token: 1 in a clause that brings in yet another person ("a different client", "another
 * friend", "his friend at bowls") and tells their past ("…ended up in hospital with rhabdo", "…had
 * surgery for something called cauda equina"): a condition named there is that person's, whoever
 * the query is about.
 */
export function anotherPersonsPast(tokens: Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].raw;
    if (!(OTHER_PEOPLE.has(w) || RELATIVE_SET.has(w))) continue;
    // "her dad died when…", "my aunt died of bone cancer": a death told right after the person.
    const died = tokens
      .slice(i + 1, i + 4)
      .some((t) => t.clause === tokens[i].clause && DEATH_VERBS.has(t.raw));
    // A relative's death is theirs even after "my".
    if (!ANOTHER_BEFORE.has(tokens[i - 1].raw) && !(tokens[i - 1].raw === 'my' && died)) continue;
    let end = i + 1;
    let past = died;
    while (end < tokens.length && tokens[end].clause === tokens[i].clause) {
      if (PAST_EVENT_VERBS.has(tokens[end].raw) || tokens[end].raw === 'ended') past = true;
      end++;
    }
    // "her dad died when an aneurysm in his aorta burst years ago": the whole sentence tells how
    // that person died.
    if (died) while (end < tokens.length && tokens[end].sent === tokens[i].sent) end++;
    if (past) mask.fill(1, i, end);
  }
  return mask;
}

/** Features that report a symptom (a body part, pain, a lost function…). */
const REPORT_FEATURES: ReadonlySet<string> = new Set(LOOKUP_RULES.reportFeatures);

export interface Story {
  /** Whether a match tells someone else's story, or a check told as cleared, not the report. */
  skips(m: Match): boolean;
  /** Per token: 1 where the free-text index should not read it (others' stories, pets). */
  textMask: Uint8Array;
  /** Per token, whose story it tells (tokenOwners). */
  owner: Uint8Array;
}

/**
 * How a text's parts belong: the writer's own report, someone else's story (taken care of, seen
 * on a screen, a pet's, a relative's condition beside the writer's own age), or a check told as
 * cleared before a new report. `past` is the long-past mask (negation.ts distantPastMask); `page`
 * reads a page, where another person's episode is theirs even with no symptoms of the writer's.
 */
export function readStory(tokens: Token[], matches: Match[], past: Uint8Array, page: boolean): Story {
  const owner = tokenOwners(tokens);
  const reported = (m: Match) => !m.negated && !past[m.start] && REPORT_FEATURES.has(m.feature);
  const writerReports = matches.some((m) => reported(m) && owner[m.start] === SELF);
  const apart = writerSetsApart(tokens);
  const othersHistory = othersHistoryMask(tokens, past, apart);
  const othersDone = writerReports || page ? othersDoneMask(tokens, owner) : undefined;
  // A checked and cleared episode is background only beside a new report told in another sentence
  // ("…heart tests were all clear. Today my mid back is sore"); alone, it may be the whole story.
  const cleared = clearedMask(tokens);
  const clearedSentences = new Set(tokens.filter((_, i) => cleared[i]).map((t) => t.sent));
  const reportElsewhere =
    clearedSentences.size > 0 &&
    matches.some((m) => reported(m) && !clearedSentences.has(tokens[m.start].sent));
  const textMask = owner.map((o, i) => (o === PET || othersDone?.[i] ? 1 : 0));
  const nowSentences = new Set(tokens.filter((t) => BACK_TO_NOW.has(t.raw)).map((t) => t.sent));
  const newsNow = matches.some(
    (m) =>
      reported(m) &&
      !HISTORY_FEATURES.has(m.feature) &&
      nowSentences.has(tokens[m.start].sent) &&
      !othersDone?.[m.start],
  );
  const datedSentences = writerReports ? pastDatedSentences(tokens, owner) : new Set<number>();
  const anotherPast = anotherPersonsPast(tokens);
  return {
    textMask,
    owner,
    skips(m) {
      const at = m.start;
      const lasting = HISTORY_FEATURES.has(m.feature);
      if (past[at] && lasting && othersHistory[at]) return true;
      // "Dad had prostate cancer treated… all clear. Now he's got a sore back that's getting
      // worse": a history taken care of is still that person's history beside their news now.
      // An animal's doing that lands on the writer is the writer's: "my mare went over backwards
      // with me still on", "…rolled on me" (the match reaches "me"; its end is its last token).
      const reachesWriter = owner[at] === PET && owner.subarray(at, m.end + 1).includes(SELF);
      if (textMask[at] && !reachesWriter && !(lasting && othersDone?.[at] && newsNow)) return true;
      // "My dad has a small aneurysm… I'm 42 and hurt my back lifting his wheelchair": with the
      // writer's own age and symptoms, someone else's condition or history is theirs.
      if (writerReports && apart && owner[at] === OTHER && (lasting || m.feature.endsWith('Term')))
        return true;
      // "My mate had that cauda equina thing last year and needed surgery… I've got normal lower
      // back ache": a condition named in someone else's dated past, beside the writer's own report.
      if (
        writerReports &&
        owner[at] === OTHER &&
        m.feature.endsWith('Term') &&
        datedSentences.has(tokens[at].sent)
      )
        return true;
      // "Last year a different client ended up in hospital with rhabdo": yet another person's past.
      if (m.feature.endsWith('Term') && anotherPast[at]) return true;
      // Checked and cleared: never a lasting history (a cancer "all clear" for years is still one).
      return reportElsewhere && !lasting && cleared[at] === 1;
    },
  };
}

/**
 * Sentences dated to the past by a cue ("last year", "years ago", "in 2019"), or told of someone
 * else in the past tense ("My brother-in-law had that cauda equina thing, so I googled").
 */
function pastDatedSentences(tokens: Token[], owner: Uint8Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    if (
      cueStartsAt(pastIndex, tokens, i) ||
      pastTimeAt(tokens, i) ||
      (owner[i] === OTHER && PAST_EVENT_VERBS.has(tokens[i].raw))
    )
      out.add(tokens[i].sent);
  return out;
}
