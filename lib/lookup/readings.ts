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

/** A number token i (1–3 digits) and its value; "89%" arrives as "89". */
const numberAt = (tokens: Token[], i: number) =>
  /^\d{1,3}$/.test(tokens[i]?.raw ?? '') ? Number(tokens[i].raw) : NaN;

const match = (feature: string, start: number, end: number, tokens: Token[]): Match => ({
  feature,
  start,
  end,
  sent: tokens[start].sent,
  negated: false,
  holdsNegation: false,
});

/**
 * Single readings (LOOKUP_RULES.readings): "HR 122", "pulse 108", "watch is reading 131 bpm" (a
 * fast heartbeat), "sats 89%" (low oxygen), "32/40" (weeks pregnant). A number counts when a cue
 * word stands within two words before it, or "bpm" right after it; "32/40" when the two numbers
 * touch across one character.
 */
export function singleReadings(tokens: Token[]): Match[] {
  const { heartRate, oxygen, gestation } = LOOKUP_RULES.readings;
  const out: Match[] = [];
  const cueBefore = (i: number, cues: readonly string[]) => {
    for (let k = Math.max(0, i - 3); k < i; k++)
      if (cues.includes(tokens[k].raw) && tokens[k].sent === tokens[i].sent) return k;
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const n = numberAt(tokens, i);
    if (Number.isNaN(n)) continue;
    const hrCue = tokens[i + 1]?.raw === 'bpm' ? i + 1 : cueBefore(i, heartRate.cues);
    if (hrCue >= 0 && n >= heartRate.min && n <= heartRate.max)
      out.push(match(heartRate.feature, Math.min(hrCue, i), Math.max(hrCue, i), tokens));
    const o2Cue = cueBefore(i, oxygen.cues);
    if (o2Cue >= 0 && n < oxygen.below && n >= oxygen.min) out.push(match(oxygen.feature, o2Cue, i, tokens));
    const next = tokens[i + 1];
    if (
      next?.raw === gestation.over &&
      next.start === tokens[i].end + 1 &&
      n >= gestation.min &&
      n <= gestation.max
    )
      out.push(match(gestation.feature, i, i + 1, tokens));
  }
  return out;
}
