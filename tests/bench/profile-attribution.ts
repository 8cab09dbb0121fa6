// Where the extension's CPU goes, from a DevTools sampling profile (DESIGN.md §5): every sample
// whose stack holds a frame of one of our scripts is charged to the innermost such frame, mapped
// through the build's source map (BACKCHECK_SOURCEMAP=1 writes hidden .map files) to its source
// file, and that file to a stage of the work. What our code calls (DOM, Range, Highlight, regular
// expressions) is charged to the caller, so "walk" includes the TreeWalker and "paint" the
// Highlight API.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

export type ProfileNode = {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
export type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

/** Most a single sample may count for: a descheduled thread gets one late sample (page.bench.ts). */
export const MAX_SAMPLE_MS = 0.5;

/** Stages of the work, in the order they are printed. */
export const STAGES = [
  'evaluate',
  'wxt+polyfill',
  'settings',
  'gate',
  'check',
  'walk',
  'match',
  'scanner',
  'paint',
  'observe',
  'hover',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

function stageOf(source: string): Stage {
  const s = source.replace(/\\/g, '/');
  if (/node_modules\/(webextension-polyfill|@wxt-dev\/webextension-polyfill|wxt)\//.test(s))
    return 'wxt+polyfill';
  if (/node_modules\/zod\/|lib\/settings|lib\/messages/.test(s)) return 'settings';
  if (/lib\/page\/gate|lib\/page\/first-stage|gate-/.test(s)) return 'gate';
  // The first stage's text checks (issue 10: on term-free pages these were most of "match").
  if (/lib\/match\/(gate|claim-anchor)\.ts/.test(s)) return 'check';
  if (/lib\/page\/(text-walker|blocks)/.test(s)) return 'walk';
  if (/lib\/(match|knowledge)\//.test(s)) return 'match';
  if (/lib\/page\/(painter|categories)/.test(s)) return 'paint';
  if (/lib\/page\/mutations/.test(s)) return 'observe';
  if (/lib\/page\/(scanner|scheduler|match-store|summary|hit-test|position)/.test(s)) return 'scanner';
  if (/lib\/page\/(hover-card|card-view)|components\//.test(s)) return 'hover';
  return 'other';
}

export type Breakdown = Record<Stage, number>;

export const emptyBreakdown = (): Breakdown => Object.fromEntries(STAGES.map((s) => [s, 0])) as Breakdown;

/** Maps chrome-extension://<id>/<path> positions to source files of the build in `extDir`. */
export class SourceResolver {
  private readonly maps = new Map<string, SourceMapConsumer | null>();
  constructor(private readonly extDir: string) {}

  /** The original line of a position (1-based), for anonymous functions in profile-top.ts. */
  line(url: string, line: number, column: number): number | undefined {
    this.source(url, line, column);
    const map = this.maps.get(url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
    return (
      map?.originalPositionFor({ line: line + 1, column, bias: SourceMapConsumer.GREATEST_LOWER_BOUND })
        .line ?? undefined
    );
  }

  source(url: string, line: number, column: number): string | undefined {
    const path = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    let map = this.maps.get(path);
    if (map === undefined) {
      const file = join(this.extDir, `${path}.map`);
      map = existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null;
      this.maps.set(path, map);
    }
    if (!map) return undefined;
    // Profile positions are 0-based; source maps use 1-based lines.
    const at = (bias: number) => map.originalPositionFor({ line: line + 1, column, bias }).source;
    return at(SourceMapConsumer.GREATEST_LOWER_BOUND) ?? at(SourceMapConsumer.LEAST_UPPER_BOUND) ?? undefined;
  }
}

/**
 * CPU per stage. A sample inside a script's top-level code (the bundle being evaluated: module
 * bodies, schemas built at load) is charged to "evaluate", whatever file it maps to.
 */
export function breakdown(
  profile: Profile,
  isOurs: (url: string) => boolean,
  resolver: SourceResolver,
): Breakdown {
  const out = emptyBreakdown();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, Stage | null>();
  const stageOfNode = (id: number): Stage | null => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    let inner: ProfileNode | undefined;
    let outer: ProfileNode | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (n.callFrame.url && isOurs(n.callFrame.url)) {
        inner ??= n;
        outer = n;
      }
    }
    let stage: Stage | null = null;
    if (inner && outer) {
      // The outermost frame of a script evaluation is its top-level code (function name empty,
      // at the script's first position): module bodies, schemas and tables built at load.
      const o = outer.callFrame;
      if (o.functionName === '' && o.lineNumber === 0 && o.columnNumber === 0) stage = 'evaluate';
      else {
        const f = inner.callFrame;
        const src = resolver.source(f.url, f.lineNumber, f.columnNumber);
        stage = src ? stageOf(src) : 'other';
      }
    }
    memo.set(id, stage);
    return stage;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const stage = stageOfNode(profile.samples[i]);
    if (!stage) continue;
    out[stage] += Math.min(MAX_SAMPLE_MS, (profile.timeDeltas[i + 1] ?? 100) / 1000);
  }
  return out;
}

export function addBreakdown(into: Breakdown, b: Breakdown, scale = 1): void {
  for (const s of STAGES) into[s] += b[s] * scale;
}

export function formatBreakdown(b: Breakdown): string {
  return STAGES.filter((s) => b[s] >= 0.05)
    .map((s) => `${s} ${b[s].toFixed(1)}`)
    .join(', ');
}
