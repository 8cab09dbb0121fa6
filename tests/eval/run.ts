// `npm run eval`: the scores anyone can check on the development evaluation sets in
// ../shared/eval — term detection (detection-cases.json) and symptom lookup (symptom-queries.json) —
// and the claim check on the frozen blind set in tests/eval/fresh (tune and holdout halves).
import { findClaims } from '../../lib/match/claims.ts';
import { corpusPages } from '../bench/corpus-text.ts';
import { DETECTION_CASES, exitUnlessShared, SYMPTOM_QUERIES } from '../conformance/shared.ts';
import { scoreClaims } from './claims.ts';
import { scoreDetection } from './detection.ts';
import { allFresh, formatFresh } from './fresh.ts';
import { evaluateLookup, formatFailures } from './lookup.ts';
import { allSnippets, formatSnippets } from './snippets.ts';

// The evaluation sets belong to the shared specification, not to the repository: without them
// there is nothing to score, and saying so beats a stack trace.
exitUnlessShared('npm run eval', [DETECTION_CASES, SYMPTOM_QUERIES]);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const detection = scoreDetection();
console.log('Term detection (detection-cases.json)');
console.log(
  `  spans passed:            ${detection.spansPassed}/${detection.spansTotal} (${pct(detection.spansPassed / detection.spansTotal)})`,
);
console.log(`  highlight recall:        ${pct(detection.recall)}`);
console.log(`  noHighlight violations:  ${detection.noHighlightViolations}`);
for (const f of detection.failures.slice(0, 20)) console.log(`  FAIL ${JSON.stringify(f)}`);

const lookup = evaluateLookup();
console.log('Symptom lookup (symptom-queries.json)');
console.log(`  top-3 hit rate:          ${pct(lookup.top3HitRate)}`);
console.log(`  emergency-first rate:    ${pct(lookup.emergencyFirstRate)}`);
console.log(`  queries passed:          ${pct(lookup.passRate)}`);
if (lookup.failures.length) console.log(formatFailures(lookup.failures));

console.log('Claim check (fresh/*/claims.json, blind set)');
for (const half of ['tune', 'holdout'] as const) {
  const s = scoreClaims(half);
  console.log(
    `  ${half.padEnd(8)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  (${s.found}/${s.claims} claims found, ${s.falsePositives} false positives, ${s.snippets} snippets)`,
  );
  if (half === 'tune' && s.misses.length) console.log(`  ${half} misses: ${s.misses.join(', ')}`);
}

// Issue 12: no claim may be flagged on the corpus pages (ordinary web pages, none asserting a myth).
const pages = corpusPages();
const flagged = pages.flatMap((p) => findClaims(p.text).map((c) => ({ page: p.name, c, text: p.text })));
console.log(`  corpus   ${flagged.length} claims flagged on ${pages.length} pages`);
for (const { page, c, text } of flagged.slice(0, 20))
  console.log(`  FLAG ${page} ${c.mythId}: ${text.slice(c.start, c.end).slice(0, 120)}`);
// Frozen blind sets (issue 8): tune and holdout halves, aggregate figures only.
for (const s of allFresh()) console.log(formatFresh(s));
for (const s of allSnippets()) console.log(formatSnippets(s));
