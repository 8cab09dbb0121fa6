// The content script's own reader of page text, as a separate web-accessible script imported on
// first need (DESIGN.md §5 "Small"). The background reads the page's text (issue 10), so the
// second stage (page-scan.js) no longer carries the matcher: it imports this only when the
// background cannot answer a chunk, or to name the term in a text chosen from the context menu.
// Like card-ui.js it runs in the content script's isolated world and hands its API over on that
// world's globalThis.
import { defineUnlistedScript } from '#imports';
import { mayHaveClaims } from '../lib/match/claim-anchor';
import { findClaims } from '../lib/match/claims';
import { findTerms } from '../lib/match/index';

export interface PageReader {
  findTerms: typeof findTerms;
  findClaims: typeof findClaims;
  mayHaveClaims: typeof mayHaveClaims;
}

declare global {
  /** Set by page-reader.js when the content script imports it. */
  var __backcheckPageReader: PageReader | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__backcheckPageReader = { findTerms, findClaims, mayHaveClaims };
});
