// The claim check's cheap pre-check (issue 12; DESIGN.md §5 "Cheap where nothing matches"): one
// regular-expression test for any anchor word. The content script bundles only this; the claim
// reader itself (claims.ts) is loaded when a text passes. Pure: no DOM, no browser API.
import { claimAnchors } from '../knowledge/data/myth-claims';

let anchor: RegExp | undefined;

/** Could `text` hold a FACTS.md §5 claim at all (massage, rubbing, a chill, a curved spine…)? */
export function hasClaimAnchor(text: string): boolean {
  anchor ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${claimAnchors.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return anchor.test(text);
}
