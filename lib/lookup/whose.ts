// Whose story a part of a query tells (issue 8, over-triage): the writer's own, or someone else's.
// "My grandad's legs keep giving way and he's been admitted. I'm 35 with some back ache from work":
// the legs giving way are the grandad's, taken care of in hospital, and the query is about the
// writer's back ache. Pure: no DOM, no browser API.
import { OTHER_PEOPLE, OTHERS_DONE_CUES, PETS, RELATIVES, SCREEN_CUES } from '../knowledge/lay';
import { cueStartsAt, indexCues } from './negation';
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
const doneIndex = indexCues(OTHERS_DONE_CUES);
const screenIndex = indexCues(SCREEN_CUES);

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
  for (let i = 0; i < tokens.length; i++)
    if (cueStartsAt(doneIndex, tokens, i)) {
      done.add(tokens[i].sent - 1);
      done.add(tokens[i].sent);
      done.add(tokens[i].sent + 1);
    }
  for (let i = 0; i < tokens.length; i++) if (owner[i] === OTHER && done.has(tokens[i].sent)) mask[i] = 1;
  // On a screen: everything not told as the writer's own ("watched a crash replay … my back").
  const screened = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    if (cueStartsAt(screenIndex, tokens, i)) screened.add(tokens[i].sent);
  for (let k = 0; k < tokens.length; k++) if (screened.has(tokens[k].sent) && owner[k] !== SELF) mask[k] = 1;
  return mask;
}

/** The writer tells their own age: "I'm 35", "I am 42". */
export function writerGivesAge(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.raw === 'i' &&
      tokens[i + 1]?.raw === 'am' &&
      /^\d{2}$/.test(tokens[i + 2]?.raw ?? '') &&
      tokens[i + 2].sent === t.sent,
  );
}
