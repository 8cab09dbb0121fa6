// The lookup's understanding, applied to a page (issue 8 Build 4): which sentences near a found
// term report a red flag in lay words. Pure: no DOM, no browser API; the background runs it for
// the content script, which sends only the sentences around terms it found (a page without terms
// costs nothing more).
// A red flag counts when its presentation (lib/knowledge/data/presentations.ts) is met by the
// reported parts of the window, not negated, hypothetical or told as past history, and its level
// for that window is urgent-same-day or emergency. Its wording is the span of the parts it used.
import { getEntry, URGENCY_LEVELS, type Urgency } from '../knowledge/index.ts';
import {
  CLAUSE_ONLY_PAST_CUES,
  LOOKUP_RULES,
  MIN_SCORE,
  OVER_CUES,
  OWN_REPORT_ASKS,
  OWN_WORDS,
  PAST_CUES,
  PRESENTATIONS,
  QUESTION_LEAD_INS,
  QUESTION_OPENERS,
  QUOTED_ADVICE_WORDS,
} from '../knowledge/lay';
import { evalExpr } from './expr';
import { extractFeatures, reportedOutside } from './features';
import { cueAt, markCueReach, pastTimeAt, storyPastSentences, timeCueAt } from './negation';
import type { Token } from './tokenize';

export interface RedFlagFinding {
  /** UTF-16 offsets of the red-flag wording in the analysed text. */
  start: number;
  end: number;
  redFlagId: string;
  level: Urgency;
  /** A condition reported at its own base level (LOOKUP_RULES.pageReportsBase), not escalated. */
  ownBase?: boolean;
}

const rank = (u: Urgency | undefined) => (u ? URGENCY_LEVELS.indexOf(u) : -1);
const URGENT = rank('urgent-same-day');
/**
 * What a page sentence can report: every red flag, and the other entries by their escalations only
 * ("known aneurysm, new back pain since this afternoon", "kidney infection, now drowsy and
 * muddled"): a condition's own base level is what the term's card already says.
 */
let reportableCache: typeof PRESENTATIONS | undefined;
const reportable = () =>
  (reportableCache ??= PRESENTATIONS.filter(
    (p) =>
      p.kind === 'red-flag' ||
      p.core ||
      LOOKUP_RULES.pageReportsBase.includes(p.id) ||
      ((p.escalations?.length ?? 0) > 0 && !LOOKUP_RULES.pageEscalationsLeftOut.includes(p.id)),
  ));

/**
 * Tokens whose findings do not count. `past`: told of the past ("years ago…", "in the 80s"),
 * over ("turned out to be…"), or asked as a question ("General question: is numbness around your
 * bum serious?"; but "I can't feel my legs, is that normal?" reports). `over`: only the over and
 * asked ones, for red flags that are history by nature (Presentation.history). A past cue reaches
 * through its sentence only up to a word that returns to now: "I had a slipped disc in 2019 and
 * now both legs have gone numb" reports the numb legs.
 */
function pastTokens(tokens: Token[], text: string): { past: Uint8Array; over: Uint8Array } {
  const past = new Uint8Array(tokens.length);
  const over = new Uint8Array(tokens.length);
  const whole = (mask: Uint8Array, sent: number) => {
    for (let i = 0; i < tokens.length; i++) if (tokens[i].sent === sent) mask[i] = 1;
  };
  let opensAsQuestion = false;
  let inLeadIn = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const firstOfSentence = tokens[i - 1]?.sent !== t.sent;
    if (firstOfSentence) {
      inLeadIn = true;
      opensAsQuestion = false;
    }
    if (inLeadIn) {
      // Skip lead-ins ("Quick q though, can…"): the first other word decides.
      if (!QUESTION_LEAD_INS.has(t.raw)) {
        opensAsQuestion = QUESTION_OPENERS.has(t.raw) && !asksIfOwnSignIsNormal(tokens, i);
        inLeadIn = false;
      }
    } else if (QUESTION_OPENERS.has(t.raw) && text.slice(tokens[i - 1].end, t.start).includes(':')) {
      opensAsQuestion = true;
    }
    // A question opening after a comma asks about what follows it, not what came before:
    // "with lumbar stenosis, is it dangerous when the legs feel heavy?" asks; "my legs are numb, is
    // that normal?" reports the numb legs.
    if (
      !firstOfSentence &&
      t.clause !== tokens[i - 1].clause &&
      QUESTION_OPENERS.has(t.raw) &&
      !asksIfOwnSignIsNormal(tokens, i) &&
      endsWithQuestionMark(tokens, i, text)
    )
      for (let k = i; k < tokens.length && tokens[k].sent === t.sent; k++) {
        past[k] = 1;
        over[k] = 1;
      }
    // "my spine is now curving to one side, it wasn't like that last year": the date is what it
    // was not like then, so the sign is new.
    const notLikeThen = tokens
      .slice(Math.max(0, i - 4), i)
      .some((t, k, a) => t.raw === 'not' && a[k + 1]?.raw === 'like');
    if (!notLikeThen && pastTimeAt(tokens, i)) markCueReach(tokens, past, i);
    // The last word of a sentence followed by "?": a question, not a report, if it opened as one.
    if (tokens[i + 1]?.sent !== t.sent && opensAsQuestion && /^\s*\?/.test(text.slice(t.end, t.end + 3))) {
      whole(past, t.sent);
      whole(over, t.sent);
    }
    if (!notLikeThen)
      for (const cue of PAST_CUES) {
        if (!timeCueAt(tokens, i, cue)) continue;
        if (CLAUSE_ONLY_PAST_CUES.some((c) => c.join(' ') === cue.join(' '))) {
          // Its usual reach, kept inside its own clause.
          const reach = new Uint8Array(tokens.length);
          markCueReach(tokens, reach, i);
          for (let k = 0; k < tokens.length; k++) if (reach[k] && tokens[k].clause === t.clause) past[k] = 1;
        } else markCueReach(tokens, past, i);
      }
    for (const cue of OVER_CUES)
      if (cueAt(tokens, i, cue)) {
        markCueReach(tokens, past, i, undefined, true, true);
        markCueReach(tokens, over, i, undefined, true, true);
      }
  }
  // A long-past story goes on past its first sentence ("Years ago my dad had sciatica. He
  // couldn't pee and needed surgery.").
  for (const s of storyPastSentences(tokens)) whole(past, s);
  for (const [from, to] of quotedAdvice(tokens, text))
    for (let k = from; k <= to; k++) {
      past[k] = 1;
      over[k] = 1;
    }
  return { past, over };
}

/**
 * Quotations: straight or curly quotes around at least a few words, opening after a space, a
 * colon or a bracket and closing before a space or punctuation (so "don't" is no quote).
 */
const QUOTATION = /(?<=^|[\s:(])["“'‘]([^"”\n]{12,400}?)["”'’](?=[\s.,;:!?)]|$)/g;

/**
 * Token ranges of quotations that give advice and speak for nobody: "Article: 'Sudden severe back
 * pain with fainting can be a burst aneurysm.'", "'Sciatica in both legs needs emergency care.' I
 * had exactly that in 2016…" (the reader's own words after it are read as usual). A quote with
 * I/me/my in it is someone's words about themselves ("she said 'I can't feel my legs'").
 */
function quotedAdvice(tokens: Token[], text: string): [number, number][] {
  if (!/["“'‘]/.test(text)) return [];
  const out: [number, number][] = [];
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(text); m !== null; m = QUOTATION.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    let from = -1;
    let to = -1;
    // Tokens are in text order: stop at the first one past the quote.
    for (let k = 0; k < tokens.length && tokens[k].start < end; k++) {
      if (tokens[k].start < start || tokens[k].end > end) continue;
      if (from < 0) from = k;
      to = k;
    }
    if (from < 0) continue;
    const words = tokens.slice(from, to + 1);
    if (words.some((t) => OWN_WORDS.has(t.raw))) continue;
    if (words.some((t) => QUOTED_ADVICE_WORDS.has(t.raw))) out.push([from, to]);
  }
  return out;
}

/** Does the sentence of token i end with a "?"? */
function endsWithQuestionMark(tokens: Token[], i: number, text: string): boolean {
  let last = i;
  while (tokens[last + 1]?.sent === tokens[i].sent) last++;
  return /^\s*\?/.test(text.slice(tokens[last].end, tokens[last].end + 3));
}

/**
 * "Is it normal that my lower back pain is worst at night?": asking whether one's own sign is
 * normal reports it. `i` is the sentence's first word.
 */
function asksIfOwnSignIsNormal(tokens: Token[], i: number): boolean {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!a || !b || !c || a.raw !== 'is' || b.raw !== 'it' || c.sent !== a.sent) return false;
  if (!OWN_REPORT_ASKS.has(c.raw)) return false;
  for (let k = i + 3; k < tokens.length && tokens[k].sent === a.sent; k++)
    if (OWN_WORDS.has(tokens[k].raw)) return true;
  return false;
}

/** The features a core expression asks for (not those it excludes with "!"). */
const coreFeatures = (core: string) => [...core.matchAll(/(?<![!\w])(\w+)/g)].map((m) => m[1]);

/** Red flags the text reports, with the span of their wording, most urgent first. */
export function analyseText(text: string): RedFlagFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const fs = extractFeatures(text.length > 4000 ? text.slice(0, 4000) : text, { page: true });
  // A study question its writer says is not about them reports nothing ("i ask for my course
  // homework, i am fine").
  if (LOOKUP_RULES.notAReportFeatures.some((f) => fs.present.has(f))) return [];
  const { past, over } = pastTokens(fs.tokens, text);
  // Drop what the past sentences report, so "years ago" stories escalate nothing.
  const now = reportedOutside(fs, past, over);
  // Most windows tell nothing as past: then both readings are the same, built once.
  const notOver = past.every((v, i) => v === over[i]) ? now : reportedOutside(fs, over);
  const out: RedFlagFinding[] = [];
  for (const p of reportable()) {
    const flag = p.kind === 'red-flag' || p.core !== undefined;
    const { present, matches } = p.history ? notOver : now;
    const entry = getEntry(p.id);
    const u = entry && 'urgency' in entry ? entry.urgency : undefined;
    if (!u) continue;
    let score = 0;
    const used: string[] = [];
    for (const [f, w] of Object.entries(p.cues)) {
      if (w >= 1 && present.has(f)) {
        score += w;
        used.push(f);
      }
    }
    const requires = p.requires ? evalExpr(p.requires, present) : true;
    let level: Urgency | undefined;
    let ownBase = false;
    if (score >= MIN_SCORE && requires) {
      ownBase = !flag && LOOKUP_RULES.pageReportsBase.includes(p.id);
      level = flag || ownBase ? u.base : undefined;
      for (const esc of p.escalations ?? [])
        if (rank(esc.level) > rank(level) && evalExpr(esc.when, present)) {
          level = esc.level;
          ownBase = false;
        }
    } else if (p.core && u.base === 'emergency' && evalExpr(p.core, present)) {
      // The core of an emergency red flag told in other words (the lookup's "could this be…?"
      // check): on a page too, a person telling it now gets the term escalated (issue 8 Build 4).
      level = u.base;
      for (const f of coreFeatures(p.core)) if (present.has(f) && !used.includes(f)) used.push(f);
    }
    if (rank(level) < URGENT || !level) continue;
    const spans = used.flatMap((f) => matches.get(f) ?? []);
    if (spans.length === 0) continue;
    const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
    const last = spans.reduce((a, b) => (b.end > a.end ? b : a));
    const t0 = fs.tokens[first.start];
    const t1 = fs.tokens[last.end];
    // One sentence's wording: the span runs from the first used part to the last in that sentence.
    const sameSentence = spans.filter((m) => m.sent === first.sent);
    const end = sameSentence.reduce((a, b) => (b.end > a.end ? b : a), first);
    out.push({
      start: t0.start,
      end: first.sent === last.sent ? t1.end : fs.tokens[end.end].end,
      redFlagId: p.id,
      level,
      ...(ownBase ? { ownBase } : {}),
    });
  }
  return out.sort((a, b) => rank(b.level) - rank(a.level) || a.start - b.start);
}
