// Cases written from FACTS.md §3: absolute rows postpone, relative rows adapt, local rows avoid
// the area; the summary for the therapist lists what was ticked and nothing else.
import { describe, expect, test } from 'vitest';
import {
  BEFORE_INFO,
  BEFORE_ITEMS,
  type BeforeItem,
  type BeforeOutcome,
  beforeMassage,
} from './before-massage';

describe('beforeMassage', () => {
  test.each<[BeforeItem[], BeforeOutcome]>([
    [[], 'fine'],
    // §3.1 absolute
    [['fever'], 'postpone'],
    [['clot'], 'postpone'],
    [['calf-now'], 'postpone'],
    [['unexplained-pain'], 'postpone'],
    // §3.2 recent surgery: ask the surgical team first
    [['recent-surgery'], 'postpone'],
    // §3.3 contagious skin: treat as absolute
    [['contagious-skin'], 'postpone'],
    // §3.2 very low platelets: treat as absolute
    [['low-platelets'], 'postpone'],
    // §3.2 relative
    [['blood-thinners'], 'adapt'],
    [['pregnancy'], 'adapt'],
    [['cancer'], 'adapt'],
    [['osteoporosis'], 'adapt'],
    // §3.3 local
    [['recent-fracture'], 'adapt'],
    [['skin-wound'], 'adapt'],
    [['pregnancy', 'blood-thinners', 'skin-wound'], 'adapt'],
    [['pregnancy', 'fever'], 'postpone'],
  ])('%j → %s', (items, outcome) => {
    expect(beforeMassage(items).outcome).toBe(outcome);
  });

  test('every item names a FACTS.md §3 entry', () => {
    for (const item of BEFORE_ITEMS) expect(BEFORE_INFO[item].entry).toMatch(/^ci-/);
  });

  test('reasons: one per ticked item, postpone first', () => {
    const r = beforeMassage(['pregnancy', 'fever']);
    expect(r.reasons).toHaveLength(2);
    expect(r.reasons[0]).toMatch(/fever/i);
    expect(r.reasons[1]).toMatch(/side/);
  });

  test('the summary for the therapist lists the ticked items only', () => {
    const r = beforeMassage(['blood-thinners', 'pregnancy']);
    expect(r.summary.split('\n')).toEqual([
      'For my massage therapist:',
      '- I take blood thinners or bruise easily. Please use light pressure.',
      '- I am pregnant. Please let me lie on my side.',
      'Please adapt the massage.',
    ]);
    expect(beforeMassage([]).summary).toBe('For my massage therapist:\nNothing to report.');
  });

  test.each([
    ['uk', /NHS 111.*999/],
    ['us', /urgent care.*911/],
    ['eu', /doctor today.*112/],
    ['au', /1800 022 222.*000/],
  ])('a swollen calf now needs help today, routed for %s', (region, text) => {
    expect(beforeMassage(['calf-now'], region).getHelpToday).toMatch(text);
    expect(beforeMassage(['fever'], region).getHelpToday).toBeUndefined();
  });
});
