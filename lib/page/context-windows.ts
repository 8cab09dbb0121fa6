// The sentences around found terms (issue 8 Build 4): each term's sentence with the two before
// and after (people tell the red flag a sentence or two after the back pain), merged where they overlap. Only these are analysed for red flags told in lay words,
// so a page without terms costs nothing more. Pure string work; offsets are into `text`.

export interface ContextWindow {
  start: number;
  end: number;
  text: string;
}

/** Sentences either side of a term's own. */
const SPAN = 2;
const SENTENCE_END = /[.!?…]+["')\]]*\s+|\n\s*\n/g;

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
  const windows: ContextWindow[] = [];
  for (const t of [...terms].sort((a, b) => a.start - b.start)) {
    const s = sentenceOf(t.start);
    const start = bounds[Math.max(0, s - SPAN)];
    const end = bounds[Math.min(bounds.length - 1, s + SPAN + 1)];
    const prev = windows[windows.length - 1];
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else windows.push({ start, end, text: '' });
  }
  // A window is at most a few thousand characters (the background caps what it reads).
  for (const w of windows) {
    if (w.end - w.start > 4000) w.end = w.start + 4000;
    w.text = text.slice(w.start, w.end);
  }
  return windows;
}
