// The claim reader (issue 12, lib/match/claims.ts) as a separate, web-accessible script that the
// content script imports when a page's text first passes the cheap anchor check, so the
// always-loaded content script stays small (DESIGN.md §5 "Small"). Like card-ui.js it runs in
// the content script's isolated world and hands its API over on that world's globalThis.
import { defineUnlistedScript } from '#imports';
import { type ClaimMatch, findClaims } from '../lib/match/claims';

export interface ClaimReader {
  findClaims(text: string): ClaimMatch[];
}

declare global {
  /** Set by claims.js when the content script imports it. */
  var __backcheckClaims: ClaimReader | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__backcheckClaims = { findClaims };
});
