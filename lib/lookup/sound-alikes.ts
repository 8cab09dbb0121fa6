// Words a phone's dictation hears wrongly ("sigh attica" for sciatica, "war for in" for warfarin,
// "lower bag" for lower back): a query spoken into a phone arrives with them. Each rule in
// SOUND_ALIKES (lib/knowledge/data/lay-signals.ts) names the words as heard, with the words around
// them that make the reading safe, and the words meant. Pure: no DOM, no browser API.
import { SOUND_ALIKES, SPOKEN_PUNCTUATION } from '../knowledge/lay';
import type { Token } from './tokenize';

interface Rule {
  heard: string[];
  meant: string[];
}

let rules: Map<string, Rule[]> | undefined;

/** Rules by their first heard word, longest first so "war for in" wins over a shorter rule. */
function ruleIndex(): Map<string, Rule[]> {
  if (rules) return rules;
  rules = new Map();
  for (const [heard, meant] of Object.entries(SOUND_ALIKES)) {
    const rule = { heard: heard.split(' '), meant: meant.split(' ') };
    // A rule may only shorten or keep the words: every meant word takes a heard word's place.
    if (rule.meant.length > rule.heard.length)
      throw new Error(`SOUND_ALIKES "${heard}": more words meant than heard`);
    const list = rules.get(rule.heard[0]) ?? [];
    list.push(rule);
    list.sort((a, b) => b.heard.length - a.heard.length);
    rules.set(rule.heard[0], list);
  }
  return rules;
}

/**
 * The tokens with misheard runs replaced by the words meant. A run never crosses a sentence or
 * clause; the last meant word stretches over the rest of the run, so offsets still cover the
 * query's own text.
 */
export function respellHeard(tokens: Token[]): Token[] {
  const index = ruleIndex();
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const rule = index.get(tokens[i].raw)?.find((r) => runMatches(tokens, i, r.heard));
    if (!rule) {
      out?.push(tokens[i]);
      continue;
    }
    out ??= tokens.slice(0, i);
    const run = tokens.slice(i, i + rule.heard.length);
    rule.meant.forEach((word, k) => {
      const last = k === rule.meant.length - 1;
      out?.push({ ...run[k], raw: word, c: word, end: last ? run[run.length - 1].end : run[k].end });
    });
    i += rule.heard.length - 1;
  }
  return out ?? tokens;
}

function runMatches(tokens: Token[], at: number, heard: string[]): boolean {
  const first = tokens[at];
  return heard.every((w, k) => {
    const t = tokens[at + k];
    return t !== undefined && t.raw === w && t.clause === first.clause;
  });
}

let spoken: RegExp | undefined;

/**
 * The text with spoken punctuation ("comma", "full stop", "new line") turned into the marks, each
 * padded with spaces to the words' length so every later offset still points into the original.
 */
export function markSpokenPunctuation(text: string): string {
  spoken ??= new RegExp(
    `\\b(${Object.keys(SPOKEN_PUNCTUATION)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(' ', '\\s+'))
      .join('|')})\\b`,
    'gi',
  );
  if (!/comma|stop|mark|point|line|paragraph/i.test(text)) return text;
  return text.replace(spoken, (words) => {
    const mark = SPOKEN_PUNCTUATION[words.toLowerCase().replace(/\s+/g, ' ')] ?? ' ';
    return mark + ' '.repeat(words.length - mark.length);
  });
}
