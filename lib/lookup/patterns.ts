// A tiny phrase-pattern language for the lookup's signal tables.
//   "pain|ache down leg"   slots separated by spaces; alternatives by "|"
//   "slot?"                optional slot
//   "=legs"                match the surface form (plural kept), not the canonical form
//   "^as"                  the surface form written in capitals ("AS", not "as")
//   "_as"                  the surface form not written in capitals ("as", not "AS")
//   "#old"                 a number from 60 to 110 (an age)
//   "#num"                 any number written in digits ("6 metres")
//   "#lead"                an age (60 to 110) that opens the text, alone in its clause ("68, first
//                          time in my life…"); only as a pattern's first slot
//   "$PAIN"                a macro from MACROS, expanded at compile time
// Between two slots up to `gap` other tokens may stand (default 2), inside one clause, so word
// order within a phrase matters but filler words ("pain down my left leg") do not.
// A slot is one word: "hard on|boner" is the slot "hard" and then the slot "on|boner", never the
// phrase "hard on" as an alternative; write each multi-word alternative as its own pattern.

import { MACROS, TROUBLE_WORDS } from '../knowledge/lay';
import type { Token } from './tokenize';

export { MACROS };

interface Slot {
  words: Set<string>;
  raws: Set<string>;
  /** `^as`: the word as typed and written in capitals ("AS", not "as"). */
  capitals: Set<string>;
  /** `_as`: the word as typed and not written in capitals ("as", not "AS"). */
  lower: Set<string>;
  age: boolean;
  num: boolean;
  /** `#lead`: an age that opens the text, its clause ending right after it. */
  lead: boolean;
  optional: boolean;
}

export interface Pattern {
  feature: string;
  slots: Slot[];
  gap: number;
  /** True if the pattern itself contains a negation word: its tokens cannot negate others. */
  holdsNegation: boolean;
  source: string;
}

export interface Match {
  feature: string;
  start: number;
  end: number;
  sent: number;
  negated: boolean;
  holdsNegation: boolean;
  /** Asked about or feared, not reported ("what if my legs go numb?"). */
  hypothetical?: boolean;
}

/** A pattern holding one of these describes lost function or "not improving": never negated. */
const IMMUNE_WORDS = new Set([
  'no',
  'not',
  'without',
  'never',
  'nor',
  'neither',
  'none',
  'cant',
  'wont',
  'nothing',
]);

function expand(alt: string): string[] {
  if (alt.startsWith('$')) {
    const m = MACROS[alt.slice(1)];
    if (!m) throw new Error(`unknown macro ${alt}`);
    return m.split('|');
  }
  return [alt];
}

export function compilePattern(
  feature: string,
  source: string,
  gap: number,
  canon: (w: string) => string,
): Pattern {
  const slots: Slot[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      const slot: Slot = {
        words: new Set(),
        raws: new Set(),
        capitals: new Set(),
        lower: new Set(),
        age: false,
        num: false,
        lead: false,
        optional,
      };
      for (const alt of body.split('|').flatMap(expand)) {
        if (alt === '#old') slot.age = true;
        else if (alt === '#lead') slot.lead = true;
        else if (alt === '#num') slot.num = true;
        else if (alt.startsWith('=')) slot.raws.add(alt.slice(1));
        else if (alt.startsWith('^')) slot.capitals.add(alt.slice(1));
        else if (alt.startsWith('_')) slot.lower.add(alt.slice(1));
        else for (const w of alt.split('-')) slot.words.add(canon(w));
      }
      return slot;
    });
  if (slots[0].optional) throw new Error(`pattern may not start with an optional slot: ${source}`);
  if (slots.slice(1).some((s) => s.lead)) throw new Error(`#lead may only open a pattern: ${source}`);
  const holdsNegation = slots.some((s) => [...s.words].some((w) => IMMUNE_WORDS.has(w)));
  return { feature, slots, gap, holdsNegation, source };
}

function slotMatches(slot: Slot, t: Token): boolean {
  if (slot.words.has(t.c) || slot.raws.has(t.raw)) return true;
  if (t.caps && slot.capitals.has(t.raw)) return true;
  if (!t.caps && slot.lower.has(t.raw)) return true;
  if (slot.num && /^\d+$/.test(t.raw)) return true;
  if (slot.age && isAge(t)) return true;
  return false;
}

/** A number from 60 to 110 written in digits: an age ("#old"). */
function isAge(t: Token): boolean {
  if (!/^\d{2,3}$/.test(t.raw)) return false;
  const n = Number(t.raw);
  return n >= 60 && n <= 110;
}

/** Index patterns by the words of their first slot for a linear scan. */
export class PatternIndex {
  private byWord = new Map<string, Pattern[]>();
  private byRaw = new Map<string, Pattern[]>();
  private byCapitals = new Map<string, Pattern[]>();
  private byLower = new Map<string, Pattern[]>();
  private byAge: Pattern[] = [];
  private byNum: Pattern[] = [];
  private byLead: Pattern[] = [];

  add(p: Pattern): void {
    const first = p.slots[0];
    for (const w of first.words) push(this.byWord, w, p);
    for (const r of first.raws) push(this.byRaw, r, p);
    for (const r of first.capitals) push(this.byCapitals, r, p);
    for (const r of first.lower) push(this.byLower, r, p);
    if (first.age) this.byAge.push(p);
    // "#num metres": a pattern may start with any number (it was once never tried at all).
    if (first.num) this.byNum.push(p);
    if (first.lead) this.byLead.push(p);
  }

  /** All matches, earliest-greedy per start position. */
  matchAll(tokens: Token[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const cands: Pattern[] = [];
      const a = this.byWord.get(t.c);
      if (a) cands.push(...a);
      const b = this.byRaw.get(t.raw);
      if (b) cands.push(...b);
      const caps = t.caps ? this.byCapitals.get(t.raw) : undefined;
      if (caps) cands.push(...caps);
      const lower = t.caps ? undefined : this.byLower.get(t.raw);
      if (lower) cands.push(...lower);
      // Only ages (60–110) start an age pattern: "20 years ago" is no "70 years old".
      if (this.byAge.length && /^\d{2,3}$/.test(t.raw))
        for (const p of this.byAge) if (slotMatches(p.slots[0], t)) cands.push(p);
      if (this.byNum.length && /^\d+$/.test(t.raw))
        for (const p of this.byNum) if (!cands.includes(p)) cands.push(p);
      if (i === 0 && this.byLead.length && isAge(t) && (tokens.length === 1 || tokens[1].clause !== t.clause))
        cands.push(...this.byLead);
      for (const p of cands) {
        const end = matchFrom(p, tokens, i);
        if (end >= 0) {
          out.push({
            feature: p.feature,
            start: i,
            end,
            sent: t.sent,
            negated: false,
            holdsNegation: p.holdsNegation,
          });
        }
      }
    }
    return out;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function matchFrom(p: Pattern, tokens: Token[], i: number): number {
  return extend(p, tokens, 1, i, tokens[i].clause);
}

/**
 * Matches slots k… after the token at `pos`: each slot tries every token within the gap, in order,
 * and an optional slot may also be skipped. It backtracks: "collapsed into my? bed" matches
 * "collapsed into bed after my shift", where taking the later "my" first would fail on "bed".
 * Returns the index of the last matched token, or -1.
 */
function extend(p: Pattern, tokens: Token[], k: number, pos: number, clause: number): number {
  if (k === p.slots.length) return pos;
  const slot = p.slots[k];
  for (let j = pos + 1; j <= pos + 1 + p.gap && j < tokens.length; j++) {
    if (tokens[j].clause !== clause) break;
    // A pattern's "no" reaches its next word over a gap, but not over a trouble it denies: "no
    // problems controlling my bladder" is no "no control of my bladder".
    if (k === 1 && j > pos + 1 && IMMUNE_WORDS.has(tokens[pos].c) && TROUBLE_WORDS.has(tokens[j - 1].raw))
      break;
    if (!slotMatches(slot, tokens[j])) continue;
    const end = extend(p, tokens, k + 1, j, clause);
    if (end >= 0) return end;
  }
  return slot.optional ? extend(p, tokens, k + 1, pos, clause) : -1;
}
