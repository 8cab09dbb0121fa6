// Numbers told as a series of readings (issue 8, "time course… told by numbers"): a weight that
// falls over the text ("82 kg on 1 January, 79 kg in March, 74 kg now") is a weight loss even when
// no word says "lost". The units, the cue words and the threshold are data (LOOKUP_RULES
// .weightSeries). Pure: no DOM, no browser API.
import { LOOKUP_RULES } from '../knowledge/lay';
import type { Match } from './patterns';
import type { Token } from './tokenize';

/** A match of the series' feature from the first weight to the last, when the weight falls. */
export function fallingWeight(tokens: Token[]): Match | undefined {
  const rule = LOOKUP_RULES.weightSeries;
  if (!tokens.some((t) => rule.cues.includes(t.raw))) return undefined;
  const readings: { kg: number; at: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const perUnit = Object.hasOwn(rule.kgPerUnit, tokens[i].raw) ? rule.kgPerUnit[tokens[i].raw] : undefined;
    if (perUnit === undefined || !/^\d{1,3}$/.test(tokens[i - 1].raw)) continue;
    // "79.5 kg" arrives as "79", "5", "kg": the two halves of one number.
    const intPart = tokens[i - 2];
    const decimal =
      intPart !== undefined && /^\d{1,3}$/.test(intPart.raw) && tokens[i - 1].start === intPart.end + 1;
    const value = decimal ? Number(`${intPart.raw}.${tokens[i - 1].raw}`) : Number(tokens[i - 1].raw);
    readings.push({ kg: value * perUnit, at: i });
  }
  if (readings.length < 2) return undefined;
  const first = readings[0];
  const last = readings[readings.length - 1];
  if (first.kg - last.kg < rule.minDropKg) return undefined;
  return {
    feature: rule.feature,
    start: first.at - 1,
    end: last.at,
    sent: tokens[first.at].sent,
    negated: false,
    holdsNegation: false,
  };
}
