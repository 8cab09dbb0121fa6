import { COMMON_WORDS, COMPOUND, HISTORY_FEATURES, LEXICAL, REAL_WORD_NEIGHBOURS } from '../knowledge/lay';
// Query → set of reported features (signals.ts), with negation applied (negation.ts).
import { Vocabulary } from './canonical';
import { entryNameTexts } from './entry-names';
import { applyNegation, distantPastMask, negatedMask } from './negation';
import { compilePattern, MACROS, type Match, PatternIndex } from './patterns';
import { fallingWeight, singleReadings } from './readings';
import { markSpokenPunctuation, respellHeard } from './sound-alikes';
import { type Token, tokenize } from './tokenize';
import { OTHER, readStory, SELF } from './whose';

export interface FeatureSet {
  /** Feature ids the query reports (not negated). */
  present: Set<string>;
  /** Feature ids that were found but denied ("no fever"). */
  denied: Set<string>;
  matches: Map<string, Match[]>;
  tokens: Token[];
  /** Per token: 1 if a negation cue covers it. */
  negated: Uint8Array;
  /** Features only asked about or feared ("what if my legs go numb?"), not reported. */
  hypothetical: Set<string>;
  /** Per token: 1 if it lies in a feared or asked-about part (kept out of the free-text index). */
  hypotheticalMask: Uint8Array;
  /** Features told only as long past or as someone else's story: not reported, but what the
   * query is about when nothing else is (the never-empty answer's region). */
  toldElsewhere: Set<string>;
  /** The reported word-level matches before compounds were built (reportedOutside reads them). */
  parts: Map<string, Match[]>;
}

export const vocab = new Vocabulary();
let index: PatternIndex | undefined;

function patternWords(source: string): string[] {
  const out: string[] = [];
  for (const part of source.split(/\s+/)) {
    const body = part.endsWith('?') ? part.slice(0, -1) : part;
    for (const alt of body.split('|')) {
      if (alt.startsWith('$')) out.push(...(MACROS[alt.slice(1)] ?? '').split('|'));
      else if (!alt.startsWith('=') && !alt.startsWith('^') && !alt.startsWith('_') && !alt.startsWith('#'))
        out.push(...alt.split('-'));
    }
  }
  return out.filter(Boolean);
}

function buildIndex(): PatternIndex {
  for (const w of COMMON_WORDS) vocab.addCore(w);
  for (const w of REAL_WORD_NEIGHBOURS) vocab.addPlain(w);
  for (const f of LEXICAL) for (const p of f.patterns) for (const w of patternWords(p)) vocab.addCore(w);
  // The entries' names too (the free-text index reads them): a query is corrected towards the same
  // words whether or not a lookup ran before it (it once depended on that: "tackle" → "tackled").
  for (const n of entryNameTexts()) for (const t of tokenize(n.text)) vocab.addExtra(t.raw);
  const idx = new PatternIndex();
  const canon = (w: string) => vocab.canonical(w);
  for (const f of LEXICAL) for (const p of f.patterns) idx.add(compilePattern(f.id, p, f.gap ?? 2, canon));
  return idx;
}

export function getPatternIndex(): PatternIndex {
  index ??= buildIndex();
  return index;
}

export interface ExtractOptions {
  /**
   * A page, not a query: another person's episode taken care of, or seen on a screen, is their
   * story whether or not the writer tells symptoms of their own (a family update, a TV recap).
   */
  page?: boolean;
}

/** Tokenise, canonicalise and extract features. */
export function extractFeatures(query: string, options: ExtractOptions = {}): FeatureSet {
  const idx = getPatternIndex();
  const tokens = respellHeard(tokenize(markSpokenPunctuation(query)));
  vocab.resetBudget();
  for (const t of tokens) t.c = vocab.canonical(t.raw);
  const all = dropMasked(idx.matchAll(tokens));
  const falling = fallingWeight(tokens);
  if (falling) all.push(falling);
  all.push(...singleReadings(tokens));
  applyNegation(tokens, all);
  const past = distantPastMask(tokens);
  // Whose story each part tells, and checks told as cleared (whose.ts).
  const story = readStory(tokens, all, past, options.page === true);
  // The free-text index skips denied words, long-past clauses and others' stories alike ("watched
  // a crash replay" names no crash of the writer's).
  const negated = negatedMask(tokens, all).map((v, i) => v | past[i] | story.textMask[i]);
  // A look-alike's words name nothing either: "broke my back working doubles" is no broken back,
  // "nearly gave me a heart attack" no heart attack (the index would find those names in them).
  idioms ??= new Set(LEXICAL.filter((f) => f.idiom).map((f) => f.id));
  for (const m of all) if (idioms.has(m.feature)) negated.fill(1, m.start, m.end + 1);
  const matches = new Map<string, Match[]>();
  const present = new Set<string>();
  const denied = new Set<string>();
  const hypoMatches = new Map<string, Match[]>();
  const hypoPresent = new Set<string>();
  const hypotheticalMask = new Uint8Array(tokens.length);
  const toldElsewhere = new Set<string>();
  for (const m of all) {
    // Told as long past and not a lasting history: neither reported nor denied.
    if ((past[m.start] && !HISTORY_FEATURES.has(m.feature)) || story.skips(m)) {
      if (!m.negated) toldElsewhere.add(m.feature);
      continue;
    }
    if (m.negated) {
      denied.add(m.feature);
      continue;
    }
    // A condition named in a question ("could it be myositis?") stays searchable by name.
    if (m.hypothetical && !m.feature.endsWith('Term')) hypotheticalMask.fill(1, m.start, m.end + 1);
    const [set, map] = m.hypothetical ? [hypoPresent, hypoMatches] : [present, matches];
    set.add(m.feature);
    const list = map.get(m.feature);
    if (list) list.push(m);
    else map.set(m.feature, [m]);
  }
  // "my aunt had bone cancer… I've never had cancer myself": what the writer denies of themselves
  // is not reported by someone else's story of it.
  const deniedOwn = all.filter((m) => m.negated && HISTORY_FEATURES.has(m.feature));
  if (deniedOwn.length) {
    const owner = story.owner;
    for (const d of deniedOwn) {
      const f = d.feature;
      if (owner[d.start] !== SELF || !present.has(f)) continue;
      if ((matches.get(f) ?? []).every((m) => owner[m.start] === OTHER)) {
        present.delete(f);
        matches.delete(f);
      }
    }
  }
  for (const f of denied) if (present.has(f)) denied.delete(f);
  const parts = new Map(matches);
  addCompounds(present, matches);
  const hypothetical = new Set<string>();
  if (hypoPresent.size) {
    // What the story would report with the feared part added, minus what it reports already.
    const both = new Set([...present, ...hypoPresent]);
    const bothMatches = new Map(matches);
    for (const [f, l] of hypoMatches)
      bothMatches.set(
        f,
        [...(bothMatches.get(f) ?? []), ...l].sort((x, y) => x.start - y.start),
      );
    addCompounds(both, bothMatches);
    for (const f of both) if (!present.has(f)) hypothetical.add(f);
  }
  return { present, denied, matches, tokens, negated, hypothetical, hypotheticalMask, toldElsewhere, parts };
}

/**
 * What a text reports outside some of its tokens (a page's questions and past stories): the word-level
 * matches there are dropped and the compounds built again from the rest, so a compound never
 * borrows a part from a skipped sentence ("my back went with a sudden stab" and a reply's question
 * "did you feel faint?" make no sudden collapse). `historySkip` (default `skip`) is the mask for
 * lasting histories (HISTORY_FEATURES): a page drops those only where they are asked or over.
 */
export function reportedOutside(
  fs: FeatureSet,
  skip: Uint8Array,
  historySkip: Uint8Array = skip,
): { present: Set<string>; matches: Map<string, Match[]> } {
  const present = new Set<string>();
  const matches = new Map<string, Match[]>();
  /** Lasting histories as `skip` leaves them, and as the compounds read them. */
  const ownHistory = new Map<string, [kept: Match[], read: Match[]]>();
  for (const [f, list] of fs.parts) {
    const kept = list.filter((m) => !skip[m.start]);
    // A lasting history told in a past sentence still builds compounds ("my spine fused years
    // ago… yesterday I slipped and now my back hurts"), unless historySkip drops it (asked, over).
    const forCompounds = HISTORY_FEATURES.has(f) ? list.filter((m) => !historySkip[m.start]) : kept;
    if (HISTORY_FEATURES.has(f)) ownHistory.set(f, [kept, forCompounds]);
    if (forCompounds.length) {
      present.add(f);
      matches.set(f, forCompounds);
    }
  }
  addCompounds(present, matches);
  for (const [f, [kept, read]] of ownHistory) {
    // Keep what a compound of the same name added (cancerTreatment is both a word and a compound).
    const added = (matches.get(f) ?? []).filter((m) => !read.includes(m));
    const all = added.length ? [...kept, ...added].sort((x, y) => x.start - y.start) : kept;
    if (all.length) matches.set(f, all);
    else {
      present.delete(f);
      matches.delete(f);
    }
  }
  return { present, matches };
}

/** Figures of speech (LexicalFeature.idiom), kept out of the free-text index. */
let idioms: Set<string> | undefined;

/** Which features a look-alike feature hides (LexicalFeature.masks). */
let maskTable: Map<string, readonly string[]> | undefined;

/** Drops matches that a look-alike covers: "hay fever" leaves no `fever`. */
function dropMasked(all: Match[]): Match[] {
  maskTable ??= new Map(LEXICAL.filter((f) => f.masks?.length).map((f) => [f.id, f.masks ?? []]));
  const found = all.filter((m) => maskTable?.has(m.feature));
  if (found.length === 0) return all;
  const covers = (k: Match, m: Match) =>
    k !== m &&
    maskTable?.get(k.feature)?.includes(m.feature) === true &&
    k.start <= m.end &&
    m.start <= k.end;
  // A look-alike hidden by another one hides nothing: "about 6 weeks gone" is a pregnancy, so the
  // duration "about 6 weeks" inside it does not hide it.
  const maskers = found.filter((m) => !found.some((k) => covers(k, m)));
  return all.filter((m) => !maskers.some((k) => covers(k, m)));
}

function addCompounds(present: Set<string>, matches: Map<string, Match[]>): void {
  for (const c of COMPOUND) {
    if (c.none?.some((n) => present.has(n))) continue;
    if (c.anyOf && !c.anyOf.some((n) => present.has(n))) continue;
    if (!c.all.every((n) => present.has(n))) continue;
    const first = matches.get(c.all[0]) ?? [];
    const found: Match[] = [];
    for (const a of first) {
      if (c.window === undefined) {
        // Every occurrence, not only the first: a page reading drops the ones told as past
        // ("Grandad had a tumble last winter…, but Nan slipped this morning") and keeps the rest.
        found.push({ ...a, feature: c.id });
        if (found.length >= MAX_SPANS) break;
        continue;
      }
      let start = a.start;
      let end = a.end;
      let ok = true;
      for (const other of c.all.slice(1)) {
        const near = findNear(matches.get(other) ?? [], a, c.window);
        if (!near) {
          ok = false;
          break;
        }
        start = Math.min(start, near.start);
        end = Math.max(end, near.end);
      }
      if (ok) found.push({ ...a, feature: c.id, start, end });
      // Presence and a few spans are all later rules need; long pasted text must stay fast.
      if (found.length >= MAX_SPANS) break;
    }
    if (found.length) {
      present.add(c.id);
      const prev = matches.get(c.id);
      matches.set(c.id, prev ? prev.concat(found).sort((x, y) => x.start - y.start) : found);
    }
  }
}

const MAX_SPANS = 8;

/** A match of `list` (sorted by start) in a's sentence within `window` tokens of a. */
function findNear(list: Match[], a: Match, window: number): Match | undefined {
  // Binary search for the first match that could end near a, then scan the few after it.
  const from = a.start - window - 1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from - 30) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length; i++) {
    const b = list[i];
    if (b.start > a.end + window + 1) break;
    if (b.sent === a.sent && gapBetween(a, b) <= window) return b;
  }
  return undefined;
}

function gapBetween(a: Match, b: Match): number {
  if (b.start > a.end) return b.start - a.end - 1;
  if (a.start > b.end) return a.start - b.end - 1;
  return 0;
}
