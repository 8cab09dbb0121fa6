// Canonical word forms for the lookup: British → American spelling, a few irregular forms,
// light suffix stripping checked against a known vocabulary, and bounded typo correction
// (edit distance 1, or 2 for words of 8+ letters). The page detector must not lemmatise
// (FACTS.md §6 rule 3); the lookup may, because it matches the user's own words loosely.

import { BRITISH_PREFIXES, WORD_FORMS } from '../knowledge/lay';

/** British → American spelling for words the irregular table does not list. */
export function spell(w: string): string {
  // Own keys only: "constructor" must not read Object.prototype.constructor.
  const hit = Object.hasOwn(WORD_FORMS, w) ? WORD_FORMS[w] : undefined;
  if (hit) return hit;
  let s = w;
  if (s.length > 5 && /our(s|ed|ing)?$/.test(s) && !/(hour|your|four|flour|pour|tour|sour)/.test(s)) {
    s = s.replace(/our(s|ed|ing)?$/, 'or$1');
  }
  if (s.length > 5 && /(ae|oe)/.test(s) && BRITISH_PREFIXES.test(s)) {
    s = s.replace(/ae/g, 'e').replace(/^oe/, 'e');
  }
  if (s.length > 6 && s.endsWith('ise')) s = `${s.slice(0, -3)}ize`;
  if (s.length > 7 && s.endsWith('ised')) s = `${s.slice(0, -4)}ized`;
  if (s.length > 7 && s.endsWith('ising')) s = `${s.slice(0, -5)}izing`;
  return s;
}

/** Suffix-stripped guesses, best first. Only a guess found in the vocabulary is used. */
function inflectionGuesses(w: string): string[] {
  const g: string[] = [];
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) g.push(`${w.slice(0, -3)}y`);
  if (n > 3 && w.endsWith('es')) g.push(w.slice(0, -2));
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) g.push(w.slice(0, -1));
  if (n > 5 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    g.push(stem, `${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) g.push(stem.slice(0, -1));
  }
  if (n > 4 && w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    g.push(w.slice(0, -1), stem);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) g.push(stem.slice(0, -1));
    if (stem.endsWith('i')) g.push(`${stem.slice(0, -1)}y`);
  }
  if (n > 4 && w.endsWith('ly')) g.push(w.slice(0, -2));
  if (n > 5 && w.endsWith('ness')) g.push(w.slice(0, -4));
  if (n > 3 && w.endsWith('y')) g.push(w.slice(0, -1), `${w.slice(0, -1)}e`);
  return g;
}

/** Damerau–Levenshtein (optimal string alignment) with an early exit above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = new Array(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    const cur: number[] = new Array(lb + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[lb];
}

/**
 * A vocabulary that maps any surface word to its canonical form. `core` words come from the
 * lookup's own signal tables and win over `extra` words (entry titles and aka names).
 */
export class Vocabulary {
  private core = new Set<string>();
  private extra = new Set<string>();
  /** Real words that stay as they are but are never a typo's correction (REAL_WORD_NEIGHBOURS). */
  private plain = new Set<string>();
  private byLength = new Map<number, string[]>();
  private cache = new Map<string, string>();
  /** Typo corrections allowed per query (10 kB queries must stay fast). */
  static FUZZY_BUDGET = 48;
  private budget = Vocabulary.FUZZY_BUDGET;

  addCore(word: string): void {
    this.core.add(word);
    this.index(word);
  }

  /** A real word: read as itself, never corrected, never offered as a correction. */
  addPlain(word: string): void {
    this.plain.add(word);
    this.cache.clear();
  }

  addExtra(word: string): void {
    if (this.core.has(word)) return;
    const c = this.lookupKnown(word);
    if (c !== undefined) return;
    this.extra.add(word);
    this.index(word);
  }

  private index(word: string): void {
    if (word.length < 4) return;
    const list = this.byLength.get(word.length) ?? [];
    list.push(word);
    this.byLength.set(word.length, list);
    this.cache.clear();
  }

  has(word: string): boolean {
    return this.core.has(word) || this.extra.has(word);
  }

  /** Start a new query: reset the typo budget. */
  resetBudget(): void {
    this.budget = Vocabulary.FUZZY_BUDGET;
  }

  private lookupKnown(w: string): string | undefined {
    // A real word that only looks like an inflection of a known one ("scared" is not "scar"+ed).
    if (this.plain.has(w)) return w;
    // Base form first, so "hurts" and "hurt" (both listed somewhere) meet on "hurt".
    for (const g of inflectionGuesses(w)) {
      const s = spell(g);
      if (this.core.has(s)) return s;
    }
    if (this.core.has(w)) return w;
    if (this.extra.has(w)) return w;
    for (const g of inflectionGuesses(w)) {
      const s = spell(g);
      if (this.extra.has(s)) return s;
    }
    return undefined;
  }

  canonical(rawWord: string): string {
    const cached = this.cache.get(rawWord);
    if (cached !== undefined) return cached;
    const w = spell(rawWord);
    let out = this.lookupKnown(w);
    // A dropped "g" ("tryin", "mornin", "feelin"): the -ing word, when it is a known one.
    if (out === undefined && w.length >= 4 && w.endsWith('in') && this.has(`${w}g`))
      out = this.lookupKnown(`${w}g`);
    if (out === undefined) {
      if (w.length >= 5 && !/\d/.test(w) && this.budget > 0) {
        this.budget--;
        out = this.fuzzy(w, rawWord) ?? w;
      } else {
        return w;
      }
    }
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(rawWord, out);
    return out;
  }

  /** Nearest known word with the same first letter: distance 1 for 5–7 letters, 2 for 8+. */
  private fuzzy(w: string, raw: string = w): string | undefined {
    const max = w.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestD = max + 1;
    let bestCore = false;
    for (let len = w.length - max; len <= w.length + max; len++) {
      const list = this.byLength.get(len);
      if (!list) continue;
      for (const cand of list) {
        const d = editDistance(w, cand, Math.min(max, bestD));
        if (d > max) continue;
        // Typos rarely change a word's first letter; real words one letter from a known word
        // often do ("towel" is no "bowel", "sorry" no "lorry").
        if (cand[0] !== w[0] && cand[0] !== raw[0]) continue;
        const isCore = this.core.has(cand);
        if (d < bestD || (d === bestD && isCore && !bestCore)) {
          best = cand;
          bestD = d;
          bestCore = isCore;
        }
      }
    }
    if (best === undefined) return undefined;
    return this.lookupKnown(best) ?? best;
  }
}
