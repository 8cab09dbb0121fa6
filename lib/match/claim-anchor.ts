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

/**
 * Literal text every match of a regular-expression source must hold, lower-case: some string of
 * the returned list occurs in any text the source matches (case-insensitively, as `loose` reads
 * it). Undefined when no literal is certain. Only ASCII characters count (without the `u` flag an
 * ASCII letter matches only its two cases, so a lower-cased text holds it wherever it matched).
 * Lets a text be ruled out with a few native substring searches instead of compiling an expression
 * on every page (issue 10: ~15 compilations cost the first stage 2–6 ms).
 */
export function requiredLiterals(src: string): string[] | undefined {
  let i = 0;
  const quantifier = (): 'one' | 'optional' | 'repeated' => {
    const c = src[i];
    let q: 'one' | 'optional' | 'repeated' = 'one';
    if (c === '?' || c === '*') q = 'optional';
    else if (c === '+') q = 'repeated';
    else if (c === '{') {
      const close = src.indexOf('}', i);
      q = /^\{0*(,|})/.test(src.slice(i, close + 1)) ? 'optional' : 'repeated';
      i = close;
    }
    if (q !== 'one') {
      i++;
      if (src[i] === '?') i++; // lazy
    }
    return q;
  };
  const best = (candidates: string[][]): string[] | undefined => {
    let pick: string[] | undefined;
    let score = 0;
    for (const c of candidates) {
      const shortest = Math.min(...c.map((x) => x.length));
      if (shortest > score) [pick, score] = [c, shortest];
    }
    return pick;
  };
  const alternation = (): string[] | undefined => {
    const out: string[] = [];
    let known = true;
    for (;;) {
      const f = sequence();
      if (f === undefined) known = false;
      else out.push(...f);
      if (src[i] !== '|') break;
      i++;
    }
    return known ? out : undefined;
  };
  const sequence = (): string[] | undefined => {
    const candidates: string[][] = [];
    let run = '';
    const flush = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i];
      if (c === '(') {
        const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
        i += look ? look[0].length : src.startsWith('(?:', i) ? 3 : 1;
        const inner = alternation();
        i++; // ')'
        if (look) continue; // zero-width: consumes nothing, so the run goes on
        const q = quantifier();
        flush();
        if (q !== 'optional' && inner) candidates.push(inner);
        continue;
      }
      let literal: string | undefined;
      if (c === '[') {
        i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '\\') {
        const e = src[i + 1];
        if (e === 'x') {
          literal = String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 4), 16));
          i += 4;
        } else if (e === 'u') {
          literal = String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (e === 'p' || e === 'P') {
          i = src.indexOf('}', i) + 1; // a Unicode property class
        } else {
          if (!/[dDwWsSbBkc0-9]/.test(e)) literal = e;
          i += 2;
        }
      } else {
        if (c !== '.' && c !== '^' && c !== '$') literal = c;
        i++;
      }
      const q = quantifier();
      if (literal === undefined || literal.charCodeAt(0) > 0x7f || q === 'optional') {
        flush();
        continue;
      }
      run += literal.toLowerCase();
      if (q === 'repeated') flush();
    }
    flush();
    return best(candidates);
  };
  return alternation();
}

interface Part {
  /** The part's literals (requiredLiterals of each of its alternatives), or undefined: none certain. */
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

function lazy(alts: readonly string[]): Part {
  let re: RegExp | undefined;
  let lits: string[] | undefined | null = null;
  return {
    re: () => (re ??= loose(alts)),
    literals: () => {
      if (lits === null) {
        const all: string[] = [];
        for (const a of alts) {
          const l = requiredLiterals(a);
          if (l === undefined) {
            lits = undefined;
            return lits;
          }
          all.push(...l);
        }
        lits = all;
      }
      return lits;
    },
  };
}

function build(): Check[] {
  const treatment = lazy(claimReading.treatment);
  return mythClaims.map((m) => {
    const group = (n: 'treatment' | readonly string[]) =>
      n === 'treatment'
        ? treatment
        : lazy(n.flatMap((x) => (x === '@treatment' ? claimReading.treatment : [x])));
    const phrases = m.phrases ?? [];
    // The shared treatment anchors first (rare words, and one verdict serves eight myths), then
    // the myth's targets (its most specific words), its other needs, its effects.
    const needs = m.needs.map(group);
    const ordered = [
      ...needs.filter((n) => n === treatment),
      lazy([...m.targets, ...phrases]),
      ...needs.filter((n) => n !== treatment),
      lazy([...m.effects, ...phrases]),
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
