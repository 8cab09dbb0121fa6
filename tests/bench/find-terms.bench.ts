// findTerms throughput under Node (DESIGN.md §5: ≥ 50 MB/s on plain text).
// Run: npx tsx tests/bench/find-terms.bench.ts
// Inputs: (1) the plain text of every corpus page, tags stripped, concatenated (mostly no terms);
// (2) a term-dense text built from back-pain, red-flag and massage sentences.
// MB/s counts UTF-16 code units / 2^20 per second (text.length), the best of several runs.
// Start-up (DESIGN.md §5: ≤ 5 ms fixed cost per page): the first findTerms call, which builds the
// lexicon tables, timed in a fresh Node process each time (median of 5), on a short text and on a
// real corpus page. The import time shown includes tsx compiling the TypeScript on the fly.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTerms } from '../../lib/match/index';
import { corpusPages } from './corpus-text';

const DENSE_SENTENCES = [
  'I put my back out at the gym and now my lower back is killing me.',
  'Sciatica from a slipped disc can cause shooting leg pain and pins and needles in my leg.',
  'Back pain with a fever, unexplained weight loss or pain that is worse at night needs a GP.',
  'Loss of bladder control, saddle numbness or a numb groin with back pain: call 999.',
  'A deep tissue massage or Swedish massage can leave you sore after massage for a day or two.',
  'Tell your massage therapist if you take blood thinners such as warfarin or apixaban.',
  'Osteoporosis raises the risk of a vertebral compression fracture and kyphosis.',
  'Kidney stones cause renal colic; a kidney infection causes flank pain and a high temperature.',
  'The striker came back from injury and scored, then the running back was traded.',
  'Muscle spasms and a pulled back muscle usually settle; chiropractic adjustment carries risks.',
];

function timeIt(text: string, minMs = 1500): { mbPerSec: number; matches: number } {
  let matches = findTerms(text).length; // warm-up and lazy compile
  for (let i = 0; i < 3; i++) findTerms(text);
  let best = Number.POSITIVE_INFINITY;
  const until = performance.now() + minMs;
  do {
    const t0 = performance.now();
    matches = findTerms(text).length;
    best = Math.min(best, performance.now() - t0);
  } while (performance.now() < until);
  return { mbPerSec: text.length / 2 ** 20 / (best / 1000), matches };
}

/** Import and first-call times of lib/match in a fresh process (the tsx loader of this one). */
function freshFirstCall(textExpr: string): { importMs: number; firstMs: number } {
  const index = pathToFileURL(join(import.meta.dirname, '../../lib/match/index.ts')).href;
  const corpus = pathToFileURL(join(import.meta.dirname, 'corpus-text.ts')).href;
  const code = `
    const { corpusPages } = await import(${JSON.stringify(corpus)});
    const text = ${textExpr};
    const t0 = performance.now();
    const m = await import(${JSON.stringify(index)});
    const t1 = performance.now();
    m.findTerms(text);
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));`;
  const r = spawnSync(process.execPath, [...process.execArgv, '--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function startUp(label: string, textExpr: string): string {
  const runs = Array.from({ length: 5 }, () => freshFirstCall(textExpr));
  const first = median(runs.map((r) => r.firstMs));
  const imp = median(runs.map((r) => r.importMs));
  return `first call, fresh process, ${label}: ${first.toFixed(2)} ms (median of 5; import ${imp.toFixed(1)} ms)`;
}

const t0 = performance.now();
findTerms('warm up: back pain');
const compileMs = performance.now() - t0;
const firstShort = startUp('short text', "'warm up: back pain'");
const firstPage = startUp(
  'largest corpus page (compile + scan)',
  'corpusPages().map((p) => p.text).sort((a, b) => b.length - a.length)[0]',
);

const corpus = corpusPages()
  .map((p) => p.text)
  .join('\n\n');
let dense = '';
for (let i = 0; dense.length < 1_000_000; i++)
  dense += `${DENSE_SENTENCES[i % DENSE_SENTENCES.length]}${i % 4 === 3 ? '\n\n' : ' '}`;

const plain = timeIt(corpus);
const termDense = timeIt(dense);
console.log(`first call (lexicon compile), this process: ${compileMs.toFixed(1)} ms`);
console.log(firstShort);
console.log(firstPage);
console.log(
  `corpus plain text: ${(corpus.length / 2 ** 20).toFixed(2)} MB, ${plain.matches} matches, ${plain.mbPerSec.toFixed(1)} MB/s`,
);
console.log(
  `term-dense text: ${(dense.length / 2 ** 20).toFixed(2)} MB, ${termDense.matches} matches, ${termDense.mbPerSec.toFixed(1)} MB/s`,
);
