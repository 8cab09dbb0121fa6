// The claim check's cheap pre-checks (issue 12; DESIGN.md §5 "Cheap where nothing matches"). The
// content script bundles only these; the claim reader itself (claims.ts) is loaded when a text
// passes. Pure: no DOM, no browser API.
//
// hasClaimAnchor asks for any anchor word, but anchors are everyday words ("fan", "winter",
// "pain", "exposed", "draft"): on the corpus it said yes on a third of the pages, none of which
// holds a claim, and each yes cost the second stage, the claim reader and its compilation (issue
// 10). mayHaveClaims asks what claims.ts's readSentence needs of one sentence and its context, all
// of which lie inside the text it is given: for some myth, every one of its `needs` groups, an
// effect or a whole phrase, and a target or a whole phrase. So it says yes too often, never no
// where findClaims finds a claim (claim-anchor.test.ts holds it to that).
import { claimAnchors } from '../knowledge/data/myth-claims';
import { type ClaimParts, claimGate, claimLiterals, claimParts } from './claim-literals.generated';

let anchor: RegExp | undefined;

/** Could `text` hold a FACTS.md §5 claim at all (massage, rubbing, a chill, a curved spine…)? */
export function hasClaimAnchor(text: string): boolean {
  anchor ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${claimAnchors.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return anchor.test(text);
}

/**
 * A whole-word test for fragments written for claims.ts's `iu` expressions, built without the `u`
 * flag and with ASCII word edges: it compiles and runs several times faster (no Unicode property
 * classes), and it can only say yes more often (an ASCII letter or digit is a \p{L} or \p{N}, and
 * without `u`, \w and case folding are ASCII's, which the fragments are written in).
 */
const loose = (alts: readonly string[]) => new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, 'i');

interface Part {
  /** The part's expression, compiled on first use. */
  re: () => RegExp;
}

interface Check {
  /** Tested in this order once every literal list of the myth has passed. */
  parts: Part[];
}

/**
 * Per myth, its parts' literal lists (claim-literals.ts; undefined: none certain), in the order
 * the parts are tested. Built from the decoded literals alone: on most texts some list of every
 * myth is missing, and the expressions' parts (build) are never made (issue 10).
 */
let literalLists: (string[] | undefined)[][] | undefined;
/** Literals of which a text holding a claim holds one (null: none certain). */
let gate: string[] | null | undefined;
let checks: Check[] | undefined;
/** Verdicts of the shared parts (the treatment anchors) and of the literal lists, per text. */
let lastText: string | undefined;
let lower = '';
const shared = new Map<Part, boolean>();
const sharedLiterals = new Map<string[], boolean>();

function lazy(alts: readonly string[]): Part {
  let re: RegExp | undefined;
  return { re: () => (re ??= loose(alts)) };
}

/**
 * A myth's parts in test order: the shared treatment anchors first (rare words, and one verdict
 * serves eight myths), then the myth's targets (its most specific words), its other needs, its
 * effects. `treatment` stands for the shared treatment part, `group` makes one of its other needs.
 */
function ordered<T>(
  m: ClaimParts['myths'][number],
  treatment: T,
  group: (n: readonly string[]) => T,
  target: T,
  effect: T,
): T[] {
  const needs = m.needs.map((n) => (n === 'treatment' ? treatment : group(n)));
  return [...needs.filter((n) => n === treatment), target, ...needs.filter((n) => n !== treatment), effect];
}

function buildLiterals(): (string[] | undefined)[][] {
  const lits = claimLiterals();
  // A stand-in for "no list" that stays distinct from the treatment list when that is undefined.
  const treatment = lits.treatment ?? [];
  return claimParts().myths.map((m, i) => {
    const [targetLits, needLits, effectLits] = lits.myths[i];
    let k = 0;
    return ordered<string[] | undefined>(m, treatment, () => needLits[k++], targetLits, effectLits).map(
      (l) => (l === treatment ? lits.treatment : l),
    );
  });
}

function build(): Check[] {
  // From the generated parts (claim-literals.ts encodeClaimParts): the first stage does not carry
  // the claim data itself (issue 10).
  const p = claimParts();
  const treatment = lazy(p.treatment);
  return p.myths.map((m) => ({ parts: ordered(m, treatment, lazy, lazy(m.target), lazy(m.effect)) }));
}

/** Could a part with these literals match the current text, by its literals alone? */
function literalsPass(lits: string[] | undefined): boolean {
  if (lits === undefined) return true;
  let hit = sharedLiterals.get(lits);
  if (hit === undefined) {
    hit = lits.some((l) => lower.includes(l));
    sharedLiterals.set(lits, hit);
  }
  return hit;
}

/**
 * Could `text` hold a claim findClaims would mark? False means findClaims(text) finds nothing;
 * true means the claim reader has to read it. Each myth's parts are first ruled out, where they
 * can be, by their literals; an expression is compiled (and the parts built) only when every
 * part's literals are there.
 */
export function mayHaveClaims(text: string): boolean {
  if (text !== lastText) {
    shared.clear();
    sharedLiterals.clear();
    lastText = text;
    lower = text.toLowerCase();
  }
  // First a few substring searches, before anything is decoded: most pages stop here (issue 10).
  gate ??= claimGate() ?? null;
  if (gate && !gate.some((l) => lower.includes(l))) return false;
  literalLists ??= buildLiterals();
  for (let i = 0; i < literalLists.length; i++) {
    if (!literalLists[i].every(literalsPass)) continue;
    checks ??= build();
    let ok = true;
    for (const part of checks[i].parts) {
      let hit = shared.get(part);
      if (hit === undefined) {
        hit = part.re().test(text);
        shared.set(part, hit);
      }
      if (!hit) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
