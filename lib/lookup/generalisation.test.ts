// Generalisation check: realistic queries written for this test (not from the eval set), in
// different wording, spelling and order. Same pass rule as symptom-queries.json.
import { describe, expect, test } from 'vitest';
import { judge, type SymptomQuery } from '../../tests/eval/lookup.ts';
import { lookupSymptoms } from './index.ts';

const OWN: SymptomQuery[] = [
  {
    id: 'g01',
    query: 'tingly bum cheeks and my lower back is agony',
    expectTop3: ['rf-saddle-numbness', 'cauda-equina-syndrome'],
    firstUrgencyAtLeast: 'emergency',
  },
  {
    id: 'g02',
    query: "I haven't been able to wee since last night, back is really sore",
    expectTop3: ['rf-bladder-change', 'cauda-equina-syndrome'],
    firstUrgencyAtLeast: 'emergency',
  },
  {
    id: 'g03',
    query: 'shooting pain from my buttock down the back of my thigh',
    expectTop3: ['sciatica-herniated-disc'],
    firstUrgencyAtLeast: 'self-care',
  },
  {
    id: 'g04',
    query: 'both my feet have gone numb and my back aches',
    expectTop3: ['rf-bilateral-leg', 'cauda-equina-syndrome'],
    firstUrgencyAtLeast: 'emergency',
  },
  {
    id: 'g05',
    query: 'high temperature, shivery and pain in my side under the ribs',
    expectTop3: ['pyelonephritis', 'rf-fever'],
    firstUrgencyAtLeast: 'urgent-same-day',
  },
  {
    id: 'g06',
    query: 'my mum is 84 and had a fall yesterday, now her back hurts',
    expectTop3: ['rf-minor-trauma-fragile'],
    firstUrgencyAtLeast: 'urgent-same-day',
  },
  {
    id: 'g07',
    query: 'agonising pain in waves from my loin to my groin',
    expectTop3: ['kidney-stones'],
    firstUrgencyAtLeast: 'urgent-same-day',
  },
  {
    id: 'g08',
    query: 'is it ok to get a massage if I take apixaban',
    expectTop3: ['ci-anticoagulants-bleeding'],
  },
  {
    id: 'g09',
    query: 'bruised and achy the day after my sports massage',
    expectTop3: ['post-massage-soreness', 'massage-related-injury'],
    firstUrgencyAtLeast: 'self-care',
  },
  {
    id: 'g10',
    query: 'woke up with a crick in my back after moving furniture',
    expectTop3: ['nonspecific-low-back-pain', 'muscle-strain'],
    firstUrgencyAtLeast: 'self-care',
  },
  {
    id: 'g11',
    query: 'ripping pain between the shoulder blades that came out of nowhere',
    expectTop3: ['rf-sudden-upper-back'],
    firstUrgencyAtLeast: 'emergency',
  },
  {
    id: 'g12',
    query: 'stiffness in the mornings for months which loosens up with exercise',
    expectTop3: ['axial-spondyloarthritis', 'rf-inflammatory-pattern'],
    firstUrgencyAtLeast: 'see-gp-soon',
  },
  {
    id: 'g13',
    query: 'one calf is hot and swollen since my massage',
    expectTop3: ['dvt', 'massage-related-injury'],
    firstUrgencyAtLeast: 'urgent-same-day',
  },
  { id: 'g14', query: 'can massage get rid of lactic acid and toxins?', expectTop3: ['myth-m8'] },
  {
    id: 'g15',
    query: 'finished chemo last year and now a new ache in my spine',
    expectTop3: ['rf-cancer-history', 'spinal-cancer-mscc'],
    firstUrgencyAtLeast: 'urgent-same-day',
  },
  {
    id: 'g16',
    query: 'backache plus I keep going to the loo and it stings',
    expectTop3: ['pyelonephritis', 'prostatitis'],
    firstUrgencyAtLeast: 'see-gp-soon',
  },
  {
    id: 'g17',
    query: 'chest feels tight and my back hurts between the shoulders',
    expectTop3: ['rf-chest-pain'],
    firstUrgencyAtLeast: 'emergency',
  },
];

describe('generalisation: own realistic queries', () => {
  test.each(OWN.map((q) => [q.id, q.query, q] as const))('%s %s', (_id, _q, q) => {
    const outcome = judge(q, lookupSymptoms(q.query));
    expect(
      outcome.pass,
      `${outcome.reason}; got ${outcome.got.map((g) => `${g.id}(${g.urgency ?? '-'})`).join(', ')}`,
    ).toBe(true);
  });
});
