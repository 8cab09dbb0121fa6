// Benchmark: lookupSymptoms p50/p95 (ms) over many realistic queries, short and long, including
// 2 kB and 10 kB pasted stories. Target (DESIGN): p95 ≤ 2 ms over the whole knowledge base.
// Run: npx tsx tests/bench/lookup.bench.ts

import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { entries } from '../../lib/knowledge/index.ts';
import { lookupSymptoms } from '../../lib/lookup/index.ts';
import { SYMPTOM_QUERIES } from '../conformance/shared.ts';
import { loadQueries } from '../eval/lookup.ts';

const own = [
  'my back hurts',
  'sciatica',
  'siatica down my left leg',
  'pins and needles in my bum',
  'numb down there and can\u2019t pee',
  'lower back pain for 3 weeks not getting better',
  'is it ok to get a massage when pregnant',
  'massage on blood thinners?',
  'sore after massage yesterday',
  'tummy pain going through to my back after a night out',
  'I slipped on ice, I am 79 and my back really hurts',
  'no fever, no numbness, just a stiff lower back in the mornings that eases when I move',
  'upper back ache from hunching over my laptop',
  'burning when I wee, pain in my left side and shivering',
  'does massage get rid of toxins',
];
const story =
  'I have had back pain on and off for years, mostly after gardening or sitting at my desk, and it usually settles with ibuprofen and a hot bath. ';
const long2k = `${story.repeat(14)} Today the pain is worse and goes down my leg.`;
const long10k = `${story.repeat(72)} Since this morning I cannot pee and my groin feels numb.`;

// The evaluation set's queries join in when the shared specification is beside the repository.
const evalQueries = existsSync(SYMPTOM_QUERIES) ? loadQueries().map((q) => q.query) : [];
if (evalQueries.length === 0)
  console.log(`note: ${SYMPTOM_QUERIES} not found: timing the ${own.length + 2} built-in queries only.`);
const queries = [...evalQueries, ...own, long2k, long10k];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// Warm up (builds the pattern and text indexes once, as the popup does on first use).
for (const q of queries) lookupSymptoms(q);

const times: number[] = [];
const longTimes: number[] = [];
const ROUNDS = 30;
for (let round = 0; round < ROUNDS; round++) {
  for (const q of queries) {
    const t0 = performance.now();
    lookupSymptoms(q);
    const dt = performance.now() - t0;
    times.push(dt);
    if (q.length > 1000) longTimes.push(dt);
  }
}
times.sort((a, b) => a - b);
longTimes.sort((a, b) => a - b);
console.log(
  `lookupSymptoms over ${entries.length} entries, ${queries.length} queries × ${ROUNDS}: ` +
    `p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, ` +
    `max ${times[times.length - 1].toFixed(3)} ms; long queries (2–10 kB) p50 ${percentile(longTimes, 50).toFixed(3)} ms, ` +
    `max ${longTimes[longTimes.length - 1].toFixed(3)} ms`,
);
