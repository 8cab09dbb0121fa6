// Which literal text the claim patterns need (issue 10): the first stage rules a text out by a few
// substring searches instead of compiling the patterns on every page, and the claim reader skips a
// myth whose effects cannot be in a sentence. Computed here, at generation time, into
// claim-literals.generated.ts (parsing ~470 patterns cold cost a small page 2–3 ms); claims.test.ts
// fails when that file no longer matches lib/knowledge/data/myth-claims.ts.
import { claimReading, mythClaims } from '../knowledge/data/myth-claims';

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

/** requiredLiterals of every alternative, or undefined when one has none. */
export function literalsOfAll(alts: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const a of alts) {
    const l = requiredLiterals(a);
    if (l === undefined) return undefined;
    out.push(...l);
  }
  return [...new Set(out)];
}

const PART = '~';
const LIT = '|';
const MYTH = ';';
const UNKNOWN = '?';

/**
 * The literals as one string: treatment, then per myth (in mythClaims order) its targets and
 * phrases, each need other than "treatment" (in order), its effects and phrases; a part is its
 * literals joined by "|", or "?" when none is certain.
 */
export function encodeClaimLiterals(): string {
  const expand = (n: readonly string[]) =>
    n.flatMap((x) => (x === '@treatment' ? claimReading.treatment : [x]));
  const part = (alts: readonly string[]) => {
    const l = literalsOfAll(alts);
    if (l === undefined) return UNKNOWN;
    for (const x of l)
      if (/[~|;?"\\\n]/.test(x)) throw new Error(`claim literal ${JSON.stringify(x)} holds a separator`);
    return l.join(LIT);
  };
  const myths = mythClaims.map((m) => {
    const phrases = m.phrases ?? [];
    const needs = m.needs.filter((n) => n !== 'treatment').map((n) => part(expand(n as readonly string[])));
    return [part([...m.targets, ...phrases]), ...needs, part([...m.effects, ...phrases])].join(PART);
  });
  return [part(claimReading.treatment), ...myths].join(MYTH);
}

/**
 * The first stage's first question (issue 10): a few literals of which any text holding a claim
 * holds one. Each myth needs every one of its literal lists (encodeClaimLiterals), so one list per
 * myth, joined, is such a set: the list most likely to be absent, guessed by its literals' length
 * (a short one such as "rub" or "ag" turns up inside everyday words), then by how few there are.
 * Undefined when some myth has no certain list. Joined by "|".
 */
export function encodeClaimGate(): string {
  const treatment = literalsOfAll(claimReading.treatment);
  const expand = (n: readonly string[]) =>
    n.flatMap((x) => (x === '@treatment' ? claimReading.treatment : [x]));
  const shortest = (l: string[]) => Math.min(...l.map((x) => x.trim().length));
  const better = (a: string[], b: string[]) =>
    shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
  const gate = new Set<string>();
  for (const m of mythClaims) {
    const phrases = m.phrases ?? [];
    const lists = [
      literalsOfAll([...m.targets, ...phrases]),
      literalsOfAll([...m.effects, ...phrases]),
      ...m.needs.map((n) => (n === 'treatment' ? treatment : literalsOfAll(expand(n as readonly string[])))),
    ].filter((l): l is string[] => l !== undefined);
    if (lists.length === 0) return UNKNOWN;
    for (const x of lists.reduce(better)) gate.add(x);
  }
  // A literal holding another one adds nothing ("salts" after "salt").
  const all = [...gate];
  return all.filter((x) => !all.some((y) => y !== x && x.includes(y))).join(LIT);
}

const ALT = '\x01';
const PART_SEP = '\x02';
const MYTH_SEP = '\x03';
const TREATMENT_NEED = '\x04';
const SEPARATORS = [ALT, PART_SEP, MYTH_SEP, TREATMENT_NEED];

/**
 * The claim check's parts as expression sources (issue 10: the first stage carries these, not the
 * whole claim data with its cue lists): the treatment anchors, then per myth (in mythClaims order)
 * each need (the shared treatment part as a mark), its targets and phrases, its effects and
 * phrases; alternatives, parts and myths split by control characters no fragment holds.
 */
export function encodeClaimParts(): string {
  const expand = (n: readonly string[]) =>
    n.flatMap((x) => (x === '@treatment' ? claimReading.treatment : [x]));
  const alts = (l: readonly string[]) => {
    for (const x of l)
      if (SEPARATORS.some((c) => x.includes(c)))
        throw new Error(`claim fragment ${JSON.stringify(x)} holds a separator`);
    return l.join(ALT);
  };
  const myths = mythClaims.map((m) => {
    const phrases = m.phrases ?? [];
    const needs = m.needs.map((n) =>
      n === 'treatment' ? TREATMENT_NEED : alts(expand(n as readonly string[])),
    );
    return [...needs, alts([...m.targets, ...phrases]), alts([...m.effects, ...phrases])].join(PART_SEP);
  });
  return [alts(claimReading.treatment), ...myths].join(MYTH_SEP);
}

/** A string as TypeScript source chunks of 100 characters, quoted the way the formatter keeps them. */
function chunked(data: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < data.length; i += 100) {
    const raw = data.slice(i, i + 100);
    let chunk = raw.replace(/\\/g, '\\\\');
    for (const c of SEPARATORS) chunk = chunk.split(c).join(`\\x0${c.charCodeAt(0)}`);
    chunks.push(chunk.includes("'") ? `  "${chunk}"` : `  '${chunk}'`);
  }
  return chunks.join(' +\n');
}

/** The text of claim-literals.generated.ts. */
export function renderClaimLiterals(): string {
  const data = encodeClaimLiterals();
  const chunks = [chunked(data)];
  return `// GENERATED by \`npx tsx lib/match/generate-claim-literals.ts\` from lib/knowledge/data/myth-claims.ts:
// do not edit. lib/match/claims.test.ts fails when this file no longer matches the claim data.
// Literal text the claim patterns need (claim-literals.ts encodeClaimLiterals).

const DATA =
${chunks.join(' +\n')};

/** Literals of which any text holding a claim holds one (claim-literals.ts encodeClaimGate). */
const GATE =
${chunked(encodeClaimGate())};

/** claimGate's literals, or undefined when none is certain; split on first use. */
export function claimGate(): string[] | undefined {
  return GATE === '${UNKNOWN}' ? undefined : GATE.split('${LIT}');
}

export interface ClaimLiterals {
  /** The treatment anchors' literals; undefined when none is certain. */
  treatment: string[] | undefined;
  /** Per myth, in mythClaims order: [targets and phrases, needs other than treatment, effects and phrases]. */
  myths: [string[] | undefined, (string[] | undefined)[], string[] | undefined][];
}

let decoded: ClaimLiterals | undefined;

/** Decoded on first use. */
export function claimLiterals(): ClaimLiterals {
  if (decoded) return decoded;
  const part = (p: string) => (p === '${UNKNOWN}' ? undefined : p.split('${LIT}'));
  const [treatment, ...myths] = DATA.split('${MYTH}');
  decoded = {
    treatment: part(treatment),
    myths: myths.map((m) => {
      const parts = m.split('${PART}').map(part);
      return [parts[0], parts.slice(1, -1), parts[parts.length - 1]];
    }),
  };
  return decoded;
}

const PARTS =
${chunked(encodeClaimParts())};

export interface ClaimParts {
  /** The treatment anchors' alternatives. */
  treatment: string[];
  /** Per myth, in mythClaims order: its needs ('treatment' for the shared part), targets, effects. */
  myths: { needs: (string[] | 'treatment')[]; target: string[]; effect: string[] }[];
}

let parts: ClaimParts | undefined;

/** The claim parts' expression sources (claim-literals.ts encodeClaimParts), decoded on first use. */
export function claimParts(): ClaimParts {
  if (parts) return parts;
  const [treatment, ...myths] = PARTS.split('\\x03');
  parts = {
    treatment: treatment.split('\\x01'),
    myths: myths.map((m) => {
      const p = m.split('\\x02');
      const alts = (x: string) => x.split('\\x01');
      return {
        needs: p.slice(0, -2).map((n) => (n === '\\x04' ? 'treatment' : alts(n))),
        target: alts(p[p.length - 2]),
        effect: alts(p[p.length - 1]),
      };
    }),
  };
  return parts;
}
`;
}
