// Cases written from FACTS.md §4.1 (what is normal) and §4.2 (when to stop and get care).
import { describe, expect, test } from 'vitest';
import { type AfterAnswers, type AfterOutcome, afterMassage, notBetterByDay } from './after-massage';

const base: AfterAnswers = { when: 'under-1-day', where: 'worked', trend: 'same', signs: [] };
// A Wednesday, so named days are predictable.
const WED = new Date(2026, 11, 2);

describe('afterMassage', () => {
  test.each<[string, Partial<AfterAnswers>, AfterOutcome]>([
    // §4.1: dull ache where worked, within a day or two → normal.
    ['ache where worked, the same day', {}, 'normal'],
    ['ache where worked, 1–2 days, easing', { when: '1-2-days', trend: 'easing' }, 'normal'],
    [
      'ache where worked, 1–2 days, getting worse (still inside 48 h)',
      { when: '1-2-days', trend: 'worse' },
      'normal',
    ],
    ['aching all over, tired, the same day', { where: 'all-over' }, 'normal'],
    ['mild neck ache the same day', { where: 'neck-head' }, 'normal'],
    ['over 3 days but easing', { when: 'over-3-days', trend: 'easing' }, 'normal'],
    // §4.2: still getting worse after ~48 h, or not clearly easing by day 3 → see a GP.
    ['getting worse after 2 days', { when: '2-3-days', trend: 'worse' }, 'see-gp'],
    ['not easing by day 3', { when: 'over-3-days', trend: 'same' }, 'see-gp'],
    ['one leg tingling, no weakness', { signs: ['leg-tingle'] }, 'see-gp'],
    ['pain where it was not massaged (§4.3)', { where: 'elsewhere' }, 'see-gp'],
    // §4.2 urgent-same-day rows.
    [
      'neck soreness not settled after 24 h',
      { where: 'neck-head', when: '1-2-days', trend: 'same' },
      'get-help-today',
    ],
    ['neck headache getting worse', { where: 'neck-head', trend: 'worse' }, 'get-help-today'],
    ['one calf or thigh', { where: 'one-leg' }, 'get-help-today'],
    ['sharp pain over a rib', { signs: ['sharp-bone'] }, 'get-help-today'],
    ['big bruise', { signs: ['bruise'] }, 'get-help-today'],
    ['severe pain', { signs: ['severe'] }, 'get-help-today'],
    ['fever', { signs: ['fever'] }, 'get-help-today'],
    ['leg weakness', { signs: ['leg-weak', 'leg-tingle'] }, 'get-help-today'],
    // §4.2 emergency rows.
    ['saddle numbness / bladder', { signs: ['saddle-bladder-legs'] }, 'call-emergency'],
    ['stroke signs after neck massage', { where: 'neck-head', signs: ['stroke'] }, 'call-emergency'],
    ['sudden breathlessness', { signs: ['breathless-chest'] }, 'call-emergency'],
    ['dark pee after a long, hard massage', { signs: ['dark-pee'] }, 'call-emergency'],
    [
      'an emergency sign beats everything else',
      { when: 'over-3-days', trend: 'worse', signs: ['fever', 'dark-pee'] },
      'call-emergency',
    ],
  ])('%s → %s', (_name, patch, outcome) => {
    expect(afterMassage({ ...base, ...patch }, 'uk', WED).outcome).toBe(outcome);
  });

  test('act-now rows say so (§0.1 act_now): calf, rib, bruise, leg weakness', () => {
    for (const signs of [['sharp-bone'], ['bruise'], ['leg-weak']] as const)
      expect(afterMassage({ ...base, signs }, 'uk', WED).actNow).toBe(true);
    expect(afterMassage({ ...base, where: 'one-leg' }, 'uk', WED).actNow).toBe(true);
    expect(afterMassage({ ...base, signs: ['fever'] }, 'uk', WED).actNow).toBe(false);
  });

  test('reasons come most serious first and name each sign', () => {
    const r = afterMassage({ ...base, where: 'elsewhere', signs: ['fever', 'breathless-chest'] }, 'uk', WED);
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons[0]).toMatch(/breathless/i);
    expect(r.reasons[1]).toMatch(/fever/i);
    expect(r.reasons[2]).toMatch(/not massaged/i);
  });

  test('normal soreness says what helps and when to see a GP', () => {
    const r = afterMassage(base, 'uk', WED);
    expect(r.headline).toMatch(/normal soreness/);
    expect(r.advice.join(' ')).toMatch(/warm bath/);
    expect(r.advice.join(' ')).toMatch(/See a GP .* by Friday/);
    expect(r.notBetterBy).toBe('Friday');
  });

  test.each([
    ['uk', 'Call 999 now', /NHS 111/, 'See a GP'],
    ['us', 'Call 911 now', /urgent care/, 'See your doctor'],
    ['eu', 'Call 112 now', /your doctor today/, 'See your doctor'],
    ['au', 'Call 000 now', /1800 022 222/, 'See a GP'],
  ])('region %s routes every outcome to its services', (region, call, today, gp) => {
    expect(afterMassage({ ...base, signs: ['stroke'] }, region, WED).headline).toContain(call);
    expect(afterMassage({ ...base, signs: ['fever'] }, region, WED).headline).toMatch(today);
    expect(afterMassage({ ...base, where: 'elsewhere' }, region, WED).headline).toContain(gp);
  });
});

test('notBetterByDay names day 3 after the massage', () => {
  expect(notBetterByDay('under-1-day', WED)).toBe('Friday');
  expect(notBetterByDay('1-2-days', WED)).toBe('tomorrow');
  expect(notBetterByDay('2-3-days', WED)).toBe('today');
  expect(notBetterByDay('over-3-days', WED)).toBeUndefined();
});
