// The sentences around found terms (issue 8 Build 4): each term's sentence with the two before
// and three after, one window per sentence that holds terms (neighbouring windows overlap; a finding
// escalates only its window's term sentence). Only these are analysed for red flags told in lay
// words, so a page without terms costs nothing more. Wider than the ±1 of FACTS.md §6.1 C1: a
// forum post often tells the back pain first and the worrying sign a few sentences later ("Tweaked my
// back on Friday. Ibuprofen helped a bit. Now both feet feel like cotton wool"). Pure string work; offsets are into `text`.

/**
 * Bounds on the analysis of one chunk (lib/page/read-chunks.ts): at most this many windows, this
 * much text from the first window's start to the last one's end, and this much per window (a
 * run-on "sentence" the length of a page is cut). A 16 kB chunk of a forum thread has a couple of
 * hundred sentences with terms; every one is analysed.
 */
export const MAX_WINDOWS = 400;
export const MAX_WINDOWS_SPAN = 200_000;
export const MAX_WINDOW_CHARS = 4000;

export interface ContextWindow {
  start: number;
  end: number;
  text: string;
  /** Indices (into the terms given) of the terms in this window's middle sentence. */
  terms: number[];
}

/**
 * Sentences before and after a term's own. One more after than before: a post tells the back pain
 * first and the worrying sign a few sentences later more often than the other way round ("My
 * backache has been grinding on for two months. The physio says it's posture. I haven't changed
 * what I eat. Even so, I've dropped nearly a stone without trying").
 */
const SPAN_BEFORE = 2;
const SPAN_AFTER = 3;
const SENTENCE_END = /[.!?…]+["')\]]*\s+|\n\s*\n/g;

/**
 * One window per sentence holding a term: that sentence with the two before and three after. A red
 * flag found in a window escalates only the terms of its term sentence, so it reaches two sentences
 * back and three on.
 */
export function contextWindows(
  text: string,
  terms: readonly { start: number; end: number }[],
): ContextWindow[] {
  if (terms.length === 0) return [];
  const bounds: number[] = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text))
    bounds.push(m.index + m[0].length);
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = bounds.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const bySentence = new Map<number, number[]>();
  terms.forEach((t, i) => {
    const s = sentenceOf(t.start);
    const list = bySentence.get(s);
    if (list) list.push(i);
    else bySentence.set(s, [i]);
  });
  const windows: ContextWindow[] = [];
  for (const [s, ids] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    if (windows.length >= MAX_WINDOWS) break;
    const start = bounds[Math.max(0, s - SPAN_BEFORE)];
    let end = bounds[Math.min(bounds.length - 1, s + SPAN_AFTER + 1)];
    if (end - start > MAX_WINDOW_CHARS) end = start + MAX_WINDOW_CHARS;
    if (windows.length > 0 && end - windows[0].start > MAX_WINDOWS_SPAN) break;
    windows.push({ start, end, text: text.slice(start, end), terms: ids });
  }
  return windows;
}

/** A term the matcher found as a red flag in its own right (its context rules already judged it). */
const isRedFlagTerm = (conceptId: string) =>
  conceptId.startsWith('rf-') || conceptId === 'cauda-equina-syndrome';

/**
 * The analyser's findings for one window that escalate its terms: urgent or emergency, and
 * telling something the matcher did not find itself. A finding told only in found terms and
 * filler words ("back pain with a fever and shivering") is left to the matcher, whose own rules
 * and report status decide ("no fever" stays calm even where the analyser's reading differs). A
 * finding with words of its own ("sciatica in both legs now and they keep giving way", "mid-back
 * pain … out of breath and in a cold sweat") stands.
 */
export function escalatingFindings<
  F extends { start: number; end: number; level: string; redFlagId?: string; ownBase?: boolean },
>(
  window: { start: number; text: string },
  findings: readonly F[],
  terms: readonly { start: number; end: number; conceptId: string }[],
): F[] {
  return findings.filter(
    (x) =>
      (x.level === 'emergency' || x.level === 'urgent-same-day') &&
      (!overlapsRedFlagTerm(
        window.start + x.start,
        window.start + x.end,
        terms,
        x.ownBase ? x.redFlagId : undefined,
      ) ||
        uncoveredWords(window, x, terms).some((w) => !FILLERS.has(w))),
  );
}

/**
 * A found term that is itself a red flag, or, for a condition reported at its own base level, one
 * that names the very entry ("Spent the weekend nailing shingles on the shed roof"): its card says
 * as much already.
 */
const overlapsRedFlagTerm = (
  start: number,
  end: number,
  terms: readonly { start: number; end: number; conceptId: string }[],
  findingId?: string,
) =>
  terms.some(
    (t) => (isRedFlagTerm(t.conceptId) || t.conceptId === findingId) && t.start < end && start < t.end,
  );

/** Words that carry no sign of their own between found terms. */
const FILLERS = new Set(
  'a an and the of in on at to with from for my his her their our your its i me he she they we it is was are were been be has have had also plus then now some this that'.split(
    ' ',
  ),
);

/** The words of a finding that no found term covers, lower-cased. */
function uncoveredWords(
  window: { start: number; text: string },
  x: { start: number; end: number },
  terms: readonly { start: number; end: number }[],
): string[] {
  const chars = [...window.text.slice(x.start, x.end)];
  for (const t of terms)
    for (let i = Math.max(t.start - window.start, x.start); i < Math.min(t.end - window.start, x.end); i++)
      chars[i - x.start] = ' ';
  return (
    chars
      .join('')
      .toLowerCase()
      .match(/[a-z']+/g) ?? []
  );
}
