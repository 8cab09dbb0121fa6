// Issue 8: understanding by composition, the safety net and never-empty answers. Queries written
// for this test from FACTS.md §2 and §4 (not from any evaluation set).
import { describe, expect, test } from 'vitest';
import { extractFeatures } from './features.ts';
import { lookupSymptoms, lookupWithChecks } from './index.ts';
import { tokenize } from './tokenize.ts';

const first = (q: string) => lookupSymptoms(q)[0];
const ids = (q: string, n = 3) =>
  lookupSymptoms(q)
    .slice(0, n)
    .map((r) => r.id);

describe('parts of a story combine into red flags', () => {
  test.each([
    ['my sciatica started on the left and has now gone into the other leg too', 'rf-bilateral-leg'],
    ['legs feel like jelly since last night and my back is sore', 'rf-bilateral-leg'],
    ['my brother came off his motorbike on the motorway and his back hurts', 'rf-major-trauma'],
    ['was kicked hard in the lower back by a cow this morning', 'rf-major-trauma'],
    [
      'on steroids for years, picked up a bag of compost and felt a sharp pain in my spine',
      'rf-minor-trauma-fragile',
    ],
    [
      'our baby arrived last week and I have a pounding headache, flashing lights and backache',
      'rf-pregnancy',
    ],
    [
      'my mother had a neck massage this afternoon and now one side of her face is drooping',
      'massage-related-injury',
    ],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });

  test('an emergency told loosely comes first as a "could this be…?" check', () => {
    const r = first('my dad says his chest feels heavy and it goes through to his back');
    expect(r.id).toBe('rf-chest-pain');
    expect(r.urgency).toBe('emergency');
  });
});

describe('time course and context keep routine stories routine', () => {
  test.each([
    'both my legs ache when I walk to the shops and ease when I sit down, it has been like this for years',
    'my arm went to pins and needles lying on it during the massage, it went off in a minute',
    'pain between my shoulder blades from painting the ceiling, no chest pain',
    'my neck is stiff after sleeping on a bad pillow',
    // A long-past event is history; a number is an age only from 60 to 110.
    'hurt my back in a car crash 15 years ago, all healed, now it just aches after gardening',
    'back pain for 3 weeks and I keep ending up in tears, I am 45 years old',
    // A negation between the parts of a phrase: "legs … numb" across "aren't".
    "he is 68, his back went lifting the bins, his legs aren't numb or weak and he is peeing fine",
  ])('%s: no emergency first', (q) => {
    expect(first(q)?.urgency).not.toBe('emergency');
  });
});

describe('negation and hypotheticals', () => {
  test('a feared symptom beside a reported one is not reported', () => {
    const r = lookupSymptoms(
      'what if my legs go numb? right now it is just a sore lower back after gardening',
    );
    expect(r[0]?.urgency).not.toBe('emergency');
  });
  test('a feared symptom alone is still answered', () => {
    expect(ids('what if I can no longer feel when I wipe')).toContain('rf-saddle-numbness');
  });
  test('"bladder fine", "walking normally" deny after the fact', () => {
    const r = lookupSymptoms(
      'had bowel cancer, new back ache slowly getting worse, walking normally, bladder fine',
    );
    expect(r[0]?.id).toBe('rf-cancer-history');
    expect(r[0]?.urgency).toBe('urgent-same-day');
  });
});

describe('set D tune-half kinds, in new words', () => {
  test.each([
    ["my nan's legs keep folding under her since this morning and she's grabbing the furniture", 'emergency'],
    ['my lips are going a bit blue with this chest infection and it hurts my back to breathe', 'emergency'],
    ["when I wipe it's like wiping someone else's backside, and my back is killing me", 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q)?.urgency).toBe(level);
  });
  test.each([
    ['lower back a bit worse in bed, better as soon as I roll over', 'nonspecific-low-back-pain'],
    [
      'the masseuse dug her thumb into my shoulder and a week on it is still not easing',
      'massage-related-injury',
    ],
    ['client came for his session smelling of beer, do I go ahead', 'ci-intoxication'],
  ])('%s → %s in the top 3', (q, id) => {
    expect(ids(q).slice(0, 3)).toContain(id);
  });
  test('position-relieved night ache is not night pain', () => {
    expect(ids('lower back a bit worse in bed, better as soon as I roll over')).not.toContain(
      'rf-night-rest-pain',
    );
  });
  test('claudication legs that go heavy, for a year, are not fast weakness', () => {
    const q =
      'his legs go heavy after ten minutes walking and he has to sit, then fine, like this for a year';
    expect(first(q)?.urgency).not.toBe('emergency');
  });
});

describe('emergencies in euphemisms and comparisons (written for this test)', () => {
  test.each([
    "my back's been bad all week and now I can't feel anything when I sit on the toilet seat",
    'dad says his undercarriage has gone numb since his back went',
    "haven't had a wee since this morning even though I'm desperate, back is agony",
    'worst pain of my life between my shoulder blades, came on like a thunderclap',
    'kidney infection and my gran is suddenly talking nonsense and very sleepy',
    'after a super hard deep tissue massage my pee is the colour of coca cola',
    "can't feel my bits",
    // Set E tune-half kinds, in new words.
    'my husband is desperate to pee and keeps trying but not a drop comes out, and his back aches',
    'back muscles wrecked after a spin class, so weak I can hardly lift my arms, pee looks like cola',
    'first ever kidney ache at 71 and I feel like I might faint',
    'tummy pain going right through to my back and I keep being sick',
    'no control over my bowels since my back went',
    "can't tell when I need a number two any more, bad back",
    'my legs both feel like they belong to someone else and my back aches',
    'pregnant 30 weeks, back pain, and my belly has gone rock hard and will not relax',
    // "double vision" (a pattern once demanded "double of vision").
    'after having my neck cracked I have double vision and cannot walk straight',
    'on blood thinners and this back pain is unbearable, nothing I did brought it on',
    'kidney stone pain and the painkillers are doing nothing at all',
  ])('%s', (q) => {
    expect(first(q)?.urgency).toBe('emergency');
  });
  test.each([
    'I read that numbness down below is serious, I do not have any, just backache',
    'feel a bit dizzy after standing up too quick, also my back is stiff',
    'my legs feel heavy after a long run, back a bit tight',
    "my pee is dark because I haven't drunk much water today, back a bit achy",
    'had a fever last week with the flu, now my back is a bit stiff',
    'I sometimes get a shooting pain in my bum when I sit on hard chairs',
  ])('look-alike, not urgent: %s', (q) => {
    const u = first(q)?.urgency;
    expect(u === 'emergency' || u === 'urgent-same-day').toBe(false);
  });
  test('"these days" brings a long-past story back to now', () => {
    expect(
      ids('had a car crash 10 years ago and was fine after, these days my back aches after gardening'),
    ).toContain('nonspecific-low-back-pain');
  });
  test.each([
    [
      'on my back a red hot place grows very fast, I am shaking and my heart is going very quick',
      'emergency',
    ],
    [
      'my father is 70, smoker, sitting on the sofa and suddenly very strong pain in belly and back, he lifted nothing',
      'emergency',
    ],
  ])('other voices: %s', (q, level) => {
    expect(first(q)?.urgency).toBe(level);
  });
  test.each([
    [
      'mum is 81, slipped from a dining chair and sat down heavily, now her mid back hurts',
      'rf-minor-trauma-fragile',
    ],
    [
      'client felt light-headed for a few seconds when she sat up off the table, fine after some water',
      'post-massage-soreness',
    ],
    [
      'client had a deep tissue session on Monday and the soreness is worse than yesterday',
      'massage-related-injury',
    ],
    ['ache between my balls and back passage for months and I pee a lot', 'prostatitis'],
  ])('other voices: %s → %s in the top 3', (q, id) => {
    expect(ids(q).slice(0, 3)).toContain(id);
  });
  test('muscles that ache and feel weak all over with no cause are no emergency', () => {
    const q =
      'the muscles of her back, shoulders and thighs ache and feel weak, she cannot recall any strain';
    expect(first(q)?.urgency).not.toBe('emergency');
  });
  test.each([
    'my wife says her water broke and she has back pain, she is 33 weeks',
    "my toddler won't walk and screams when I touch her back and she's burning hot",
    'lost a lot of weight recently without dieting and my back aches',
    'my 75 year old mum tripped on the rug and now her back really hurts',
  ])('at least same-day help: %s', (q) => {
    expect(['urgent-same-day', 'emergency']).toContain(first(q)?.urgency);
  });
  test('stenosis explains both legs only while nothing has changed (FACTS §2 note)', () => {
    const stable = 'spinal stenosis for years, legs ache when I walk and ease when I sit, nothing new';
    expect(first(stable)?.urgency).not.toBe('emergency');
    const changed = `${stable}, but since lunchtime both legs have gone numb and weak even sitting still`;
    expect(first(changed)?.urgency).toBe('emergency');
  });
  test('a pulsing felt in the tummy is a sign to get checked, not a known aneurysm', () => {
    const q =
      'I can feel a pulsing in my tummy lying down and my lower back has ached for a month, nothing sudden';
    expect(first(q)?.id).toBe('abdominal-aortic-aneurysm');
    expect(first(q)?.urgency).toBe('see-gp-soon');
  });
  test.each([
    "twice today I've found my knickers wet and didn't feel it happen, sciatica all week",
    "dad's cancer has spread, new back pain, today his legs are wobbly and he's walking like he's drunk",
    'on steroids for years, felt a crack lifting compost and now my right leg is floppy and keeps catching',
    "mum's usual bad back this week, oh and she hasn't had a wee since yesterday even though she's tried",
    "husband put his back out, mentioned his bits feel like they've been to the dentist",
    'sciatica on and off for months, tonight both legs went from under her on the stairs',
    'back sore from the gym and since this afternoon my left foot slaps on the floor, getting worse',
    "my husband's back went last week, today he's dragging both feet and stumbling",
  ])('emergency: %s', (q) => {
    expect(first(q)?.urgency).toBe('emergency');
  });
  test('not knowing where a pain comes from is no confusion', () => {
    expect(first("I don't know where this pain in my back comes from")?.urgency).not.toBe('emergency');
  });
});

describe('long past, but still history or now', () => {
  test('a cancer years ago still counts', () => {
    expect(ids('I had breast cancer years ago and now my back aches at night')).toContain(
      'rf-cancer-history',
    );
  });
  test('"but now" brings the story back to the present', () => {
    expect(first('years ago I fell off a ladder but now I cant feel my legs')?.urgency).toBe('emergency');
  });
  test('a long-past story about someone else goes on in its next past-tense sentence', () => {
    const q =
      'My dad had a slipped disc years ago. He lost control of his bladder and needed surgery. I have lower back pain now, should I worry?';
    expect(first(q)?.urgency).not.toBe('emergency');
    expect(ids(q)).toContain('nonspecific-low-back-pain');
  });
  test('a sentence with no past verb after a long-past one is a report of now', () => {
    expect(
      first('Fell off a ladder years ago. Back pain since, and now numb between my legs.')?.urgency,
    ).toBe('emergency');
    expect(ids('Breast cancer 5 years ago. Back pain for 3 weeks, worse at night.')).toContain(
      'rf-cancer-history',
    );
  });
  test('a past-tense sentence dated to last night is a report of now, not the old story', () => {
    const q =
      'Was treated for prostate cancer four years back. Last night I got an ache like a tight strap round my middle, coming from my spine.';
    expect(first(q)?.urgency).toBe('emergency');
    expect(
      first('My uncle had prostate cancer four years back. He got an ache like a strap round his middle.')
        ?.urgency,
    ).not.toBe('emergency');
  });
});

describe('never an empty answer to a body or pain word', () => {
  test.each(['my knee hurts', 'elbow is sore after tennis', 'back feels loads better now'])('%s', (q) => {
    expect(lookupSymptoms(q).length).toBeGreaterThan(0);
  });
  test('a weak match says so, so the popup can show who to call', () => {
    expect(lookupWithChecks('my elbow hurts').unsure).toBe(true);
    expect(lookupWithChecks('back pain and chest pain').unsure).toBe(false);
  });
  test('junk still gets nothing', () => {
    expect(lookupSymptoms('asdf qwerty')).toEqual([]);
  });
});

// Written for this test, in words of our own, for the kinds of wording paraphrase banks P1 and P2
// taught (tests/eval/fresh2/README.md): signs told by what a person no longer notices, events told
// as the event, stroke signs after neck work in a massage question.
describe('cauda equina signs told by what a person no longer notices', () => {
  test.each([
    'my lower back is agony and I wet myself on the sofa without even feeling it',
    'sciatica and there was no warning at all before the poo came',
    'slipped disc and I have to press on my tummy to get any wee out',
    'bad back and sex feels like nothing since the weekend',
    'lumbago and I cannot tell if I have finished weeing any more',
    'back went on Monday and now my bum will not stay shut',
    'disc trouble and both feet feel like I am standing on pillows',
  ])('%s', (q) => {
    expect(first(q)?.urgency).toBe('emergency');
    expect(ids(q, 3).some((id) => id.startsWith('rf-') || id === 'cauda-equina-syndrome')).toBe(true);
  });
  test.each([
    'backache again, I always dribble a bit after a wee, been like that for years',
    'calves ache walking the dog and sitting down fixes it, back stiff, same all winter',
    'bad back but I can pee and poo fine and there is no numbness anywhere',
  ])('usual for this person, or denied: %s', (q) => {
    expect(first(q)?.urgency).not.toBe('emergency');
  });
});

describe('dangers told as the event or in another question', () => {
  test.each([
    ['came off the scaffold onto the drive yesterday, lower back throbbing', 'rf-major-trauma'],
    ['our van flipped on the bypass last night and my back is sore today', 'rf-major-trauma'],
    ['back pain and my heart is hammering and I nearly keeled over in the kitchen', 'rf-sudden-abdo-back'],
    ['upper back ache that creeps up into my jaw when I walk uphill', 'rf-chest-pain'],
  ])('%s', (q, id) => {
    expect(first(q)?.urgency).toBe('emergency');
    expect(ids(q)).toContain(id);
  });
  test('stroke signs after neck work come first in a massage question', () => {
    const q =
      'since my neck was manipulated the room keeps spinning and I cannot walk in a straight line, can I still have my massage?';
    expect(first(q)?.urgency).toBe('emergency');
  });
  test('muscle pain and scant urine after a hard massage', () => {
    expect(first('aching everywhere after a brutal massage yesterday and barely weeing today')?.urgency).toBe(
      'emergency',
    );
  });
  test('a chest workout is no chest pain', () => {
    expect(first('pecs and upper back sore after chest day at the gym')?.urgency).not.toBe('emergency');
  });
});

describe('the whole story counts, however its parts are spread (set L tune half kinds, own wording)', () => {
  test('the worst pain of a life in the lower back, then blacking out, at 70', () => {
    const q =
      'out of the blue the worst pain I have ever had in my lower back, and then I passed out in the hall. I am 70';
    expect(first(q)?.urgency).toBe('emergency');
  });
  test('belly and back pain together out of nowhere in an older smoker', () => {
    const q =
      'Grandad is 79 and smoked all his life. Out of nowhere he has a terrible pain in his tummy and his back at once. He has not lifted anything.';
    expect(first(q)?.urgency).toBe('emergency');
    expect(ids(q)).toContain('rf-sudden-abdo-back');
  });
  test('saddle numbness that usually wears off but this time has not', () => {
    const q =
      'After long rides my bum goes numb and it normally wears off in minutes, but two days on it is still not gone and my back hurts';
    expect(first(q)?.urgency).toBe('emergency');
  });
});

describe('signs told through what happened or what is taken (set N/O tune-half kinds, own wording)', () => {
  test.each([
    [
      'aged 80, sore lower back since the weekend and today I soiled my underwear without knowing',
      'emergency',
    ],
    [
      'my dad is on hormone jabs for his prostate, his back aches and this week he keeps catching his foot on the carpet',
      'emergency',
    ],
    ['back bad for a few days and now both legs feel like cotton wool', 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });

  test('hormone treatment for the prostate with back pain is a cancer history', () => {
    expect(
      ids('my husband gets hormone injections for his prostate and his back has hurt for weeks'),
    ).toContain('rf-cancer-history');
  });

  test.each([
    // "feeding" is no typo of "bleeding"; an injection spot is no spotting.
    'my lower back aches from feeding the baby in a bad chair and the epidural spot looks fine, no fever',
    // "for a few days" is no passing moment.
    'my back has been stiff for a few days after moving house',
  ])('no emergency first: %s', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });
});

describe('time course and pattern read whole (set N/O tune-half kinds, own wording)', () => {
  test('the stenosis pattern told as a walk to the corner and a rest on a wall', () => {
    const r = lookupSymptoms(
      "I'm 79, I walk to the corner shop and both legs ache and go heavy, I perch on a wall and it eases. Been like this for two years.",
    );
    expect(r[0].id).toBe('spinal-stenosis');
    expect(r[0].urgency).not.toBe('emergency');
  });

  test('a pulse in the tummy with nothing sudden: the aneurysm card, not night pain', () => {
    const q =
      'Lying in bed I feel my tummy throb like a heartbeat. 72, ex-smoker, low back ache for weeks, nothing sudden.';
    expect(ids(q)).toContain('abdominal-aortic-aneurysm');
    expect(ids(q)).not.toContain('rf-night-rest-pain');
    expect(first(q).urgency).not.toBe('emergency');
  });

  test('long morning stiffness that exercise eases is the inflammatory pattern, not rest pain', () => {
    const q =
      'aged 24, stiff as a board every morning, takes an hour to loosen up, eases after a jog, worse if I sit still';
    expect(ids(q, 2)).toEqual(expect.arrayContaining(['rf-inflammatory-pattern']));
    expect(ids(q)).not.toContain('rf-night-rest-pain');
  });

  test('pain on and off for years is no kidney stone', () => {
    expect(ids('dull low back ache on and off for years, worse after long drives')).not.toContain(
      'kidney-stones',
    );
  });

  test('"in bed" is night pain only with pain beside it', () => {
    expect(ids('my back hurts in bed')).toContain('rf-night-rest-pain');
    expect(ids('reading in bed I noticed my ankles are swollen, back is fine')).not.toContain(
      'rf-night-rest-pain',
    );
  });
});

describe('session 19: signs told by effect, and the look-alikes beside them (written for this test)', () => {
  test.each([
    ['back is agony and I cannot get up on my toes on either foot since this morning', 'emergency'],
    ['feverish with a sore back and kidneys, and my husband says I keep muddling my words', 'emergency'],
    ['after she worked hard on my neck my sight went dark in one eye and my head pounds', 'emergency'],
    [
      'mum is 81, back has been bad, and she insists she does not need the toilet yet the bed is soaked',
      'emergency',
    ],
    ['since the back went I feel nothing when I open my bowels', 'emergency'],
    ['was hit by a van on my bike this morning and my lower back hurts', 'emergency'],
    ['pain shooting from my buttocks and down both legs since I lifted the sofa', 'emergency'],
    ['my bladder is on a delay since the back pain started, I have to strain and wait ages', 'emergency'],
    ['lower belly hard and swollen, no urge to go at all, back pain for days', 'emergency'],
    ['granddad collapsed holding his tummy and back, he looks grey and sweaty, he is 77', 'emergency'],
    ['burning fever, aching back and I cannot bear the light from the window', 'emergency'],
    ['back pain and I wet the bed last night for the first time in my adult life', 'emergency'],
    [
      'spot on my back has become a red, hot, swollen patch that is spreading and I feel shivery',
      'emergency',
    ],
    // An idiom masks only its own words: a real collapse is still one.
    ['my husband collapsed on the kitchen floor clutching his back, grey and sweaty, he is 72', 'emergency'],
    ['sudden tearing pain went through to my back, I am hot and sweaty and dizzy', 'emergency'],
    // A night sweat is masked as a collapse sign; a sweat with sudden pain is not.
    ['out of nowhere a ripping pain tore through my upper back and I am drenched in sweat', 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });

  test.each([
    'legs and lower back sore two days after my first spin class, otherwise fine',
    'did lunges and squats on Monday, thighs and back ache today, walking fine',
    'felt a tearing twinge in my lower back while deadlifting, spasms when I bend',
    'my toddler wet the bed again and my back hurts from changing the sheets',
    'nearly wet myself laughing at the physio video for lower back pain',
    'bought new fishing tackle and my back aches from sitting on the riverbank',
    'dull back ache for a month and I keep waking up with the sheets soaked in sweat',
    // Look-alike kinds of the bank P4, in own words.
    'my cheek is still numb from the dental injection and my lower back is stiff from the chair',
    'so sweaty after hot yoga but no temperature, lower back sore from the backbends',
    'our old cat has become incontinent and my back hurts from scrubbing the carpet',
    'I flopped onto the sofa after a double shift and now my lower back aches',
    'spent the day passing out leaflets with a heavy bag, upper back aches',
    'had erection trouble for years from my blood pressure pills, and now I pulled my back at the gym',
    'my bottom lip is numb after a filling and my back is stiff, is numbness a bad sign?',
    'physio says my neck has some wear and tear, it is stiff in the mornings',
    'hot and sweaty after a spin session, lower back a bit tight',
    'it was boiling in the hotel last night, the sheets were damp but it was sweat not pee, back a bit stiff',
    'erection problems for a couple of years on blood pressure pills, and now a sore back from the garden',
  ])('%s: not an emergency', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });

  test('"doubled over" tells pain, not double vision', () => {
    const q = 'doubled over with cramps in my lower back';
    expect(ids(q, 4)).not.toContain('massage-related-injury');
    expect(first(q).urgency).not.toBe('emergency');
  });
});

describe('set V tune-half kinds, in own words', () => {
  test('a full stop after a bracket still ends the sentence: the long past stays in its bracket', () => {
    const q =
      'Aged 70, ex-smoker (gave up 10 years ago). At night I feel a throbbing in the middle of my belly like a pulse.';
    expect(ids(q)).toContain('abdominal-aortic-aneurysm');
  });

  test('a known bulge in the aorta with new back pain is an emergency', () => {
    expect(
      first('they are watching a bulge in my aorta, and since yesterday my lower back aches').urgency,
    ).toBe('emergency');
  });

  test('teeth chattering with a high temperature on antibiotics for a pelvic infection', () => {
    expect(
      first(
        'on antibiotics for a pelvic infection, back and pelvis still sore, temperature 40 and my teeth are chattering',
      ).urgency,
    ).toBe('emergency');
  });

  test('"can\'t go to work" is a lost day, not a bladder that will not empty', () => {
    const q = 'period pain into my lower back so bad I cannot go to work for a day each month';
    expect(ids(q, 4)).not.toContain('rf-bladder-change');
    expect(first(q).urgency).not.toBe('emergency');
  });
});

// Bank P5 (issue 8, fourth session): kinds of miss and over-triage, each in new words here.
describe('bank P5 kinds, in own words', () => {
  test.each(['I am 39 and my lower back hurts after the move', 'my son is 38 and keeps getting back ache'])(
    '%s: an age is no temperature',
    (q) => {
      expect(ids(q, 4)).not.toContain('rf-fever');
    },
  );

  test.each([
    'back pain and the thermometer reads 38.6',
    'lower back sore and she is 39.2 tonight',
    'fever of 38.5C with aching back',
  ])('%s: a temperature with its decimal is a fever', (q) => {
    expect(ids(q, 4)).toContain('rf-fever');
  });

  test('a decimal point does not end the clause', () => {
    const t = tokenize('it says 38.3 now');
    expect(t.map((x) => x.raw)).toEqual(['it', 'says', '38', '3', 'now']);
    expect(new Set(t.map((x) => x.clause)).size).toBe(1);
  });

  test('late-pregnancy weeks told alone, with fainting, lead with the pregnancy flag', () => {
    const r = first('36 weeks, my lower back aches and I passed out at the sink');
    expect(r.id).toBe('rf-pregnancy');
    expect(r.urgency).toBe('emergency');
  });

  test('a duration in weeks is no pregnancy', () => {
    expect(ids('lower back pain for 30 weeks now, nothing helps', 4)).not.toContain('rf-pregnancy');
  });

  test('a rock-hard, constantly painful bump in pregnancy is an emergency', () => {
    expect(
      first('33 weeks pregnant, back aching and the bump has gone hard and sore all the time').urgency,
    ).toBe('emergency');
  });

  test('pain that comes with every period, sex painful too, is no pelvic infection emergency', () => {
    const q = 'each month my lower back and pelvis are in agony with my period and sex hurts';
    expect(first(q).urgency).not.toBe('emergency');
    expect(ids(q, 3)).toContain('endometriosis');
  });

  test('severe worsening pelvic pain after unprotected sex is an emergency (PID)', () => {
    const r = lookupSymptoms(
      'after unprotected sex a few weeks ago my pelvic pain and back ache got severe today',
    );
    expect(r[0].urgency).toBe('emergency');
    expect(r.slice(0, 3).map((x) => x.id)).toContain('pelvic-inflammatory-disease');
  });

  test('a clear aneurysm screening is no aneurysm; one found on screening still is', () => {
    expect(ids('my AAA scan was normal last month, back just stiff from digging', 4)).not.toContain(
      'abdominal-aortic-aneurysm',
    );
    expect(
      first('a 5.1cm aneurysm was found on screening, now a new ache low in my back and tummy').urgency,
    ).toBe('emergency');
  });

  test('pain spreading from the back into the left arm and jaw is the chest-pain flag', () => {
    expect(
      first('sore back for a day and now the pain spreads from my back into my left arm and jaw').id,
    ).toBe('rf-chest-pain');
  });

  test('neck pain shooting into the right arm with a tingly thumb is a trapped nerve, not the heart', () => {
    expect(first('pain in my neck runs down my right arm when I turn, thumb tingles').urgency).not.toBe(
      'emergency',
    );
  });

  test.each([
    'my 4 year old wet the bed so I stripped it and now my back has gone',
    'hot tub for ages, felt faint and sweaty, fine after a drink of water, lower back achy from the gym',
    'passed out asleep on the couch after the wine, back stiff this morning, no tummy pain',
    'tore my hamstring in spring; now a dull ache between the shoulder blades after a long drive',
    'stiff neck and a light headache after a neck and shoulder massage, no fever',
    'could not pee at the stadium with people queuing behind me, fine at home, back sore from the seats',
    'my daughter is 6 and still wets the bed; my back went lifting her mattress',
    'headache and stiff neck after a party, slept on a friend’s floor, no temperature, no rash',
  ])('%s: not an emergency', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });

  test.each([
    ['legs keep givin way and my back is killing me', 'emergency'],
    [
      'grandma on antibiotics for a urine infection, back and side pain, 39.1 and she does not know what day it is',
      'emergency',
    ],
    ['slipped off the scaffold, must have been 4 metres, back hurts to move', 'emergency'],
    [
      'ankylosing spondylitis for years; thrown forward when the train braked and my neck feels different',
      'emergency',
    ],
    [
      'the crotch numbness used to go away after cycling but it is still there two days later, and my back aches',
      'emergency',
    ],
    ['since this morning both my legs are numb even lying flat; I have had stenosis for years', 'emergency'],
    [
      'my partner says he cannot tell any more whether he needs a poo, it just comes, and his sciatica is bad',
      'emergency',
    ],
    ['500 burpees for a challenge, back and legs aching and I have barely peed all day', 'emergency'],
    ['deep tissue massage yesterday, muscles in agony, peed once and it was really dark', 'emergency'],
  ])('%s: %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
});

describe('bank P6 kinds, in own words', () => {
  test.each([
    // Confusion told by the one who was not recognised.
    'gran has been burning up with a sore back since her water infection and tonight she did not know who I was',
    // Retention told as an effort that yields nothing.
    'low back agony and for hours I have been desperate to wee but cannot produce a single drop',
    // Saddle numbness told as a likeness with a "wearing off" in it.
    'sciatica for a fortnight and now my bottom and between my legs feel like when the numbing injection at the dentist is wearing off',
    // Lost sexual sensation told without a sex word.
    'slipped disc in march, and these last few nights with my partner I could barely feel anything',
    // A weak-bone fracture with new leg numbness (§1 vertebral fracture escalation).
    'on steroids for years, lifted the shopping and felt a crack in my mid back, now my shin feels like cotton wool',
    // With AS, a knock to the head is the jolt.
    'I have ankylosing spondylitis and banged my head on the shelf, now my neck pain feels different',
  ])('%s: an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test.each([
    // Numbness told as a covering, or found by a test.
    'since my back went, everything my underwear covers feels like there is a sheet of rubber over it',
    'bad back and the shower feels warm on my legs but nothing on my bum',
    // The saddle told as a likeness.
    'lower back gone since friday and sitting on the sofa feels like sitting on a metal bike seat',
    // The toilet told by checking.
    'sciatica and I have to check the tissue to know if I have been',
    // Erection trouble told by what does not happen.
    'herniated disc and things do not work like they should when I am turned on, new this week',
    // Retention told as not getting going.
    'lower back agony and I cannot get started when I sit on the toilet, tried three times',
    // Dark urine with swollen muscles.
    'back muscles swollen and hard after the gym and my pee is dark',
  ])('%s: an emergency first (bank P1 kinds)', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test('dark urine that cleared with water after a massage is no emergency', () => {
    expect(
      first('pee was dark after a hot sauna and a sports massage, back to pale after two pints of water')
        .urgency,
    ).not.toBe('emergency');
  });

  test('on long-term steroids, a sneeze that brings sharp mid-back pain is the fragile-bone flag', () => {
    expect(ids('been on prednisone for years, sneezed and now a sharp pain in my mid back', 3)).toContain(
      'rf-minor-trauma-fragile',
    );
  });

  test.each([
    // "for an hour" says how long, not how fast.
    'knelt weeding for an hour and my foot went floppy for a moment, then fine, back a bit stiff',
    // A small child's accident.
    'my little boy had an accident in his trousers and I hurt my back lifting him into the bath',
    // The numbness an epidural is meant to give.
    'epidural for my caesarean a month ago, legs were numb that day as expected, now just mild backache',
    // Feeling faint when giving blood.
    'felt faint giving blood, fine after lying down, back stiff from the chair',
    // Hot and sweaty from a bath.
    'sweaty and light-headed in a very hot bath for my back, fine once I cooled down',
    // A hand squashed asleep.
    'my hand went dead from lying on it during the massage, pins and needles gone in a minute',
    // Sleep, not a fall; a head on a sofa's arm, not a head-on crash.
    'fell asleep with my head on the arm of the sofa and woke with a stiff neck',
    // Aching thighs after a leg workout.
    'did 8 sets of lunges yesterday and both thighs feel like jelly, lower back tight',
    // A normal temperature reading.
    'lower back ache, checked my temperature twice, 36.9 both times',
  ])('%s: no emergency first', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });

  test('a crash told as head-on is a serious accident', () => {
    expect(ids('drove head on into a wall last night and my back is agony', 3)).toContain('rf-major-trauma');
  });

  test('weight loss told by rings sliding off, eating as always, is the weight-loss flag', () => {
    expect(
      ids('back pain for two months and my rings keep sliding off even though I am eating as normal', 4),
    ).toContain('rf-weight-loss');
  });

  test('"had a deep tissue" is a massage', () => {
    expect(ids('had a deep tissue on monday and my back is still sore', 3)).toContain(
      'post-massage-soreness',
    );
  });

  test('a temperature for 36 hours is no normal reading', () => {
    expect(ids('back ache and a temperature for 36 hours', 4)).toContain('rf-fever');
  });
});

describe('used sets V–Z kinds, in own words', () => {
  test.each([
    // "Nothing" that names what is absent.
    'sciatica for six weeks, not improving, legs strong and nothing numb between my legs, peeing fine',
    'tingling down one leg since a sports massage, nothing odd down below, just slow to settle',
    // "swear" is no sweat; "go for a number two" is the bowels.
    'pulled something moving the wardrobe, sudden and sharp, made me swear, eases when I lie still',
    'constipated on codeine for my back, not been able to go for a number two for three days, can feel everything when I wipe',
    // An idiom, not an accident.
    'the day after my first deep tissue my back feels like I have been hit by a bus, tender to touch',
    // Numbness that came back within minutes of getting off the bike.
    'numb down below on the saddle near the end of a long ride, came back about five minutes after I got off, completely normal since',
    // Pins and needles in the arm lain on.
    'lying face down on the massage table my hand went numb and tingly, fine a minute after I moved it',
  ])('%s: no emergency first', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });

  test.each([
    // A rolled farm vehicle is a serious accident.
    'rolled the tractor on the slope this morning and it landed on my back, walked home but stiff',
    // Sudden severe belly-and-back pain at risk, told as a pain that hit.
    'grandad is 78, smokes, high blood pressure, a terrible pain hit his belly and his back while he sat reading',
    // A long-ago aside does not reach back over "tonight".
    'mum has a water infection, hot and shivery with a sore side and back, and tonight she is talking nonsense, asking for her sister (who died years ago)',
    // Upper back pain spreading to the jaw and the left arm.
    'ache between my shoulder blades going up into my jaw and down my left arm since carrying the shopping upstairs',
    // Slurred speech that passed is still a possible stroke.
    'his speech went slurred for a few minutes this afternoon and then came right again, he has back pain too',
  ])('%s: an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test.each([
    'sore back the morning after a sports massage, tender to press but fine when I am resting',
    'back aches after the gym, ok when I sit still',
  ])('%s: pain eased by rest is no rest pain', (q) => {
    expect(ids(q, 4)).not.toContain('rf-night-rest-pain');
  });

  test('"hit his head strong" is still a knock (strength denies only legs)', () => {
    expect(
      first('my husband has AS and hit his head strong on the cupboard, now new neck pain').urgency,
    ).toBe('emergency');
  });

  test('a stop-start stream for months with an ache behind the scrotum is the prostate, not retention', () => {
    expect(
      first(
        'for months on and off an ache between my balls and back passage, into my lower back, and my wee is stop-start',
      ).urgency,
    ).not.toBe('emergency');
  });

  test.each([
    'lower back pain since tuesday and now my wee is stop start and I have to strain',
    'bad back since lifting the sofa and when I wipe I can barely feel the tissue',
  ])('%s: an emergency first (new hesitancy, wiping not felt)', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test('a condition named in a question, every sign denied, does not lead as an emergency', () => {
    expect(
      first(
        'is this cauda equina?? back sore after the gym, nothing numb anywhere, peeing and pooing normal, legs fine',
      ).urgency,
    ).not.toBe('emergency');
  });

  test.each(['is this cauda equina?', 'my back hurts and both legs have gone numb, is this cauda equina?'])(
    '%s: the condition asked about, alone or with its signs, still comes first',
    (q) => {
      expect(first(q).urgency).toBe('emergency');
    },
  );

  test('"it came back" is no back', () => {
    expect(ids('the numbness in my hand came back within a minute', 3)).not.toContain(
      'nonspecific-low-back-pain',
    );
  });
});

describe('set AC tune-half kinds, in own words', () => {
  test.each([
    // A trickle despite the urge; not knowing when the bladder has emptied.
    'back surgery was a month ago, now I am bursting for the loo but only get a dribble',
    'my lower back is sore and when I go for a wee I do not know when I have finished any more',
  ])('%s: an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test('a recent spinal decompression with a red, hot, weeping wound: the procedure flag, same day', () => {
    const top = first('had a spinal decompression ten days ago and the wound has gone red and hot with pus');
    expect([top.id, top.urgency]).toEqual(['rf-recent-spinal-procedure', 'urgent-same-day']);
  });

  test('"not knowing when she has finished" says nothing about the bladder by itself', () => {
    expect(lookupSymptoms('she never knows when she has finished talking')).toEqual([]);
  });

  test('"nothing changed down below" denies the saddle area', () => {
    expect(
      first(
        'sciatica in my left leg for six weeks, tingling in the toes, walking fine, nothing changed down below',
      ).urgency,
    ).not.toBe('emergency');
  });

  test('one-sided belly pain early in pregnancy brings the ectopic card', () => {
    expect(
      ids('positive test a fortnight ago and now a sharp pain on one side of my lower tummy, into my back'),
    ).toContain('ectopic-pregnancy');
  });
});

describe('bank P7 kinds, in own words', () => {
  test.each([
    // Coming round after a faint from sudden back pain.
    'my back pain came on so hard I hit the kitchen floor',
    // Not feeling the need for the loo, with cancer in the bones.
    'mum has breast cancer in her bones, her back is worse and she cannot tell when she needs the loo',
    // Stones with vomiting that keeps even water out.
    'my kidney stone is back, worst it has been, and I cannot keep any water down',
    // Back pain going down the left arm.
    'a heavy ache came on in my back while gardening and has moved down my left arm',
    // Retention told as getting up to pee with nothing coming.
    'grandad keeps going to the loo to pee and nothing comes, his tummy is hard and his back hurts',
    // Both legs lost feeling.
    'since friday I have stopped being able to feel my feet, both of them, and my back is locked',
    // Pancreatitis again with vomiting.
    'pancreatitis last year and now the same pain in my upper tummy through to the spine and I keep vomiting',
    // Retention with prostate trouble.
    'prostate playing up, I have been standing at the toilet for ages tonight and not a drop',
    // Erection lost with back pain.
    'since my back went I have had no erection at all',
    // Redness spreading past a pen mark.
    'hot red area on my back, I drew round it this morning and tonight it is well past the line',
  ])('%s: an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test.each([
    // Urine described as pale is no pale skin.
    'legs and back wrecked after a heavy squat day, wee looks a normal pale yellow, just sore muscles',
  ])('%s: self-care first', (q) => {
    expect(first(q).urgency).toBe('self-care');
  });

  test('one calf fatter than the other after a massage brings the clot card', () => {
    expect(
      ids('since my sports massage my left calf is fatter than the right and sore to walk on'),
    ).toContain('dvt');
  });

  test('an older person sliding down a step onto her bottom is a fall in someone frail', () => {
    expect(
      ids('my gran is 81 and slid down the last step onto her bottom, now her back hurts to stand'),
    ).toContain('rf-minor-trauma-fragile');
  });

  test('a lumbar fusion with a weak leg brings the spinal procedure flag', () => {
    expect(ids('had a lumbar fusion last month, now a fever and my left leg is weak')).toContain(
      'rf-recent-spinal-procedure',
    );
  });

  test('a late period with pain low on one side brings the ectopic card', () => {
    expect(
      ids('my period is ten days late and I have a sharp pain low on the left, feeling faint', 4),
    ).toContain('ectopic-pregnancy');
  });

  test.each([
    // Visiting is not coming round.
    'my sister came round a few minutes later with painkillers for my sore back',
    // A denied erection problem is a denial.
    'sciatica down one leg for a month, no erection problems, peeing normally',
  ])('%s: no emergency first', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });
});

describe('set AE/AF tune-half kinds, in own words', () => {
  test.each([
    // Soiling unnoticed, told by carers.
    'my brother has autism and sciatica, and this week the carers keep finding him soiled without him noticing',
    // Weakness that came on within one day, told by the clock.
    'my right foot began dragging at 8am and by now, 2pm, I cannot lift my toes at all, back has been sore',
    // Nearly going over with sudden side and back pain at 70.
    'I am 70, sudden pain in my right side and back, I nearly went over in the kitchen',
    // A jolt to a fused spine.
    'I have ankylosing spondylitis and jarred myself against the door frame, my neck hurts differently now',
    // A low-speed car bump with AS.
    'dad has ankylosing spondylitis and his car was bumped in a car park at walking pace, now his back feels wrong',
    // Passing very little with weak, swollen muscles after a massage.
    'after a three hour deep tissue massage my legs are weak and swollen and I have only peed once since',
    // Sexual feeling lost with a disc.
    'slipped disc last week and now zero feeling during sex',
  ])('%s: an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });

  test('a weeping puncture spot after a spinal anaesthetic: the procedure flag', () => {
    expect(
      ids('had a spinal anaesthetic for my knee op a week ago and the puncture spot is red with some ooze'),
    ).toContain('rf-recent-spinal-procedure');
  });

  test('weight loss told by a spinning ring and the last belt hole, eating as always', () => {
    expect(
      ids(
        'back aching for two months, my ring spins on my finger and my belt is on the last hole, eating what I always eat',
      ),
    ).toContain('rf-weight-loss');
  });

  test.each([
    // Toppling over when a dead leg wakes up is balance, not a faint.
    'my leg went dead sitting cross-legged and I nearly toppled over standing up, fine a minute later, back a bit achy',
    // "no change in feeling during sex" is a denial.
    'slipped disc, but no change in feeling down there during sex and peeing normally',
  ])('%s: no emergency first', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });
});

describe('"AS" in capitals is ankylosing spondylitis, "as" is a word', () => {
  test('dad has AS and a low-speed bump: an emergency first', () => {
    expect(first('dad has AS and his car was bumped in a car park, now his back feels wrong').urgency).toBe(
      'emergency',
    );
  });
  test('"has as much" is no diagnosis', () => {
    expect(
      ids('my sister has as much back pain as me after the car was bumped in a car park', 4),
    ).not.toContain('ci-axspa-fused-spine');
  });
});

describe('clock times and "not a drop" stay where they belong', () => {
  test('a clock time and "by now" in one sentence tell a change within a day; in two, nothing', () => {
    expect(
      extractFeatures('my foot began dragging at 8am and by now, 2pm, it is much worse').present,
    ).toContain('fastOnset');
    expect(
      extractFeatures('I take ibuprofen at 8am for my back. By now, three weeks on, my leg feels a bit weak')
        .present,
    ).not.toContain('fastOnset');
  });
  test('"not a drop of alcohol" is no retention', () => {
    expect(ids('not a drop of alcohol for a month and I pee all the time, back aches', 4)).not.toContain(
      'rf-bladder-change',
    );
  });
});

describe('set AG tune-half kinds (own wording)', () => {
  test('"AS" alone in capitals, then a knock and new neck pain: an emergency first', () => {
    expect(first('AS - knocked my head on a cupboard, new neck pain since').urgency).toBe('emergency');
  });
  test('a shouted text has no word in capitals: "AS" there is the word "as"', () => {
    expect(extractFeatures('MY BACK HURTS AS I WALK TO WORK').present).not.toContain('asDiagnosis');
    expect(tokenize('MY BACK HURTS AS I WALK').some((t) => t.caps)).toBe(false);
  });
  test('"have been hot as an oven" is no AS diagnosis', () => {
    expect(extractFeatures('I have been hot as an oven all day with my back').present).not.toContain(
      'asDiagnosis',
    );
  });
  test('"implant ok for a massage?" asks whether it suits; it does not deny the implant', () => {
    expect(ids('defibrillator ok for a deep tissue massage', 3)).toContain('ci-implanted-device');
    expect(extractFeatures('bladder fine for now, back sore').denied).toContain('peeWord');
  });
  test('a massage question that matches nothing still gets an answer', () => {
    const r = lookupWithChecks('face down massage');
    expect(r.results.map((x) => x.id)).toContain('massage');
    expect(r.unsure).toBe(true);
  });
  test('a symptom matched only by a myth word still gets its region', () => {
    expect(ids('bunged up from the painkillers, back improving', 3)).toContain('nonspecific-low-back-pain');
  });
  test('"can barely get up without holding the furniture" reports the need, not its absence', () => {
    const fs = extractFeatures('she can barely get out of bed without holding the furniture');
    expect(fs.present).toContain('walkDifficulty');
    expect(fs.denied).not.toContain('walkDifficulty');
  });
  test('spreading cancer, heavy legs and shuffling: an emergency first', () => {
    expect(
      first(
        'mum has breast cancer in her bones, back sore for a fortnight, now her legs are heavy and she is shuffling',
      ).urgency,
    ).toBe('emergency');
  });
  test('feet numb for years and checked, a new strain: no emergency first', () => {
    expect(
      first(
        'my feet have been numb for years with my diabetes, all checked. Tweaked my lower back lifting a box, walking ok',
      ).urgency,
    ).not.toBe('emergency');
  });
  test('both feet numb since this morning is still new', () => {
    expect(first('both feet suddenly numb this morning and my lower back aches').urgency).toBe('emergency');
  });
  test('clothes sizes smaller without dieting is weight loss', () => {
    expect(
      ids('gone down two dress sizes and I have not been dieting, mid back aching for weeks', 3),
    ).toContain('rf-weight-loss');
  });
  test("a relative's burst aneurysm years ago is background when the writer tells their own age", () => {
    expect(
      first("my uncle had a burst aneurysm years back. I'm 29, sore lower back after a long bike ride")
        .urgency,
    ).not.toBe('emergency');
  });
  test("a relative's history still counts when the query is about the relative", () => {
    expect(
      first(
        'my dad had a burst aneurysm years back and now he has sudden agonising back pain and feels faint',
      ).urgency,
    ).toBe('emergency');
  });
  test('"fit" as in healthy is no seizure; "had a fit" is', () => {
    expect(extractFeatures("I'm 40 and fit, back stiff after gardening").present).not.toContain('seizure');
    expect(extractFeatures('he had a fit this morning').present).toContain('seizure');
  });
  test('"since 3 months" is long-standing: a grumbling prostate, no emergency first', () => {
    expect(
      first('pain between my legs and low back since 4 months, comes and goes, flow stop-start, no fever')
        .urgency,
    ).not.toBe('emergency');
  });
});

describe('set AI tune-half kinds (own wording)', () => {
  test('tummy pain boring through to the back after a drinking binge: an emergency first', () => {
    expect(first('big night on the vodka, now belly pain going right through to my back').urgency).toBe(
      'emergency',
    );
  });
  test('a massage some days ago and the back worse daily: the massage-injury card', () => {
    expect(ids('sports massage three days ago and my back is worse daily', 3)).toContain(
      'massage-related-injury',
    );
  });
  test('numb on the saddle, feeling back ten minutes after getting off: no emergency first', () => {
    expect(
      first(
        'long ride today, numb down there on the saddle but it came back 5 mins after I got off, back a bit stiff',
      ).urgency,
    ).not.toBe('emergency');
  });
});

describe('bank P8 kinds: look-alikes of emergencies (own wording)', () => {
  const notEmergency = (q: string) => expect(first(q).urgency).not.toBe('emergency');
  test("a relative's episode already in hospital, beside the writer's own ache", () => {
    notEmergency("My uncle's legs gave way and he's been admitted. I'm 40, just a sore back from digging.");
  });
  test('the same relative told with no own symptoms is still their emergency', () => {
    expect(
      first("My uncle's legs suddenly gave way this morning and he can't pee, his back is agony").urgency,
    ).toBe('emergency');
  });
  test("someone else's emergency told alongside the writer's strain, not taken care of, still counts", () => {
    expect(
      first("My wife suddenly can't feel her legs and has wet herself. I've hurt my back lifting her.")
        .urgency,
    ).toBe('emergency');
  });
  test("a collapse seen on a TV drama is nobody's report", () => {
    notEmergency(
      'Saw an episode where a man collapsed with back pain from a burst aneurysm. I have a dull ache after weeding.',
    );
  });
  test('an episode checked and cleared, then a new everyday ache in another sentence', () => {
    notEmergency(
      'Had a tight chest last month, the ECG and bloods were normal. Today my lower back is stiff from the sofa.',
    );
  });
  test('a cleared check followed by a new sign in the same sentence still counts', () => {
    expect(first('the scan came back clear and now I cannot feel my bum or control my bladder').urgency).toBe(
      'emergency',
    );
  });
  test('a cancer history stays a history when its scans are clear', () => {
    expect(
      first(
        'Breast cancer five years ago, scans all clear since. Now new back pain at night and my legs feel weak',
      ).urgency,
    ).toBe('emergency');
  });
  test('"read online about" a condition is reading, "worried I\'m having" is a fear', () => {
    expect(extractFeatures('read online about numbness down there, my back aches').hypothetical).toContain(
      'saddleArea',
    );
    expect(
      extractFeatures("worried I'm having a heart attack, my shoulder blade aches").present,
    ).not.toContain('heartAttackTerm');
  });
  test('"came right as soon as I walked" and "gone as soon as I stood" pass quickly', () => {
    expect(
      extractFeatures('bum went numb on the bench but came right as soon as I walked').present,
    ).toContain('transient');
    expect(extractFeatures('both feet pins and needles, gone as soon as I stood up').present).toContain(
      'transient',
    );
  });
  test('numb as the anaesthetist said, after a nerve block in the leg: no spinal procedure', () => {
    notEmergency(
      'nerve block in my leg for a knee op, numb for a day as the anaesthetist said, lower back stiff',
    );
  });
  test('a heavy pull-up, sore to touch and on moving: a strain', () => {
    notEmergency(
      'tore something between my shoulder blades on a heavy pull-up, sore to touch and when I lift my arm',
    );
  });
  test('crashing on a sofa is sleeping there', () => {
    expect(extractFeatures('back sore from crashing on the sofa').present).not.toContain('majorTrauma');
  });
  test('feeling everything down there is a denial', () => {
    notEmergency('sore lower back after deep tissue, I can feel everything around my saddle area');
  });
  test('the chest wall, tender where it was worked on', () => {
    notEmergency('chest tender where the physio worked on it, only hurts when I press, breathing fine');
  });
  test('trouble in bed after a night on the beer is not the §2 change', () => {
    expect(extractFeatures("couldn't keep it up after a night on the beer, back sore").present).not.toContain(
      'sexualCES',
    );
  });
});

describe('known kidney stones told as "stone pain again"', () => {
  test('with vomiting that keeps even water out: an emergency first', () => {
    expect(first('stone attack again, sick five times, cannot keep water down').urgency).toBe('emergency');
  });
  test('a gallstone is not a kidney stone', () => {
    expect(extractFeatures('gallstone pain again after chips').present).not.toContain('stoneTerm');
  });
});

describe('set AM tune-half kinds (own wording)', () => {
  test('legs fizzing from the hips down since this morning, with back pain: both legs, an emergency', () => {
    expect(
      first('my legs are fizzing and heavy from the waist down since breakfast, and my back hurts').urgency,
    ).toBe('emergency');
  });
  test('saddle feeling that always came back, this time still not back days later', () => {
    expect(
      first(
        'I often lose a bit of feeling down there cycling, it always returns. Two days on the feeling still has not come back and my back aches',
      ).urgency,
    ).toBe('emergency');
  });
  test('messed underclothes without knowing, with sciatica', () => {
    expect(first('sciatica flaring again and today I messed my underclothes without noticing').urgency).toBe(
      'emergency',
    );
  });
  test('an implanted device and a massage ask about the massage', () => {
    expect(
      ids(
        'dad has a nerve stimulator in his back, his friend wants to massage him, will it harm the device',
        3,
      ),
    ).toContain('ci-implanted-device');
  });
});

describe("someone else's condition beside the writer's own age and symptoms", () => {
  test("a parent's aneurysm is theirs when the writer, 42, hurt their own back", () => {
    expect(
      first(
        "my mum (77) has a small aortic aneurysm they keep an eye on. I'm 42 and pulled my back lifting her case",
      ).urgency,
    ).not.toBe('emergency');
  });
  test("the parent's emergency, told with the writer's age but no symptoms of their own, still leads", () => {
    expect(
      first(
        "my mum has an aortic aneurysm and suddenly has terrible back pain and looks grey. I'm 42, what do I do?",
      ).urgency,
    ).toBe('emergency');
  });
});

describe('set AO tune-half kinds (own wording)', () => {
  test('a self-test: pinching the inner thigh near the privates and barely feeling it', () => {
    expect(
      first(
        'when I pinch the skin up near my privates I can barely feel it, sciatica down one leg for a week',
      ).urgency,
    ).toBe('emergency');
  });
  test('no sense of the bladder filling after back surgery', () => {
    expect(
      first(
        'had back surgery a fortnight ago, now no sense of my bladder filling, I only realise when it is already coming out',
      ).urgency,
    ).toBe('emergency');
  });
  test('one side of the face and an arm numb after a chiropractor', () => {
    expect(
      first('since the chiropractor an hour ago the left side of my face is numb and my left arm is weak')
        .urgency,
    ).toBe('emergency');
  });
});

describe('answers for a symptom always include its region', () => {
  test('a back ache matched only by a caution card also gets the back entries', () => {
    const r = ids('hungover, pounding head and my back aches, no temperature', 4);
    expect(r).toContain('nonspecific-low-back-pain');
  });
  test("a crash seen on a replay is not searched as the writer's crash", () => {
    expect(ids('saw a crash replay on tv, and my back has a mild ache from the desk', 3)).not.toContain(
      'spinal-injury-trauma',
    );
  });
});

describe('set AQ tune-half kinds (own wording)', () => {
  test('"gone yellow" with right-sided pain into the back: the gallbladder emergency', () => {
    expect(first('I have gone yellow and the pain under my right ribs goes into my back').urgency).toBe(
      'emergency',
    );
  });
  test('"bursting to pee, won\'t come" is retention; "he won\'t come to the doctor" is not', () => {
    expect(first('desperate for a wee but it wont come, lower back agony').urgency).toBe('emergency');
    expect(extractFeatures("my husband won't come to the doctor about his sore back").present).not.toContain(
      'retention',
    );
  });
  test('a stop-start stream and stinging on ejaculating, on and off for months: prostatitis, no emergency', () => {
    const r = lookupSymptoms(
      'for months on and off, low back ache, it stings when I ejaculate, my stream is stop-start',
    );
    expect(r.slice(0, 3).map((x) => x.id)).toContain('prostatitis');
    expect(r[0].urgency).not.toBe('emergency');
  });
  test('"wait ages" at the toilet is no months-long history', () => {
    expect(extractFeatures('I have to strain and wait ages before anything comes').present).not.toContain(
      'longStanding',
    );
  });
});

describe('set AK tune-half kinds, after its one scoring (own wording)', () => {
  test('drinking plenty of water is no alcohol', () => {
    expect(extractFeatures('sore neck after a massage, drank lots of water since').present).not.toContain(
      'alcohol',
    );
  });
  test('a new joint is an operation: a massage question gets the recent-surgery caution', () => {
    expect(ids('knee replaced a month ago, can I book a back massage yet?', 3)).toContain(
      'ci-recent-surgery',
    );
  });
  test('landing on the backside is where the fall landed; a leg that then drags is an injury emergency', () => {
    const fs = extractFeatures(
      'missed the bottom two steps and landed on my bum, now my left leg drags when I walk',
    );
    expect(fs.present).not.toContain('saddleArea');
    expect(
      first('missed the bottom two steps and landed on my bum, now my left leg drags when I walk').urgency,
    ).toBe('emergency');
  });
});

describe('sets AR, AT and AU tune-half kinds, in own words', () => {
  test.each([
    // Legs that "won't do it" or "aren't working", after a cancer has spread to the bones.
    [
      "dad's prostate cancer is in his bones, his back is worse and his legs just aren't working today",
      'emergency',
    ],
    ["my gran's cancer spread to her spine and tonight her legs simply won't do it", 'emergency'],
    // Caribbean English: nothing touches the pain and nothing stays down, with a stone's waves.
    ['mi back an side a kill mi inna waves, nuttin touch it an mi cyaan keep nutten down', 'emergency'],
    // A leak on coughing that began with the back pain is new, not the old stress leak.
    ['my back went on monday and ever since I did my back I wet myself when I cough', 'emergency'],
    // Sudden breathlessness that hurts on breathing in, with no fever or cough: a clot first.
    ['she is suddenly out of breath and it hurts to breathe in', 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
  test('a client "in his 50s" is an age, not a time long past: his swollen calf still counts', () => {
    expect(extractFeatures('a client in his 50s told me one calf felt tight and swollen').present).toContain(
      'swollenLeg',
    );
    expect(extractFeatures('I slipped a disc in my 20s and it never came back').present).not.toContain(
      'discTerm',
    );
  });
  test.each([
    'my arm went dead during the massage because I was lying on it, fine after shaking it out',
    'back ache for a week, and I leak a little when I sneeze since having the kids',
  ])('%s → no emergency first', (q) => {
    expect(first(q).urgency).not.toBe('emergency');
  });
  test('a fever in someone who injects ranks spinal infection among the first three', () => {
    expect(ids('I inject, burning up for days, one spot in my back hurts, today my legs are weak')).toContain(
      'spinal-infection',
    );
  });
});

describe('bank P9 kinds, in own words', () => {
  test.each([
    // A present story before a clause dated long past keeps its own time.
    [
      'stabbing pain through my tummy into my back, throwing up, had my gallbladder out years ago',
      'emergency',
    ],
    // Scots: legs going from under me, can't get up the stairs.
    [
      'legs are gaun fae under me since this morning and ma back is sair, cannae climb the stair',
      'emergency',
    ],
    // "8 weeks along" is a pregnancy, and pain low on one side with a pale, clammy look is an emergency.
    ['my partner is 8 weeks along, sharp pain low on the left and she has gone pale and clammy', 'emergency'],
    // A missed period, one-sided pain and the top of the shoulder hurting: urgent (FACTS §1); with
    // feeling faint, an emergency.
    ['I missed my period, bad pain low on my left side and the top of my shoulder hurts', 'urgent-same-day'],
    ['I missed my period, bad pain low on my left side, my shoulder top hurts and I feel faint', 'emergency'],
    // A chest infection with breath that will not come.
    [
      'coughing and feverish for days, my back hurts when I breathe and I am fighting for breath',
      'emergency',
    ],
    // Sudden pain through to the back between the shoulder blades.
    [
      'sudden pain right through to my back between my shoulder blades, not from lifting anything',
      'emergency',
    ],
    // Phone shorthand for belly pain through to the back with vomiting.
    ['tummy through back vomiting', 'emergency'],
    // A neck worked hard at a massage, then a headache like never before and unsteady on her feet.
    [
      'the therapist went to town on her neck and now her head is pounding like never before and she is unsteady',
      'emergency',
    ],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
  test.each([
    'back pain for about 6 weeks, slowly easing',
    'broke my back in a crash 20 years ago, healed fine, now just stiff',
    'my breath is coming back now after the run and my back feels fine',
  ])('%s → no emergency first', (q) => {
    expect(first(q)?.urgency).not.toBe('emergency');
  });
});

describe('bank Q6 kinds, in own words', () => {
  test('shivering explained by the cold is no fever; shivering alone still is', () => {
    expect(
      extractFeatures('back pain and shivering at the bus stop, it is minus three and I forgot my coat')
        .present,
    ).not.toContain('fever');
    expect(extractFeatures('the heating is broken and I am shivering, my back aches').present).not.toContain(
      'fever',
    );
    expect(extractFeatures('shivering all night and my back is killing me').present).toContain('fever');
  });
  test('"this last fortnight" brings a story dated years ago back to now', () => {
    expect(
      extractFeatures(
        'mum had breast cancer treated years ago and this past week her back pain is getting worse',
      ).present,
    ).toContain('gettingWorse');
  });
  test('"delivered my baby" is a recent birth; a back "bending to one side" is a change of shape', () => {
    expect(extractFeatures('I delivered my baby ten days ago and now have a bad headache').present).toContain(
      'postpartum',
    );
    expect(extractFeatures('his back is bending to one side lately').present).toContain('deformity');
  });
});

describe('bank Q6 look-alikes, in own words', () => {
  test.each([
    'my back got much worse overnight but I am peeing fine',
    'after my first bench press class my chest feels tight and sore from the presses, upper back stiff too',
  ])('%s → no emergency first', (q) => {
    expect(first(q)?.urgency).not.toBe('emergency');
  });
  test('"worse overnight" is no night pain; a marathon is a leg day', () => {
    expect(extractFeatures('my back got worse overnight').present).not.toContain('nightPain');
    expect(extractFeatures('ran a marathon on sunday and both legs feel weak today').present).not.toContain(
      'bilateralWeak',
    );
  });
});

describe('a story told long ago still gets an answer (never empty)', () => {
  test('a present ache after a clause dated years ago is reported', () => {
    expect(
      extractFeatures('been like that since having my kids years ago, and my back aches after hoovering')
        .present,
    ).toContain('back');
  });
  test("a query told wholly as long past gets its region's everyday entries, none an emergency", () => {
    const r = lookupSymptoms('broke my back in a crash 20 years ago, healed fine');
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => x.urgency !== 'emergency')).toBe(true);
  });
});

describe('a question put to the reader, then "no …"', () => {
  test('"is massage ok with osteoporosis? no pain" asks about osteoporosis and denies pain', () => {
    expect(ids('is massage ok with osteoporosis? no pain, just want to relax')).toContain('ci-osteoporosis');
    expect(extractFeatures('Numbness down below? None at all.').present).not.toContain('saddleArea');
  });
});

describe('the clot story ranks the clot', () => {
  test('coughing blood or breathless after a long flight or an operation puts a clot among the first three', () => {
    expect(
      ids('coughing up blood, short of breath and my upper back is sore, flew back from Australia last week'),
    ).toContain('pulmonary-embolism');
    expect(ids('since his hip op his leg is puffy and sore and now he is gasping, back hurts too')).toContain(
      'pulmonary-embolism',
    );
  });
  test('"five flights of stairs" is no plane', () => {
    expect(extractFeatures('breathless after climbing five flights of stairs').present).not.toContain(
      'flight',
    );
  });
});

describe('bank Q7 wordings in the lookup (own wording)', () => {
  test('a foot that will not come up and catches the kerb, worse every day, is a weakness getting worse', () => {
    const q =
      "sciatica for a fortnight and now I can't bring my toes up, the foot catches every kerb, worse each day";
    expect(ids(q)).toContain('rf-progressive-weakness');
    expect(first(q).urgency).toBe('urgent-same-day');
  });
  test('steroids for years and a crunch felt in the back reaching up is a fragile-bone injury', () => {
    expect(
      ids('on steroids for years, reached up to a shelf and felt a crunch in my back, now it really hurts'),
    ).toContain('rf-minor-trauma-fragile');
  });
  test('a damp dressing where the spine was operated on is a problem at the site', () => {
    expect(
      extractFeatures(
        "where they operated on his spine the dressing's got a damp patch and the pain is worse",
      ).present,
    ).toContain('siteProblem');
  });
  test('"dripping wet" is a sweat', () => {
    expect(extractFeatures("he's dripping wet and grey, his upper back hurts").present).toContain('clammy');
  });
});

describe('set AV tune-half kinds, after its one scoring (own wording)', () => {
  test('"bowel accidents" she did not notice, with back pain, is a bowel change', () => {
    expect(
      first("dad's carer says he has had bowel accidents this week without realising, and his back is sore")
        .urgency,
    ).toBe('emergency');
  });
});

describe('a denial reaches the place it names', () => {
  test('"no pressure or tightness in my chest" denies the chest; "pressure in my chest" reports it', () => {
    const denied = extractFeatures('upper back aches, no chest pain, no pressure or tightness in my chest');
    expect(denied.present).not.toContain('chest');
    expect(first('upper back aches, no chest pain, no pressure or tightness in my chest')?.urgency).not.toBe(
      'emergency',
    );
    expect(extractFeatures('my back hurts and there is pressure in my chest').present).toContain('chest');
  });
});

describe('legs sore after a run or a hike (own wording)', () => {
  test.each([
    'both calves sore after my first 10k, no swelling',
    'thighs and back ache after hiking yesterday, both legs, like after any long walk',
  ])('%s → no emergency first', (q) => {
    expect(first(q)?.urgency).not.toBe('emergency');
  });
  test('a long walk does not explain numb legs and a bladder that will not empty', () => {
    expect(first("went for a long walk and now both legs are numb and I can't pee").urgency).toBe(
      'emergency',
    );
  });
});

describe('bank P10 kinds, in own words', () => {
  test.each([
    [
      "the loo roll feels like it's not touching anything down there when I wipe, back bad all week",
      'emergency',
    ],
    ['got slammed onto the ground back first in a tackle today, back hurts loads', 'emergency'],
    ['my legs no hold me since yesterday and my back is hurt', 'emergency'],
    ['tummy pain into back vomiting', 'emergency'],
    ['hard first spin class yesterday and now my pee looks like coca cola', 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
  test('"a bit yellow" is jaundice; the bit she sits on is the saddle area', () => {
    expect(extractFeatures('she is feverish and a bit yellow').present).toContain('jaundice');
    expect(extractFeatures('the bit she sits on feels dead').present).toContain('saddleArea');
  });
  test('dark pee after a hot hike that went pale with water is no emergency', () => {
    expect(
      first('pee went dark after a long hike on a hot day, pale again after two litres of water, legs tired')
        ?.urgency,
    ).not.toBe('emergency');
  });
});

describe('a past cue lies within one clause', () => {
  test('"first spin class in years, back sore" holds no "years back"', () => {
    expect(extractFeatures('first spin class in years, back sore').present).toContain('back');
    expect(extractFeatures('hurt my back years back, healed').present).not.toContain('back');
  });
});

describe('ninth session: spelling, slang and a workout', () => {
  test.each([
    // Written for this test, not taken from an evaluation set.
    ['stomach pain thru to my back and being sick', 'acute-pancreatitis'],
    ['since monday my back is bad and now wiping feels like someone elses bun', 'rf-saddle-numbness'],
    ["my back's gone and this morning my underthings were soaked, I never felt a thing", 'rf-bladder-change'],
    ['lower back agony since the weekend, bladder is full but the flow won’t start', 'rf-bladder-change'],
    ['my right leg is numb from my back and now the other leg is numb too', 'rf-bilateral-leg'],
    ['30 weeks pregnant, sudden backache and bleeding enough to fill a pad', 'rf-pregnancy'],
    ['my stone pain is back, throwing up, can’t even keep water down', 'kidney-stones'],
    ['sore back and my bottom feels asleep since this morning', 'rf-saddle-numbness'],
    ['back hurts and both my legs feel full of sand since lunch', 'rf-bilateral-leg'],
    [
      'three days after my knee op, coughing up pink froth and my back catches when I breathe',
      'pulmonary-embolism',
    ],
    ['mum has back pain and a temperature and now she is not talking properly and just sleeping', 'rf-fever'],
    [
      'they scan the bulge in my tummy artery every year and today I have sudden back pain and feel faint',
      'abdominal-aortic-aneurysm',
    ],
  ])('%s → %s among the first three', (q, id) => {
    expect(ids(q)).toContain(id);
    expect(first(q).urgency).toBe('emergency');
  });

  test('a band of pain round the body with clumsy, catching legs is the cord-compression checklist', () => {
    const q =
      'a band of pain round my chest like a belt for weeks, and now my legs are clumsy and I keep tripping';
    expect(ids(q, 5)).toContain('spinal-cord-compression');
    expect(first(q).urgency).toBe('emergency');
    expect(ids('the scan says a disc is pressing on my spinal cord and my hands are clumsy')).toContain(
      'spinal-cord-compression',
    );
    // A band of tight pain after the gym, and nothing else: no emergency.
    expect(first('band of tight pain around my lower back after the gym').urgency).not.toBe('emergency');
  });

  test('a blow told as a simile is no accident', () => {
    expect(first('my lower back feels like I was kicked by a horse').urgency).not.toBe('emergency');
    expect(first('was kicked in the back by a horse this morning').id).toBe('rf-major-trauma');
  });

  test('soaked with sweat after a run, with a sore back and nothing else, is no emergency', () => {
    expect(
      first('did a 10k this morning, lower back is sore and my top was soaked with sweat').urgency,
    ).not.toBe('emergency');
    // With another collapse sign it stays one.
    expect(first('after my run my back hurts, I am soaked in sweat and dizzy and grey').urgency).toBe(
      'emergency',
    );
  });
});

describe('urgent signs in everyday words (ninth session, bank P13 kinds)', () => {
  test.each([
    // Written for this test, not taken from an evaluation set.
    [
      'my dad needs new holes in his belt though he eats as much as ever, and his back aches',
      'rf-weight-loss',
    ],
    [
      'one side of my back sticks out further than it did and my shirts sit wonky, back aches',
      'rf-lump-deformity',
    ],
    ['sore back on the left and now a stripe of water spots on my skin there', 'shingles'],
    ['I am 78 and have the flu, aching everywhere including my back', 'rf-fever'],
  ])('%s → %s first, same day', (q, id) => {
    expect(first(q)).toMatchObject({ id, urgency: 'urgent-same-day' });
  });

  test('a purple patch growing after a massage on warfarin is a same-day matter', () => {
    expect(
      first('had a massage on Monday, I take warfarin, and a purple patch on my back keeps getting bigger')
        .urgency,
    ).toBe('urgent-same-day');
  });

  test('the bottom of the spine sore on hard chairs is the tailbone, and flu at 30 is no red flag', () => {
    expect(ids('bottom of my spine is sore when I sit on hard seats')).toContain('coccydynia');
    expect(first('I am 30 and have the flu, aching everywhere including my back').id).not.toBe('rf-fever');
  });
});

describe('suffix stripping keeps words apart that mean different things', () => {
  test('"I will" names no body part; "willy" still does', () => {
    expect(extractFeatures('my back hurts and I will call the GP tomorrow').present.has('saddleArea')).toBe(
      false,
    );
    expect(extractFeatures('my willy has gone numb and my back aches').present.has('saddleArea')).toBe(true);
  });

  test('"the same night" is no night pain; legs that "go wobbly" are no symptom that went', () => {
    expect(extractFeatures('they operated the same night').present.has('nightPain')).toBe(false);
    expect(
      first('my wife hurt her back, now both her thighs are numb and her legs go wobbly when she stands up')
        .id,
    ).toBe('rf-bilateral-leg');
  });
});

describe('bank P14 and set BA (tune halves): lay wordings of emergencies and their look-alikes', () => {
  test.each([
    [
      'now when i sit on toilet my bottom feel like is not mine, like after injection in dentist',
      'rf-saddle-numbness',
    ],
    ['slipped disc, suddenly cant finish in bed', 'rf-sexual-change'],
    [
      'my lower back is paining and going in the leg. With my husband I am not feeling anything in the down side during relation',
      'rf-sexual-change',
    ],
    ['backache spreading into my left arm, jaw', 'rf-chest-pain'],
    [
      'its like a hot poker going in under my breastbone and out my back, been throwing up all morning',
      'acute-pancreatitis',
    ],
    [
      'the red bit on my back where i scratched a bite is spreading, its way past the pen line now and my heart is racing',
      'back-muscle-inflammation',
    ],
    [
      'I have PID and pain in low back. Today the pain is much more strong and a lot of bleeding, more than period',
      'pelvic-inflammatory-disease',
    ],
    [
      "Mum's breast cancer has spread to her bones, her back's worse and now her legs just won't go",
      'spinal-cancer-mscc',
    ],
    [
      'had an op on my lower back disc 10 days ago and tonight my left leg has gone numb and weak',
      'rf-recent-spinal-procedure',
    ],
    [
      'narrowing in my spine for years, legs ache walking and fine sitting, but since yesterday both legs are numb and weak even when I am sat down',
      'rf-bilateral-leg',
    ],
  ])('%s → %s, emergency', (q, id) => {
    expect(ids(q).slice(0, 3)).toContain(id);
    expect(first(q).urgency).toBe('emergency');
  });

  test.each([
    'the quote for the new boiler nearly gave me a heart attack haha. anyway my lower back is sore after bleeding the radiators',
    'What would numbness down below actually feel like if it ever happened? Just so I know. Only a stiff back from the allotment',
    "I'm 24 weeks with my first and my lower back aches by the end of the day",
    'Is it grand to get a back massage at 30 weeks pregnant? Just a sore back from carrying the bump',
  ])('%s: no emergency or same-day first', (q) => {
    expect(['emergency', 'urgent-same-day']).not.toContain(first(q).urgency);
  });

  test('a pregnancy now is not "with my first" told as history', () => {
    expect(ids("I'm 24 weeks with my first and my lower back aches by the end of the day")).toContain(
      'nonspecific-low-back-pain',
    );
  });
});

describe('bank P15: look-alikes of emergencies, and the emergencies beside them', () => {
  test.each([
    'broke my back working doubles all week',
    'legs went to jelly when the physio told me the price lol, back still killing me tho',
    'Had a heart attack 6 weeks ago, recovering well with cardiac rehab. Can I have a back massage yet?',
    'Massage therapist here. A client messaged that both her calves are tender where I worked them yesterday. No swelling, walking fine.',
    "Uncle died of a burst aneurysm last year. I'm 40 with a bit of lower back ache from five-a-side.",
  ])('%s: no emergency first', (q) => {
    expect(first(q)?.urgency).not.toBe('emergency');
  });

  test('a saddle numbness that used to pass within the hour and is still there days later', () => {
    const q =
      "Normally the numbness in my crotch from the saddle is gone within the hour, but it's now Tuesday and it's still numb down there, and my lower back has ached since the ride";
    expect(first(q)).toMatchObject({ urgency: 'emergency' });
    expect(ids(q)).toContain('rf-saddle-numbness');
  });

  test('a mole cut off the back is a recent operation for a massage question', () => {
    expect(ids('had a mole cut off my back last month (benign), can I still get a back massage?')).toContain(
      'ci-recent-surgery',
    );
  });

  test('"messaged" is no massage, and an idiom\'s words stay out of the name index', () => {
    expect(extractFeatures('a client messaged me').present.has('massage')).toBe(false);
    expect(ids('broke my back working doubles all week')).not.toContain('rf-major-trauma');
  });
});

describe('tune review: slots, canonical words, hopes and falls', () => {
  test('"the masseuse worked deep" is the therapist\'s hands (the "went on" slot trap), "socks" no soaking', () => {
    expect(
      extractFeatures('both calves ache where the masseuse worked deep last night').present.has('handsOn'),
    ).toBe(true);
    expect(extractFeatures('wore compression socks on the flight').present.has('heavyBleeding')).toBe(false);
    expect(
      first('both calves ache where the masseuse worked deep last night, no swelling')?.urgency,
    ).not.toBe('emergency');
  });

  test('new tingling in both arms after landing on the neck is an emergency', () => {
    const q = 'My lad landed badly off the trampoline onto his neck, now says his arms feel tingly';
    expect(first(q)?.urgency).toBe('emergency');
    expect(lookupSymptoms(q).find((r) => r.id === 'spinal-injury-trauma')?.urgency).toBe('emergency');
  });

  test('"he\'ll be fine after a bath" and "rather than wearing off" are no passing numbness', () => {
    for (const q of [
      'back pain suddenly worse tonight, both his feet are tingling and his legs went weak. He says he will be fine after a bath.',
      'since last night both my legs have gone tingly and heavy, and it is getting worse rather than wearing off',
    ])
      expect(first(q)?.urgency).toBe('emergency');
  });
});

describe('bank P16 and word forms', () => {
  test('"lower back then I fainted" is the back, not "back then"', () => {
    expect(first('sudden agony lower back then i fainted')).toMatchObject({ urgency: 'emergency' });
  });

  test('a massage question that reports a new pain in a sentence of its own leads with the same-day flag', () => {
    const q =
      "I had bowel cancer 4 years ago and I've been discharged from the clinic. New nagging pain in my upper back for about 10 days, no other symptoms. I'm due a massage with my usual lady next week, is it ok to go?";
    expect(first(q)).toMatchObject({ id: 'rf-cancer-history', urgency: 'urgent-same-day' });
    // FACTS.md §7 row 29: a sign named in the question itself stays a massage question.
    expect(first('can I get a massage with a fever')?.urgency).toBeUndefined();
  });

  test('plural stripping lands on no other common word: toes, notes, news, fits', () => {
    expect(
      extractFeatures('I always seem to catch something the week of my booking').present.has('footDrop'),
    ).toBe(false);
    expect(extractFeatures('my toes keep catching on the stairs').present.has('footDrop')).toBe(true);
    expect(extractFeatures("I'm 35 and fit, sore back").present.has('seizure')).toBe(false);
  });
});

describe('sexual change told in shorthand', () => {
  test.each([
    'lbp + ED out of nowhere',
    "bf's back has been wrecked for days and now he can't finish, he says it's like the signal just stops halfway",
  ])('%s → sexual change, emergency', (q) => {
    expect(first(q)).toMatchObject({ id: 'rf-sexual-change', urgency: 'emergency' });
  });

  test.each([
    'went to the ED with my back pain last night, they said muscle strain',
    'my husband hurt his back and cannot finish his dinner',
  ])('%s: no sexual change', (q) => {
    expect(ids(q)).not.toContain('rf-sexual-change');
  });
});

test('stiffness that a run eases is the inflammatory pattern, not rest pain', () => {
  expect(
    first(
      "I'm 27, my lower back and buttocks are stiff every morning for about an hour, better after a run, worse if I sit still",
    ),
  ).toMatchObject({ urgency: 'see-gp-soon' });
});

test('"mild cold, no temp, massage ok?": the denial does not reach the massage asked about', () => {
  expect(ids('mild cold, no temp, massage ok?')).toContain('ci-fever-acute-infection');
});

test('a fever with a rash that "won\'t fade" is an emergency', () => {
  expect(first('son fever back ache rash wont fade')).toMatchObject({ urgency: 'emergency' });
});

describe('bank P18: the sign blamed on something else', () => {
  test.each([
    [
      "Sciatica used to be only my left leg but since this morning it's shooting down both. Mum says I'm overdoing it",
      'rf-bilateral-leg',
    ],
    [
      "Ma granda's 74 and still smokes. Oot the blue he's got terrible pain in his belly and his back, just sat watching the telly",
      'rf-sudden-abdo-back',
    ],
    ['Back hurts and left arm aches, heartburn?', 'rf-chest-pain'],
    [
      "down 8kg since Christmas and I'm not even trying lol, only downside is this lower back pain that won't shift",
      'rf-weight-loss',
    ],
  ])('%s → %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });

  test('a number glued to its unit is the number and the unit', () => {
    expect(tokenize('down 8kg in 3wks').map((t) => t.raw)).toEqual(['down', '8', 'kg', 'in', '3', 'wks']);
  });
});

test('pelvic pain that is bad "around my periods" for years is the cycle, not an infection to rush for', () => {
  expect(
    first(
      'Lower back and pelvic pain that gets really bad around my periods, has done for a few years, it hurts during sex',
    )?.urgency,
  ).not.toBe('emergency');
});

describe('eleventh-session kinds, in new words (written for this test from FACTS.md)', () => {
  test('a bowel accident that gave no warning is the emergency sign', () => {
    const r = first(
      'hurt my back lifting on monday, today i messed myself with my bowels and could not tell it was coming',
    );
    expect(r.urgency).toBe('emergency');
    expect(
      ids(
        'hurt my back lifting on monday, today i messed myself with my bowels and could not tell it was coming',
        3,
      ),
    ).toContain('rf-bowel-change');
  });
  test("a leaking wound is the wound's, not the bladder's", () => {
    const r = lookupSymptoms('had an epidural jab in my back last week, the wound is red and leaking');
    expect(r[0].id).toBe('rf-recent-spinal-procedure');
    expect(r[0].urgency).toBe('urgent-same-day');
    expect(r.some((x) => x.id === 'rf-bladder-change')).toBe(false);
  });
  test('an act-now condition told apart from a massage question still leads at its level', () => {
    const r = lookupSymptoms(
      'My left calf is puffy, hot and red since the coach trip. Can I still have my massage on Friday?',
    );
    expect(r[0].id).toBe('dvt');
    expect(r[0].urgency).toBe('urgent-same-day');
    expect(r.slice(0, 3).some((x) => x.id === 'ci-dvt-clot')).toBe(true);
  });
  test('a myth asked after a sore massage also answers the soreness', () => {
    expect(ids('is the ache the morning after a massage just the toxins leaving?', 3)).toEqual(
      expect.arrayContaining(['myth-m8']),
    );
    expect(ids('does a massage flush toxins out? i was achy the next day', 3)).toContain(
      'post-massage-soreness',
    );
  });
  test('breathless all of a sudden after a massage puts a clot in the lung near the top', () => {
    const r = lookupSymptoms(
      'had a sports massage on my calves this morning and suddenly I am gasping for breath',
    );
    expect(r[0].urgency).toBe('emergency');
    expect(r.slice(0, 3).map((x) => x.id)).toContain('pulmonary-embolism');
  });
  test('weak bones, a sneeze, then a sudden pain with a numb leg: the fracture comes first', () => {
    const r = lookupSymptoms(
      'gran has osteoporosis, she coughed and got a sudden awful pain in her back and now her left leg is numb',
    );
    expect(r[0].id).toBe('vertebral-fracture-deformity');
    expect(r[0].urgency).toBe('emergency');
  });
  test('a fall landing on the back is an injury to have checked today', () => {
    const r = first('tripped over the dog and landed hard on my lower back on the kerb, it is sore');
    expect(r.id).toBe('spinal-injury-trauma');
    expect(r.urgency).toBe('urgent-same-day');
  });
});

describe('search-box and aside kinds (banks P22, P23), in new words', () => {
  test('"n" is "and", and "feel rough" is feeling unwell', () => {
    const r = lookupSymptoms('ache between shoulder blades all day n night n i feel rough');
    expect(r.slice(0, 2).map((x) => x.id)).toContain('rf-thoracic');
  });
  test('a denied problem closes its denial: the bad back after it is told', () => {
    expect(lookupSymptoms('no tingling no bladder probs bad back').length).toBeGreaterThan(0);
  });
  test('a knock with ankylosing spondylitis is an emergency', () => {
    const r = first('my wife has ankylosing spondylitis and bumped her head on the car door, neck sore now');
    expect(r.urgency).toBe('emergency');
  });
  test('a falling load striking the back is a heavy blow', () => {
    const r = first('a pallet toppled and hit him across the back in the warehouse');
    expect(r.urgency).toBe('emergency');
  });
  test('back pain, a fever and a leg going weak: an infection in the spine at emergency level', () => {
    const r = lookupSymptoms('temperature two days and my back is agony, now my left foot is weak');
    expect(r[0].urgency).toBe('emergency');
    expect(r.slice(0, 3).map((x) => x.id)).toContain('spinal-infection');
  });
  test('"had baby" without an article is after a birth', () => {
    expect(ids('had baby last week pounding headache seeing spots sore back', 3)).toContain('rf-pregnancy');
  });
});

describe('consequences, asides and regional voices (banks P24, P25, Q18), in new words', () => {
  test.each([
    ['back pain since yesterday and trouble breathing', 'emergency'],
    [
      'nursing home: resident with a bad back, we have had to change him twice today and he says he never felt himself go',
      'emergency',
    ],
    [
      'my dad has ankylosing spondylitis, the bus braked hard and he got a bad jolt, now his neck hurts',
      'emergency',
    ],
    [
      'she had her neck massaged this morning, now the room is spinning and she keeps veering to one side',
      'emergency',
    ],
    ['I gave my kidney to my brother, now sharp waves of pain from my back to my groin', 'emergency'],
    ['had a back op two weeks ago, running to the toilet every hour but cant get anything out', 'emergency'],
    ['wife is 8 months carrying, bad backache and she fainted on the stairs', 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
  test('"trouble breathing", "difficulty in breathing" are breathlessness', () => {
    for (const q of [
      'I have difficulty breathing',
      'trouble breathing since lunch',
      'difficulty in breathing',
    ])
      expect(extractFeatures(q).present.has('breathless')).toBe(true);
    expect(extractFeatures('no trouble breathing at all').present.has('breathless')).toBe(false);
  });
  test('a dash ends a denial: "back pain - not my legs - worse when I cough"', () => {
    const r = lookupSymptoms('my back pain - not my legs - is far worse whenever I cough');
    expect(r.map((x) => x.id)).toContain('rf-cough-sneeze-strain');
  });
  test('Jamaican English: weight dropping off without trying', () => {
    expect(ids('him back a hurt him an him drop bare weight, him nah try fi lose it', 3)).toContain(
      'rf-weight-loss',
    );
  });
  test('a back gone a funny shape is a deformity to get checked', () => {
    expect(ids('my back has gone a strange shape over the summer and it aches', 3)).toContain(
      'rf-lump-deformity',
    );
  });
  test('a leak when sneezing is a stress leak, not pain worse on sneezing', () => {
    expect(
      ids('I leak a little whenever I sneeze since having my kids, and my back aches from lifting', 3),
    ).not.toContain('rf-cough-sneeze-strain');
  });
});

describe('massage and second-language kinds (banks P26, P27, Q19), in new words', () => {
  test.each([
    ['sudden terrible waist pain, sweating cold, very dizzy', 'emergency'],
    ['nalgas feel numb since yesterday and my back is hurting', 'emergency'],
    ['had a sports massage on Friday, now burning pain shoots down both my legs into my feet', 'emergency'],
    [
      'bad sciatica for weeks, and since Sunday I cannot keep an erection, never had this problem before',
      'emergency',
    ],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
  test('"hurts more coughing" is pain worse on coughing', () => {
    expect(ids('my lower back hurts more coughing and straining on the loo', 3)).toContain(
      'rf-cough-sneeze-strain',
    );
  });
});

describe('everyday phrasings and near-twins (banks P28, P29, Q20), in new words', () => {
  test.each([
    ['my back muscles are screaming and my wee looks like cola', 'emergency'],
    ['pneumonia for days, now back pain and I cannot say a whole sentence without stopping', 'emergency'],
    [
      'long-haul flight Tuesday, calf swollen, puffed just getting dressed and my back hurts when I breathe in',
      'emergency',
    ],
    [
      'sharp pain low down in my tummy and back, 39.8 fever and shivering, spotting between periods',
      'emergency',
    ],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
});

test('a condition told only as past still gets an answer: its card at its base level', () => {
  const r = lookupSymptoms('Must I tell my travel insurer about a disc prolapse 4 years ago? No pain since.');
  expect(r.length).toBeGreaterThan(0);
  expect(r.map((x) => x.id)).toContain('sciatica-herniated-disc');
  expect(r[0].urgency).not.toBe('emergency');
});

describe('changed or unchanged long-standing pain (bank P30), in new words', () => {
  test('a known paralysis from years ago is no new both-leg sign; a new bladder change still is', () => {
    expect(
      first(
        'paraplegic since a crash in 2009, no feeling below the waist since then, usual shoulder ache from the chair',
      ).urgency,
    ).not.toBe('emergency');
    expect(
      first(
        'wheelchair user after a spinal cord injury long ago, since this morning my bladder will not empty',
      ).urgency,
    ).toBe('emergency');
  });
  test('leaning on a trolley easing the legs is the stenosis sign', () => {
    expect(
      ids('legs ache and go heavy when I walk to the shops for years now, leaning on the trolley helps', 3),
    ).toContain('spinal-stenosis');
  });
});

describe('signs seen in someone who cannot say them (bank P31), in new words', () => {
  test.each([
    [
      'my uncle with dementia keeps gripping his chest and his back, grey and sweaty, he cannot tell us',
      'emergency',
    ],
    [
      'our cleaner was knocked over by a motorbike this morning and is lying still holding her back',
      'emergency',
    ],
    ['back pain for days and twice today we found him wet, and he never noticed', 'emergency'],
  ])('%s → %s first', (q, level) => {
    expect(first(q).urgency).toBe(level);
  });
});

// Twelfth session (issue 8): kinds from tuning banks P32, P33 and Q22, in wording written for this test.
describe('events, denials and questions that are not reports', () => {
  test.each([
    ['flipped the ute on a gravel road last night, back is really sore today', 'rf-major-trauma'],
    ['a cow came down on top of my husband in the shed and now his back hurts', 'rf-major-trauma'],
    ['knocked out by a taxi on my bike this morning, went over the bonnet, back aches', 'rf-major-trauma'],
  ])('%s → %s first, at emergency', (q, id) => {
    expect(first(q).id).toBe(id);
    expect(first(q).urgency).toBe('emergency');
  });

  test('bleeding told after its word ("bleeding heavy") in pregnancy is an emergency', () => {
    const r = first('28 weeks pregnant, low back ache and the bleeding is heavy');
    expect(r.id).toBe('rf-pregnancy');
    expect(r.urgency).toBe('emergency');
  });

  test('"no loss of bladder control" denies the loss, and a separate sign is still read', () => {
    expect(
      extractFeatures('back pain for a week, no loss of bladder control').present.has('bladderLoss'),
    ).toBe(false);
    expect(first('back pain for a week, no loss of bladder control').urgency).not.toBe('emergency');
    expect(first('no loss of bladder control but I cannot feel the paper when I wipe').urgency).toBe(
      'emergency',
    );
  });

  test('pain from the buttock down one leg is not the saddle area', () => {
    const q =
      'ache running from my bottom down my left leg, and my left foot feels a bit numb, waterworks all normal';
    expect(ids(q)).toContain('sciatica-herniated-disc');
    expect(first(q).urgency).not.toBe('emergency');
  });

  test('a massage told as what came before ("a massage and now…") is a report, with its level', () => {
    const r = lookupSymptoms('I take warfarin, had a massage and now a big bruise is spreading over my hip');
    const injury = r.find((x) => x.id === 'massage-related-injury');
    expect(injury?.urgency).toBe('urgent-same-day');
  });

  test('a study question that reports nothing is answered as information, with no level for the asker', () => {
    const r = lookupSymptoms(
      'for the first aid exam: if someone has numbness around the bottom with back pain is it serious? I am fine',
    );
    expect(r.slice(0, 3).map((x) => x.id)).toContain('cauda-equina-syndrome');
    expect(r.every((x) => x.urgency === undefined)).toBe(true);
    // Anything reported keeps its level.
    const mine = lookupSymptoms('for my first aid course, but my back aches and I cannot feel when I wipe');
    expect(mine[0].urgency).toBe('emergency');
  });

  test('an 80-something resident who slid to the floor is a fall in a frail person', () => {
    expect(ids('resident (91) slid out of her chair onto the floor, back sore since')).toContain(
      'rf-minor-trauma-fragile',
    );
  });
});

// Thirteenth session (issue 8): kinds from tuning banks P34 (voice-dictated) and P35 (two people or
// two times), in wording written for this test.
describe('dictated words and stories with two people in them', () => {
  test.each([
    ['my lower bag is agony and both eggs have gone num since this morning', 'rf-bilateral-leg'],
    ['sigh attica in both legs now and I cant p', 'rf-bilateral-leg'],
    ['chess pain going through to my back', 'rf-chest-pain'],
  ])('dictated: %s → %s first, at emergency', (q, id) => {
    expect(ids(q)).toContain(id);
    expect(first(q).urgency).toBe('emergency');
  });

  test('a misheard drug name is still the drug: "war for in" before a massage', () => {
    expect(ids('can I have a deep tissue message on war for in')).toContain('ci-anticoagulants-bleeding');
  });

  test('a common word is only respelled beside the word that makes it safe', () => {
    // "bag" alone stays a bag, "eggs" for breakfast stay eggs.
    const t = extractFeatures('packed my bag, had eggs for breakfast, back aches a little').tokens;
    expect(t.map((x) => x.raw)).toEqual(expect.arrayContaining(['bag', 'eggs']));
    expect(first('packed my bag, had eggs for breakfast, back aches a little').urgency).not.toBe('emergency');
  });

  test('respelled words keep the offsets of what was typed', () => {
    const q = 'sigh attica again';
    const t = extractFeatures(q).tokens[0];
    expect(t.raw).toBe('sciatica');
    expect(q.slice(t.start, t.end)).toBe('sigh attica');
  });

  test('knocked by a motorbike taxi is a major accident', () => {
    const q = 'got knocked by a boda boda on the way home and fell hard, my back is in bits';
    expect(ids(q)).toContain('rf-major-trauma');
    expect(first(q).urgency).toBe('emergency');
    // "in bits" is how bad it hurts, not the private parts.
    expect(extractFeatures(q).present.has('saddleArea')).toBe(false);
  });

  test('numbness on the bike saddle that "came good" after the ride is not saddle numbness now', () => {
    expect(
      first('bum went numb on the bike seat on a long ride but came good once I got off, back just achy')
        .urgency,
    ).not.toBe('emergency');
  });

  test("a parent's heart attack told beside the writer's own, different ache is the parent's", () => {
    const q =
      "Mum's heart attack began with pain in her back, so I worry, but mine is a stiff upper back from gardening that eases when I move. No chest pain.";
    expect(first(q).urgency).not.toBe('emergency');
    // Without the writer setting their own story apart, the heart attack words still count.
    expect(first('heart attack pain in my back and arm')?.urgency).toBe('emergency');
  });

  test('a myth asked about alone brings what its entry names as related', () => {
    expect(ids('is the ache after a massage really toxins leaving the body?')).toEqual(
      expect.arrayContaining(['myth-m8', 'post-massage-soreness']),
    );
  });
});

describe('a known condition, whose it is, and what pain raises it (issue 8, over-triage)', () => {
  test('a monitored aneurysm with sore shoulders is a massage question, not an emergency', () => {
    const q =
      'My uncle has a small aneurysm in his tummy they scan every year, no pain. Massage ok for his sore shoulders?';
    expect(ids(q)).toContain('ci-known-aneurysm');
    expect(first(q).urgency).not.toBe('emergency');
  });
  test('a known aneurysm with new tummy or back pain is still the emergency (FACTS.md §1)', () => {
    const r = first('I have a known aortic aneurysm and since this morning a new ache low in my back');
    expect(r.id).toBe('abdominal-aortic-aneurysm');
    expect(r.urgency).toBe('emergency');
  });
  test("a condition named in someone else's dated past is theirs beside the writer's own report", () => {
    const q =
      'My cousin had cauda equina surgery two summers back and last year was fine. I have a normal sore back from the garden, all fine down below and weeing normally.';
    expect(first(q).urgency).not.toBe('emergency');
    // Told now about someone else, it stays the emergency it names.
    expect(first('My dad has cauda equina symptoms and I have a sore back from lifting him').urgency).toBe(
      'emergency',
    );
  });
});

test('a tight chest from hunching over a laptop is a posture ache, unless a sign of the heart comes with it', () => {
  expect(
    first('tight chest and shoulders from hunching over my laptop, upper back sore too, no real chest pain')
      .urgency,
  ).not.toBe('emergency');
  expect(first('tight chest from hunching over the laptop and now I am sweating and feel sick').urgency).toBe(
    'emergency',
  );
});

test('what a query fears beside what it reports comes after it, without a level', () => {
  const r = lookupSymptoms(
    'I leak a little when I sneeze, the same since my son was born years ago, no back pain or numbness. I saw a post about a spine condition that makes you leak and now I am scared.',
  );
  expect(r[0]?.urgency).not.toBe('emergency');
  const feared = r.find((x) => x.id === 'cauda-equina-syndrome');
  expect(feared).toBeDefined();
  expect(feared?.urgency).toBeUndefined();
});

describe('dictation and everyday words (issue 8, bank P36 kinds, own wording)', () => {
  test('spoken punctuation ends clauses and sentences where the speaker meant them', () => {
    const t = extractFeatures('back sore comma no fever full stop legs numb').tokens;
    expect(t.map((x) => x.raw)).toEqual(['back', 'sore', 'no', 'fever', 'legs', 'numb']);
    expect(t[4].sent).toBeGreaterThan(t[3].sent);
    // "no" denies the fever only, not the numb legs after the spoken full stop.
    expect(first('back sore since Monday comma no fever full stop both legs numb since lunch').urgency).toBe(
      'emergency',
    );
    // "colon" is the bowel, never a mark.
    expect(extractFeatures('colon cancer years ago').tokens[0].raw).toBe('colon');
  });
  test('"waist pain" is the lower back (Nigerian and East African English)', () => {
    expect(extractFeatures('my waist is paining me since Monday').present.has('lowerBack')).toBe(true);
    const r = first('waist pain for a week and since yesterday I cannot hold my stool');
    expect(r.urgency).toBe('emergency');
  });
  test('"Age 61" is an age, not a long-standing pain', () => {
    expect(
      extractFeatures('pain down both legs now, not just the one like before. Age 61').present.has(
        'longStanding',
      ),
    ).toBe(false);
    expect(
      first('pain down the back of both legs now, not just the one leg like before. Age 61').urgency,
    ).toBe('emergency');
  });
  test('garden weeds are no passing water; "tweaked it" after a bad back is the back', () => {
    const q = 'never had a bad back before, tweaked it pulling weeds, a bit better today';
    expect(extractFeatures(q).present.has('peeWord')).toBe(false);
    expect(ids(q)).toContain('nonspecific-low-back-pain');
  });
  test('a racing heart "like the clappers" with sudden belly-to-back pain at 74 is the emergency', () => {
    expect(
      first('Dad 74, sudden bad pain belly through to back, heart going like the clappers').urgency,
    ).toBe('emergency');
  });
});

test('a grandparent named in another language with an age in brackets is an older person who fell', () => {
  expect(ids('si lola (81) slipped in the CR, fell on her bum, now back pain')).toContain(
    'rf-minor-trauma-fragile',
  );
});

test('a positive test told without its name is a pregnancy; "positive for covid" is not', () => {
  expect(
    extractFeatures('wife tested positive on Monday, now sharp pain one side and she fainted').present.has(
      'pregnant',
    ),
  ).toBe(true);
  expect(
    extractFeatures('tested positive for covid last week and my back aches').present.has('pregnant'),
  ).toBe(false);
});

test('a test result at the end of a sentence told as now clears its own clause, not the new signs before it', () => {
  const q =
    'pelvic ache and discharge all week. today it is suddenly much worse, severe low tummy pain, shivering with a high temperature and I feel faint, not pregnant, test was negative';
  expect(first(q).urgency).toBe('emergency');
  // A checked-and-cleared story told as past stays cleared beside a new report.
  expect(
    first(
      'Had chest pain last month, ECG and bloods all came back normal. Today my mid back is sore from gardening.',
    ).urgency,
  ).not.toBe('emergency');
});

describe('a stop-start stream (FACTS.md §1 prostatitis, §2 rf-bladder-change)', () => {
  test('for months, on and off, it is the grumbling prostate at GP level, not new retention', () => {
    const q =
      'man of 60, months now of on-off ache between the legs and low back, water stop-start, no fever';
    expect(ids(q)).toContain('prostatitis');
    expect(first(q).urgency).not.toBe('emergency');
  });
  test('"he can pass urine though" is no retention; new, with no stream at all, it still is', () => {
    expect(
      extractFeatures('stop-start flow since yesterday, he can pass urine though').present.has('retention'),
    ).toBe(false);
    expect(first('since last night I push and push and nothing comes, back pain').urgency).toBe('emergency');
  });
});

test('a point after a short form ("approx.", "Dr.") ends no sentence; a point after a word still does', () => {
  const t = extractFeatures('fell approx. 4 m onto concrete, Dr. said rest').tokens;
  expect(new Set(t.map((x) => x.sent)).size).toBe(1);
  expect(new Set(extractFeatures('back sore for years. now legs numb').tokens.map((x) => x.sent)).size).toBe(
    2,
  );
});

describe('a weight told as falling numbers (LOOKUP_RULES.weightSeries)', () => {
  test('82 kg in January, 74 kg now, not dieting, with back pain for months is weight loss without trying', () => {
    const q =
      'Weight: 82 kg in January, 79 kg in March, 74 kg now. Not dieting. Dull ache low in my back for 2 months.';
    expect(ids(q)).toContain('rf-weight-loss');
  });
  test('a small change, decimals, or lifting loads are no weight loss', () => {
    expect(
      extractFeatures('weighed 79.5 kg in May and 78.9 kg now, back ache').present.has('weightLossWord'),
    ).toBe(false);
    expect(
      extractFeatures('lifting 25 kg sacks then 10 kg bags, back sore').present.has('weightLossWord'),
    ).toBe(false);
    expect(
      extractFeatures('my weight went from 14 stone to 12 stone this year').present.has('weightLossWord'),
    ).toBe(true);
  });
});

test('pain worst when lying down that nothing eases is rest pain', () => {
  expect(ids('back pain is worst when I am lying down and nothing eases it, three weeks now')).toContain(
    'rf-night-rest-pain',
  );
});

describe('slang and metaphor (bank P40 kinds, own wording)', () => {
  test.each([
    [
      "back's wrecked since the gym and today I didn't know I needed a number two till it was happening",
      'rf-bowel-change',
    ],
    [
      'nani has back pain 3 days, today she cannot control her potty, it is coming without her knowing',
      'rf-bowel-change',
    ],
    [
      'lower back went off like a grenade out of nowhere and I blacked out on the floor',
      'rf-sudden-abdo-back',
    ],
  ])('%s → %s, at emergency', (q, id) => {
    expect(ids(q)).toContain(id);
    expect(first(q).urgency).toBe('emergency');
  });
  test('"up the duff", "fresh ink", "the stiff-back arthritis" name a pregnancy, a tattoo and axial spondyloarthritis', () => {
    expect(ids('massage ok when up the duff? 22 weeks')).toContain('ci-pregnancy');
    expect(ids('fresh ink on my shoulder blade, can the masseuse work there?')).toContain(
      'ci-open-wound-burn',
    );
    const r = first('my sister has the stiff-back arthritis, now one eye is red and light hurts it');
    expect(r.id).toBe('axial-spondyloarthritis');
    expect(r.urgency).toBe('urgent-same-day');
  });
  test("a fever's sweats are no collapse sign", () => {
    expect(extractFeatures('temp of 39, sweaty then shivery, back aching').present.has('collapseSign')).toBe(
      false,
    );
  });
});

describe('a run-on report that ends on another question still reports what it names', () => {
  test.each([
    'fever, neck too stiff to bend, light hurts my eyes, back aching, can I still go to work?',
    'resident with kidney infection and back pain, day 1 of antibiotics, now very drowsy and hard to wake, should we wait?',
    'back pain and leaking wee, new since Monday, anyway does anyone know a good physio near the station? Cheers',
  ])('%s → an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });
  test('a name asked about in its own clause is still asked about, not reported', () => {
    expect(extractFeatures('my back hurts, could it be sciatica?').hypothetical.has('sciaticaTerm')).toBe(
      true,
    );
    expect(extractFeatures('is this cauda equina??').present.has('saddleTerm')).toBe(false);
  });
  test('"near" is no "nearly", "Cheers" is no "cheeks"', () => {
    const fs = extractFeatures('leaking wee since Monday, physio near the station, cheers');
    expect(fs.present.has('laughing')).toBe(false);
    expect(fs.present.has('saddleArea')).toBe(false);
  });
});

test('a denied condition name closes its denial when the next words tell something new, unpunctuated', () => {
  const r = first(
    "i'm 67 never had kidney stones sudden terrible pain in my back and side and i keep feeling faint",
  );
  expect(r.urgency).toBe('emergency');
  // A list joined by "or" stays denied.
  expect(extractFeatures('no sciatica or leg pain').present.has('legSymptom')).toBe(false);
});

describe('typed in lower case without punctuation (phone messages)', () => {
  test('"as" after "has had", "the" or a possessive is ankylosing spondylitis; a comparison is not', () => {
    for (const q of [
      'partner has had as since his twenties bumped his head getting into the van now new neck pain unlike his usual',
      'my husbands as has fused his spine he got jolted when the train stopped hard and his back feels different since',
    ])
      expect(extractFeatures(q).present.has('asDiagnosis')).toBe(true);
    for (const q of [
      'she has as much back pain as i do',
      'i had as a kid a sore back',
      'my back is as stiff as a board',
    ])
      expect(extractFeatures(q).present.has('asDiagnosis')).toBe(false);
  });
  test('"AS" in capitals followed by "for years" stays a diagnosis', () => {
    expect(
      extractFeatures('Have had AS for years, red painful eye since yesterday').present.has('asDiagnosis'),
    ).toBe(true);
  });
  test('"40 years back fused" is the back, not "40 years ago"', () => {
    const r = first(
      'nan has had spondylitis 30 years back fused solid she tripped over the cat yesterday and her upper back hurts in a new way',
    );
    expect(r.urgency).toBe('emergency');
  });
  test('a recent time after a long-past story brings its own clause back to now', () => {
    const fs = extractFeatures(
      'his spine fused years ago from arthritis the bamboo kind he slipped on the wet floor last night and his neck hurts',
    );
    expect(fs.present.has('fall')).toBe(true);
    // The long-past part stays past.
    expect(extractFeatures('i slipped a disc years ago and had surgery').toldElsewhere.size).toBeGreaterThan(
      0,
    );
  });
  test('"belly and back then he collapsed" is the back, not "back then"', () => {
    const r = first(
      'grandad 76 ex smoker sudden awful pain in his tummy and back then he keeled over hes come round now',
    );
    expect(r.urgency).toBe('emergency');
  });
  test('"hrs" are hours: weakness getting worse over a couple of hrs came on fast', () => {
    const r = first(
      'left leg getting weaker and weaker over the past few hrs and my foot drags, back aching',
    );
    expect(r.id).toBe('rf-progressive-weakness');
    expect(r.urgency).toBe('emergency');
  });
  test('in pregnancy "my bump" is the belly: constant severe bump pain is an emergency', () => {
    const r = first(
      '32 weeks pregnant backache and my bump has been hurting non stop really badly for an hour',
    );
    expect(r.urgency).toBe('emergency');
    expect(extractFeatures('there is a bump on my spine').present.has('bellyPain')).toBe(false);
  });
});

describe('a story frame (teaching case, fiction, memorial) is not a report; the writer now still is', () => {
  test('a teaching vignette tells no red flag of the writer', () => {
    const fs = extractFeatures(
      'Clinical vignette: a 70-year-old smoker with sudden severe back pain going through to the tummy who then faints.',
    );
    expect(fs.present.has('faint')).toBe(false);
  });
  test('after "in loving memory", a sentence of the writer now counts', () => {
    const fs = extractFeatures('In loving memory of Dad. Today I fainted with sudden severe back pain.');
    expect(fs.present.has('faint')).toBe(true);
  });
  test('"rip" lower-cased is a tear, not a memorial', () => {
    expect(first('sudden rip between my shoulder blades').urgency).toBe('emergency');
  });
});

describe('two people or two times in one message (bank P42, own wording)', () => {
  test('straining with nothing coming out, told with the prostate, is retention; constipation is not', () => {
    expect(
      first(
        'my prostate has flared up again, he is straining and straining and nothing will come, back aching',
      ).urgency,
    ).toBe('emergency');
    // The same words with constipation named are the bowel, not the bladder.
    expect(
      extractFeatures('constipated, been straining on the toilet for an hour, zilch').present.has(
        'retention',
      ),
    ).toBe(false);
    expect(
      extractFeatures('prostate trouble, been straining on the toilet for an hour, zilch').present.has(
        'retention',
      ),
    ).toBe(true);
  });
  test('dizziness with tummy or back pain begun today, in someone at risk, is checked first', () => {
    const r = first(
      'hes 71 and smokes, pain in his right side and back started this morning, now he feels dizzy',
    );
    expect(r.id).toBe('rf-sudden-abdo-back');
    expect(r.urgency).toBe('emergency');
  });
  test('"a torn aorta" is the name, not a tearing feeling: a friend\'s names nothing of the writer\'s', () => {
    const r = first(
      "my mate's uncle had a torn aorta once. I'm 30, my upper back aches after rowing, came on slowly over the week",
    );
    expect(r.urgency).not.toBe('emergency');
    expect(extractFeatures('they think it could be a torn aorta').present.has('dissectionTerm')).toBe(true);
  });
  test("a condition of yet another person's past is theirs, not the subject's", () => {
    const fs = extractFeatures(
      'my client is stiff after her first squat session, urine normal colour. Another client ended up in hospital with rhabdo',
    );
    expect(fs.present.has('rhabdoTerm')).toBe(false);
    expect(fs.toldElsewhere.has('rhabdoTerm')).toBe(true);
  });
  test("a relative who had a condition, beside the writer's own ache, is not the writer's", () => {
    const fs = extractFeatures(
      'My cousin had that cauda equina thing, so I worry. My lower back aches after cycling and peeing is normal.',
    );
    expect(fs.present.has('saddleTerm')).toBe(false);
  });
});

describe('falls, onsets and likenesses in other words (banks Q26, Q7)', () => {
  test('"stumbled off a kerb" with weak bones is a minor fall in a fragile person', () => {
    const r = first(
      'I have osteoporosis and stumbled off the kerb this morning, now sharp pain low in my back',
    );
    expect(r.id).toBe('rf-minor-trauma-fragile');
  });
  test('"like a red hot poker shoved through" is a likeness: no push, no lift, no red skin', () => {
    const fs = extractFeatures('pain like a red hot poker shoved through my chest to my back');
    expect(fs.present.has('lifting')).toBe(false);
    expect(fs.present.has('skinRedHot')).toBe(false);
  });
  test('pain begun at a desk minutes ago, through from the front to between the shoulder blades, is sudden', () => {
    const r = first(
      'it started ten minutes ago sitting at my computer, a stabbing pain through from the front to between my shoulder blades',
    );
    expect(r.urgency).toBe('emergency');
  });
});

describe('clinical shorthand and readings (bank P43, own wording)', () => {
  test.each([
    'sudden severe low back pain 15 mins ago, 10/10, no trigger, watch says 127 bpm',
    'obs: 63M, sudden interscapular pain at rest, clammy, HR 112',
    'RTC at 50mph, c/o thoracic back pain',
    '34/40, LBP since lunch, now heavy bright red bleeding',
    'POD 2 knee replacement, sudden SOB, sats 90%, sharp pain on breathing in',
    'breast ca 2019, new back pain, today unable to weight bear',
  ])('%s → an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });
  test('a review\'s "10/10" is no pain score; "lunges" and "lung" are not the same word', () => {
    expect(extractFeatures('10/10, would book this massage again').present.has('severe')).toBe(false);
    expect(extractFeatures('lung ca, back pain').present.has('exerciseCause')).toBe(false);
    expect(extractFeatures('did lunges at the gym, back pain').present.has('exerciseCause')).toBe(true);
  });
});

describe("English that follows the writer's first language (bank P44, own wording)", () => {
  test.each([
    'my husband has 70 years, sudden terrible pain in the stomach and the column, he went white and cold',
    'my brother use needles for drugs, fever since 3 days, back pain in night, today his legs have no strength',
    '40 years, back pain from disc, since 2 days my nature is not rising and feeling down there is less, before it was completely fine',
    'mother 70 with back pain, from morning the urine is not passing at all, she feels the pressure',
  ])('%s → an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });
  test('"no loss of power" denies weakness; it is no weakness', () => {
    expect(extractFeatures('the physio found no loss of power in my legs').present.has('weakness')).toBe(
      false,
    );
  });
});

test('unpunctuated, "new" after a long-past history is now: "cancer treated in 2019 new back pain…"', () => {
  const r = first(
    'bowel cancer treated in 2018 new back pain like a tight band round my ribs worse when i cough',
  );
  expect(r.id).toBe('rf-cancer-history');
  expect(r.urgency).toBe('emergency');
});

describe('very short queries (bank P45, own wording)', () => {
  test.each([
    'ache btwn shoulders -> jaw n left arm',
    'grandad 80, ex smoker, terrible tummy+back pain from nowhere',
    'back ache, granny now muddled + hot',
    '8wks pg, pain one side, shoulder tip pain, v dizzy',
    'pain under r ribs into back, shaking, 39c',
  ])('%s → an emergency first', (q) => {
    expect(first(q).urgency).toBe('emergency');
  });
  test('"pain low on left" in early pregnancy is the one-sided pain of §2', () => {
    expect(extractFeatures('5 wks pregnant, pain low on left').present.has('oneSideBelly')).toBe(true);
  });
});

test('unpunctuated, "fine at lunch now…" is fine then, not a passing episode or a denial', () => {
  const r = first(
    'both legs getting weaker by the hour fine at lunch now i cant get up the stairs back sore',
  );
  expect(r.urgency).toBe('emergency');
  expect(first('numb legs earlier but fine now after a walk, back sore').urgency).not.toBe('emergency');
});

test('"took a knee to the back" in a match is an injury: with a weak, tingling leg it is an emergency (bank P46)', () => {
  const r = first(
    'caught a knee in my lower back playing football on saturday, now my left leg is tingly and weak',
  );
  expect(r.id).toBe('spinal-injury-trauma');
  expect(r.urgency).toBe('emergency');
});

test("a later clause naming another person ends the writer's long-past story (bank P42)", () => {
  const fs = extractFeatures(
    'My own slipped disc years ago settled with rest, so when my son rang after his van was hit at speed on the motorway I said rest too. Now his back really hurts.',
  );
  expect(fs.present.has('majorTrauma')).toBe(true);
});

test('a stone in "the only kidney I\'ve got", being sick and unable to keep a sip down, is an emergency (bank P47)', () => {
  const r = first(
    "kidney stone pain again, waves from my back to the front, it's the only kidney I've got, can't keep even a sip of water down",
  );
  expect(r.id).toBe('kidney-stones');
  expect(r.urgency).toBe('emergency');
});

test('"the electric blanket" and "stiff like cardboard" are no numbness (bank P47)', () => {
  expect(extractFeatures('my back is easing with the electric blanket').present.has('sensLoss')).toBe(false);
  expect(
    extractFeatures('thighs and bum sore, stiff like cardboard after spin').present.has('sensLoss'),
  ).toBe(false);
  expect(extractFeatures('electric shocks down my leg').present.has('sensLoss')).toBe(true);
});

test('"copped a knee in the back" is a knock too (bank BN)', () => {
  expect(first('copped a knee in the back at footy, now my left leg is numb and weak').urgency).toBe(
    'emergency',
  );
});

test("a carer's touch down below no longer felt is saddle numbness (bank P31, own wording)", () => {
  const r = first(
    "Dad has dementia and a sore back this week. Washing him down below today he didn't react at all to the cold flannel, he always used to complain",
  );
  expect(r.urgency).toBe('emergency');
  expect(
    extractFeatures('washing her hair she did not react to the cold water').present.has('saddleNumb'),
  ).toBe(false);
});

describe('very breathless is breathless; blood in a tissue after a cough (bank P47)', () => {
  test('a swollen calf after a long drive, then suddenly unable to get a breath: the clot entries lead', () => {
    const r = first(
      'left calf swollen and warm since the long drive. tonight suddenly couldnt get my breath and a sharp pain in my chest when i breathe in',
    );
    expect(r.id).toBe('pulmonary-embolism');
    expect(r.urgency).toBe('emergency');
  });
  test('"coughed into a tissue and there was a streak of blood"', () => {
    expect(
      extractFeatures('coughed into a tissue and there was a streak of blood').present.has('coughBlood'),
    ).toBe(true);
  });
});

describe('people who cannot say it (bank P48, own wording)', () => {
  test('with dementia, keeps holding the bottom of his back, beside a known aneurysm: an emergency', () => {
    const r = first(
      'Grandpa has a tummy aneurysm they watch with scans. He has dementia and today keeps holding the bottom of his back and groaning, not like him.',
    );
    expect(r.urgency).toBe('emergency');
  });
  test('someone who can say it rubbing a sore back is no new pain gesture', () => {
    expect(
      extractFeatures('my toddler keeps rubbing my back when I feed her').present.has('painGesture'),
    ).toBe(false);
  });
  test('"no signal that I\'m full, I only find out when I\'m wet" is bladder control lost', () => {
    expect(
      extractFeatures(
        "since the weekend no signal at all that I'm full, I only find out when I'm wet",
      ).present.has('unfelt'),
    ).toBe(true);
  });
});

test('"neither leg will take my weight" is both legs weak, and "I only find out when I\'m wet" is a lost bladder (bank P48)', () => {
  expect(first('since lunch neither leg will take my weight and my back is pounding').urgency).toBe(
    'emergency',
  );
  expect(extractFeatures('neither leg will take my weight').present.has('bilateralWeak')).toBe(true);
  expect(
    first(
      "no warning any more that my bladder is full, I only find out when I'm wet, back agony since Friday",
    ).urgency,
  ).toBe('emergency');
});

test('"pale again" clears dark urine; "numb from the chest down" is a level, not the chest (bank P48)', () => {
  expect(
    extractFeatures("his wee was dark this morning but it's pale again now").present.has('urineCleared'),
  ).toBe(true);
  expect(extractFeatures('paraplegic, numb from the chest down for years').present.has('chest')).toBe(false);
  expect(extractFeatures('crushing pain in my chest').present.has('chest')).toBe(true);
});

describe('what the writer read is not what happens to them (bank P49, own wording)', () => {
  test('"I\'ve read sudden back pain can be a burst aneurysm" after a lifting strain, faintness denied', () => {
    const r = first(
      "Lifted a sack of sand and got a sharp stab low in my back. I've read sudden back pain can mean an aneurysm bursting. Not dizzy, not clammy, no tummy pain.",
    );
    expect(r.urgency).toBe('self-care');
  });
  test('a claim read in a post is still a myth question', () => {
    expect(
      lookupSymptoms('I read an article claiming massage can shrink tumours, is that true?')
        .slice(0, 3)
        .map((r) => r.id),
    ).toContain('myth-m1');
  });
  test('the name of a checklist gone through is not the condition told', () => {
    const r = first(
      'Pulled my back moving a sofa. Went through the cauda equina checklist: I can feel everything when I wipe, peeing normally, legs strong.',
    );
    expect(r.urgency).toBe('self-care');
    // The sign itself still counts after the list's name.
    expect(
      first('Did the cauda equina questions online: I cannot feel the toilet paper when I wipe, back agony')
        .urgency,
    ).toBe('emergency');
  });
});

describe('events and escalations in new words (banks P49–P52, own wording)', () => {
  test('"a lorry went into the back of us" is a road crash', () => {
    expect(
      first('a lorry went into the back of us at the lights on the bypass, now my neck and back hurt')
        .urgency,
    ).toBe('emergency');
    expect(extractFeatures('the dog ran into the back of my legs').present.has('majorTrauma')).toBe(false);
  });
  test('a first "kidney stone" at 71 with light-headedness is an emergency, written "71yo" too', () => {
    expect(
      first('71yo, first kidney stone ever I think, pain in my side and back, gone light-headed').urgency,
    ).toBe('emergency');
    expect(extractFeatures('71yo man').present.has('elderly')).toBe(true);
  });
  test('stone pain "even with the tramadol", or everything drunk brought back up, is an emergency', () => {
    expect(
      extractFeatures('kidney stone, still screaming even with the tramadol').present.has('painkillersFail'),
    ).toBe(true);
    expect(
      first(
        'they said kidney stone, now I have brought up everything I drink since lunch and my back is agony',
      ).urgency,
    ).toBe('emergency');
  });
});

describe('stroke row, rash test and spelling by ear (banks P50, P52, own wording)', () => {
  test('after a neck massage, a sudden headache alone is the stroke row (FACTS.md §4.2)', () => {
    const r = first(
      'had my neck massaged an hour ago and now a sudden explosive headache at the back of my head',
    );
    expect(r.urgency).toBe('emergency');
  });
  test('a mild headache the evening after a neck massage, easing, stays self-care', () => {
    expect(first('neck massage yesterday, mild dull headache last night, nearly gone now').urgency).toBe(
      'self-care',
    );
  });
  test('"spots that didn\'t blanch" with a fever is the rash that does not fade', () => {
    expect(
      extractFeatures('tiny red spots on his legs that did not blanch when I pressed').present.has(
        'nonBlanching',
      ),
    ).toBe(true);
    expect(
      first('feverish and achy back since yesterday and dark spots on her tummy that wont blanch').urgency,
    ).toBe('emergency');
  });
  test('"cant fell my bum when i wipe" and "my we is dark" are read as meant', () => {
    expect(first('cant fell my bum when i wipe and my back is killing me').urgency).toBe('emergency');
    expect(
      extractFeatures('legs weak after the gym and my we is dark like cola').present.has('darkUrine'),
    ).toBe(true);
  });
});

describe('older writers (bank P51, own wording)', () => {
  test('on blood thinners, tummy-through-to-back pain "all at once", giddy: sudden tummy-and-back emergency first', () => {
    const r = lookupSymptoms(
      "On apixaban. Just now an awful pain came on in my belly and through to my back, all at once. Giddy when I stand, heart going fast. I'm 77.",
    );
    expect(r[0].urgency).toBe('emergency');
    expect(r.slice(0, 3).map((x) => x.id)).toContain('rf-sudden-abdo-back');
  });
  test('an ache that came on high between the shoulders at rest, then being sick: the upper-back emergency', () => {
    expect(
      first(
        'sitting watching telly, an ache came on high up in my back right between the shoulders and I have been sick twice',
      ).urgency,
    ).toBe('emergency');
  });
  test('known narrowing of the spine, then both legs numb at rest and not gone off after hours: an emergency', () => {
    expect(
      first(
        'Narrowing of the spine for years, legs ache on long walks, fine when I sit. Today both legs went numb and it has not gone off after three hours.',
      ).urgency,
    ).toBe('emergency');
    // The same old pattern alone stays a GP matter.
    expect(
      first('Narrowing of the spine for years, legs ache on long walks, fine when I sit.').urgency,
    ).not.toBe('emergency');
  });
});

describe("old, explained and other people's signs (banks P50, P51, own wording)", () => {
  test('how a relative died ("her dad died when an aneurysm burst") is not the client\'s aneurysm', () => {
    expect(
      first(
        'Client, 41, sore low back from gardening. Her mum died when an aneurysm burst years ago, so she worries. OK to massage?',
      ).urgency,
    ).not.toBe('emergency');
  });
  test('"for a good ten years" is long-standing', () => {
    expect(
      extractFeatures('my erections have been poor for a good ten years').present.has('longStanding'),
    ).toBe(true);
  });
  test('palpitations after strong coffee, or harmless extra beats, are no collapse sign beside a stiff back', () => {
    expect(
      first(
        'odd palpitations after strong coffee, checked and called harmless extra beats. Back stiff from digging.',
      ).urgency,
    ).toBe('self-care');
    expect(first('back pain and my heart is racing and I feel faint').urgency).toBe('emergency');
  });
});

test('both legs and the back aching two days after a first aquarobics class are worked muscles (bank P51)', () => {
  expect(
    first('first aquarobics class on Monday, by Wednesday my back and both thighs ache, wee normal colour')
      .urgency,
  ).toBe('self-care');
  expect(extractFeatures('my head is swimming and my back hurts').present.has('exerciseCause')).toBe(false);
});

test('a duration told in the present perfect after a long-past cancer is now, typed without stops (robustness)', () => {
  expect(
    first(
      'breast cancer treated eight years ago for a few days there has been a pain round my ribs like a tight band',
    ).urgency,
  ).toBe('emergency');
  // Inside a past story the same duration stays past.
  expect(
    extractFeatures(
      'In 1998 I had a slipped disc and for two days I could not pass water, they operated and I am fine',
    ).present.has('retention'),
  ).toBe(false);
});

test('a dropped "g" is the -ing word it stands for, when that word is known (bank P52)', () => {
  expect(first('lost a stone in two months without even tryin and my back has started aching').urgency).toBe(
    'urgent-same-day',
  );
});

test('pain high in the tummy boring out the back, eased by leaning forward, is the pancreatitis emergency (bank P53)', () => {
  expect(
    first('pain high up in my tummy since yesterday, goes right through to my back, eases if I lean forward')
      .urgency,
  ).toBe('emergency');
  expect(
    first('bad pain at the top of my stomach boring straight out the back and I keep being sick').urgency,
  ).toBe('emergency');
});

describe('medicines, women and men (banks P53–P55, own wording)', () => {
  test('"running a temp" is a fever, not a run; numb "from the waist down" is both legs', () => {
    expect(extractFeatures('he has been running a temp for days').present.has('exerciseCause')).toBe(false);
    expect(first('uses needles, fever all week, spine aching, now numb from the waist down').urgency).toBe(
      'emergency',
    );
  });
  test('after IVF, one-sided low pain with shoulder-tip pain and nearly fainting is the ectopic emergency', () => {
    const r = lookupSymptoms(
      'IVF five weeks ago, sudden pain low on my left, pain in the tip of my shoulder, almost fainted',
    );
    expect(r[0].urgency).toBe('emergency');
    expect(r.slice(0, 3).map((x) => x.id)).toContain('ectopic-pregnancy');
  });
  test('"can\'t get enough air" and "it hurts to breathe in" after a leg massage in pregnancy: an emergency', () => {
    expect(
      first(
        '31 weeks pregnant, had my swollen calf massaged yesterday, now I cannot get enough air and it hurts to breathe in',
      ).urgency,
    ).toBe('emergency');
  });
  test('"doesn\'t feel like my own backside" when wiping is saddle numbness', () => {
    expect(first('hurt my back lifting, now when I wipe it does not feel like my own backside').urgency).toBe(
      'emergency',
    );
  });
  test('stone pain the cupboard\'s painkillers are "not touching", or "can\'t keep a thing down": an emergency', () => {
    expect(first('kidney stone, took everything in the cupboard and it is not touching it').urgency).toBe(
      'emergency',
    );
    expect(first('kidney stone they said would pass, now he cannot keep a thing down').urgency).toBe(
      'emergency',
    );
  });
});

test('a cancer named by its medicine, a sexual change told as "the bedroom", and "for the last hour" as an onset (banks P53, P55)', () => {
  expect(
    first('on letrozole for two years, new backache this week and now shooting pains down my leg').urgency,
  ).toBe('emergency');
  expect(
    first('since my disc went on Monday things in the bedroom have stopped working, back and leg still sore')
      .urgency,
  ).toBe('emergency');
  expect(extractFeatures('for the last hour he has had pain in his side').present.has('fastOnset')).toBe(
    true,
  );
  expect(extractFeatures('sat on the floor for an hour').present.has('fastOnset')).toBe(false);
});

describe('answers to questions (bank P56, own wording)', () => {
  test('"Q: legs ok?" is a question, and its answer "the right one is dragging" reports', () => {
    expect(
      first(
        'Q: fever? A: 38 plus since Sunday\nQ: back? A: constant mid spine\nQ: legs ok? A: right one is dragging since this morning',
      ).urgency,
    ).toBe('emergency');
    expect(first('back sore from lifting, legs ok, bladder fine').urgency).toBe('self-care');
  });
  test('leg pain that was one side and "now it\'s both" is sciatica in both legs', () => {
    expect(
      first('Q: which leg? A: only the right at first, since last night it is both, shooting to my heels')
        .urgency,
    ).toBe('emergency');
  });
  test('sudden breathlessness with blood coughed up brings the clot on the lung', () => {
    const r = lookupSymptoms(
      'deep calf massage on Saturday, tonight suddenly breathless and coughing up pink blood',
    );
    expect(r[0].urgency).toBe('emergency');
    expect(r.slice(0, 3).map((x) => x.id)).toContain('pulmonary-embolism');
  });
});

describe('more answers to questions (bank P56, own wording)', () => {
  test('"in case it\'s useful" is courtesy, not a hypothetical', () => {
    expect(
      first(
        "Pasting my answers in case it's useful:\nBowels - messed myself at work without feeling it, never before\nBack - agony since Saturday",
      ).urgency,
    ).toBe('emergency');
  });
  test('"not getting the urge any more" since the back went is a lost bladder feeling', () => {
    expect(first("since my back went I don't get the urge any more, I just go by the clock").urgency).toBe(
      'emergency',
    );
  });
  test('"Q: urine colour? A: like cola" after a long massage with aching, weak muscles', () => {
    expect(
      first(
        'Q: urine colour? A: like cola\nQ: muscles? A: back and thighs ache and feel weak\nQ: what happened? A: 2-hour deep tissue massage',
      ).urgency,
    ).toBe('emergency');
  });
  test('little accidents with my wee, never before, no warning, beside sciatica: an emergency', () => {
    expect(
      first(
        "sciatica is awful, and I've had two little accidents with my wee today, never before, it came with no warning",
      ).urgency,
    ).toBe('emergency');
  });
});

test('a form question answered "A: no" or "No" denies what it asks (bank P56, own wording)', () => {
  expect(
    first(
      'Q: numbness down below, bladder, bowels? A: no to all of them\nQ: pain? A: low back since gardening',
    ).urgency,
  ).toBe('self-care');
  expect(
    first('any weakness or numbness in your legs? No\nfever? No\nDescribe: stiff low back since moving house')
      .urgency,
  ).toBe('self-care');
  // A question put by the writer keeps its words: "is a massage ok with…? No fever" denies only the fever.
  expect(
    lookupSymptoms('Is a massage OK with my osteoporosis? No fever, just a stiff back')
      .slice(0, 3)
      .map((r) => r.id),
  ).toContain('ci-osteoporosis');
});

test('loin pain that "wraps round to the front and down", painkillers not touching it: the stone emergency (bank P56)', () => {
  expect(
    first(
      'stabbing in my back on the left, wraps round to the front and down, comes and goes. took co-codamol 2 hours ago, still 10 out of 10',
    ).urgency,
  ).toBe('emergency');
});

test('"when I\'ve got stones" names known kidney stones; with a fever now it is an emergency (bank P48)', () => {
  expect(extractFeatures("I get an ache in my side when I've got stones").present.has('stoneTerm')).toBe(
    true,
  );
  expect(
    first(
      "I get an ache in my side when I've got stones. Now I'm shivering with 39 and the side ache is much worse",
    ).urgency,
  ).toBe('emergency');
});

test('an aneurysm screening told as normal names a test, not an aneurysm (banks P8, P55)', () => {
  expect(first('70, my AAA screening scan came back normal last year. Stiff back from mowing.').urgency).toBe(
    'self-care',
  );
  expect(first('my aneurysm is being watched with scans, today new pain in my back').urgency).toBe(
    'emergency',
  );
});

test('"book a back massage for my sore shoulders" beside a watched aneurysm reports no back pain (bank P21)', () => {
  expect(
    first(
      'I have a small aortic aneurysm that is monitored, nothing new. Can I book a back massage for my sore shoulders?',
    ).urgency,
  ).not.toBe('emergency');
});

describe('children, teens and bystanders (banks P57, P60, own wording)', () => {
  test('injuries of sport and play with new nerve signs, and road accidents told plainly, are emergencies', () => {
    expect(
      first('my 12 year old came down on his head off the trampoline, now tingling down one arm').urgency,
    ).toBe('emergency');
    expect(first('went into a tackle head first, neck sore and both arms weak').urgency).toBe('emergency');
    expect(first('she dived into the shallow end, neck hurts, hands buzzing').urgency).toBe('emergency');
    expect(first('my son got clipped by a car on his bike, lower back agony').urgency).toBe('emergency');
    expect(first('the taxi went into a ditch last night and my back is really sore').urgency).toBe(
      'emergency',
    );
  });
  test('a childhood cancer named, then a band of pain from the back', () => {
    expect(
      first(
        'treated for neuroblastoma as a child, now 14, pain wrapping round her tummy from her back like a belt',
      ).urgency,
    ).toBe('emergency');
  });
  test('a fever, then jerking; a fever and barely wakeable; jaundice with shaking and rib pain through to the back', () => {
    expect(
      first('he has had a temperature and backache for days, then went stiff and started jerking').urgency,
    ).toBe('emergency');
    expect(
      first('on antibiotics for a water infection, pain in her side and back, I can barely wake her').urgency,
    ).toBe('emergency');
    expect(
      first('eyes yellow, shaking all over, holding under her right ribs, goes through to her back').urgency,
    ).toBe('emergency');
  });
  test('with ankylosing spondylitis, going down on a wet floor is a fall', () => {
    expect(
      first('customer with ankylosing spondylitis went down on the wet floor, neck hurts now').urgency,
    ).toBe('emergency');
  });
});

describe('US voices, questions and long-term conditions (banks P61–P63, own wording)', () => {
  test('pee "like a can of pop" after a long deep-tissue session, weak all over', () => {
    expect(
      first('4 hour deep tissue massage yesterday, weak all over and my pee looks like a can of pop').urgency,
    ).toBe('emergency');
  });
  test('pain high in the stomach "boring back toward my spine" after beer, puking', () => {
    expect(
      first('lots of beer yesterday, pain high in my stomach boring back toward my spine, puking all morning')
        .urgency,
    ).toBe('emergency');
  });
  test('stone pain: "sick every time I sip", or "hasn\'t taken the edge off"', () => {
    expect(first('kidney stone again I think, sick every time I sip water for hours').urgency).toBe(
      'emergency',
    );
    expect(
      first(
        'on morphine for years, this is new: pain in my side in waves into my groin, an extra dose has not taken the edge off',
      ).urgency,
    ).toBe('emergency');
  });
  test('new loss of feeling in sex "which has never happened", beside years of erection trouble and sciatica', () => {
    expect(
      first(
        'erection trouble for years, known. Last night no sensation in my penis at all, which has never happened. Sciatica on the left.',
      ).urgency,
    ).toBe('emergency');
  });
  test('"found myself wet without any warning" with MS urgency as usual', () => {
    expect(
      first(
        'MS, urgency is my normal. New since yesterday: found myself wet twice, did not feel it happen, ache low in my spine',
      ).urgency,
    ).toBe('emergency');
  });
  test('after cancer, a shooting arm pain and a clumsy hand', () => {
    expect(
      first('breast cancer survivor, since last night pain shooting down my arm and that hand is clumsy')
        .urgency,
    ).toBe('emergency');
  });
});

test('"faecal soiling with no warning sensation" is a bowel change (set BP, tune half, own wording)', () => {
  expect(
    first('low back pain since Sunday; since today, faecal soiling twice without any warning sensation')
      .urgency,
  ).toBe('emergency');
});

test('with ankylosing spondylitis, being thrown off the seat over a pothole is a jolt; "she slide off" the bed is a fall (set BP, tune half)', () => {
  expect(
    lookupSymptoms(
      'he has ankylosing spondylitis, the van hit a pothole and he was thrown up off the seat, mid back pain since',
    )
      .slice(0, 3)
      .map((r) => r.id),
  ).toContain('rf-minor-trauma-fragile');
  expect(extractFeatures('last night she slide off the bed onto the carpet').present.has('fall')).toBe(true);
});

test('legs that "crumpled" or "folded", "no proper feeling in my legs", and a feverish child who won\'t put her chin down (banks P65, P66)', () => {
  expect(first('back spasm they said, but twice today both my legs just crumpled under me').urgency).toBe(
    'emergency',
  );
  expect(first('used to inject; fever and backache, now no proper feeling in my legs').urgency).toBe(
    'emergency',
  );
  expect(
    first(
      'my 6 year old is burning up, back and neck hurt, screams when I open the curtains and will not put her chin down',
    ).urgency,
  ).toBe('emergency');
});

test('"my legs just folded, both of them" and "legs went from under me" are legs giving way (bank P66)', () => {
  expect(
    first('got up this morning and my legs just folded, both of them, back sore for a week').urgency,
  ).toBe('emergency');
  expect(extractFeatures('my legs went from under me on the stairs').present.has('weakness')).toBe(true);
});

test('"as soon as my feet touched the floor" is getting up, not a collapse; "down the backs of both" is both legs (bank P66)', () => {
  expect(
    extractFeatures('as soon as my feet touched the floor this morning my back twinged').present.has('faint'),
  ).toBe(false);
  expect(extractFeatures('my dad hit the kitchen floor and was out for a minute').present.has('faint')).toBe(
    true,
  );
  const q =
    'sciatica has always been the left leg only, but since I got out of bed it is shooting down the back of both';
  expect(ids(q)).toContain('rf-bilateral-leg');
  expect(first(q).urgency).toBe('emergency');
});

test('sport and slang told plainly (banks P67, P69, P70): a horse kick, a knee in the back, "slumped over", "wet my daks", "won\'t stand to attention", "gnawing", a back that just went', () => {
  expect(extractFeatures('she was double-barrelled by a pony in the field').present.has('majorTrauma')).toBe(
    true,
  );
  expect(
    first('took a boot into my back at five-a-side and now I cannot move my legs properly').urgency,
  ).toBe('emergency');
  expect(
    first('grandad, 78, said his back suddenly hurt terribly, then slumped over on the settee').urgency,
  ).toBe('emergency');
  expect(
    first('hurt my back Sunday and today I wet my trackies without knowing I needed to go').urgency,
  ).toBe('emergency');
  expect(
    first('did my back in lifting a sofa and since then the old fella will not stand to attention').urgency,
  ).toBe('emergency');
  expect(
    first('known triple A on yearly scans, now a gnawing ache in my back and tummy since lunch').urgency,
  ).toBe('emergency');
  expect(
    first("his back just went while he sat reading, no lifting, and he's gone pale and clammy").urgency,
  ).toBe('emergency');
  // Look-alikes stay calm: laughter, a tweaked back.
  expect(first('nearly wet my pants laughing at the panto, back a bit stiff').urgency).not.toBe('emergency');
  expect(extractFeatures('my wee came out red after beetroot').present.has('bloodUrine')).toBe(true);
});

test('flu with back ache and lips going blue or breath too short for words is the fever emergency (FACTS.md §2 rf-fever flu note; bank P70)', () => {
  const q = 'he has had flu since Sunday, aching back, and now he can barely get words out between breaths';
  expect(ids(q)).toContain('rf-fever');
  expect(first(q).urgency).toBe('emergency');
  expect(first('flu for three days, back aches all over, lips look bluish').urgency).toBe('emergency');
  expect(first('flu for three days, back aches all over, sipping lemsip in bed').urgency).not.toBe(
    'emergency',
  );
});

test('"nothing numb down below" denies the place too; "a lad on my team had…" is his story, not the writer\'s (banks P67, P69, P70)', () => {
  expect(
    first(
      'tingling down my right calf since the massage, still there after 4 days, nothing numb between my legs',
    ).urgency,
  ).not.toBe('emergency');
  expect(
    first(
      'A girl in my class had cauda equina surgery in the spring, so I worry. My sciatica runs down one leg only, no numbness down below, wee and poo normal.',
    ).urgency,
  ).not.toBe('emergency');
  // The writer's own sign after such a story still counts.
  expect(
    first(
      'A girl in my class had cauda equina surgery in the spring. Since last night I cannot feel the paper when I wipe.',
    ).urgency,
  ).toBe('emergency');
});

test('a tearing twinge in the upper back during an exercise, gone at rest, is a pulled muscle (banks P40, P69)', () => {
  expect(
    first(
      'tearing feeling between my shoulder blades on the rowing machine, fine when I sit still, no sweating',
    ).urgency,
  ).not.toBe('emergency');
  expect(first('sudden tearing pain between my shoulder blades while watching tv, feel sweaty').urgency).toBe(
    'emergency',
  );
});

test('aneurysm signs in other words, an early pregnancy unit note, aches all over with a fever (banks P67–P70)', () => {
  // A tummy throbbing with the heartbeat is the AAA's see-the-GP sign; "never been told I've got an
  // aneurysm" names none known, so it stays at that level.
  expect(ids('lying on the sofa I can feel my belly throbbing in time with my pulse')).toContain(
    'abdominal-aortic-aneurysm',
  );
  expect(
    first('pulsing in my tummy and a dull backache for weeks, never been told I have an aneurysm').urgency,
  ).toBe('see-gp-soon');
  expect(
    first("I'm 75, smoked for years, my lower back suddenly felt torn apart and I nearly fainted").id,
  ).toBe('rf-sudden-abdo-back');
  expect(
    ids(
      'EPU scan yesterday, hCG to be repeated. Now sharp pain low on one side, my shoulder tip hurts and I feel faint',
    ),
  ).toContain('ectopic-pregnancy');
  expect(
    first('aching all over, back and legs too, burning up, and purple spots that stay when I press a glass')
      .id,
  ).toBe('rf-fever');
});

test('pasted clinical text: "Return if…" lists what to watch for, "ED letter" is the emergency department (bank P68)', () => {
  expect(
    first(
      "Discharge sheet: 'Return if numb around the back passage, trouble passing urine or weak legs.' None of that, just sore.",
    ).urgency,
  ).not.toBe('emergency');
  expect(extractFeatures('ED letter says mechanical back pain').present.has('sexualLoss')).toBe(false);
  expect(extractFeatures('back pain and ED since the fall').present.has('sexualLoss')).toBe(true);
});

test('words from the languages people mix into English, and their Englishes (bank P71)', () => {
  // Tagalog: fever (lagnat), cannot pee (ihi); a Tagalog denial (wala) denies.
  expect(
    first('si lolo may lagnat at masakit ang likod, since this morning he cannot ihi at all').urgency,
  ).toBe('emergency');
  expect(first('back pain since Monday pero wala akong lagnat').urgency).not.toBe('emergency');
  // Spanish fever with spots that do not fade; Hindi numbness (sunn) after a massage (maalish).
  expect(first('mi hijo has fiebre and back pain, purple spots that do not fade under a glass').urgency).toBe(
    'emergency',
  );
  expect(first('after maalish on my kamar, since today sunn around my private parts').urgency).toBe(
    'emergency',
  );
  // Nigerian Pidgin retention; a South African taxi that rolled; Scots "baith legs".
  expect(first('my back dey pain me and i wan piss but e no dey come out').urgency).toBe('emergency');
  expect(
    first('we were in the minibus taxi that rolled on the highway, now my lower back is sore').urgency,
  ).toBe('emergency');
  expect(first('since yesterday baith legs are numb and weak even lyin doon').urgency).toBe('emergency');
  // Dark pee told by its likeness after a strong massage (urut).
  expect(first('strong urut yesterday, today muscles weak and sore, pee very dark like teh-O').urgency).toBe(
    'emergency',
  );
  // Spondylosis is wear of the spine, not spondylitis read through a typo.
  expect(extractFeatures('x-ray shows spondylosis').present.has('ankylosing')).toBe(false);
});

test('wait-or-go questions with the sign as a detail (bank P72)', () => {
  expect(
    first(
      'can I go to work? bad back, a temperature, and I cannot tilt my head down; the lights are stabbing my eyes',
    ).urgency,
  ).toBe('emergency');
  expect(
    first(
      'after long rides my bum goes numb and wears off, but this time still numb three days later, back aching',
    ).urgency,
  ).toBe('emergency');
  expect(
    first('kidney pain in waves, everything I drink comes back up, and Nurofen does nothing').urgency,
  ).toBe('emergency');
  expect(first('he has cancer in his spine, tonight his legs would not do what he wanted').urgency).toBe(
    'emergency',
  );
});

test('a form\'s "Q: any …? A: …" is read by its answer, not treated as only asked (bank P56)', () => {
  expect(
    first(
      'Q: Any history of cancer? A: bowel, 2020. Q: The pain? A: new, mid-back, like a belt tightening round my ribs',
    ).urgency,
  ).toBe('emergency');
});

test('signs told by what a carer or parent sees (bank P74) and a fever in a fragment (bank P73)', () => {
  expect(first('fever, back pain, lips going blue').urgency).toBe('emergency');
  expect(extractFeatures('my fever has gone and my back is better').present.has('fever')).toBe(false);
  expect(
    first('after a neck massage his mouth has drooped on one side and he keeps dropping cups').urgency,
  ).toBe('emergency');
  expect(
    first('back pain with a temperature, she will not put her head down and turns away from the light')
      .urgency,
  ).toBe('emergency');
  expect(first('he injects, fever and bad back, now he cannot get either leg to push him up').urgency).toBe(
    'emergency',
  );
  expect(
    first(
      'she has bone cancer, back worse, her pads are wet every time now and she is not steady on her feet',
    ).urgency,
  ).toBe('emergency');
  expect(
    first(
      'he has stenosis with the usual walking leg ache, but today in his chair the whole time both legs went floppy',
    ).urgency,
  ).toBe('emergency');
  expect(
    first('slipped disc, today she is clutching both legs and neither will take her weight').urgency,
  ).toBe('emergency');
});

test('a rider catapulted over a fence is a high-energy event (bank Q40)', () => {
  expect(first('she was catapulted over the fence when her horse refused, back in agony').urgency).toBe(
    'emergency',
  );
});

test('"throwing up everything" alone is being unable to keep fluids down (bank P75)', () => {
  expect(extractFeatures('been throwing up everything since lunch').present.has('vomitNoFluids')).toBe(true);
  expect(first('kidney stone pain in waves to my groin and vomiting everything for hours').urgency).toBe(
    'emergency',
  );
});

test('"a spinal" for a caesarean is a spinal procedure (bank P76)', () => {
  expect(
    ids(
      'had a spinal for my c-section last week, now the needle spot is red and oozing and my back hurts more',
    ),
  ).toContain('rf-recent-spinal-procedure');
});

test('"nothing\'s happened" tells of no event; "I try to wee and nothing happens" is retention (bank Q42)', () => {
  expect(extractFeatures("bad back, nothing's happened since the fall").present.has('retention')).toBe(false);
  expect(extractFeatures('I sit on the loo and nothing happens').present.has('retention')).toBe(true);
  expect(extractFeatures('nothing happens when I try to wee').present.has('retention')).toBe(true);
});

test('typed without stops: a year before "now" is no age, and "kidney trouble" ends before a new pain (robustness probe)', () => {
  expect(first('had bowel cancer treatment in 2021 now back pain and my legs are going weak').urgency).toBe(
    'emergency',
  );
  expect(extractFeatures('he is 80 now and his back aches').present.has('elderly')).toBe(true);
  expect(
    first('70 never had kidney trouble suddenly pain in my side and back went dizzy and nearly blacked out')
      .urgency,
  ).toBe('emergency');
});

test('around a massage and in World Englishes (banks P77, P78, Q43)', () => {
  expect(first('im 31 weeks now and my back hurts and im bleeding a lot').urgency).toBe('emergency');
  expect(first('neck massage an hour ago and now my speech sounds off and my hand is numb').urgency).toBe(
    'emergency',
  );
  expect(
    first('after the head massage the right side of my face and my right arm are numb and tingly').urgency,
  ).toBe('emergency');
  expect(
    first('neck cracked at the massage place, now my vision is double and my hand cannot grip').urgency,
  ).toBe('emergency');
  expect(first('the matatu somersaulted an hour ago and my back pain is very sharp').urgency).toBe(
    'emergency',
  );
  expect(first('back pain and bukhar for two days, now confused and his neck is stiff').urgency).toBe(
    'emergency',
  );
});

test('everyday words are not read as symptom words: "important" is no impotence, "wince" no wine, "wheezing" no wee', () => {
  expect(first('back pain since monday, is it important to rest?').urgency).not.toBe('emergency');
  expect(extractFeatures('my back aches and I wince when I bend').present.has('alcohol')).toBe(false);
  expect(extractFeatures('wheezing and a sore back').present.has('peeWord')).toBe(false);
  expect(extractFeatures('the parental leave forms gave me backache').present.has('pregnant')).toBe(false);
});

test('serious accidents told as events: one vehicle hitting another, a heavy load toppling onto someone, a horse going over backwards with its rider, a climber hitting the ground from height (banks P79, P81)', () => {
  expect(first('a bus hit our car at the junction, middle of my back hurts').urgency).toBe('emergency');
  expect(first('the bookcase toppled over onto her and her back is really sore').urgency).toBe('emergency');
  expect(first('my gelding went over backwards with me still on, lower back aches').urgency).toBe(
    'emergency',
  );
  expect(first('fell about 6m onto rocks while bouldering, sore back').urgency).toBe('emergency');
  // "8m" typed as one word is a number and a unit.
  expect(first('came off the wall, maybe 7m onto the ground, back really hurts').urgency).toBe('emergency');
});

test('after cancer, pain shooting down an arm is the emergency of FACTS.md §2 rf-cancer-history (bank P79)', () => {
  const r = lookupSymptoms(
    'had bowel cancer 3 years ago, new neck pain now shooting down my right arm to my hand',
  );
  expect(r.find((x) => x.id === 'rf-cancer-history')?.urgency).toBe('emergency');
  expect(
    lookupSymptoms('had kidney cancer, now a sore upper back going into my right arm').map((x) => x.id),
  ).toContain('rf-cancer-history');
});

test('numbness there that did not wear off as expected, or lasts days after a ride, is saddle numbness (bank P79)', () => {
  expect(
    first(
      'after the adjustment I went numb around my bottom, I figured it would wear off but it is still there',
    ).urgency,
  ).toBe('emergency');
  expect(
    first('numb round my bum and groin for three days since the sportive, lower back sore').urgency,
  ).toBe('emergency');
  // Gone within half an hour, with no back pain: the bike-saddle note, not an emergency.
  expect(first('numb down there after a long ride, went in half an hour, no back pain').urgency).not.toBe(
    'emergency',
  );
});

test('trying to pee for hours when nothing will come is retention (bank P79)', () => {
  expect(
    extractFeatures('been trying to wee since this morning and it just wont come').present.has('retention'),
  ).toBe(true);
});

test('an age long gone, "when I was 15", dates what came with it; "when I was 30 weeks" does not (bank P80)', () => {
  expect(
    first('passed out once at school when i was 14 never since now im 45 and my back aches from gardening')
      .urgency,
  ).not.toBe('emergency');
  expect(first('when i was 30 weeks i fainted and had back pain').urgency).toBe('emergency');
});

test('legs aching along with the shoulders or arms is an ache all over, not a both-legs nerve sign (bank P79)', () => {
  expect(
    first('for a couple of weeks my back, legs and arms ache, no weakness, no fall, peeing normally').urgency,
  ).not.toBe('emergency');
});

test('a therapist\'s "I kept the pressure light" is a massage; on steroids, "like something cracked" while lifting is a fragile-bone jolt (bank P81)', () => {
  expect(
    first(
      'Therapist here. My client is on apixaban, I kept the pressure gentle, but today she has a big bruise spreading over her lower back',
    ).urgency,
  ).toBe('urgent-same-day');
  expect(
    ids('on long-term steroids, doing rows at the gym I felt a sharp pain in my back like something snapped'),
  ).toContain('rf-minor-trauma-fragile');
});

test('a relative\'s cancer "all clear", then news of the last few days, is that news (bank P82)', () => {
  expect(
    first(
      "Mum had bowel cancer 4 years ago, given the all clear. The last few days she's had a pain that circles her ribs from her back like a tight strap.",
    ).urgency,
  ).toBe('emergency');
});

test('first language not English: pain "penetrating" to the back, "every water I drink comes out", "goes in both legs", German words (bank P83)', () => {
  expect(
    first('after a big drinking night, pain in upper stomach penetrating to the back, vomited twice').urgency,
  ).toBe('emergency');
  expect(
    first('stone pain like waves, vomiting since morning, any water I drink it comes back up').urgency,
  ).toBe('emergency');
  expect(first('sciatica was in one leg, from today it goes in both legs with tingling').urgency).toBe(
    'emergency',
  );
  expect(first('my wife has an Aortenaneurysma, since today new pain low in the back').urgency).toBe(
    'emergency',
  );
  expect(extractFeatures('a Hexenschuss since Monday').present.has('lumbagoTerm')).toBe(
    extractFeatures('lumbago since Monday').present.has('lumbagoTerm'),
  );
});

test('numb after the ride but "completely normal again", and a one-leg path from the buttock, are no saddle numbness (bank P83)', () => {
  expect(
    first('my bum went numb on a long ride, 15 minutes later completely normal again, back a little stiff')
      .urgency,
  ).not.toBe('emergency');
  expect(
    first(
      'tingling from my bum down the back of my left thigh to the calf, one leg only, no numbness between the legs',
    ).urgency,
  ).not.toBe('emergency');
});

test('typed without stops, a present tense or a likeness bounds a long-past story (robustness probe)', () => {
  expect(
    first(
      'i had a kidney stone years ago and this is exactly the same pain in waves to my groin but now i am shivering with a temperature of 39 and feel awful',
    ).urgency,
  ).toBe('emergency');
  expect(
    first(
      'only one kidney since i donated it to my brother and now pain in my side coming in waves to the groin exactly like the stone i had years back',
    ).urgency,
  ).toBe('emergency');
});

test('pain "low on one side" with a late period is the ectopic story; a "water infection" breaks no waters; nothing staying down (banks P84, P85, Q47)', () => {
  expect(
    first(
      'period is late, sudden pain low on one side and she is pale and sweaty, says she cannot be pregnant',
    ).urgency,
  ).toBe('emergency');
  expect(
    extractFeatures('her water infection went up to the kidneys, back pain').present.has('watersBroke'),
  ).toBe(false);
  expect(first('stone pain in my back since dawn and nothing is staying down, not even water').urgency).toBe(
    'emergency',
  );
});

test('a kidney infection is the fever: its sepsis signs need no fever word (FACTS.md §1 pyelonephritis, bank P85)', () => {
  expect(
    first('dad has a kidney infection, on antibiotics, back sore on the left, and now his skin looks mottled')
      .urgency,
  ).toBe('emergency');
});

test('hurried shorthand: "sudden ed" with a disc, "gran 88 slipped", gallstones with pain "to back" and vomiting (bank P87)', () => {
  expect(first('bulging disc, new ed since yesterday').urgency).toBe('emergency');
  expect(first('gran 88 slipped, sore back').urgency).toBe('urgent-same-day');
  expect(first('known gallstones, pain to back and vomiting').urgency).toBe('emergency');
  expect(extractFeatures('he slipped a disc at work').present.has('fall')).toBe(false);
});

test('"no A, B or C" denies B even when B alone is no finding: "No swelling, heat or redness in either calf" (bank Q48)', () => {
  const f = extractFeatures('no swelling, heat or redness in my calf after the massage');
  expect(f.present.has('redWord')).toBe(false);
  // A comma alone still ends the denial: "no fever, shivers since this morning" keeps its shivers.
  expect(extractFeatures('no fever, shivers since this morning').present.has('shiverWord')).toBe(true);
});

test('typed without apostrophes, "hadnt lifted anything" denies the lift; "so much blood is coming" is heavy bleeding (bank P86)', () => {
  expect(
    first(
      '72, smoked for years, sudden terrible pain in my belly and back, hadnt lifted anything, was watching tv',
    ).urgency,
  ).toBe('emergency');
  expect(first('she is 30 weeks pregnant, back pain, and so much blood is coming').urgency).toBe('emergency');
});

test('unusual words and hurried lines: "nethers" still numb days later, "missed the chair", "down BOTH legs", "didn\'t collapse or feel faint" (banks P90, P91, Q50B)', () => {
  expect(
    first(
      'after a long ride the numbness in my nethers usually goes, but two days on it is still there, back aches',
    ).urgency,
  ).toBe('emergency');
  expect(first('grandad is 86, missed the chair when sitting down, back hurts now').urgency).toBe(
    'urgent-same-day',
  );
  expect(first('sciatica only ever in my right leg, since this morning its down both legs').urgency).toBe(
    'emergency',
  );
  expect(
    extractFeatures('he hurt his back lifting but did not collapse or feel faint').present.has('faint'),
  ).toBe(false);
});

test('"PE" the school lesson is no clot; "can hardly get any wee out" after cancer; an AS head knock on a cupboard (banks P92, P93)', () => {
  expect(first('hurt my back in PE today doing the long jump, sore when I twist').urgency).not.toBe(
    'emergency',
  );
  expect(first('had a PE last year and now breathless again with back pain').urgency).toBe('emergency');
  expect(
    first('mum had bowel cancer treated, now a sore low back and she can hardly get any wee out').urgency,
  ).toBe('emergency');
  expect(
    first('he has AS, banged the top of his head on a shelf, now his neck hurts in a new way').urgency,
  ).toBe('emergency');
});

test('a car that "hit a tree" is a serious accident (set BT, tune half, after its scoring)', () => {
  expect(
    first('my son was in the back when their car hit a wall last night, now his back is bad').urgency,
  ).toBe('emergency');
});

test('an aneurysm "screening" with a normal letter names no aneurysm; one found "on screening" does (bank P93)', () => {
  expect(
    first('his aortic aneurysm screening at 65, the letter said normal. now his back aches after digging')
      .urgency,
  ).not.toBe('emergency');
  expect(first('a small aneurysm was found on screening, since today a new ache in my back').urgency).toBe(
    'emergency',
  );
});

test('an upper-back ache with the jaw "tight and heavy" is the heart pattern, whatever the mower (bank P95)', () => {
  expect(
    first('upper back aching since he cut the hedge and now his jaw feels heavy, he blames the hedge')
      .urgency,
  ).toBe('emergency');
});

test('an animal\'s doing whose last word is "me" is the writer\'s: "my mare … rolled on me" (review of bank P81\'s fix)', () => {
  expect(first('my mare spooked and rolled on me, lower back hurts').urgency).toBe('emergency');
});

test('a long-past date in brackets dates only the aside (bank P100)', () => {
  // Without the bracket's bound, "in 2015" reached on to the stone and the pain.
  expect(
    first('i have just the one kidney (the other was removed in 2015) and i think its a stone, pain in waves')
      .urgency,
  ).toBe('emergency');
  // Its own clause is still dated: an old operation in brackets is no report of now.
  expect(first('back ache after gardening (had a disc operation in 2009, healed fine)').urgency).not.toBe(
    'emergency',
  );
});

test('"he died in 2010" dates its own clause, not the confusion told this morning (bank P98)', () => {
  expect(
    first(
      'gran 90 has a bad back and a temperature since yesterday. today she cannot find her words and asked for grandpa (he died in 2010)',
    ).urgency,
  ).toBe('emergency');
});

test('a temperature in Fahrenheit or in words is a fever (bank P100)', () => {
  expect(first('lower back pain and 103F since this morning').urgency).not.toBe('self-care');
  expect(
    first('back pain, thermometer says thirty eight point nine, and she is talking nonsense').urgency,
  ).toBe('emergency');
});

test('a dangerous condition named as a fear is asked about, not known (bank P100)', () => {
  // A known aneurysm with new back pain is an emergency; a feared one after lifting is not.
  expect(first('I have an aneurysm they watch, and new lower back pain since this afternoon').urgency).toBe(
    'emergency',
  );
  expect(
    first('70, back sore since moving the wardrobe yesterday, scared of an aneurysm at my age').urgency,
  ).not.toBe('emergency');
});

test('lost function told by an everyday moment (bank P98)', () => {
  // Words that will not come after a neck massage; a hand that will not hold after cancer.
  expect(
    first('after my neck massage I could not find the word for things and it all came out gibberish').urgency,
  ).toBe('emergency');
  expect(
    first('breast cancer 2020. upper back sore this week and today my fingers would not hold the pen')
      .urgency,
  ).toBe('emergency');
  // "can't find the words to explain" is a figure of speech.
  expect(first('cant find the words to describe this dull lower back ache after the gym').urgency).not.toBe(
    'emergency',
  );
});

test('a chest of drawers is furniture, and squats and bridges explain jelly legs (banks P97, P99)', () => {
  expect(first('carried an old pine chest up two flights and my lower back went into spasm').urgency).toBe(
    'self-care',
  );
  expect(
    first(
      'did lunges and planks on monday, two days on my thighs and back ache and my legs are like jelly on stairs',
    ).urgency,
  ).not.toBe('emergency');
});

describe('near twins that only sound alarming (banks P101–P103)', () => {
  test('denials and look-alikes keep a routine story routine', () => {
    expect(
      first(
        '30 weeks pregnant, back aches after a long shift. no bleeding, nothing coming in waves, baby moving lots',
      ).urgency,
    ).not.toBe('emergency');
    expect(
      first(
        'dark wee after a long cycle in the sun, went pale again once I drank plenty, legs and back just tired',
      ).urgency,
    ).not.toBe('emergency');
    expect(
      first(
        '70, slow to get started at the toilet and it dribbles after, crept on over a few years, back fine',
      ).urgency,
    ).not.toBe('emergency');
    expect(
      first(
        'since the massage my right calf tingles a bit, no weakness, walking normally, everything fine down below',
      ).urgency,
    ).not.toBe('emergency');
    expect(
      first(
        'hamstrings and lower back stiff rather than weak after the gym, wee was dark but pale again after water',
      ).urgency,
    ).not.toBe('emergency');
  });
  test('"after squats" is leg day (a "leg press" alternative had broken every squat pattern)', () => {
    expect(first('legs like jelly and lower back aching after squats yesterday').urgency).not.toBe(
      'emergency',
    );
    expect(
      first('spin class on monday and now both thighs and calves ache, not weak, no numbness').urgency,
    ).not.toBe('emergency');
  });
  test('"had a massage after…" tells a massage that happened: the swollen calf keeps its level', () => {
    expect(
      first(
        'had a calf massage after the 10k and now my right calf is hot, swollen and much bigger than the left',
      ).urgency,
    ).toBe('urgent-same-day');
  });
});

describe('banks P104–P107 kinds, in new words', () => {
  test('a fit told by what was seen, with a fever, is an emergency', () => {
    expect(
      first(
        'mum 75 back pain and fever two days, tonight her whole body was shaking and her eyes rolled back for a minute',
      ).urgency,
    ).toBe('emergency');
  });
  test('a foot that drops on waking and is worse by lunchtime is weakness coming on fast', () => {
    expect(
      first(
        'woke up with my left foot slapping, by lunchtime I can not lift the toes at all, back sore since the weekend',
      ).urgency,
    ).toBe('emergency');
  });
  test('a denial ends at a dash: "never had stones - \'kidney stone\' pain" reports the pain', () => {
    expect(
      first("70, never had stones - 'kidney stone' pain on the right, went faint and clammy").urgency,
    ).toBe('emergency');
  });
  test('look-alikes: a faint ache, an arm lain on, the chest worked at the gym, a heart checked clean', () => {
    expect(first('back still hurts from carrying the mattress, only a faint ache today').urgency).not.toBe(
      'emergency',
    );
    expect(
      first(
        'on the massage table I was lying on my right arm awkwardly and it went numb, fine a minute later',
      ).urgency,
    ).not.toBe('emergency');
    expect(
      first('sore chest muscles and upper back after bench press, is the chest plus back thing an emergency?')
        .urgency,
    ).not.toBe('emergency');
    expect(
      first(
        'chest pain two years ago, angiogram was clean. now lower back ache from decorating, no chest pain',
      ).urgency,
    ).not.toBe('emergency');
  });
});

test('"hit from behind at about 45mph" is a serious accident, the speed told in digits (bank Q57)', () => {
  expect(
    first('we got hit from behind at about 45mph on the dual carriageway, my lower back hurts').urgency,
  ).toBe('emergency');
});

test('a rip between the shoulder blades mid pull-up is a strain; the same rip at rest after a run is not (banks P103, P106)', () => {
  expect(
    first('felt something rip between my shoulder blades mid pull-up, sore to move my arms').urgency,
  ).not.toBe('emergency');
  expect(
    first(
      'sitting down after my run this morning, a sudden ripping pain between my shoulder blades, the worst ever',
    ).urgency,
  ).toBe('emergency');
});

test('a telegraphic stenosis pattern, unchanged for months, is no new both-leg sign (bank P106)', () => {
  expect(
    first('both legs ache + heavy walking to shops / sit down = eases / 10 months no change').urgency,
  ).not.toBe('emergency');
});

test('a carer telling a fever by sight ("hot and off her food") makes a first fit an emergency (bank P110)', () => {
  expect(
    first(
      'my sister is hot and off her food with a bad back since Sunday. Tonight she shook all over and went rigid for a minute, first time ever',
    ).urgency,
  ).toBe('emergency');
});

test('sciatica in one leg, now in the other too "both at once", is the both-legs flag (bank P109)', () => {
  expect(
    first(
      'sciatica has always been in my left leg. this week the same shooting pain in the right, both at once',
    ).urgency,
  ).toBe('emergency');
});

test('a wet seat he did not notice is a bladder leak he could not feel (bank P110)', () => {
  const r = first(
    'my husband has had low back pain since moving a wardrobe. When he stood up the sofa cushion was soaked and he had not noticed.',
  );
  expect(r.urgency).toBe('emergency');
});

test('"muddled" for years with dementia is no stroke sign; a slurry voice is (bank P110, P112)', () => {
  expect(
    first(
      'grandma has had dementia for years and is muddled as she always is, her back aches from the garden chair',
    ).urgency,
  ).not.toBe('emergency');
  expect(
    first('since the neck massage this morning his speech is slurry and his face looks odd').urgency,
  ).toBe('emergency');
});

test('"nothing shifts it" and "doesn\'t matter which way I turn" are pain that rest does not ease (bank P111)', () => {
  const r = lookupSymptoms(
    'back pain so bad lying down, it does not matter which way I turn, nothing shifts it',
  );
  expect(r.some((x) => x.id === 'rf-night-rest-pain')).toBe(true);
});

test('"nearly passed out when she saw the price" is surprise, not a faint (bank P110)', () => {
  expect(
    first(
      'dad nearly passed out when he saw the price of the recliner. his back aches in the mornings and eases once he moves',
    ).urgency,
  ).not.toBe('emergency');
});

test('a stone seen on a scan is a kidney stone, and fever with it is an emergency (bank P113)', () => {
  const r = lookupSymptoms(
    'the scan found a stone, they said let it pass. now I am shivering with a temp of 39 and my back on that side is worse',
  );
  expect(r[0].urgency).toBe('emergency');
  expect(r.slice(0, 3).some((x) => x.id === 'kidney-stones')).toBe(true);
});

test('stone pain the painkillers have "done nothing" for is an emergency (bank P113)', () => {
  expect(first('kidney stone for sure, the pills have done nothing, back agony').urgency).toBe('emergency');
});

test('shunted from behind, or hit from behind at a bare 60, is a road collision (banks P114, Q58)', () => {
  expect(first('we were shunted from behind at a roundabout yesterday and my back aches today').urgency).toBe(
    'emergency',
  );
  expect(first('a van hit us from behind at about 60, now my lower back is sore').urgency).toBe('emergency');
});

test('a UTI with "side pain" and drowsiness is a kidney infection with a sepsis sign (bank P45)', () => {
  expect(first('dad has a UTI, side pain, very drowsy today').urgency).toBe('emergency');
});

test('a neck-massage headache that is worse today is an urgent check (bank P114)', () => {
  expect(first('headache ever since my neck massage two days ago and it is worse today').urgency).toBe(
    'urgent-same-day',
  );
});

test('dictated medical words are read as meant: "annie rism", "triple eh", "kid knee infection" (bank P112)', () => {
  expect(
    first('they watch my annie rism with a scan every year and now theres a new pain in my back and belly')
      .urgency,
  ).toBe('emergency');
  expect(first('dad has a triple eh and today a new ache low in his back and tummy').urgency).toBe(
    'emergency',
  );
  const r = first('mum has a kid knee infection and is so drowsy today she barely answers');
  expect([r.id, r.urgency]).toEqual(['pyelonephritis', 'emergency']);
});

test('a numb seat told as a cold likeness ("like I\'ve been sitting on a block of ice") is saddle numbness (bank P111)', () => {
  expect(
    first(
      'ever since the osteopath worked on my lower back, my bottom feels like I have been sitting on an ice block all day',
    ).urgency,
  ).toBe('emergency');
});

test('figures of speech and look-alikes from banks P115–P117 stay routine', () => {
  // The back of a limb is not the back.
  expect(first('sharp tearing pain in the back of my calf during a sprint, bruised now').urgency).not.toBe(
    'emergency',
  );
  // A strain told big, a crash as a likeness, a heart attack as a joke, a price that nearly made her faint.
  expect(
    first('nearly broke my back carrying the sofa upstairs, sore low down when I bend').urgency,
  ).not.toBe('emergency');
  expect(
    first('two days after a sports massage, feels like I was in a car crash, no bruises').urgency,
  ).not.toBe('emergency');
  expect(
    first(
      'my stiff upper back is from the laptop, my wife says I will give myself a heart attack with the stress, no chest pain',
    ).urgency,
  ).not.toBe('emergency');
  expect(
    first(
      'I almost fainted when the clinic told me the cost of a massage! my low back is stiff from gardening',
    ).urgency,
  ).not.toBe('emergency');
  // A PE teacher is no clot.
  expect(
    first('tingling down my leg since a massage last week, my son the PE teacher says check heel walking')
      .urgency,
  ).not.toBe('emergency');
  // Jelly legs after a first exercise class are tired legs.
  expect(
    first('first zumba class at 70, legs like jelly afterwards and my lower back aches today').urgency,
  ).not.toBe('emergency');
});

test('new tellings from banks P115–P117: one kidney, a numb seat that has not gone, a positive test', () => {
  expect(
    first('I have 1 kidney, pain from my back to my groin coming in waves since this morning').urgency,
  ).toBe('emergency');
  expect(
    first(
      'numb bum from cycling usually clears in minutes. since Sunday my lower back aches and the numb feeling round my bum has not gone at all',
    ).urgency,
  ).toBe('emergency');
  expect(
    first('got a bfp on Saturday. now sharp pain low on the right, pain in my shoulder tip and I feel faint')
      .urgency,
  ).toBe('emergency');
});

test('new tellings from banks P120, P121 and Q64: a wee needed for hours that will not come, a pony rolled onto a rider, vision doubling after a neck crack, Pidgin numbness', () => {
  expect(
    first('had a spinal injection last week, now I have needed a wee for hours but cannot get anything out')
      .urgency,
  ).toBe('emergency');
  expect(
    first('at the yard the pony slipped and half rolled onto my daughter, her lower back hurts now').urgency,
  ).toBe('emergency');
  expect(
    first('my mate cracked my neck for me, ten minutes later my vision doubling and the room spinning')
      .urgency,
  ).toBe('emergency');
  expect(first('my sciatica is bad and when I wipe I no dey feel anything for my backside').urgency).toBe(
    'emergency',
  );
});

test('look-alikes from banks P121 and Q64: a machine that collapsed, "broke my back digging", "almost gave me heart attack"', () => {
  expect(
    first(
      'the gazebo collapsed at the barbecue and we nearly wet ourselves laughing, lower back sore from the airbed',
    ).urgency,
  ).not.toBe('emergency');
  expect(first('broke my back shovelling gravel all day, stiff but easing as I move').urgency).not.toBe(
    'emergency',
  );
  expect(
    first('the traffic almost gave me heart attack, and my back pain has started again from the seat')
      .urgency,
  ).not.toBe('emergency');
});

test('"share" is a word of its own, not a misspelt "sharp" (bank Q64)', () => {
  expect(extractFeatures('Share ko lang po, my back aches').present.has('sharp')).toBe(false);
});

test('new tellings from bank P122: a knot gone to the jaw with a cold sweat, a foot that will not lift, a drop from the loft hatch, a jolt with a fused spine, wiping "with a thick glove on"', () => {
  expect(
    first(
      'I blamed a knot under my shoulder blade from lifting the toddler. but now its in my jaw too, cold sweat and cant catch my breath hanging washing',
    ).urgency,
  ).toBe('emergency');
  expect(
    first(
      'At lunch my left foot felt lazy. By now, 6pm, I cannot lift the front of it and it slaps when I walk. back ache this week.',
    ).urgency,
  ).toBe('emergency');
  expect(first('I dropped from the loft hatch onto the landing, my back is really sore now').urgency).toBe(
    'emergency',
  );
  expect(
    first(
      'Dad has the bamboo spine condition, ankylosing. The taxi went over a speed breaker and he bounced in the back seat. New upper back pain since.',
    ).urgency,
  ).toBe('emergency');
  expect(
    first(
      'my back has been stiff since the move and when I wipe it is like wearing a thick glove, I cannot tell if I have wiped',
    ).urgency,
  ).toBe('emergency');
});

test('numbness after a ride whose feeling "comes back within 5 mins" is passing (bank P122)', () => {
  expect(
    extractFeatures(
      'a bit numb on long rides, the feeling comes back within 5 mins of getting off',
    ).present.has('transient'),
  ).toBe(true);
});

test('weeks of aches across the shoulders, arms and back with no strain bring up the muscle-inflammation card (banks P111, P112, P117, P120)', () => {
  expect(
    ids(
      'for a month my shoulders, upper arms and upper back ache and feel weak, I have not strained anything',
    ),
  ).toContain('back-muscle-inflammation');
  expect(
    ids('no injury at all but for weeks my hips shoulders and back just ache, no temperature'),
  ).toContain('back-muscle-inflammation');
});

test('"never had that problem" tells a new change: a lost erection beside a known disc is the sexual-change flag (bank P119, after its one run)', () => {
  expect(
    first(
      'slipped disc for six weeks, same leg pain as always, but since Sunday I cannot keep an erection, never had that problem',
    ).urgency,
  ).toBe('emergency');
});

test('"not chest pain as such, it\'s more my jaw" renames the pain; without "more" it stays a denial (bank P117)', () => {
  expect(
    first("Not chest pain as such, it's more my jaw and between my shoulder blades, and I'm in a cold sweat")
      .urgency,
  ).toBe('emergency');
  expect(
    first('not chest pain as such, my pecs are just tight and sore after bench press at the gym').urgency,
  ).not.toBe('emergency');
});

test('from banks P123 and P125: legs that are "going", a horse kick, a snapped elastic band, asleep on the couch, a riding lesson', () => {
  expect(
    first(
      "hubby's sciatica has been in one leg for weeks; tonight he says his legs are going, both of them, not just the bad one",
    ).urgency,
  ).toBe('emergency');
  expect(
    first('the pony kicked me hard in the lower back while I was grooming him, sore but walking').urgency,
  ).toBe('emergency');
  expect(
    first(
      'bent for the laundry basket and my back went like a snapped elastic band, shuffling about like an old man',
    ).urgency,
  ).not.toBe('emergency');
  expect(
    first('passed out on the couch after a double shift and woke up with a stiff lower back').urgency,
  ).not.toBe('emergency');
  expect(
    first('first riding lesson at the stables yesterday, lower back stiff and both thighs ache on the stairs')
      .urgency,
  ).not.toBe('emergency');
});

test('an age opening the message ("72, first time…") tells an older person: a first "kidney" pain with light-headedness is an emergency (bank P122)', () => {
  expect(
    first(
      '72, first time in my life, horrible pain in my right side and back that comes and goes in waves, went light headed on the toilet',
    ).urgency,
  ).toBe('emergency');
});
