// Puts the pieces together for one text: raw trie hits → each term's own §6.1 rule → longest
// non-overlapping matches (§6 rule 5) → the "back" rule on what is left (§6.1 B1) → rules that
// depend on other accepted matches (C1 component terms, D5 anchors, massage paragraphs) → card
// variants and urgency. Nothing here is run when the scan finds no lexicon string at all.
import { detectBack } from './back-rule';
import { applyCardsAndUrgency } from './cards-and-urgency';
import { type CompiledTerm, getCompiled } from './compile';
import { RULES, type Rule } from './context-rules';
import { isWordCode } from './normalize';
import { type RawHit, scanRaw } from './scan';
import { analyze } from './sentences';
import type { Candidate, RuleContext } from './window';

export interface EngineResult {
  matches: Candidate[];
  /** Abbreviation keys whose expansion this text contains (§6.1 A2, for later scans). */
  expansions: string[];
}

const MASSAGE_CONCEPTS = new Set(['massage', 'massage-practitioner']);

/** A rule by its id, looked up once per term (the engine meets the same terms again and again). */
const ruleOfTerm: (Rule | null | undefined)[] = [];
function ruleOf(t: CompiledTerm): Rule | null {
  let r = ruleOfTerm[t.index];
  if (r === undefined) {
    r = (t.rule ? RULES[t.rule] : undefined) ?? null;
    ruleOfTerm[t.index] = r;
  }
  return r;
}

/** Longest match wins and matches never overlap (§6 rule 5): leftmost, then longest. */
function selectLongest(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start >= lastEnd) {
      out.push(c);
      lastEnd = c.end;
    }
  }
  return out;
}

/** §6.1 D5. A bladder term showing the neutral note is not a CES sign, so not an anchor either. */
function isAnchor(c: Candidate): boolean {
  return (
    c.term.anchor && !c.needsAnchorInSentence && !c.needsMassageInParagraph && c.card !== 'neutral-bladder'
  );
}

function overlapsAny(sorted: Candidate[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < end;
}

/**
 * True when [start, end) overlaps a "back" detection made so far. A detection lies inside its own
 * sentence and sentences follow text order, so only the latest detections of `sent` can overlap.
 */
function overlapsBack(backs: Candidate[], sent: number, start: number, end: number): boolean {
  for (let k = backs.length - 1; k >= 0 && backs[k].sent === sent; k--)
    if (backs[k].start < end && start < backs[k].end) return true;
  return false;
}

/** Paragraphs of context kept on each side of a hit, and the cap on how far to look for them. */
const CONTEXT_PARAGRAPHS = 2;
const CONTEXT_MAX_CHARS = 6000;
/** Texts shorter than this are analysed whole (cheaper than finding regions in them). */
const WHOLE_TEXT_MAX = 2000;

/** Start of the paragraph `count` paragraphs before the one holding `pos` (blank lines, D4), capped. */
function regionStart(text: string, pos: number, floor: number): number {
  const limit = Math.max(floor, pos - CONTEXT_MAX_CHARS);
  let seen = 0;
  let i = pos;
  while (i > limit) {
    const nl = text.lastIndexOf('\n', i - 1);
    if (nl < limit) break;
    const prev = text.lastIndexOf('\n', nl - 1);
    if (prev >= limit && text.slice(prev + 1, nl).trim() === '') {
      // A blank line: keep going through list items (D3: a list belongs to its introduction).
      const line = text.slice(nl + 1, text.indexOf('\n', nl + 1) >>> 0);
      if (!/^[ \t\u00a0]*(?:[•·▪\-*–—][ \t\u00a0]|\d+[.)])/.test(line) && ++seen > CONTEXT_PARAGRAPHS)
        return nl + 1;
    }
    i = nl;
  }
  if (limit <= floor) return floor;
  // Capped inside one huge paragraph: start after a sentence end so D2 stays right.
  const dot = text.slice(limit, pos).search(/[.!?…]\s/);
  return dot < 0 ? limit : limit + dot + 2;
}

const BLANK_LINE = /\n[ \t\u00a0\r]*\n/g;

/** End of the paragraph `count` paragraphs after the one holding `pos`, capped. */
function regionEnd(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + CONTEXT_MAX_CHARS);
  let seen = 0;
  const re = BLANK_LINE;
  re.lastIndex = pos;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    if (++seen > CONTEXT_PARAGRAPHS) return m.index;
  }
  if (limit >= text.length) return text.length;
  const tail = text.slice(pos, limit);
  const dots = [...tail.matchAll(/[.!?…]\s/g)];
  return dots.length > 0 ? pos + (dots[dots.length - 1].index ?? 0) + 1 : limit;
}

/**
 * `regionEnd` for many hit ends of one text without rescanning the same paragraphs per hit: the
 * blank lines are found once, in the order `BLANK_LINE` finds them from the first position asked.
 * From any later position that follows a word character (a hit end never lies inside a blank-line
 * run), the regex would find exactly the next breaks of that chain, so the answer is read off it.
 * Anything else (a position before the chain, a capped region) falls back to `regionEnd`.
 */
function regionEnds(text: string): (pos: number) => number {
  const breaks: number[] = [];
  let origin = -1;
  let from = 0;
  let exhausted = false;
  const extend = () => {
    BLANK_LINE.lastIndex = from;
    const m = BLANK_LINE.exec(text);
    if (m === null) exhausted = true;
    else {
      breaks.push(m.index);
      from = BLANK_LINE.lastIndex;
    }
  };
  let k = 0;
  return (pos) => {
    if (origin < 0) from = origin = pos;
    if (pos < origin || pos === 0 || !isWordCode(text.charCodeAt(pos - 1))) return regionEnd(text, pos);
    const limit = Math.min(text.length, pos + CONTEXT_MAX_CHARS);
    // First break at or after pos: positions come roughly in order, so walk from the last answer.
    if (k > 0 && breaks[k - 1] >= pos) {
      let lo = 0;
      while (lo < k) {
        const mid = (lo + k) >> 1;
        if (breaks[mid] < pos) lo = mid + 1;
        else k = mid;
      }
    }
    for (;;) {
      while (k < breaks.length && breaks[k] < pos) k++;
      if (k < breaks.length || exhausted || breaks[breaks.length - 1] >= limit) break;
      extend();
    }
    while (breaks.length < k + CONTEXT_PARAGRAPHS + 1 && !exhausted && !(breaks[breaks.length - 1] >= limit))
      extend();
    const third = breaks[k + CONTEXT_PARAGRAPHS];
    return third !== undefined && third < limit ? third : regionEnd(text, pos);
  };
}

/**
 * Finds the matches of one text. Long texts are analysed only around the raw hits (a few
 * paragraphs each side, enough for every §6.1 window), so the cost follows the hits, not the page.
 */
export function runEngine(text: string, seenExpansions: ReadonlySet<string>): EngineResult {
  const raw = scanRaw(text, getCompiled);
  const expansions = new Set<string>();
  for (const h of raw) for (const k of h.term.expands) expansions.add(k);
  if (raw.length === 0) return { matches: [], expansions: [] };
  // Only a short text is analysed whole: most page chunks hold a few stray hits ("back", "as
  // soon as") among thousands of words, and regions give the same matches (§6.1 windows stay
  // within them) for a fraction of the tokenising.
  if (text.length < WHOLE_TEXT_MAX)
    return { matches: runRegion(text, raw, seenExpansions), expansions: [...expansions] };

  const matches: Candidate[] = [];
  const seen = new Set(seenExpansions);
  const endOf = regionEnds(text);
  let i = 0;
  let floor = 0;
  while (i < raw.length) {
    const start = regionStart(text, raw[i].start, floor);
    let end = endOf(raw[i].end);
    let j = i + 1;
    while (j < raw.length && raw[j].start < end) {
      end = Math.max(end, endOf(raw[j].end));
      j++;
    }
    // A region spanning the whole text (hits everywhere) is scanned as is, without copies.
    const whole = start === 0 && end === text.length;
    const sub = whole ? text : text.slice(start, end);
    const hits = whole
      ? raw
      : raw.slice(i, j).map((h) => ({ start: h.start - start, end: h.end - start, term: h.term }));
    for (const c of runRegion(sub, hits, seen)) {
      c.start += start;
      c.end += start;
      matches.push(c);
    }
    // §6.1 A2: expansions in this region count for the rest of the document.
    for (const h of hits) for (const k of h.term.expands) seen.add(k);
    floor = end;
    i = j;
  }
  return { matches, expansions: [...expansions] };
}

function runRegion(text: string, raw: RawHit[], seenExpansions: ReadonlySet<string>): Candidate[] {
  const compiled = getCompiled();
  const m = analyze(text);
  const ctx: RuleContext = { m, raw, seenExpansions };
  const backWords: RawHit[] = [];
  const backTokens: number[] = [];
  let survivors: Candidate[] = [];
  // Hits come in order of start, so the token of each start is found by walking forward.
  const { tokStart, tokSent, tokPara, count } = m;
  let t = 0;
  for (const h of raw) {
    while (t < count && tokStart[t] < h.start) t++;
    if (h.term.isBackWord) {
      backWords.push(h);
      backTokens.push(t);
      continue;
    }
    let k = t;
    while (k < count && tokStart[k] < h.end) k++;
    const c: Candidate = {
      start: h.start,
      end: h.end,
      term: h.term,
      t0: t,
      t1: Math.max(t, k - 1),
      sent: tokSent[t],
      para: tokPara[t],
    };
    const rule = ruleOf(h.term);
    if (rule === null || rule(c, ctx)) survivors.push(c);
  }

  const backTerm = compiled.backTerm();
  let selected: Candidate[] = [];
  let backs: Candidate[] = [];
  let anchorSentences = new Set<number>();
  for (let round = 0; round < 4; round++) {
    selected = selectLongest(survivors);
    // §6.1 B1: the "back" rule runs after the fixed phrases and never overlaps them.
    backs = [];
    for (let w = 0; w < backWords.length; w++) {
      const h = backWords[w];
      if (overlapsAny(selected, h.start, h.end)) continue;
      const i = backTokens[w];
      const sent = m.tokSent[i];
      const d = detectBack(m, i, (s, e) => overlapsAny(selected, s, e) || overlapsBack(backs, sent, s, e));
      if (d)
        backs.push({
          start: d.start,
          end: d.end,
          t0: d.t0,
          t1: d.t1,
          term: backTerm,
          sent,
          para: m.tokPara[i],
        });
    }
    // §6.1 D5: anchors are accepted matches of anchor terms (with all of their own rules met).
    anchorSentences = new Set<number>();
    for (const c of selected) if (isAnchor(c)) anchorSentences.add(c.sent);
    for (const b of backs) anchorSentences.add(b.sent);
    const massageParas = new Set<number>();
    for (const c of selected) if (MASSAGE_CONCEPTS.has(c.term.concept)) massageParas.add(c.para);

    const rejected = new Set<Candidate>();
    for (const c of selected) {
      if (c.needsAnchorInSentence && !anchorSentences.has(c.sent)) rejected.add(c);
      else if (c.needsMassageInParagraph && !massageParas.has(c.para)) rejected.add(c);
      // §6.1 C1: a component term needs a back anchor within ±1 sentence.
      else if (
        c.term.component &&
        !anchorSentences.has(c.sent) &&
        !anchorSentences.has(c.sent - 1) &&
        !anchorSentences.has(c.sent + 1)
      )
        rejected.add(c);
    }
    if (rejected.size === 0) break;
    survivors = survivors.filter((c) => !rejected.has(c));
  }

  // Card variants and urgency (§6.1 R card rules; DESIGN.md §3 backcheck-urgent): cards-and-urgency.ts.
  return applyCardsAndUrgency(selected, backs, anchorSentences, m);
}
