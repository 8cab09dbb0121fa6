// Scores red-flag escalation on page snippets (tests/eval/fresh/*/snippets.json; issue 8 Build 4)
// the way the content script does it: findTerms, the sentences around found terms
// (lib/page/context-windows), the background's analysis (lib/lookup/context-analysis), and the
// matcher's own context escalation. A snippet escalates when any found term is painted urgent.
// Recall: escalate=true snippets that escalate; precision: escalations that were expected;
// near-misses escalated; and, for true escalations, whether the red-flag wording was found.
// Holdout halves are scored in aggregate only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseText } from '../../lib/lookup/context-analysis.ts';
import { findTerms } from '../../lib/match/index.ts';
import { contextWindows, escalatingFindings } from '../../lib/page/context-windows.ts';
import { freshFiles, setName } from './fresh.ts';

interface Snippet {
  id: string;
  text: string;
  terms: string[];
  escalate: boolean;
  redFlag: string | null;
  redFlagSpan: string | null;
  level: string | null;
  nearMiss: string | null;
}

export interface SnippetScore {
  set: string;
  positives: number;
  escalatedPositives: number;
  escalated: number;
  nearMisses: number;
  nearMissesEscalated: number;
  spanFound: number;
  /** Near-misses by kind ("negated", "past"…): [escalated, total]; an aggregate, safe for holdouts. */
  nearMissKinds: Record<string, [number, number]>;
  /** Escalated near-misses by what escalated them: the matcher's own rules or the analysis. */
  nearMissBy: { matcher: number; analysis: number };
  /** Missed escalations by cause: no term found on the text, or terms found but no red flag read. */
  missedBy: { noTerm: number; noFinding: number };
  failures: string[];
}

/** What the page does with one text: escalated?, the red flags and wording spans it reports. */
export function simulatePage(text: string) {
  const terms = findTerms(text);
  let escalated = terms.some((t) => t.urgent);
  const spans: { start: number; end: number; redFlagId: string }[] = [];
  for (const w of contextWindows(text, terms)) {
    const found = escalatingFindings(w, analyseText(w.text), terms);
    if (found.length === 0) continue;
    escalated = true;
    for (const f of found)
      spans.push({ start: w.start + f.start, end: w.start + f.end, redFlagId: f.redFlagId });
  }
  return { terms, escalated, spans };
}

export function scoreSnippets(half: 'tune' | 'holdout', path: string): SnippetScore | undefined {
  if (!existsSync(path)) return undefined;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { snippets?: Snippet[] } | Snippet[];
  const snippets = Array.isArray(raw) ? raw : (raw.snippets ?? []);
  const s: SnippetScore = {
    set: setName(path),
    positives: 0,
    escalatedPositives: 0,
    escalated: 0,
    nearMisses: 0,
    nearMissesEscalated: 0,
    spanFound: 0,
    nearMissKinds: {},
    nearMissBy: { matcher: 0, analysis: 0 },
    missedBy: { noTerm: 0, noFinding: 0 },
    failures: [],
  };
  for (const sn of snippets) {
    const r = simulatePage(sn.text);
    if (r.escalated) s.escalated++;
    if (sn.escalate) {
      s.positives++;
      if (r.escalated) s.escalatedPositives++;
      const at = sn.redFlagSpan ? sn.text.indexOf(sn.redFlagSpan) : -1;
      const spanHit =
        at >= 0 && r.spans.some((x) => x.start < at + (sn.redFlagSpan?.length ?? 0) && at < x.end);
      if (spanHit) s.spanFound++;
      if (!r.escalated) {
        if (r.terms.length === 0) s.missedBy.noTerm++;
        else s.missedBy.noFinding++;
      }
      if (!r.escalated && half === 'tune')
        s.failures.push(`${sn.id} MISSED ${sn.redFlag}: "${sn.text}"\n    span: ${sn.redFlagSpan}`);
    } else {
      s.nearMisses++;
      const kindName = sn.nearMiss ?? 'other';
      s.nearMissKinds[kindName] ??= [0, 0];
      const kind = s.nearMissKinds[kindName];
      kind[1]++;
      if (r.escalated) {
        s.nearMissesEscalated++;
        kind[0]++;
        if (r.spans.length) s.nearMissBy.analysis++;
        else s.nearMissBy.matcher++;
        if (half === 'tune')
          s.failures.push(
            `${sn.id} NEAR-MISS (${sn.nearMiss}) ESCALATED: "${sn.text}"\n    by: ${r.spans.map((x) => `${x.redFlagId} "${sn.text.slice(x.start, x.end)}"`).join(', ') || 'matcher context rule'}`,
          );
      }
    }
  }
  return s;
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '–'}%)`;

export function formatSnippets(s: SnippetScore): string {
  return [
    `Fresh ${s.set}`,
    `  escalation recall:       ${pct(s.escalatedPositives, s.positives)}`,
    `  escalation precision:    ${pct(s.escalatedPositives, s.escalated)}`,
    `  near-misses escalated:   ${pct(s.nearMissesEscalated, s.nearMisses)}`,
    `  red-flag wording found:  ${pct(s.spanFound, s.positives)}`,
    `  near-misses by kind:     ${Object.entries(s.nearMissKinds)
      .map(([k, [e, t]]) => `${k} ${e}/${t}`)
      .join(', ')}; escalated by matcher ${s.nearMissBy.matcher}, analysis ${s.nearMissBy.analysis}`,
    `  missed escalations:      ${s.missedBy.noTerm} with no term found, ${s.missedBy.noFinding} with terms but no red flag read`,
  ].join('\n');
}

export function allSnippets(): SnippetScore[] {
  return (['tune', 'holdout'] as const).flatMap((h) =>
    freshFiles(h, /^snippets.*\.json$/).flatMap((p) => scoreSnippets(h, p) ?? []),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scores = allSnippets();
  for (const s of scores) console.log(formatSnippets(s));
  if (process.argv.includes('--failures')) for (const s of scores) for (const f of s.failures) console.log(f);
}
