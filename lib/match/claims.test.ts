// The claim reader (issue 12): table-driven assertions and near-misses of every FACTS.md §5
// myth in many wordings (ad copy, forum posts, machine-translated English), written apart from
// the blind evaluation set in tests/eval/fresh, and the structure of what findClaims returns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../tests/bench/corpus-text';
import { mythClaims } from '../knowledge/data/myth-claims';
import { hasClaimAnchor, mayHaveClaims } from './claim-anchor';
import { renderClaimLiterals, requiredLiterals } from './claim-literals';
import { findClaims } from './claims';

const ASSERTIONS: [string, string][] = [
  ['myth-m1', 'Regular massage can make tumours disappear.'],
  ['myth-m1', 'Massage therapy helps the body get rid of cancerous growths.'],
  ['myth-m1', 'Tumors shrink after a course of massage.'],
  ['myth-m1', 'Massage is a natural cure for cancer.'],
  ['myth-m1', 'Our healing massage treats cancer without chemotherapy.'],
  ['myth-m1', 'My cyst was gone after three sessions of deep tissue massage!'],
  ['myth-m2', 'Massage dissolves the salt in your joints.'],
  ['myth-m2', 'After ten sessions the salt deposits in my neck were gone.'],
  ['myth-m2', 'Kneading breaks down the calcium deposits on the spine.'],
  ['myth-m2', 'The masseur rubbed out the salt deposits from my back.'],
  ['myth-m3', 'Facial massage erases wrinkles.'],
  ['myth-m3', 'Massage makes your skin look ten years younger.'],
  ['myth-m3', 'Back massage boosts collagen production and keeps skin firm.'],
  ['myth-m3', 'Massage restores the elasticity of the skin.'],
  ['myth-m4', 'Our massage will cure your sciatica for good.'],
  ['myth-m4', 'Massage is a permanent solution for back pain.'],
  ['myth-m4', 'No more back pain after our signature massage!'],
  ['myth-m4', 'The massage gun makes your back pain disappear completely.'],
  ['myth-m4', 'Massage will heal your slipped disc.'],
  ['myth-m4', 'A course of massage eliminates lower back pain once and for all.'],
  ['myth-m5', 'Massage regenerates cartilage in worn knees.'],
  ['myth-m5', 'Deep tissue massage heals torn ligaments.'],
  ['myth-m5', 'Regular massage repairs damaged joints.'],
  ['myth-m5', 'Massage cures arthritis of the spine.'],
  ['myth-m6', 'Massage speeds up your metabolism.'],
  ['myth-m6', 'A good massage brings the nervous system back into balance.'],
  ['myth-m6', 'Lymphatic massage balances your hormones.'],
  ['myth-m7', 'Massage pushes blood and lymph through the whole body.'],
  ['myth-m7', 'A back massage boosts blood flow to every organ.'],
  ['myth-m7', 'Massage cleanses the lymphatic system.'],
  ['myth-m8', 'Massage releases toxins, so drink plenty of water afterwards.'],
  ['myth-m8', 'Massage detoxifies the body.'],
  ['myth-m8', 'Sports massage removes lactic acid from tired muscles.'],
  ['myth-m8', 'The massage gun breaks down lactic acid build-up.'],
  ['myth-m9', 'Sitting in a draught gave me lumbago.'],
  ['myth-m9', 'Cold weather causes back pain.'],
  ['myth-m9', 'If you go out in winter with your lower back uncovered you will get back pain.'],
  ['myth-m9', 'Air conditioning blowing on your back will give you back pain.'],
  ['myth-m10', 'A curved spine puts pressure on your heart and lungs.'],
  ['myth-m10', 'A displaced vertebra disrupts the work of the stomach.'],
  ['myth-m10', 'Spinal deformity leads to problems with the internal organs.'],
  ['myth-m11', 'Left untreated, back pain will become chronic.'],
  ['myth-m11', 'Once your back goes, the pain will stay with you for life.'],
  ['myth-m11', 'Back pain only gets worse with age and never goes away.'],
  ['myth-m12', 'Muscles that were relaxed before the massage now have to work, so they hurt.'],
  ['myth-m12', 'The pain after massage is normal: your muscles had been relaxed and are suddenly activated.'],
  ['myth-m13', 'Back massage is good for kidney problems.'],
  ['myth-m13', 'Chest massage clears the lungs in pneumonia.'],
  ['myth-m13', 'Massage is used to treat pancreatitis.'],
  ['myth-m13', 'Back massage is an effective remedy for kidney inflammation.'],
  ['myth-m8', 'Massage is remove the toxins from organism.'],
  ['myth-m2', 'By massage the salt is leaving from the joints.'],
  ['myth-m13', 'Massage give the healing of kidney inflammation.'],
  ['myth-m3', 'After massage the skin is become young and fresh.'],
  ['myth-m6', 'Massage is make normal the metabolism and nervous system.'],
  ['myth-m1', 'With massage the tumor is go away without operation.'],
  ['myth-m4', 'The pains in back is passing forever after course of massage.'],
  ['myth-m4', 'massage literally melted my lower back pain away, it never came back'],
  ['myth-m8', 'Foot reflexology detoxes your kidneys and liver.'],
  ['myth-m1', 'Cupping and massage draw out cancer from the body.'],
  ['myth-m4', 'honestly my massage lady fixed my back pain for good, 10/10'],
  ['myth-m7', 'Lymphatic drainage massage on the back boosts your immune and lymph system.'],
  ['myth-m6', 'Massage restores the balance of the nervous system.'],
  ['myth-m7', 'This massage improves microcirculation and lymph outflow.'],
  ['myth-m5', 'Massage returns the joints their mobility and restores the ligaments.'],
  ['myth-m9', 'You got back pain because you sat under the air conditioner.'],
  ['myth-m9', 'The cause of the lumbago is the cold draught on the waist.'],
  ['myth-m9', 'Hypothermia of the lower back is the main reason for the back pain.'],
  ['myth-m10', 'Scoliosis disturbs the work of heart and lungs.'],
  ['myth-m10', 'When the vertebra is deformed, the internal organs suffer.'],
  ['myth-m11', 'back pain is for life once you have it'],
  ['myth-m11', 'Without treatment, the pain becomes constant and stays forever.'],
  [
    'myth-m12',
    'It is normal to hurt after massage, because your muscles were relaxed before and are not used to the work.',
  ],
  ['myth-m13', 'Massage of the back helps with pyelonephritis and prostatitis.'],
  ['myth-m13', 'Our massage therapists treat pneumonia and bronchitis naturally.'],
  ['myth-m2', 'Osteophytes can be broken up by a strong massage.'],
  [
    'myth-m1',
    'The masseuse said she can feel the lump getting smaller after each session, and it really is shrinking.',
  ],
  ['myth-m8', 'After a massage you feel sick because the toxins are coming out.'],
  ['myth-m3', 'Massage with this oil regenerates the skin cells.'],
  ['myth-m6', 'Massage speeds up metabolism and helps you lose weight.'],
  ['myth-m13', 'A kidney massage flushes out the infection in pyelonephritis.'],
  [
    'myth-m12',
    'You hurt after the massage because the muscles were relaxed before and now they are working; this pain is normal.',
  ],
  ['myth-m9', 'Cold air from the window on your lower back gives you lumbago.'],
  ['myth-m10', 'A crooked spine squeezes the organs and causes illness in the stomach.'],
  ['myth-m11', 'If you do nothing, the back pain will become permanent.'],
  ['myth-m4', 'Percussion massage guns eliminate back pain permanently.'],
  ['myth-m7', 'Rubbing the back speeds up lymph flow and clears out the whole lymphatic system.'],
  ['myth-m8', 'A massage gun pushes lactic acid out of the muscles in minutes.'],
  ['myth-m1', 'Massage the breast lump every day and it will dissolve.'],
  ['myth-m13', 'Massage heals prostatitis without any pills.'],
  ['myth-m6', 'Massage restores the normal work of the nervous system.'],
  ['myth-m3', 'Massage restores youthful skin.'],
];

const NOT_CLAIMS: string[] = [
  'It is a myth that massage flushes out toxins.',
  'The idea that massage removes toxins is outdated.',
  'Some therapists tell clients that massage flushes toxins, but this is untrue.',
  'You may have heard that massage breaks down lactic acid.',
  'There is no way massage can dissolve bone.',
  'Massage cannot and does not cure kidney infections.',
  'Massage may improve circulation in the skin for a short time.',
  'Swedish massage helps relieve stress and may improve sleep.',
  'Rubbing alcohol removes toxins from surfaces.',
  'Knead the dough until it is smooth and there are no lumps.',
  'Manual lymphatic drainage can reduce swelling in the arm after breast cancer treatment.',
  'If back pain lasts more than three months it is called chronic.',
  'Most back pain gets better within a few weeks.',
  'Heat or cold packs can ease back pain.',
  'In severe cases, scoliosis can affect the lungs.',
  'Scoliosis affects about 3% of people.',
  'Massage relaxes your muscles, and any pain after it usually settles within a day.',
  'Prostatitis needs medical treatment; massage is not a cure.',
  'The surgeon removed the tumour and the patient went home after a week.',
  'A massage therapist must avoid pressing on a tumour.',
  'Massage does not reverse ageing, whatever the adverts say.',
  'Back pain that does not go away after six weeks should be checked by a GP.',
  'Massage can give short-term relief from back pain.',
  'Massage feels good and helps many people relax.',
  'Cold weather did not cause your back pain.',
  'Is it true that massage gets rid of toxins?',
  'My therapist said massage flushes toxins. I am not sure that is true.',
  "Massage doesn't remove tumours, and pressing on one should be avoided.",
  'Contrary to popular belief, massage does not flush lactic acid out of your muscles.',
  'Lactic acid clears from muscle within an hour of exercise, massage or no massage.',
  "Massage can't break up salt deposits: they are bone spurs.",
  'Bone spurs are bony outgrowths that massage cannot dissolve.',
  "Despite what some salons say, massage won't rejuvenate your skin.",
  'Massage will not cure your back pain, but it may help you feel better for a while.',
  'No massage can rebuild a torn ligament.',
  'Claims that massage normalises metabolism are not backed by research.',
  'A general back massage is not lymphatic drainage and does not boost the lymph system.',
  'Manual lymphatic drainage, given by a trained therapist, can help move fluid in lymphoedema.',
  'MLD therapists use gentle strokes to improve lymph flow in people with lymphoedema.',
  'Weather and cold temperatures were not linked to new episodes of back pain.',
  'Spinal deformity only affects the internal organs when there are multiple fractures and severe curvature.',
  'Most back pain gets better within a few weeks and does not become permanent.',
  'Feeling sore after a massage is common and usually passes in a day or two.',
  'Kidney infections need antibiotics, not massage.',
  'Do not have a massage while you have pancreatitis.',
  'Massage is not a treatment for pneumonia.',
  'Massage may help you relax and can ease muscle tension.',
  'A short massage may reduce pain for a few hours.',
  'Massage may temporarily increase blood flow to the skin.',
  'The new detox tea claims to flush toxins, but your liver does that.',
  'Farmers were exposed to toxins from the pesticide spray.',
  'Surgeons removed a large tumour from his spine last year.',
  'Descale the kettle to remove salt deposits.',
  'Rub the salt into the meat and leave it overnight.',
  'The dog loves a good belly rub.',
  'Cold water swimming may improve circulation, researchers say.',
  'Her massage business grew quickly and she opened a second salon in the city.',
  'Ask your doctor whether massage is safe if you have cancer.',
  'Massage therapists are trained to avoid pressure over a tumour site.',
  'Deep tissue massage can leave you sore for a day or two.',
  'Massage helps many people with back pain feel better in the short term.',
  'Sports massage before a race can help you warm up.',
  'Some people believe that massage releases toxins; there is no evidence for this.',
  'Does massage really help back pain permanently?',
  'Whether massage spreads cancer is debated.',
  'Massage after breast cancer surgery should be done by a specialist therapist.',
  'Massage therapy is used alongside exercise for chronic low back pain.',
  'Chronic back pain is pain that lasts more than 12 weeks.',
  'Back pain can become chronic in a small number of people.',
  'Sciatica usually gets better on its own within 4 to 6 weeks.',
  'Rubbing the area may relieve pain for a short while.',
  'The therapist kneaded my shoulders and the knots went away for a few days.',
  'Massage relaxes tight muscles, which can reduce pain in the short term.',
  'Massage can help prevent muscle injuries when combined with stretching.',
  'Massage may improve the appearance of the skin for a while after the session.',
  'Regular massage can help you sleep better and feel less stressed.',
  'Cold packs reduce inflammation after an injury to the lower back.',
  'A fan can keep you cool, but sitting in a draught does not cause back pain.',
  'Poor posture can make your back ache, but it does not damage your organs.',
  'Kyphosis is a forward curve of the upper back.',
  'Severe scoliosis can press on the lungs and make breathing harder.',
  'Some back pain lasts for months; this is called chronic pain.',
  'Lactic acid is cleared by the body within an hour after exercise.',
  'Massage oils can soften dry skin.',
  'Gentle massage may help lymph move in people with lymphoedema, under a trained therapist.',
  'Massage for people with pneumonia is not recommended until they recover.',
  'Wash your hands after rubbing the cream in.',
  'The massage moved to a new studio near the station.',
  'A massage gun should not be used over bones, the spine or the kidneys.',
  'People with acute pancreatitis should avoid massage.',
  'Tumours should be checked by a doctor; do not massage a lump that has not been diagnosed.',
  'Deep tissue massage opens up the session with slow strokes.',
  'Many people feel relaxed after a massage, and some feel sore the next day.',
  'Before the massage, tell the therapist about any pain.',
  'Your muscles may feel sore after a massage if the pressure was firm.',
  'Massage therapists say clients often feel better, although the effect is short-lived.',
  'Some massage therapists believe massage improves circulation; evidence is limited.',
  'We do not claim that massage cures any disease.',
  'Massage is not a cure for back pain, but it can help you feel better.',
  'Massage will not remove bone spurs.',
  'Massage cannot shrink a tumour, and pressure over a tumour should be avoided.',
  'There is little evidence that massage boosts the immune system.',
  'The spa advertises that its massages detoxify the body.',
  'Reflexology is popular, though there is no good evidence it treats any disease.',
  'The radiator pushed warm air across the room as the frost settled outside.',
  'Warm up before exercise to relax your muscles and prevent soreness.',
  'Stretch gently before bed; tight muscles that were relaxed during the day can ache at night.',
  'An oncology massage therapist works around the tumour site and never presses on it.',
  'Massage after cancer treatment can help reduce fatigue.',
  'Massage therapy for cancer patients aims to relieve stress, not to treat the cancer itself.',
  'Bone spurs often cause no symptoms, and massage around them is usually fine.',
  'Massage can improve how your skin feels for a few hours.',
  "Massage can't cure back pain, but it may ease it for a while.",
  'Tendons heal slowly; massage around the injury may ease stiffness.',
  'Gentle massage may help circulation in the legs during long flights.',
  'Drinking water after a massage is a good idea simply because you may be thirsty, not to flush toxins.',
  "A cold, damp day doesn't cause back pain, although you may feel stiffer.",
  'A slipped disc usually heals on its own within weeks; massage may ease the pain meanwhile.',
  'Back pain rarely becomes permanent.',
  'Pain that becomes permanent is uncommon.',
  'Sciatica can become chronic if it is not managed well.',
  "Slouching won't damage your internal organs.",
  'Soreness after massage is normal because the muscles have been worked.',
  'Massage can be relaxing while you recover, but it does not treat pneumonia.',
  'Manual lymphatic drainage is used to treat lymphoedema.',
  'Lymphatic drainage by a certified therapist can reduce swelling after breast cancer surgery.',
  'Our lymphatic drainage massage, given by trained therapists, gently moves fluid in swollen legs.',
  'She rubbed the salt deposits off the tap with vinegar.',
  'Research does not support the claim that massage shrinks tumours.',
  'Massage is unlikely to restore damaged cartilage.',
  'I used to believe massage removed toxins from my body.',
  'The seller says its gun flushes out toxins. That is marketing, not science.',
  'They told me massage would fix my slipped disc for good. It did not.',
  'Chest percussion helps clear mucus in people with pneumonia.',
  'Vicks vapour rub clears the chest in bronchitis.',
  'Massage therapists are not trained to treat kidney infections.',
  'Is massage good for kidney problems? Ask your doctor first.',
  'Massage the kale with a pinch of salt to soften the leaves.',
  'Whatever the brochure promises, massage cannot rejuvenate your skin.',
  'Scoliosis rarely affects breathing unless the curve is severe.',
  'Osteoporosis can cause the spine to curve, and in severe cases this affects the lungs.',
  'Common massage myths:\n\n• Massage flushes out toxins.\n\n• Massage cures back pain for good.',
];

describe('assertions of a §5 myth are found, with the right myth', () => {
  test.each(ASSERTIONS)('%s: %s', (myth, text) => {
    const found = findClaims(text);
    expect(found.map((c) => c.mythId)).toContain(myth);
    expect(found.every((c) => c.mythId === myth)).toBe(true);
  });
});

describe('debunks, rejected or reported claims, questions, hedged truths, MLD and other subjects are not', () => {
  test.each(NOT_CLAIMS)('%s', (text) => {
    expect(findClaims(text)).toEqual([]);
  });
});

describe('what findClaims returns', () => {
  const seed =
    'Massaging the upper arms and the back of the head, you can get rid of existing tumors and salt deposits, to rejuvenate the skin, eliminate pain, relax the muscles.';

  test("a sentence with several claims is marked at each claim's own words, in order, without overlap", () => {
    const found = findClaims(seed);
    expect(found.map((c) => [c.mythId, seed.slice(c.start, c.end)])).toEqual([
      ['myth-m1', 'get rid of existing tumors'],
      ['myth-m2', 'salt deposits'],
      ['myth-m3', 'rejuvenate the skin'],
      ['myth-m4', 'eliminate pain'],
    ]);
  });

  test('each claim of a sentence goes with its closest effect', () => {
    const text = 'Our detox massage flushes out toxins and boosts your circulation at the same time.';
    expect(findClaims(text).map((c) => [c.mythId, text.slice(c.start, c.end)])).toEqual([
      ['myth-m8', 'flushes out toxins'],
      ['myth-m7', 'boosts your circulation'],
    ]);
  });

  test('two myths on one effect word: the closer target is its object, unless the targets are a list', () => {
    const one = 'Massage clears toxins from the lymphatic system.';
    expect(findClaims(one).map((c) => c.mythId)).toEqual(['myth-m8']);
    const list = 'Massage dissolves tumours, cysts and salt deposits.';
    expect(findClaims(list).map((c) => [c.mythId, list.slice(c.start, c.end)])).toEqual([
      ['myth-m1', 'dissolves tumours'],
      ['myth-m2', 'salt deposits'],
    ]);
  });

  test('a target describing people who have it is not what the treatment acts on', () => {
    expect(findClaims('Massage may slightly reduce anxiety in people with cancer.')).toEqual([]);
    expect(findClaims('Massage helps with anxiety in patients recovering from pneumonia.')).toEqual([]);
    expect(findClaims('Massage helps with pneumonia.').map((c) => c.mythId)).toEqual(['myth-m13']);
  });

  test('a sentence with one claim is marked whole; offsets are into the text given', () => {
    const text =
      'Gift vouchers available. Neck massage breaks up the salt deposits on the vertebrae. Book now.';
    const [c] = findClaims(text);
    expect(text.slice(c.start, c.end)).toBe('Neck massage breaks up the salt deposits on the vertebrae');
  });

  test('list items take their anchor from the sentence introducing the list', () => {
    const text =
      'Massage for neck area and back are used for the following purposes:\n\n• regeneration of the skin;\n\n• removing back pain and General health of the body.';
    expect(findClaims(text).map((c) => [c.mythId, text.slice(c.start, c.end)])).toEqual([
      ['myth-m3', 'regeneration of the skin'],
      ['myth-m4', 'removing back pain and General health of the body'],
    ]);
    // Without the introduction the same items assert nothing about massage.
    expect(findClaims('• regeneration of the skin;\n\n• removing back pain.')).toEqual([]);
  });

  test('"It …" continues the previous sentence\'s subject', () => {
    const text = 'Deformation or failure of the vertebra. It is a violation of the internal organs.';
    const [c] = findClaims(text);
    expect(c.mythId).toBe('myth-m10');
    expect(text.slice(c.start, c.end)).toBe('It is a violation of the internal organs');
  });

  test('a claim followed by its rejection in the next sentence is not a claim', () => {
    expect(findClaims('Supposedly, kneading restores joints. There is no evidence it does.')).toEqual([]);
    expect(findClaims('Kneading restores joints. There is no evidence it does.')).toEqual([]);
    expect(findClaims('Kneading restores joints. Book today.')).not.toEqual([]);
  });

  test('reported speech counts when the text endorses it', () => {
    expect(findClaims('my mum always said a cold draught gives you back pain')).toEqual([]);
    expect(findClaims('my mum always said a cold draught gives you back pain and she was right')).not.toEqual(
      [],
    );
  });

  test('texts without an anchor word are not read at all', () => {
    for (const t of ['Surgeons removed the tumour.', 'The toxins in the pesticide harmed the bees.']) {
      expect(hasClaimAnchor(t)).toBe(false);
      expect(findClaims(t)).toEqual([]);
    }
    expect(hasClaimAnchor('A deep tissue massage.')).toBe(true);
  });

  test('results are sorted and non-overlapping on a long mixed text', () => {
    const text = [...ASSERTIONS.map(([, t]) => t), ...NOT_CLAIMS].join('\n\n');
    const found = findClaims(text);
    expect(found.length).toBeGreaterThanOrEqual(ASSERTIONS.length);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});

describe('the first-stage claim check (claim-anchor.ts mayHaveClaims, issue 10)', () => {
  const tune = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../tests/eval/fresh/tune/claims.json'), 'utf8'),
  ) as { snippets: { text: string }[] };
  const demo = htmlToText(
    readFileSync(join(import.meta.dirname, '../../tests/fixtures/source-article.html'), 'utf8'),
  );

  test('says yes wherever findClaims finds a claim', () => {
    const texts = [
      ...ASSERTIONS.map(([, t]) => t),
      ...NOT_CLAIMS,
      ...tune.snippets.map((s) => s.text),
      demo,
      ...demo.split(/\n\s*\n/),
    ];
    const withClaims = texts.filter((t) => findClaims(t).length > 0);
    expect(withClaims.length).toBeGreaterThan(50);
    expect(withClaims.filter((t) => !mayHaveClaims(t))).toEqual([]);
  });

  test('claim-literals.generated.ts matches the claim data (else run: npx tsx lib/match/generate-claim-literals.ts)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, 'claim-literals.generated.ts'), 'utf8');
    expect(onDisk).toBe(renderClaimLiterals());
  });

  test('requiredLiterals names text every match holds, or nothing', () => {
    expect(requiredLiterals('masseu(?:r|se)s?')).toEqual(['masseu']);
    expect(requiredLiterals('(?<!vapou?r |dry )rub(?:s|bing)?(?! alcohol)')).toEqual(['rub']);
    expect(requiredLiterals('(?:our|my) (?:massage )?therapists?')).toEqual(['therapist']);
    expect(requiredLiterals('(?:cold|chill)\\w*')).toEqual(['cold', 'chill']);
    expect(requiredLiterals('that[\x27\u2019]?s why')).toEqual(['s why']);
    expect(requiredLiterals('\\w+')).toBeUndefined();
    expect(requiredLiterals('(?:a|\\w+)b')).toEqual(['b']);
    // Every fragment of the claim data yields some literal, so no page compiles an expression
    // unless the words it needs are there.
    for (const m of mythClaims)
      for (const f of [...m.targets, ...m.effects, ...(m.phrases ?? [])])
        expect(requiredLiterals(f), f).toBeDefined();
  });

  test('says no to everyday uses of anchor words', () => {
    for (const t of [
      'Spanish fans cheered. Spooky Winter places to visit. View draft.',
      'It exposed the flaw; relax, the lazy loader skips unused images.',
      'The freezing rain made the roads icy, a real pain for commuters.',
    ])
      expect(mayHaveClaims(t)).toBe(false);
  });
});

describe('the generated claim parts (claim-literals.generated.ts claimParts, issue 10)', () => {
  test('decode to exactly the claim data the first stage checks', async () => {
    const { claimReading, mythClaims } = await import('../knowledge/data/myth-claims');
    const { claimParts } = await import('./claim-literals.generated');
    const expand = (n: readonly string[]) =>
      n.flatMap((x) => (x === '@treatment' ? claimReading.treatment : [x]));
    const p = claimParts();
    expect(p.treatment).toEqual([...claimReading.treatment]);
    expect(p.myths).toEqual(
      mythClaims.map((m) => ({
        needs: m.needs.map((n) => (n === 'treatment' ? 'treatment' : expand(n as readonly string[]))),
        target: [...m.targets, ...(m.phrases ?? [])],
        effect: [...m.effects, ...(m.phrases ?? [])],
      })),
    );
  });
});

describe('the claim gate (claim-literals.generated.ts claimGate, issue 10)', () => {
  test('for every myth, each literal of one of its needed lists holds a gate literal', async () => {
    const { claimGate, claimLiterals } = await import('./claim-literals.generated');
    const gate = claimGate();
    expect(gate).toBeDefined();
    const covered = (l: string[] | undefined) =>
      l !== undefined && l.every((x) => (gate ?? []).some((g) => x.includes(g)));
    const { treatment, myths } = claimLiterals();
    const needsTreatment = mythClaims.map((m) => m.needs.includes('treatment'));
    myths.forEach(([targets, needs, effects], i) => {
      const lists = [targets, ...needs, effects, ...(needsTreatment[i] ? [treatment] : [])];
      expect(lists.some(covered), mythClaims[i].myth).toBe(true);
    });
  });
  test('a text with none of its literals holds no claim, and is ruled out before any decoding', () => {
    expect(mayHaveClaims('Sign in to continue. Accept cookies. Terms of use.')).toBe(false);
    expect(mayHaveClaims('Massage dissolves the salt deposits in your spine.')).toBe(true);
  });
});
