// Numbers read as readings (lib/lookup/readings.ts): weights that fall, and single readings —
// a heart rate, an oxygen saturation, weeks of pregnancy written "32/40" (issue 8, bank P43).
import { describe, expect, test } from 'vitest';
import { singleReadings } from './readings';
import { tokenize } from './tokenize';

const features = (text: string) => singleReadings(tokenize(text)).map((m) => m.feature);

describe('single readings', () => {
  test.each([
    ['HR 118 and sweaty', 'racingHeart'],
    ['my watch says 131 bpm', 'racingHeart'],
    ['pulse is 104', 'racingHeart'],
    ['sats 89% on the finger probe', 'breathless'],
    ['32/40 and bleeding', 'pregnant'],
  ])('%s → %s', (text, feature) => {
    expect(features(text)).toContain(feature);
  });
  test.each([
    'HR 72 at rest',
    'sats 98%',
    'my watch says 131 steps',
    'I am 40 and my back hurts',
    'born in 1980/40 something',
    'I scored 32/50 in the exam',
  ])('%s → nothing', (text) => {
    expect(features(text)).toEqual([]);
  });
});
