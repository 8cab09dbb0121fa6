// A small inverted index over the knowledge entries' own words (title, aka, escalation signals),
// so that any entry can be found by its name even without a hand-written profile, and new data
// helps the lookup without code changes. Own index rather than MiniSearch: the query is already
// tokenised, canonicalised and negation-marked here, and a map lookup per token keeps p95 far
// under 2 ms even for long queries.
import { entries } from '../knowledge/index.ts';
import { COMMON_WORDS, GENERIC_WORDS, MACROS } from '../knowledge/lay';
import { entryNameTexts } from './entry-names';
import { getPatternIndex, vocab } from './features';
import { tokenize } from './tokenize';

const GENERIC = new Set([...COMMON_WORDS, ...MACROS.PAIN.split('|'), ...GENERIC_WORDS]);

interface Phrase {
  id: string;
  words: string[];
  weight: number;
}

interface Built {
  phrasesByFirst: Map<string, Phrase[]>;
  /** token → entry ids holding it, with idf-style weight */
  postings: Map<string, { id: string; w: number }[]>;
}

let built: Built | undefined;
let builtFor = -1;

function words(text: string): string[] {
  return tokenize(text).map((t) => t.raw);
}

function build(): Built {
  // The pattern index also puts these names' words into the vocabulary (features.ts).
  getPatternIndex();
  const phraseTexts = entryNameTexts();
  const phrasesByFirst = new Map<string, Phrase[]>();
  const df = new Map<string, Set<string>>();
  const tokensOf = new Map<string, Set<string>>();
  for (const p of phraseTexts) {
    const ws = words(p.text).map((w) => vocab.canonical(w));
    const content = ws.filter((w) => !GENERIC.has(w) && w.length > 1);
    if (content.length === 0) continue;
    const phrase: Phrase = { id: p.id, words: ws, weight: p.weight };
    const list = phrasesByFirst.get(ws[0]) ?? [];
    list.push(phrase);
    phrasesByFirst.set(ws[0], list);
    // Only names (title, aka) feed the per-word index; escalation signals count as whole phrases.
    if (p.weight < 1) continue;
    for (const w of content) {
      const set = df.get(w) ?? new Set<string>();
      set.add(p.id);
      df.set(w, set);
      const mine = tokensOf.get(p.id) ?? new Set<string>();
      mine.add(w);
      tokensOf.set(p.id, mine);
    }
  }
  const postings = new Map<string, { id: string; w: number }[]>();
  const n = Math.max(entries.length, 1);
  for (const [w, ids] of df) {
    const idf = Math.log(1 + n / ids.size) / Math.log(1 + n);
    postings.set(
      w,
      [...ids].map((id) => ({ id, w: idf })),
    );
  }
  return { phrasesByFirst, postings };
}

function ensure(): Built {
  if (!built || builtFor !== entries.length) {
    built = build();
    builtFor = entries.length;
  }
  return built;
}

/** Relevance of entries by their own names: full phrase hits count most. */
export function textScores(canon: string[], negated: Uint8Array): Map<string, number> {
  const idx = ensure();
  const out = new Map<string, number>();
  const tokenHits = new Map<string, number>();
  const seen = new Set<string>();
  for (let i = 0; i < canon.length; i++) {
    if (negated[i]) continue;
    const w = canon[i];
    for (const p of idx.phrasesByFirst.get(w) ?? []) {
      if (p.words.length < 2) continue;
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        if (canon[i + k] !== p.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) out.set(p.id, Math.max(out.get(p.id) ?? 0, (3 + p.words.length) * p.weight));
    }
    if (seen.has(w) || GENERIC.has(w)) continue;
    seen.add(w);
    for (const post of idx.postings.get(w) ?? []) {
      tokenHits.set(post.id, (tokenHits.get(post.id) ?? 0) + 2.5 * post.w);
    }
  }
  for (const [id, s] of tokenHits) out.set(id, (out.get(id) ?? 0) + Math.min(s, 4));
  return out;
}
