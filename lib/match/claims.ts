// Claim check (issue 12): finds the sentences of a text that assert a FACTS.md §5 myth, so the
// page can mark them and the card can correct them. Pure: no DOM, no browser API.
//
// A sentence is read compositionally, with the patterns of lib/knowledge/data/myth-claims.ts:
// anchor ("massage", "rubbing", a massage gun…) + effect ("dissolves", "flushes out") + target
// ("salt deposits", "toxins") within a few words, in either order. It is not a claim when:
// - it is a question;
// - a negation comes shortly before the effect in the same clause ("massage does not flush toxins");
// - it reports the claim without endorsing it ("some spas claim…", "supposedly") or the text
//   rejects it, in the sentence or the next one ("…but there is no evidence", "There's no
//   evidence it does.");
// - the myth is one a hedge turns into a true statement ("may ease back pain for a short time");
// - the myth names an exception present in its paragraph (manual lymphatic drainage for
//   lymphoedema is not the general-massage circulation myth).
// Cheap: one regular-expression test over the whole text for any anchor first (claim-anchor.ts);
// texts without one (most pages) cost nothing more, and the content script loads this reader
// only when a text passes.
import { claimReading, mythClaims } from '../knowledge/data/myth-claims';
import { hasClaimAnchor } from './claim-anchor';
import { claimLiterals } from './claim-literals.generated';
import { LiteralLists } from './literal-lists';

export interface ClaimMatch {
  /** UTF-16 offsets into the scanned text: the words of the claim. */
  start: number;
  end: number;
  /** The FACTS.md §5 entry id (`myth-m1` … `myth-m13`). */
  mythId: string;
}

interface Compiled {
  anchor: RegExp;
  literals: LiteralLists;
  continuation: RegExp;
  /**
   * The sentence-wide readings and each myth's expressions are built on first use: most pages
   * with an anchor word never need them, and building ~100 Unicode expressions cost ~15 ms cold.
   */
  readings: () => Readings;
  myths: {
    id: string;
    re: () => MythExpressions;
    reach: number;
    hedgeable: boolean;
    /**
     * Indices into `literals` (claim-literals.ts) of the lists a sentence must hold for this myth:
     * its effects or phrases and its targets or phrases; and per need (the treatment included),
     * one the sentence or its context must hold.
     */
    effectList: number;
    targetList: number;
    needLists: number[];
  }[];
}

interface Readings {
  negation: RegExp;
  reported: RegExp;
  endorsed: RegExp;
  rejected: RegExp;
  hedges: RegExp;
  /** A holder phrase ending right where a target starts. */
  holderBefore: RegExp;
}

interface MythExpressions {
  needs: RegExp[];
  /** Needs the treatment anchors as the agent of the effect (not just somewhere in the sentence). */
  agent?: RegExp;
  effects: RegExp;
  /** The effect at the very start of a sentence ("Flushes out toxins."): its subject is before. */
  leadingEffect: RegExp;
  targets: RegExp;
  phrases?: RegExp;
  unless?: RegExp;
}

let compiled: Compiled | undefined;

/** `make()`'s value, made on the first call. */
const once = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

const words = (alts: readonly string[], flags = 'gi') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);

/**
 * The sentence lower-cased for literal tests: with the `iu` flags an ASCII letter also matches
 * the long s (U+017F, folding to "s") and the Kelvin sign (lower-casing to "k" already).
 */
function literalText(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
}

/** The literals of each need, in order: the treatment's, or the next of the other needs'. */
function needLiterals(
  needs: readonly unknown[],
  treatment: string[] | undefined,
  others: (string[] | undefined)[],
): (string[] | undefined)[] {
  let k = 0;
  return needs.map((n) => (n === 'treatment' ? treatment : others[k++]));
}

/** Compiled on first use: most pages never need it (DESIGN.md §5 "Cheap where nothing matches"). */
function compile(): Compiled {
  if (compiled) return compiled;
  const r = claimReading;
  const anchorAlts = [...r.treatment];
  const lits = claimLiterals();
  const literalLists: (string[] | undefined)[] = [];
  const list = (l: string[] | undefined) => literalLists.push(l) - 1;
  const myths = mythClaims.map((m, i) => {
    const expand = (n: readonly string[]) => n.flatMap((x) => (x === '@treatment' ? r.treatment : [x]));
    for (const n of m.needs) if (n !== 'treatment') anchorAlts.push(...expand(n));
    return {
      id: m.myth,
      re: once(() => ({
        needs: m.needs.map((n) => words(n === 'treatment' ? r.treatment : expand(n), 'i')),
        agent: m.needs.includes('treatment') ? words(r.treatment) : undefined,
        effects: words(m.effects),
        leadingEffect: new RegExp(`^(?:${m.effects.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
        targets: words(m.targets),
        phrases: m.phrases ? words(m.phrases) : undefined,
        unless: m.unless ? words(m.unless, 'i') : undefined,
      })),
      reach: m.reach ?? 5,
      hedgeable: m.hedgeable === true,
      effectList: list(lits.myths[i][2]),
      targetList: list(lits.myths[i][0]),
      needLists: needLiterals(m.needs, lits.treatment, lits.myths[i][1]).map(list),
    };
  });
  compiled = {
    anchor: words([...new Set(anchorAlts)], 'i'),
    readings: once(() => ({
      negation: words(r.negation),
      reported: words(r.reported),
      endorsed: words(r.endorsed),
      rejected: words(r.rejected),
      hedges: words(r.hedges),
      holderBefore: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${r.holders.join('|')})\\s+(?:(?:a|an|the|diagnosed|early|advanced|acute|chronic|breast|bone|skin)\\s+)*$`,
        'iu',
      ),
    })),
    continuation: new RegExp(`^(?:${r.continuations.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    myths,
    literals: new LiteralLists(literalLists),
  };
  return compiled;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
  para: number;
  /** A list item's introduction (the sentence before the list), if this sentence opens an item. */
  intro?: Sentence;
}

const LIST_ITEM = /^[ \t\u00a0]*(?:[•·▪\-*–—][ \t\u00a0]+|\d+[.)][ \t\u00a0]+)/;
const SENTENCE_END = /[.!?…]+["'”’)\]»]*(?=\s|$)|\n/g;

/** Paragraphs (blank lines) → sentences (. ! ? … and line breaks), with list items linked to their intro. */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /\n[ \t\u00a0]*\n\s*/g;
  let paraStart = 0;
  let para = 0;
  let lastPlain: Sentence | undefined;
  const addPara = (s: number, e: number) => {
    const body = text.slice(s, e);
    const item = LIST_ITEM.exec(body);
    const first = out.length;
    let pos = s + (item ? item[0].length : 0);
    const local = text.slice(pos, e);
    let from = 0;
    const push = (a: number, b: number) => {
      const raw = local.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!/[\p{L}\p{N}]/u.test(t)) return;
      out.push({ start: pos + a + lead, end: pos + a + lead + t.length, text: t, para });
    };
    for (const m of local.matchAll(SENTENCE_END)) {
      const stop = m.index + (m[0] === '\n' ? 0 : m[0].length);
      push(from, stop);
      from = m.index + m[0].length;
    }
    push(from, local.length);
    pos = s;
    if (item && lastPlain && out.length > first) out[first].intro = lastPlain;
    if (!item && out.length > first) lastPlain = out[out.length - 1];
    para++;
  };
  for (const m of text.matchAll(paraRe)) {
    addPara(paraStart, m.index);
    paraStart = m.index + m[0].length;
  }
  addPara(paraStart, text.length);
  return out;
}

const QUESTION_START = /^(?:is|are|does|do|did|can|could|will|would|should|has|have)\s/i;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const countWords = (s: string) => s.match(WORD)?.length ?? 0;

function spans(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(re)) if (m[0].length > 0) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Is the word at `at` negated: a cue within 5 words before it, in the same clause? */
function negatedAt(c: Compiled, text: string, at: number): boolean {
  let clause = text.slice(0, at);
  const cut = Math.max(
    clause.lastIndexOf(','),
    clause.lastIndexOf(';'),
    clause.lastIndexOf(':'),
    clause.search(/\bbut\b(?!.*\bbut\b)/i),
  );
  if (cut >= 0) clause = clause.slice(cut + 1);
  const tail = clause.match(WORD)?.slice(-5).join(' ') ?? '';
  // "not only", "no doubt": not a denial.
  return spans(c.readings().negation, tail).some(
    ([, e]) => !/^\s*(?:only|doubt|wonder|longer)\b/i.test(tail.slice(e)),
  );
}

/** "by a strong massage", "after a course of massage", "with regular deep tissue massage". */
const AGENT_AFTER =
  /(?<![\p{L}\p{N}])(?:by|with|after|through|thanks to|using|during|from|of)(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*$/iu;

/**
 * Is a treatment anchor the agent of the effect at `at`: before it in the sentence, or after it
 * behind "by", "with", "after"…? ("Lactic acid clears within an hour, massage or no massage" is not.)
 */
function hasAgent(agent: RegExp, text: string, at: number, hasContext: boolean): boolean {
  const found = spans(agent, text);
  if (found.length === 0) return hasContext;
  return found.some(([a]) => a < at || AGENT_AFTER.test(text.slice(at, a).split(/[,;:]/).pop() ?? ''));
}

interface Found {
  mythId: string;
  sentence: Sentence;
  /** The effect and target words, as offsets into the text. */
  core: [number, number];
  /** Effect and target (sentence offsets) when read as a pair; absent for whole phrases. */
  pair?: { effect: [number, number]; target: [number, number]; gap: number };
}

/**
 * Two myths read off the same effect word: the closer target is its object ("clears toxins from
 * the lymphatic system" is about toxins, not lymph), unless the targets are a list ("get rid of
 * tumors and salt deposits" claims both).
 */
function arbitrate(found: Found[], t: string): Found[] {
  return found.filter((f) =>
    found.every((o) => {
      if (o === f || !o.pair || !f.pair || o.pair.effect[0] !== f.pair.effect[0]) return true;
      if (o.pair.gap >= f.pair.gap) return true;
      const [a, b] =
        o.pair.target[0] < f.pair.target[0] ? [o.pair.target, f.pair.target] : [f.pair.target, o.pair.target];
      return (
        /^[\s,]*(?:(?:and|or|as well as|plus)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}$/iu.test(t.slice(a[1], b[0])) &&
        /(?:^|[\s,])(?:and|or|as well as|plus)(?:\s|$)|,/iu.test(t.slice(a[1], b[0]))
      );
    }),
  );
}

function readSentence(
  c: Compiled,
  s: Sentence,
  context: string,
  prev: Sentence | undefined,
  next: Sentence | undefined,
  held: (x: Sentence) => Uint8Array,
): Found[] {
  const t = s.text;
  // Questions ask, they do not assert: a final "?", or an opening auxiliary ("Is it true that…").
  if (/\?["'”’)\]»]*$/.test(t) || QUESTION_START.test(t)) return [];
  if (!c.anchor.test(t) && !c.anchor.test(context) && !(prev && c.anchor.test(prev.text))) return [];
  // The sentence-wide readings (rejected, hedged, endorsed, reported) are big expressions: they
  // run only once a myth has its effect or phrase here, which most anchored sentences never have.
  const rd = c.readings;
  let rejected: boolean | undefined;
  const isRejected = () =>
    (rejected ??=
      spans(rd().rejected, t).length > 0 ||
      // A list introduced as myths ("Common massage myths:") rejects its items.
      (s.intro !== undefined && spans(rd().rejected, s.intro.text).length > 0) ||
      (next !== undefined && next.para === s.para && spans(rd().rejected, next.text).some(([a]) => a < 40)));
  let hedged: boolean | undefined;
  const isHedged = () => (hedged ??= spans(rd().hedges, t).length > 0);
  let reportedSpans: [number, number][] | undefined;
  const reported = () =>
    (reportedSpans ??= spans(rd().endorsed, t).length > 0 ? [] : spans(rd().reported, t));
  const found: Found[] = [];
  const here = held(s);
  // A need may be met by the context (a list's intro, the sentence before); both count here.
  let around: Uint8Array | undefined;
  const heldAround = (k: number) => {
    around ??= Uint8Array.from(here, (_, i) => (s.intro && held(s.intro)[i]) || (prev && held(prev)[i]) || 0);
    return around[k];
  };
  for (const myth of c.myths) {
    // A myth is read only where one of its effects or phrases may be (both are looked for in this
    // sentence below): its expressions are compiled and run only there, so a page's first claim
    // sentence does not compile every myth's at once (issue 10: 60–100 ms in one task).
    // Likewise its targets (a phrase holds both literals) and each of its needs, in the sentence
    // or its context: on a back-pain forum most sentences hold some effect word ("help", "good").
    if (!here[myth.effectList] || !here[myth.targetList]) continue;
    if (!myth.needLists.every((k) => here[k] || heldAround(k))) continue;
    const m = myth.re();
    // A sentence opening with this myth's effect ("Flushes out lactic acid.") continues the last one.
    const ctx = prev && m.leadingEffect.test(t) ? `${context} ${prev.text}` : context;
    if (m.unless && (m.unless.test(t) || m.unless.test(ctx))) continue;
    if (!m.needs.every((re) => re.test(t) || re.test(ctx))) continue;
    const effects = spans(m.effects, t);
    const phrases = m.phrases ? spans(m.phrases, t) : [];
    if (effects.length === 0 && phrases.length === 0) continue;
    if (isRejected() || (myth.hedgeable && isHedged())) continue;
    // "people with cancer", "patients recovering from pneumonia": who has it, not what is treated.
    const targets = spans(m.targets, t).filter(
      ([a]) => !rd().holderBefore.test(t.slice(Math.max(0, a - 60), a)),
    );
    let best: [number, number] | undefined;
    const agentOk = (at: number) => !m.agent || hasAgent(m.agent, t, at, m.agent.test(ctx));
    for (const p of phrases) {
      if (negatedAt(c, t, p[0]) || reported().some(([a]) => a < p[0]) || !agentOk(p[0])) continue;
      best = p;
      break;
    }
    // The closest effect–target pair reads the claim ("flushes out toxins and boosts your
    // circulation": circulation goes with "boosts", not with "flushes").
    let bestGap = Number.POSITIVE_INFINITY;
    let pair: Found['pair'];
    for (const e of best ? [] : effects) {
      for (const g of targets) {
        if (g[0] < e[1] && e[0] < g[1]) continue;
        const gap = countWords(g[0] >= e[1] ? t.slice(e[1], g[0]) : t.slice(g[1], e[0]));
        if (gap > myth.reach || gap >= bestGap) continue;
        const first = Math.min(e[0], g[0]);
        if (negatedAt(c, t, e[0]) || negatedAt(c, t, first)) continue;
        if (reported().some(([a]) => a < e[0])) continue;
        if (!agentOk(e[0])) continue;
        best = [first, Math.max(e[1], g[1])];
        bestGap = gap;
        pair = { effect: e, target: g, gap };
      }
    }
    if (best)
      found.push({ mythId: myth.id, sentence: s, core: [s.start + best[0], s.start + best[1]], pair });
  }
  return arbitrate(found, t);
}

/**
 * The claims of FACTS.md §5 asserted in `text`: sorted, non-overlapping, UTF-16 offsets. A
 * sentence asserting one myth is marked whole; one asserting several ("…get rid of tumors and
 * salt deposits, to rejuvenate the skin…") is marked at each claim's own words.
 */
export function findClaims(text: string): ClaimMatch[] {
  if (!hasClaimAnchor(text)) return [];
  const c = compile();
  const list = sentences(text);
  const helds = new Map<Sentence, Uint8Array>();
  const held = (x: Sentence) => {
    let h = helds.get(x);
    if (!h) {
      h = c.literals.held(literalText(x.text));
      helds.set(x, h);
    }
    return h;
  };
  const found: Found[] = [];
  list.forEach((s, i) => {
    const prev = list[i - 1];
    let context = s.intro ? s.intro.text : '';
    if (prev && prev.para === s.para && c.continuation.test(s.text)) context += ` ${prev.text}`;
    found.push(...readSentence(c, s, context, prev, list[i + 1], held));
  });
  found.sort((a, b) => a.sentence.start - b.sentence.start || a.core[0] - b.core[0]);
  const out: ClaimMatch[] = [];
  for (const f of found) {
    const several = found.filter((x) => x.sentence === f.sentence).length > 1;
    let [start, end] = several ? f.core : [f.sentence.start, f.sentence.end];
    const last = out[out.length - 1];
    if (last && start < last.end) {
      if (end <= last.end) continue;
      // The later claim starts at its own target when it shares words with the earlier one.
      const own =
        f.pair && f.pair.target[0] > f.pair.effect[0] ? f.sentence.start + f.pair.target[0] : f.core[0];
      start = Math.max(last.end, own);
      while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
      // "…tumors and salt deposits": the later claim starts at its own words, not at "and".
      const joiner = /^(?:and|or|as well as)\s+/i.exec(text.slice(start, end));
      if (joiner) start += joiner[0].length;
    }
    // The claim's words: no leading or trailing punctuation or space (". ;" stay unpainted).
    while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
    if (start < end) out.push({ start, end, mythId: f.mythId });
  }
  return out.sort((a, b) => a.start - b.start);
}
