// Query tokeniser for the symptom lookup (FACTS.md §6.1 D1, D4 "same query").
// Pure: no DOM. Splits on anything that is not a letter or digit (so "one-sided" = one + sided),
// folds case and accents, expands English contractions, and merges the "lost function" verbs
// (can't, cannot, unable to, not able to) into one token `cant`, because §6.1 N treats them as
// positive findings, never as negation.

import { NO_SENTENCE_END_AFTER } from '../knowledge/lay';

/** Hard caps so a pasted 10 kB story stays fast (DESIGN: lookup p95 ≤ 2 ms). */
export const MAX_QUERY_CHARS = 20_000;
export const MAX_TOKENS = 4_000;

export interface Token {
  /** Lower-cased surface form after contraction expansion ("legs", "peeing"). */
  raw: string;
  /** Canonical form, filled in by canonicalise() (lemma, US spelling, typo fixed). */
  c: string;
  /** Sentence index: ". ! ? ; …" and line breaks end a sentence. */
  sent: number;
  /** The word follows a dash between spaces: what a negation before it denied ends there. */
  afterDash?: boolean;
  /** Clause index: sentence ends, commas, colons, brackets and "but"-type words end a clause. */
  clause: number;
  /** True when the original was written in capitals (for "AS"). */
  caps: boolean;
  /** UTF-16 offsets of the word in the query (parts of a contraction share them). */
  start: number;
  end: number;
  /** True on the last word before a "?" ("Chest pain? None."). */
  asked?: boolean;
  /** True inside brackets: "(gave the other to my brother in 2019)" is an aside. */
  aside?: boolean;
}

const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['cant'],
  cannot: ['cant'],
  "couldn't": ['cant'],
  "won't": ['wont'],
  "wouldn't": ['would', 'not'],
  "shan't": ['not'],
  "ain't": ['not'],
  "i'm": ['i', 'am'],
  im: ['i', 'am'],
  "i've": ['i', 'have'],
  ive: ['i', 'have'],
  "i'd": ['i', 'had'],
  "i'll": ['i', 'will'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  werent: ['were', 'not'],
  shouldnt: ['should', 'not'],
  wouldnt: ['would', 'not'],
  isnt: ['is', 'not'],
  wasnt: ['was', 'not'],
  arent: ['are', 'not'],
  wont: ['wont'],
  couldnt: ['cant'],
  // Caribbean English: "mi cyaan keep nutten down".
  cyaan: ['cant'],
  kyaan: ['cant'],
  caan: ['cant'],
  // Scots: "cannae get up the stair", "I dinnae ken".
  cannae: ['cant'],
  canna: ['cant'],
  couldnae: ['cant'],
  dinnae: ['do', 'not'],
  didnae: ['did', 'not'],
  doesnae: ['does', 'not'],
  isnae: ['is', 'not'],
  wasnae: ['was', 'not'],
  wouldnae: ['would', 'not'],
  willnae: ['wont'],
};

/** Words that end a clause for negation scope and for clause-bound patterns. */
// "but"-type words end negation scope (negation.ts) but not a clause, so "need to go but can't" matches.
const CLAUSE_WORDS = new Set<string>();

/**
 * A number and a unit written as one word: "8kg", "10lbs", "3wks", "48hrs", an age "67yo", a
 * height "8m" or "12ft", a speed "50mph", a temperature in Fahrenheit "102F".
 */
const NUMBER_UNIT =
  /^\d+(?:kg|kgs|kilo|kilos|lb|lbs|st|cm|mm|km|hr|hrs|min|mins|wk|wks|yr|yrs|yo|m|ft|mtr|mtrs|metres|meters|feet|mph|kph|kmh|f)$/;
// A dash between spaces (" - ", " – ", " — ") ends what a negation denies (Token.afterDash): "my
// lower back pain - not my legs - goes through the roof" denies only the legs. Not a clause break:
// "AAA screening scan - normal" still reads as one phrase.
const WORD_RE = /[a-z0-9]+(?:'[a-z]+)?|[.!?;…\n]|[,:()]|(?<=[ \t])[-–—](?=[ \t])/g;

/** Whether the line break at `at` joins a list: after a colon, or before a bullet or "1." / "2)". */
function continuesList(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
  if (text[before] === ':') return true;
  const rest = /^\s*([-•*–·]|\d{1,2}[.)])\s/.exec(text.slice(at + 1, at + 12));
  return rest !== null;
}

function fold(text: string): string {
  // NFKD + strip combining marks folds "é" to "e"; curly apostrophes count as straight (§6 rule 1).
  // Length-preserving (one unit per unit), so token offsets point into the original text.
  const folded = text.replace(/[\u2018\u2019\u02bc`´]/g, "'");
  if (!/[^ -~\t\n\r]/.test(folded)) return folded;
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    const f = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += f.length === 1 ? f : ch;
  }
  return out;
}

/** Short forms whose point ends no sentence (FACTS.md §6.1 D2), less those that end typed ones. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...NO_SENTENCE_END_AFTER].filter((w) => w !== 'no' && w !== 'etc' && w !== 'st'),
);

/** Tokenise a query. Never throws; junk gives []. */
export function tokenize(query: string): Token[] {
  if (typeof query !== 'string' || query.length === 0) return [];
  const folded = fold(query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query);
  // No lower-case letter at all, or far more capitals than lower case: the whole text is shouted.
  const lowers = folded.match(/[a-z]/g)?.length ?? 0;
  const shouting = lowers === 0 || (folded.match(/[A-Z]/g)?.length ?? 0) > 2 * lowers;
  const lower = folded.toLowerCase();
  const out: Token[] = [];
  let sent = 0;
  let clause = 0;
  let lastWasBreak = true;
  let dashed = false;
  let aside = false;
  // A sentence ends at its full stop even right after a clause break: "(stopped 5 years ago). Lying
  // in bed I can feel…" is two sentences, not one long past.
  let lastWasSentenceBreak = true;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lower); m !== null; m = WORD_RE.exec(lower)) {
    if (out.length >= MAX_TOKENS) break;
    const s = m[0];
    // A point between digits is a decimal point ("38.3", "4.8cm"): no break, so the number's two
    // halves stay side by side in one clause.
    if (s === '.' && /\d/.test(lower[m.index - 1] ?? '') && /\d/.test(lower[m.index + 1] ?? '')) continue;
    // A list stays in the sentence that introduces it ("Signs include:\n- not being able to pee\n-
    // …"): a line break after a colon or before a bullet is a clause break only.
    if (s === '\n' && continuesList(lower, m.index)) {
      if (!lastWasBreak) clause++;
      lastWasBreak = true;
      continue;
    }
    // "approx. 4 m", "Dr. Patel", "e.g. a fall": a point after a short form, with the sentence going on
    // in lower case or digits, ends nothing.
    if (
      s === '.' &&
      ABBREVIATIONS.has(out[out.length - 1]?.raw ?? '') &&
      !lastWasBreak &&
      /^\s*[a-z0-9]/.test(folded.slice(m.index + 1, m.index + 4))
    )
      continue;
    if (s.length === 1 && '.!?;…\n'.includes(s)) {
      if (s === '?' && !lastWasBreak && out.length) out[out.length - 1].asked = true;
      if (!lastWasSentenceBreak) sent++;
      if (!lastWasBreak) clause++;
      lastWasBreak = true;
      lastWasSentenceBreak = true;
      dashed = false; // a dash before a full stop sets nothing apart in the next sentence
      aside = false;
      continue;
    }
    if (s.length === 1 && '-–—'.includes(s)) {
      dashed = true;
      continue;
    }
    if (s.length === 1 && ',:()'.includes(s)) {
      // "Mum (84) slid off the sofa", "Dad, 82, had a fall": an age in brackets or between commas
      // stays in its clause.
      if (
        (s === '(' && /^\(\s*\d{1,3}\s*\)/.test(folded.slice(m.index, m.index + 7))) ||
        (s === ')' && /\(\s*\d{1,3}\s*\)$/.test(folded.slice(Math.max(0, m.index - 6), m.index + 1))) ||
        (s === ',' && /^,\s*\d{2,3}\s*,/.test(folded.slice(m.index, m.index + 8))) ||
        (s === ',' && /,\s*\d{2,3}\s*,$/.test(folded.slice(Math.max(0, m.index - 7), m.index + 1)))
      )
        continue;
      if (s === '(') aside = true;
      else if (s === ')') aside = false;
      if (!lastWasBreak) clause++;
      lastWasBreak = true;
      continue;
    }
    const original = folded.slice(m.index, m.index + s.length);
    // A word in capitals stands out only in a text that is not written all in capitals: in
    // "MY BACK HURTS AS I WALK" no word does.
    const caps = !shouting && s.length >= 2 && original === original.toUpperCase() && /[A-Z]/.test(original);
    let parts: string[];
    // Own keys only: "constructor" or "__proto__" typed by a person must stay words.
    if (Object.hasOwn(CONTRACTIONS, s)) parts = CONTRACTIONS[s];
    else if (s.endsWith("n't")) parts = [s.slice(0, -3), 'not'];
    else if (/'(s|ll|d|re|ve)$/.test(s)) parts = [s.slice(0, s.indexOf("'"))];
    // A number glued to its unit, "down 8kg", "for 3wks", is the number and the unit.
    else if (NUMBER_UNIT.test(s)) parts = [s.replace(/[a-z]+$/, ''), s.replace(/^\d+/, '')];
    else parts = [s.replace(/'/g, '')];
    for (const p of parts) {
      if (!p) continue;
      if (CLAUSE_WORDS.has(p)) {
        clause++;
        lastWasBreak = true;
        continue;
      }
      out.push({
        raw: p,
        c: p,
        sent,
        clause,
        caps,
        start: m.index,
        end: m.index + s.length,
        ...(dashed ? { afterDash: true } : {}),
        ...(aside ? { aside: true } : {}),
      });
      dashed = false;
      lastWasBreak = false;
      lastWasSentenceBreak = false;
    }
  }
  return mergeLostFunction(out);
}

/** "can not", "unable to", "not able to" → `cant` (§6.1 N "same verbs"). */
function mergeLostFunction(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const n1 = tokens[i + 1]?.raw;
    const n2 = tokens[i + 2]?.raw;
    if ((t.raw === 'can' || t.raw === 'could') && n1 === 'not') {
      out.push({ ...t, raw: 'cant', c: 'cant' });
      i += 1;
    } else if (t.raw === 'unable' && n1 === 'to') {
      out.push({ ...t, raw: 'cant', c: 'cant' });
      i += 1;
    } else if (t.raw === 'not' && n1 === 'able' && n2 === 'to') {
      out.push({ ...t, raw: 'cant', c: 'cant' });
      i += 2;
    } else if (t.raw === 'not' && n1 === 'been' && n2 === 'able' && tokens[i + 3]?.raw === 'to') {
      out.push({ ...t, raw: 'cant', c: 'cant' });
      i += 3;
    } else out.push(t);
  }
  return out;
}
