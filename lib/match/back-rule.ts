// FACTS.md §6.1 B: the bare word "back". Fixed lexicon phrases are matched first (B1); a bare
// "back" counts only as a body noun after a determiner (B2), never in the B3 idioms, and only with
// a pain co-term within 4 tokens (B4). The highlight runs from the determiner or co-term to the
// far edge (B5). "Pain in the back of …" is excluded by B2's "of" (B6).
import type { TextModel } from './sentences';
import { hasIn, words } from './window';

const DETERMINERS = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'an']);
const MODIFIERS = new Set(['lower', 'upper', 'middle', 'mid', 'bad', 'sore', 'stiff']);
const NOT_AFTER = new Set(['to', 'from', 'in', 'into', 'on', 'at', 'up', 'down', 'off', 'of', 'home']);
// B3: "back" directly before these is a thing, not the body.
const THING_AFTER = new Set([
  'ribs',
  'row',
  'seat',
  'seats',
  'garden',
  'door',
  'page',
  'end',
  'office',
  'yard',
  'burner',
  'catalogue',
  'foot',
]);
// B4: co-terms within 4 tokens either way.
export const CO_TERMS = words(`pain, pains, painful, ache, aches, ached, aching, achy, sore, soreness, hurt,
  hurts, hurting, agony, agonising, agonizing, killing me, stiff, stiffness, spasm, spasms, spasming,
  twinge, twinges, tweaked, pulled, injury, injured, numb, numbness, tingling, throbbing`);
// B4: these count only directly after "back" or "back's".
export const DIRECT_AFTER = words('gone, went, gave out, gives out, locked, seized');

/** §6.1 B2/B3: is token `i` ("back") a body noun? Returns the determiner's token index, or -1. */
export function bodyNounBack(m: TextModel, i: number): number {
  if (m.lower(i) !== 'back') return -1;
  // Neighbouring words count only inside the local D2 sentence (not across a list item edge).
  const s = m.tokLocal[i];
  const tok = (k: number) => (k >= 0 && k < m.count && m.tokLocal[k] === s ? m.lower(k) : '');
  let det = -1;
  if (DETERMINERS.has(tok(i - 1))) det = i - 1;
  else if (MODIFIERS.has(tok(i - 1)) && DETERMINERS.has(tok(i - 2))) det = i - 2;
  if (det < 0) return -1;
  const nextWord = tok(i + 1);
  if (NOT_AFTER.has(nextWord) || THING_AFTER.has(nextWord)) return -1;
  if (nextWord === 'and' && tok(i + 2) === 'forth') return -1;
  // B3 "back-to-back", "back-up", "back-office": a hyphen after "back" makes it part of a compound.
  if (m.text[m.tokEnd[i]] === '-') return -1;
  return det;
}

export interface BackDetection {
  start: number;
  end: number;
  /** Token range of the whole detection. */
  t0: number;
  t1: number;
}

/**
 * §6.1 B4/B5 for a body-noun "back" at token `i`. `blocked(start, end)` tells whether a span
 * overlaps an accepted fixed-phrase match (B1: those win, and a co-term inside one is taken).
 */
export function detectBack(
  m: TextModel,
  i: number,
  blocked: (start: number, end: number) => boolean,
): BackDetection | undefined {
  const det = bodyNounBack(m, i);
  if (det < 0) return undefined;
  // B4 "within 4 tokens" and the B5 span stay inside the local D2 sentence: D3 merges a list
  // into its introduction for "same sentence" co-terms, but "the back. Nagging pain" (two
  // sentences of one list item) or "the back" / "• Pain" (two items) is not one phrase.
  const [first, last] = m.localRange(m.tokLocal[i]);
  // "back's gone": skip the "s" of the contraction for the direct-after co-terms.
  let directAt = i + 1;
  if (directAt <= last && m.lower(directAt) === 's' && m.text[m.tokStart[directAt] - 1] !== ' ') directAt++;
  const options: [number, number][] = [];
  if (directAt <= last && hasIn(m, directAt, directAt, DIRECT_AFTER, last)) {
    const len = DIRECT_AFTER.singles.has(m.lower(directAt)) ? 1 : 2;
    options.push([directAt, directAt + len - 1]);
  }
  // Nearest co-term after, then before (at most 4 tokens between, same sentence).
  for (let k = i + 1; k <= Math.min(last, i + 5); k++) {
    if (hasIn(m, k, k, CO_TERMS, last)) {
      const len = CO_TERMS.singles.has(m.lower(k)) ? 1 : 2;
      options.push([k, k + len - 1]);
    }
  }
  for (let k = det - 1; k >= Math.max(first, det - 5); k--) {
    if (hasIn(m, k, k, CO_TERMS, det - 1)) options.push([k, k + (CO_TERMS.singles.has(m.lower(k)) ? 0 : 1)]);
  }
  for (const [a, b] of options) {
    if (blocked(m.tokStart[a], m.tokEnd[b])) continue;
    const t0 = Math.min(det, a);
    const t1 = Math.max(i, b);
    const start = m.tokStart[t0];
    const end = m.tokEnd[t1];
    if (blocked(start, end)) continue;
    return { start, end, t0, t1 };
  }
  return undefined;
}

/** True when the sentence of token range [a, b] holds a body-noun "back" (used by R rules: "back (B2)"). */
export function sentenceHasBodyBack(m: TextModel, sent: number, skipFrom = -1, skipTo = -1): boolean {
  const [a, b] = m.sentenceRange(sent);
  for (let i = a; i <= b; i++) {
    if (i >= skipFrom && i <= skipTo) continue;
    if (m.lower(i) === 'back' && bodyNounBack(m, i) >= 0) return true;
  }
  return false;
}
