// The first stage's check, answered in the background (issue 10): could a piece of a page's text
// hold a term (lib/match/gate.ts) or a FACTS.md §5 claim (lib/match/claim-anchor.ts)? The content
// script on every page sends its text here instead of carrying the lexicon's check and the claim
// literals itself, so a page without terms pays for reading its text and one message, and this
// check runs off its main thread (decoded once per background, not once per page).
// What one page's texts told before (an abbreviation's expansion, §6.1 A2) is kept per page id,
// for the most recent pages only: a page forgotten here can only be told "maybe" less often for an
// abbreviation whose expansion came in an earlier text, and the second stage reads the page anyway
// once anything passes. Pure: no DOM, no browser API.
import { mayHaveClaims } from './match/claim-anchor';
import { type GateMemory, gateMemory, mayHaveTerms } from './match/gate';

/** Pages whose memory is kept (the most recently asked about). */
export const GATE_PAGES_KEPT = 256;

export function createGateService(kept = GATE_PAGES_KEPT) {
  const pages = new Map<string, GateMemory>();
  const memoryOf = (page: string): GateMemory => {
    let m = pages.get(page);
    if (m)
      pages.delete(page); // re-inserted below: the Map's order is the recency order
    else m = gateMemory();
    pages.set(page, m);
    if (pages.size > kept) pages.delete(pages.keys().next().value as string);
    return m;
  };
  return {
    check(page: string, text: string, glued?: readonly number[]): boolean {
      return mayHaveTerms(text, glued, memoryOf(page)) || mayHaveClaims(text);
    },
    /** How many pages' memories are kept (tests). */
    size: () => pages.size,
  };
}
