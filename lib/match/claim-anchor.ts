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
import { claimAnchors, claimReading, mythClaims } from '../knowledge/data/myth-claims';
import { claimLiterals } from './claim-literals.generated';

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
  /** The part's literals (claim-literals.ts), or undefined: none certain. */
  literals: () => string[] | undefined;
  /** The part's expression, compiled on first use. */
  re: () => RegExp;
}

interface Check {
  /** Tested in this order: all literals first, then the expressions. */
  parts: Part[];
}

let checks: Check[] | undefined;
/** Verdicts of the shared parts (the treatment anchors), per text. */
let lastText: string | undefined;
let lower = '';
const shared = new Map<Part, boolean>();
const sharedLiterals = new Map<Part, boolean>();

function lazy(alts: readonly string[], literals: string[] | undefined): Part {
  let re: RegExp | undefined;
  return { re: () => (re ??= loose(alts)), literals: () => literals };
}

function build(): Check[] {
  const lits = claimLiterals();
  const treatment = lazy(claimReading.treatment, lits.treatment);
  return mythClaims.map((m, i) => {
    const [targetLits, needLits, effectLits] = lits.myths[i];
    let k = 0;
    const group = (n: 'treatment' | readonly string[]) =>
      n === 'treatment'
        ? treatment
        : lazy(
            n.flatMap((x) => (x === '@treatment' ? claimReading.treatment : [x])),
            needLits[k++],
          );
    const phrases = m.phrases ?? [];
    // The shared treatment anchors first (rare words, and one verdict serves eight myths), then
    // the myth's targets (its most specific words), its other needs, its effects.
    const needs = m.needs.map(group);
    const ordered = [
      ...needs.filter((n) => n === treatment),
      lazy([...m.targets, ...phrases], targetLits),
      ...needs.filter((n) => n !== treatment),
      lazy([...m.effects, ...phrases], effectLits),
    ];
    return { parts: ordered };
  });
}

/** Could the part match `text`, by its literals alone (no expression compiled)? */
function literalsPass(part: Part): boolean {
  let hit = sharedLiterals.get(part);
  if (hit === undefined) {
    const lits = part.literals();
    hit = lits === undefined || lits.some((l) => lower.includes(l));
    sharedLiterals.set(part, hit);
  }
  return hit;
}

/**
 * Could `text` hold a claim findClaims would mark? False means findClaims(text) finds nothing;
 * true means the claim reader has to read it. Each myth's parts are first ruled out, where they
 * can be, by their literals; an expression is compiled only when every part's literals are there.
 */
export function mayHaveClaims(text: string): boolean {
  checks ??= build();
  if (text !== lastText) {
    shared.clear();
    sharedLiterals.clear();
    lastText = text;
    lower = text.toLowerCase();
  }
  for (const c of checks) {
    if (!c.parts.every(literalsPass)) continue;
    let ok = true;
    for (const part of c.parts) {
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
