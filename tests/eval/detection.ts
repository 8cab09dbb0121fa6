// Scores findTerms on the detection development set (../shared/eval/detection-cases.json, or
// the path given). A `highlight` span passes when a match overlaps it; a `concepts` span when a
// match overlapping it has that concept; a `noHighlight` span when no match overlaps it.
// Run alone: npx tsx tests/eval/detection.ts [path]
import { fileURLToPath } from 'node:url';
import { findTerms, type TermMatch } from '../../lib/match/index';
import { DETECTION_CASES, exitUnlessShared, readShared } from '../conformance/shared.ts';

export interface DetectionCase {
  id: string;
  text: string;
  highlight: string[];
  noHighlight: string[];
  concepts: Record<string, string>;
}

export interface SpanResult {
  caseId: string;
  kind: 'highlight' | 'concept' | 'noHighlight';
  span: string;
  passed: boolean;
  detail: string;
}

export interface DetectionScore {
  recall: number;
  spansPassed: number;
  spansTotal: number;
  noHighlightViolations: number;
  failures: SpanResult[];
}

export const DEFAULT_CASES = DETECTION_CASES;

export function loadCases(path = DEFAULT_CASES): DetectionCase[] {
  return (JSON.parse(readShared(path)) as { cases: DetectionCase[] }).cases;
}

const overlaps = (m: TermMatch, s: number, e: number) => m.start < e && s < m.end;

/** Every span check of one case, passed or not. */
export function checkCase(c: DetectionCase, find: (text: string) => TermMatch[] = findTerms): SpanResult[] {
  const matches = find(c.text);
  const shown = matches.map((m) => `${c.text.slice(m.start, m.end)}→${m.conceptId}`).join(', ') || 'none';
  const out: SpanResult[] = [];
  const at = (span: string) => {
    const s = c.text.indexOf(span);
    return [s, s + span.length] as const;
  };
  for (const span of c.highlight) {
    const [s, e] = at(span);
    out.push({
      caseId: c.id,
      kind: 'highlight',
      span,
      passed: matches.some((m) => overlaps(m, s, e)),
      detail: shown,
    });
  }
  for (const [span, concept] of Object.entries(c.concepts)) {
    const [s, e] = at(span);
    const passed = matches.some((m) => overlaps(m, s, e) && m.conceptId === concept);
    out.push({ caseId: c.id, kind: 'concept', span: `${span} = ${concept}`, passed, detail: shown });
  }
  for (const span of c.noHighlight) {
    const [s, e] = at(span);
    out.push({
      caseId: c.id,
      kind: 'noHighlight',
      span,
      passed: !matches.some((m) => overlaps(m, s, e)),
      detail: shown,
    });
  }
  return out;
}

export function scoreDetection(path = DEFAULT_CASES): DetectionScore {
  const results = loadCases(path).flatMap((c) => checkCase(c));
  const positives = results.filter((r) => r.kind === 'highlight');
  return {
    recall: positives.filter((r) => r.passed).length / Math.max(1, positives.length),
    spansPassed: results.filter((r) => r.passed).length,
    spansTotal: results.length,
    noHighlightViolations: results.filter((r) => r.kind === 'noHighlight' && !r.passed).length,
    failures: results.filter((r) => !r.passed),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  exitUnlessShared('tests/eval/detection.ts', [process.argv[2] ?? DEFAULT_CASES]);
  const score = scoreDetection(process.argv[2]);
  for (const f of score.failures) console.log(`FAIL ${f.caseId} [${f.kind}] "${f.span}" — got: ${f.detail}`);
  console.log(
    `recall ${(score.recall * 100).toFixed(1)}%, spans ${score.spansPassed}/${score.spansTotal}, noHighlight violations ${score.noHighlightViolations}`,
  );
}
