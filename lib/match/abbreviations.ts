// FACTS.md §6.1 A: abbreviations. They match only as written (the scanner checks case, §6 rule 4);
// here: A1 never inside a run of 3+ all-capital words, A2 expansion earlier in the document (or in
// brackets right after), A3 expansion or a fixed co-term within 6 tokens, A4 never-rules.
import type { TextModel } from './sentences';
import { type Candidate, inSentence, type RuleContext, type WordList, within, words } from './window';

/** A3 co-terms (the expansion's key words are among them). */
export const CO_TERMS: Record<string, WordList> = {
  AS: words(
    "ankylosing, spondylitis, spondyloarthritis, axSpA, Bechterew's, Bekhterev's, HLA-B27, iritis, uveitis",
  ),
  PID: words(
    'pelvic, womb, fallopian, ovary, ovaries, uterus, chlamydia, gonorrhoea, gonorrhea, STI, STIs, vaginal, pelvic inflammatory disease',
  ),
  UTI: words('urine, urinary, pee, peeing, wee, bladder, cystitis, kidney, antibiotic, antibiotics'),
  LBP: words('back, lumbar, pain, sciatica, physiotherapy, physio'),
  DOMS: words('muscle, muscles, soreness, sore, workout, exercise, training'),
  RMT: words('massage, therapist, registered'),
  LMT: words('massage, therapist, licensed'),
  chiro: words('chiropractor, chiropractic, adjustment, spine, back, neck'),
};

/** A4: never, even with an expansion or co-term (same sentence unless said otherwise). */
const NEVER_IN_SENTENCE: Record<string, WordList> = {
  AAA: words(
    'baseball, affiliate, minor league, rehab assignment, battery, batteries, credit, rating, games',
  ),
  CES: words('Las Vegas, show, booth, exhibitor, keynote'),
  RMT: words('union, strike, rail, railway'),
  PE: words('teacher, lesson, class, kit, ratio, fund, equity'),
  DVT: words('test, prototype, build, phase'),
  PID: words('controller, process, kill'),
};
const AS_NEVER_BEFORE = new Set(['roma', 'monaco', 'saint', 'nancy']);

function isAllCapsWord(m: TextModel, i: number): boolean {
  const w = m.raw(i);
  return w.length >= 2 && /^[A-Z0-9]+$/.test(w) && /[A-Z]/.test(w);
}

/** A1: the abbreviation sits in a run of 3+ consecutive all-capital words ("AS SEEN ON TV"). */
function inCapitalsRun(m: TextModel, c: Candidate): boolean {
  let run = 1;
  // A run is consecutive words of one local sentence (not across a list item edge).
  const l = m.tokLocal[c.t0];
  for (let i = c.t0 - 1; i >= 0 && m.tokLocal[i] === l && isAllCapsWord(m, i); i--) run++;
  for (let i = c.t1 + 1; i < m.count && m.tokLocal[i] === l && isAllCapsWord(m, i); i++) run++;
  return run >= 3;
}

/** A2: the expansion appears earlier in the document, or right after in brackets. */
function hasExpansion(ctx: RuleContext, c: Candidate, key: string): boolean {
  if (ctx.seenExpansions.has(key)) return true;
  const bracket = /^\s*\(\s*/.exec(ctx.m.text.slice(c.end, c.end + 8));
  const defStart = bracket ? c.end + bracket[0].length : -1;
  for (const h of ctx.raw) {
    if (!h.term.expands.includes(key)) continue;
    if (h.end <= c.start || h.start === defStart) return true;
  }
  return false;
}

function a4(ctx: RuleContext, c: Candidate, key: string): boolean {
  const m = ctx.m;
  if (key === 'AS') {
    const nextRaw = c.t1 + 1 < m.count ? m.lower(c.t1 + 1) : '';
    if (AS_NEVER_BEFORE.has(nextRaw) && m.tokLocal[c.t1 + 1] === m.tokLocal[c.t1]) return true;
  }
  const never = NEVER_IN_SENTENCE[key];
  if (never && inSentence(m, c, never)) return true;
  if (key === 'CES') {
    const [a, b] = m.sentenceRange(c.sent);
    for (let i = a; i <= b; i++) if (/^\d{4}$/.test(m.raw(i))) return true;
  }
  return false;
}

/** Rule `abbr-expansion` (A1, A2, A4): CES, AAA, triple A, PE, DVT, MSCC. */
export function abbrExpansion(c: Candidate, ctx: RuleContext): boolean {
  const key = c.term.text === 'triple A' ? 'AAA' : c.term.text;
  if (c.term.abbr && inCapitalsRun(ctx.m, c)) return false;
  if (a4(ctx, c, key)) return false;
  return hasExpansion(ctx, c, key);
}

/** Rule `abbr-coterm` (A1, A3, A4): AS, PID, UTI, LBP, DOMS, RMT, LMT. */
export function abbrCoTerm(c: Candidate, ctx: RuleContext): boolean {
  const key = c.term.text;
  if (inCapitalsRun(ctx.m, c)) return false;
  if (a4(ctx, c, key)) return false;
  const list = CO_TERMS[key];
  return list !== undefined && within(ctx.m, c, 6, list);
}

/** Rule `chiro` (A3): "chiro" or "Chiro" with a chiropractic co-term within 6 tokens. */
export function chiro(c: Candidate, ctx: RuleContext): boolean {
  const raw = ctx.m.text.slice(c.start, c.end);
  if (raw !== 'chiro' && raw !== 'Chiro' && raw !== 'chiros' && raw !== 'Chiros') return false;
  return within(ctx.m, c, 6, CO_TERMS.chiro);
}
