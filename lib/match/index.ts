// Term detector (DESIGN.md §3 contract; FACTS.md §6 lexicon and §6.1 context rules). Pure: no DOM,
// no browser API; runs under plain Node.
//
// API for the DOM side (lib/page):
// - `findTerms(text, context?)` scans one plain text. Blank lines split paragraphs (§6.1 D2 b);
//   lines starting with a bullet or "1." are list items (D2 d, D3).
// - `findTermsInBlocks(blocks, context?)` scans the text of several block elements in document
//   order (p, li, h1–h6, td, …: pass each block's concatenated text). Each block is a paragraph
//   and a sentence edge (D2 c); `{ text, listItem: true }` marks an li, which joins the sentence
//   that introduces its list (D3). ±1-sentence windows (C1) reach into neighbouring blocks, so pass
//   a block together with its neighbours (ideally a whole section or page). Offsets in the result
//   are relative to each block's own text: result[i] holds the matches of blocks[i].
// - `createScanContext()` makes a per-document context: abbreviations such as CES, PE or DVT are
//   highlighted only if their expansion appeared earlier in the same document (§6.1 A2), so pass
//   the same context to every scan of one page (later scans of new content see earlier expansions).
// The lexicon is parsed and compiled once, when a scan first needs it (not at load: the content
// script loads this on every page, most of which have no terms). `lexicon` is a lazy array view
// of `getLexicon()` for tests and tools.
import { runEngine } from './engine';
import type { Candidate } from './window';

export { getLexicon, lexicon } from '../knowledge/lexicon';
export { type ClaimMatch, findClaims } from './claims';
export { normalizeText } from './normalize';

export type TermMatch = {
  /** UTF-16 offsets into the scanned text (or block): [start, end). */
  start: number;
  end: number;
  /** The §6 group id; an entry id, so every highlight has a card. */
  conceptId: string;
  /** The lexicon term as listed in §6 ("back pain", "LBP"); for "back" rule detections, the matched words. */
  term: string;
  /**
   * A card variant chosen by a §6.1 card rule. Absent: the concept's own card.
   * - `neutral-bladder`: the neutral bladder note, not the CES card (never urgent)
   * - `neutral-kyphosis`: a neutral "curved upper back" note, not the fracture card
   * - `generic-muscle-strain`: the muscle-strain card labelled generic, not back-specific
   * - `neck-note`: the neck note of `sciatica-herniated-disc` (trapped nerve with neck/arm words)
   * - `uti-watch`: the kidney-infection card as "watch for these signs", not the likely cause
   * - `neutral-massage-parlour`: only the neutral massage-safety card, no endorsement
   * - `gallstones-note`: the cholecystitis card leading with its gallstones note
   * - `upper-back-pain`: the card leads with `upper-back-pain`, showing `rf-thoracic` as its escalation
   */
  card?: string;
  /** Further entries the card or lookup surfaces ("(also: id)" in §6). */
  alsoIds?: string[];
  /** A combination red-flag component accepted under §6.1 C1. */
  component?: boolean;
  /** Escalated by a red flag in its context: paint under a `backcheck-urgent…` highlight. */
  urgent?: boolean;
};

export interface ScanContext {
  /** Abbreviation keys (CES, AAA, PE, DVT, MSCC) whose expansion has been seen (§6.1 A2). */
  readonly expansions: Set<string>;
}

export interface TextBlock {
  text: string;
  /** The block is a list item (li): it belongs to the sentence introducing its list (§6.1 D3). */
  listItem?: boolean;
}

export function createScanContext(): ScanContext {
  return { expansions: new Set() };
}

function toMatch(c: Candidate, text: string, offset: number): TermMatch {
  const t = c.term;
  const match: TermMatch = {
    start: c.start - offset,
    end: c.end - offset,
    conceptId: t.concept,
    term: t.isBackWord ? text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' ') : t.text,
  };
  if (c.card) match.card = c.card;
  if (t.also) match.alsoIds = [...t.also];
  if (t.component) match.component = true;
  if (c.urgent) match.urgent = true;
  return match;
}

/** Finds the §6 terms in `text`, with the §6.1 context rules applied. Sorted, non-overlapping. */
export function findTerms(text: string, context?: ScanContext): TermMatch[] {
  const { matches, expansions } = runEngine(text, context?.expansions ?? new Set());
  if (context) for (const k of expansions) context.expansions.add(k);
  return matches.map((c) => toMatch(c, text, 0));
}

/** Scans block texts as one document section; see the API notes at the top of this file. */
export function findTermsInBlocks(
  blocks: readonly (string | TextBlock)[],
  context?: ScanContext,
): TermMatch[][] {
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  blocks.forEach((b, i) => {
    const block = typeof b === 'string' ? { text: b } : b;
    // A blank line ends a sentence and a paragraph; "• " makes the line a list item (D2 d).
    const sep = (i === 0 ? '' : '\n\n') + (block.listItem ? '• ' : '');
    parts.push(sep, block.text);
    length += sep.length;
    offsets.push(length);
    length += block.text.length;
  });
  const joined = parts.join('');
  const out: TermMatch[][] = blocks.map(() => []);
  let bi = 0;
  for (const m of findTerms(joined, context)) {
    while (bi + 1 < offsets.length && offsets[bi + 1] <= m.start) bi++;
    out[bi].push({ ...m, start: m.start - offsets[bi], end: m.end - offsets[bi] });
  }
  return out;
}

/** True when a match is escalated by a red flag in its context (painted as urgent). */
export function isEscalated(match: TermMatch): boolean {
  return match.urgent === true;
}
