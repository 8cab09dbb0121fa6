// Reading the page's text (issue 10): the terms of each chunk, the claims it asserts, and the red
// flags told in lay words around its terms. The background does this for the content script
// ('page:read'), so the matcher, the claim reader and the lay-language analysis run off the page's
// main thread, and are compiled once per browser session instead of once per page. The content
// script only walks, paints and keeps the index (lib/page/scanner.ts). Pure: no DOM, no browser
// API; what reads the words is injected, so the background bundles it and tests pass their own.
import type { RedFlagFinding } from '../lookup/context-analysis';
import type { ClaimMatch, ScanContext, TermMatch } from '../match/index';
import { contextWindows, escalatingFindings } from './context-windows';

/** A red flag reported in lay words in a context window: the lookup's own finding. */
export type ContextFinding = RedFlagFinding;

/**
 * A red flag told in lay words near found terms (issue 8 Build 4): it escalates `terms` (indices
 * into the chunk's terms: those of the window's middle sentence), and its own words, `findings`
 * (offsets into the chunk's text, most urgent first), are painted too.
 */
export interface ContextFlag {
  terms: number[];
  findings: ContextFinding[];
}

/** What one chunk of page text holds. Offsets are UTF-16 offsets into the chunk's text. */
export interface ChunkReading {
  terms: readonly TermMatch[];
  /** Sentences asserting a FACTS.md §5 myth (issue 12). */
  claims?: readonly ClaimMatch[];
  /** Absent where the lay-language analysis was not run (the content script reading alone). */
  flags?: readonly ContextFlag[];
}

export interface ChunkReaders {
  findTerms(text: string, context: ScanContext): TermMatch[];
  /** Claims of one text (lib/match/claims.ts behind its cheap check). */
  findClaims(text: string): ClaimMatch[];
  /** Red flags told in each window's text (lib/lookup/context-analysis.ts analyseText). */
  analyse(text: string): ContextFinding[];
}

/**
 * Reads the chunks of one document in order, one at a time with a `pause` between them: the
 * background answers other messages (a card asked for by a hover, another tab's text) between the
 * chunks of a long page instead of after all of them. `expansions` are the abbreviations licensed
 * by earlier text of the document (§6.1 A2: "cauda equina syndrome" before "CES"); the answer
 * gives them back with what these chunks added.
 */
export async function readChunks(
  texts: readonly string[],
  expansions: readonly string[],
  readers: ChunkReaders,
  pause: () => Promise<void>,
): Promise<{ readings: ChunkReading[]; expansions: string[] }> {
  const context: ScanContext = { expansions: new Set(expansions) };
  const readings: ChunkReading[] = [];
  for (const [i, text] of texts.entries()) {
    if (i > 0) await pause();
    readings.push(readChunk(text, context, readers));
  }
  return { readings, expansions: [...context.expansions] };
}

function readChunk(text: string, context: ScanContext, readers: ChunkReaders): ChunkReading {
  const terms = readers.findTerms(text, context);
  const claims = readers.findClaims(text);
  const flags: ContextFlag[] = [];
  for (const w of contextWindows(text, terms)) {
    const found = escalatingFindings(w, readers.analyse(w.text), terms);
    if (found.length > 0)
      flags.push({
        terms: w.terms,
        findings: found.map((x) => ({ ...x, start: w.start + x.start, end: w.start + x.end })),
      });
  }
  return { terms, claims, flags };
}
