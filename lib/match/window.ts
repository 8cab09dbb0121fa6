// Candidates and the §6.1 D4 windows the context rules look at: the same sentence, ±1 sentence,
// N tokens before/after, the same paragraph. Co-term lists are written as plain phrases and
// tokenised by D1 ("could've" → could + ve), so a rule's list reads like FACTS.md.
import type { CompiledTerm } from './compile';
import { wordTokens } from './normalize';
import type { RawHit } from './scan';
import type { TextModel } from './sentences';

export interface Candidate {
  start: number;
  end: number;
  term: CompiledTerm;
  /** First and last token of the match. */
  t0: number;
  t1: number;
  sent: number;
  para: number;
  /** Card variant chosen by a card rule (see index.ts TermMatch.card). */
  card?: string;
  urgent?: boolean;
  /** Accepted only if a back anchor (D5) is in the same sentence ("collapsed", "car accident"). */
  needsAnchorInSentence?: boolean;
  /** Accepted only with a massage match in the same paragraph (§6.1 R pregnancy/fracture). */
  needsMassageInParagraph?: boolean;
}

/** What rules can see: the text model, every raw hit (for A2 expansions) and scan state. */
export interface RuleContext {
  m: TextModel;
  raw: RawHit[];
  /** Abbreviation keys whose expansion appeared in earlier scans of the same document (§6.1 A2). */
  seenExpansions: ReadonlySet<string>;
}

export interface WordList {
  singles: Set<string>;
  phrases: string[][];
}

/** A co-term list, tokenised on first use: most pages never reach a rule, so start-up skips this. */
class LazyWordList implements WordList {
  private parsed: WordList | undefined;
  constructor(private readonly list: string) {}
  private parse(): WordList {
    const singles = new Set<string>();
    const phrases: string[][] = [];
    for (const item of this.list.split(',')) {
      const toks = wordTokens(item);
      if (toks.length === 1) singles.add(toks[0]);
      else if (toks.length > 1) phrases.push(toks);
    }
    this.parsed = { singles, phrases };
    return this.parsed;
  }
  get singles(): Set<string> {
    return (this.parsed ?? this.parse()).singles;
  }
  get phrases(): string[][] {
    return (this.parsed ?? this.parse()).phrases;
  }
}

/** A co-term list: comma-separated words or phrases. */
export function words(list: string): WordList {
  return new LazyWordList(list);
}

/** True when a word or phrase of `list` starts at a token in [from, to] and ends by `limit`. */
export function hasIn(m: TextModel, from: number, to: number, list: WordList, limit = to): boolean {
  for (let i = Math.max(0, from); i <= to && i < m.count; i++) {
    const w = m.lower(i);
    if (list.singles.has(w)) return true;
    for (const p of list.phrases) {
      if (p[0] !== w || i + p.length - 1 > limit) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = m.lower(i + k) === p[k];
      if (ok) return true;
    }
  }
  return false;
}

/**
 * The token `k` places before the match, in the same local sentence (D2, not merged across list
 * items; see sentences.ts), lower case ('' if none).
 */
export function before(m: TextModel, c: Candidate, k = 1): string {
  const i = c.t0 - k;
  return i >= 0 && m.tokLocal[i] === m.tokLocal[c.t0] ? m.lower(i) : '';
}

/** The token `k` places after the match, in the same local sentence, lower case ('' if none). */
export function after(m: TextModel, c: Candidate, k = 1): string {
  const i = c.t1 + k;
  return i < m.count && m.tokLocal[i] === m.tokLocal[c.t1] ? m.lower(i) : '';
}

/** A word of `list` in the match's sentence, outside the match itself. */
export function inSentence(m: TextModel, c: Candidate, list: WordList): boolean {
  const [a, b] = m.sentenceRange(c.sent);
  return hasIn(m, a, c.t0 - 1, list, c.t0 - 1) || hasIn(m, c.t1 + 1, b, list, b);
}

/** A word of `list` in the match's paragraph, outside the match itself. */
export function inParagraph(m: TextModel, c: Candidate, list: WordList): boolean {
  const [a, b] = m.paragraphRange(c.para);
  return hasIn(m, a, c.t0 - 1, list, c.t0 - 1) || hasIn(m, c.t1 + 1, b, list, b);
}

/**
 * A word of `list` within `n` tokens of the match (at most n tokens between the nearest edges,
 * same sentence; D4). `dir` limits the direction. The distance is counted inside the local D2
 * sentence: it never runs across a sentence end or from one list item into the next.
 */
export function within(
  m: TextModel,
  c: Candidate,
  n: number,
  list: WordList,
  dir: 'before' | 'after' | 'both' = 'both',
): boolean {
  const a = m.localRange(m.tokLocal[c.t0])[0];
  const b = m.localRange(m.tokLocal[c.t1])[1];
  if (dir !== 'after' && hasIn(m, Math.max(a, c.t0 - n - 1), c.t0 - 1, list, c.t0 - 1)) return true;
  if (dir !== 'before' && hasIn(m, c.t1 + 1, Math.min(b, c.t1 + n + 1), list, b)) return true;
  return false;
}

/** True when only spaces separate the match's end from the next token (no punctuation). */
export function nextTokenFollowsDirectly(m: TextModel, c: Candidate): boolean {
  const i = c.t1 + 1;
  if (i >= m.count || m.tokLocal[i] !== m.tokLocal[c.t1]) return false;
  const gap = m.text.slice(c.end, m.tokStart[i]);
  return /^[\s\u00a0-]*$/.test(gap);
}
