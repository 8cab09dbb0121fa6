// Issue 8 Build 4: red flags told in lay words in the sentences around a term on a page.
import { describe, expect, test } from 'vitest';
import { analyseText } from './context-analysis.ts';

const flags = (t: string) => analyseText(t).map((f) => f.redFlagId);
const wording = (t: string) => analyseText(t).map((f) => t.slice(f.start, f.end));

describe('a red flag in lay words escalates', () => {
  test.each([
    ['My lower back has been agony all week. I also felt a bit numb when I wiped.', 'rf-saddle-numbness'],
    ["Lumbago again, and since yesterday I just can't pee even though I need to.", 'rf-bladder-change'],
    ['My back aches and I have this crushing chest pain going into my arm.', 'rf-chest-pain'],
    // Weight loss told by its signs, "without trying" told by what the person still eats.
    [
      "Dad's clothes are hanging off him though he eats like a horse, and his back aches daily.",
      'rf-weight-loss',
    ],
    [
      "My jeans are falling off me and I haven't changed what I eat. And this backache won't shift.",
      'rf-weight-loss',
    ],
    // A report followed by a question is still a report.
    [
      "My sciatica flared again. Since yesterday I can't feel the paper when I wipe, is that normal?",
      'rf-saddle-numbness',
    ],
    [
      'Lower back pain all week and tonight on the loo it felt like the seat was not there under my bottom.',
      'rf-saddle-numbness',
    ],
    [
      'Mum has had back pain for days and this afternoon she wet herself without noticing.',
      'rf-bladder-change',
    ],
    // A cancer history is history by nature: "last year" does not make it past.
    [
      'I finished treatment for breast cancer last year and now I have new back pain that is getting worse.',
      'rf-cancer-history',
    ],
    // "ever since" tells how long it has lasted, not that it is over.
    ['Ever since the fall I get back pain and I cannot feel it when I wipe.', 'rf-saddle-numbness'],
    [
      'Sciatica down my left leg for a month, and now it has moved into the other leg too.',
      'rf-bilateral-leg',
    ],
    [
      'Bad back for a month and now my left foot keeps catching on the floor, it is getting worse.',
      'rf-progressive-weakness',
    ],
    [
      'Had an epidural for my sciatica nine days ago. Since yesterday the spot is red, swollen and hot, and my back pain is much worse.',
      'rf-recent-spinal-procedure',
    ],
    [
      "Lower back pain for weeks, and honestly I'm more worried that I've dropped 8 kilos since Christmas while eating normally.",
      'rf-weight-loss',
    ],
    [
      "DH hurt his back lifting slabs. Today he didn't notice he needed the loo at all, he only realised when his jeans were wet.",
      'rf-bladder-change',
    ],
    [
      'Herniated disc, and for the last day I have to push and push to get my pee started.',
      'rf-bladder-change',
    ],
    [
      'Our mate came off the wall at the crag from maybe 6 metres, landed flat on the ground, and his back pain is bad.',
      'rf-major-trauma',
    ],
    // A lump told by its size, placed by "the sore bit" of a back story.
    [
      "I've had a pulled back muscle for a week and now a swelling the size of an egg has come up over the sore bit.",
      'rf-lump-deformity',
    ],
  ])('%s', (text, id) => {
    expect(flags(text)).toContain(id);
    expect(wording(text).every((w) => w.length > 0 && text.includes(w))).toBe(true);
  });
  test('the wording is the span of the reported parts', () => {
    const t = 'Back pain for days. I also felt a bit numb when I wiped this morning.';
    expect(wording(t)).toContain('numb when I wiped');
  });
});

describe('negated, hypothetical, past and look-alike mentions do not', () => {
  test.each([
    'My lower back is sore, but I have never felt numb when I wiped.',
    'Back pain again. The physio told me to watch out for numbness when wiping.',
    'What if I cannot pee one day? For now it is just lower back ache.',
    'Years ago I could not pee for a whole day with my back pain; now it is just stiffness.',
    'My back is sore after gardening and my legs are fine.',
    // Look-alikes (LexicalFeature.masks): everyday phrases sharing a red flag's word.
    'Hay fever is wrecking me this week, and my back ache is no help.',
    'There is feverish excitement about the new desks that might fix my backache.',
    'Lumbago flare, but it eases when I lie down and I am sleeping right through the night.',
    'My lower back pain is grim, and the cat wakes me up at 4am every night for breakfast.',
    'Fainted at the sight of my own blood at the clinic, ha. Unrelated, but my lumbago is playing up.',
    'My chest feels tight after stretching at yoga and my upper back is stiff.',
    // Set H tune-half kinds, in new words.
    "I've leaked a bit when I sneeze for years since the kids. Currently a bad back from carrying the toddler.",
    'That film sent chills down my spine, and I watched it hunched up so now my back pain is back.',
    'Quick question though, can upper back pain ever be a sign of something with the heart?',
    // Set F tune-half kinds, in new words.
    'The GP asked about numbness down there with my sciatica and I have none at all.',
    'Knelt at the wedding for ages and both feet went numb, pins and needles for a minute and then gone. Bad back too.',
    'My back pain never wakes me at night on this mattress.',
    'Long ride on the bike: numb down below for an hour from the saddle, but all back to normal by tea. Sore back too.',
    // Decades ago, a general question, a fear.
    "My grandad's legs went weak with his slipped disc in the 80s; my own slipped disc is just an ache.",
    'General question: is numbness in the groin always cauda equina when you have lower back pain?',
    "I'm paranoid that one slip on the ice with my thin bones would mean a broken back.",
    // A story about someone who has died is past history.
    'My mum, God rest her, lost weight without trying before they found the cancer in her spine.',
    'My late gran had a bad back and lost control of her bladder at the end.',
    // A long-past story goes on into the sentences after its first, while they are told in the past.
    "Years ago my dad had terrible sciatica. He couldn't feel his legs and couldn't pee, and needed surgery.",
    'Back in 2015 I had lower back pain for months. I also had numbness in my groin then.',
    // A sentence that dates the one before it; an earlier pregnancy; advice retold; a passing numbness.
    'In my second pregnancy I had backache and some bleeding at 18 weeks. That was nine years ago and he is at school now.',
    'Having a facet injection for my back on Friday. The nurse said if the spot gets hot and red, or I get a fever, ring the unit.',
    'Knelt on the floor wrapping presents and my legs went dead and weak, then fine within a minute. Sore back though.',
    'Squats at leg day wrecked me, jelly legs on the stairs after, and my lower back aches from the lifts.',
    'Last summer my sciatica spread to both legs for a week, but it settled completely and there has been no trouble since.',
    'Woke with a sore upper back after sleeping funny on the sofa, nothing more.',
    'In general, is a lump near the spine worth worrying about with lower back pain?',
  ])('%s', (text) => {
    expect(analyseText(text)).toEqual([]);
  });
});

describe('a long-past story ends where the text comes back to now', () => {
  test.each([
    [
      "Had a slipped disc years ago. This week my back went again and I can't feel when I wipe.",
      'rf-saddle-numbness',
    ],
    [
      'My dad had sciatica years ago. My own back pain started Monday and my legs are both numb.',
      'rf-bilateral-leg',
    ],
    // No past verb: a report of now, whatever came before it.
    [
      'Slipped disc years ago. Back pain for 3 weeks, cannot feel the paper when I wipe.',
      'rf-saddle-numbness',
    ],
    // Within one sentence too: the past cue reaches only up to the word that returns to now.
    ['I had sciatica in 2019 and since Monday both legs have gone numb.', 'rf-bilateral-leg'],
    ['My back pain used to be mild but today I wet myself without noticing.', 'rf-bladder-change'],
  ])('%s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('told in other words (set R tune-half kinds, own wording)', () => {
  test.each([
    ['Backache for weeks and I have lost about 6 kg without dieting.', 'rf-weight-loss'],
    [
      'My back pain turned into a tight pressure in the centre of my chest that goes down my left arm.',
      'rf-chest-pain',
    ],
  ])('%s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    // Leaflet advice is no report, even its opening clause; nor is an inverted "if".
    'In the weeks after a spinal injection, call the clinic the same day if your back gets red or you get a fever.',
    'Should your backache ever come with a high temperature, phone your doctor that day.',
    // A past event named only to rule it out.
    'My lower back pain this week is from digging the allotment, nothing to do with the motorbike crash I had as a teenager.',
    'My backache is unrelated to the fall off the ladder, the doctor checked that.',
    // "should it ever": advice about what might come, not a report.
    'Last thing the nurse told me about my back pain: should it ever move into my chest, my arm or my jaw, skip the surgery and ring 999.',
    // Lists of warning signs and who to see: "include", "anyone", "reasons to see a GP".
    'Warning signs that need urgent care include sciatica in both legs and numbness between the legs.',
    'Anyone with sciatica who loses control of their bladder should get seen the same day.',
    'A fever with back pain or pain that wakes you every night are reasons to see a GP soon.',
    'On the course we practised what to do if someone with back pain collapsed.',
    // Cold water makes people shiver; pee that is pale again is no pale skin.
    'Ice bath after training, I was shivering for ages after getting out, but my back pain eased.',
    'Dark wee after a hot day without my water bottle, back to pale after three glasses of water, back sore from digging.',
  ])('no red flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  test('advice that a person repeats about themselves stays a report', () => {
    expect(flags('My back hurts and I have a fever, my GP said to call 111 if it gets worse.')).toContain(
      'rf-fever',
    );
  });
});

describe('session 19 look-alikes on a page (own wording)', () => {
  test.each([
    'Leg day again, both legs shaking like leaves on the stairs, and my lower back pain is just the usual DOMS.',
    'Cat-cow for lower back pain had me in stitches; I nearly wet myself laughing at my own attempt.',
    'Our clinic rule: if a client who had cancer mentions new back pain, we ask them to call their oncology team before booking.',
    'My back pain is worse from changing sheets because the toddler wet the bed three nights running.',
    'Her back pain is easier; the night staff will tell us if they see any swelling.',
  ])('%s', (t) => {
    expect(flags(t)).toEqual([]);
  });

  test.each([
    [
      'My back pain is awful and last night I wet the bed without waking, which has never happened.',
      'rf-bladder-change',
    ],
    ['Since the lumbago started I can no longer stand on tiptoe on either foot.', 'rf-progressive-weakness'],
    // Set X tune-half kinds, in other words.
    [
      "My sciatica is back and today my bottom feels like somebody else's skin when I wipe.",
      'rf-saddle-numbness',
    ],
    [
      "Ever since my back went on Friday, it just won't stay up with my wife, never happened before.",
      'rf-sexual-change',
    ],
  ])('%s → %s', (t, id) => {
    expect(flags(t)).toContain(id);
  });
});

describe('page bank Q2 kinds (own wording)', () => {
  test.each([
    'The back pain from sitting still on the coach for five hours wore off by the evening.',
    'Knelt at the school concert for an hour, my left leg went dead, but it came back within a minute; the back ache lasted longer.',
    'Coughing and sneezing do not make my lower back pain any worse; bending does.',
    'My sciatica stays in the right leg. The left one has no pain and no tingling at all.',
    'Hot stone massage for my lumbago and I left pink and sweating; it took an hour to cool down.',
    'I have had no problems getting or keeping an erection since the slipped disc.',
    'My back pain goes back to a skiing crash in my twenties; twenty years on it is just an ache.',
    'Sports doctors warn that back pain with a fever after an injection needs a same-day check.',
    'Plain back pain usually eases when you rest and walk about gently.',
    'The physio wanted to know whether I had lost weight without trying; I have not.',
  ])('%s: no escalation', (t) => {
    expect(flags(t)).toEqual([]);
  });

  test.each([
    [
      'Slipped disc since March. This morning I woke in wet pants and never felt the urge to go.',
      'rf-bladder-change',
    ],
    [
      'My sciatica is bad again. Round my bottom it has gone tingly like pins and needles that will not wear off.',
      'rf-saddle-numbness',
    ],
    [
      'His sciatica has run for weeks. Now he can no longer tell when he needs to open his bowels.',
      'rf-bowel-change',
    ],
    ['Back pain all day. Now a heavy squeezing across my chest and down my left arm.', 'rf-chest-pain'],
    [
      "Dad's upper back pain is 'from the garden', but he keeps rubbing his left arm and says there's a heavy weight in the middle of his chest.",
      'rf-chest-pain',
    ],
  ])('%s → %s', (t, id) => {
    expect(flags(t)).toContain(id);
  });
});

describe('page bank AB kinds (own wording)', () => {
  test.each([
    // A normal temperature reading.
    'My lumbago flared, so I took my temperature before work and again at lunch, 36.6 both times.',
    // Idioms and things that have a temperature (§6.1 R, as the matcher reads them).
    'That ghost story sent me the chills; hunching over the book for hours gave me back pain.',
    'Bake the bread at a high temperature, then rest it; kneading is hard on my back pain.',
    'The server room runs at a high temperature and the chairs there give me lower back pain.',
    'Shivering in the rain at the bus stop, my back pain felt worse than usual.',
    'We passed out 300 flyers for the back pain clinic before lunch.',
    'The saddle area on our pony is rubbed raw, and lifting the saddle gives me back pain.',
    // A denial carried along its list.
    'My GP felt along my spine and found no lump, bump or swelling; just back pain from the desk.',
    'He has not had a fall or any knock at all, and his back pain came on slowly.',
    // A list, then "none of those".
    'When should back pain worry you? A lump on the spine, a back that changes shape, pain that will not ease at rest. None of those apply to me.',
    // Advice after a "but"; a question put to anyone.
    'Nice stretches, but add a warning: anyone whose sciatica comes with bladder trouble or a numb bottom should get seen.',
    'If you have had bowel cancer, is new back pain something to get checked quickly?',
  ])('%s: no escalation', (t) => {
    expect(flags(t)).toEqual([]);
  });

  test.each([
    ['My back pain is bad and my temperature is 38.7 tonight.', 'rf-fever'],
    ['Back pain for two months, my watch is sliding off and I am eating as normal.', 'rf-weight-loss'],
  ])('%s: %s', (t, id) => {
    expect(flags(t)).toContain(id);
  });
});

describe('page bank Q3 kinds: general information and advice (own wording)', () => {
  test.each([
    // General information with no one reporting.
    'A sudden tearing pain between the shoulder blades at rest can be a sign of a torn artery. That is a 999 call, not a massage booking.',
    'With back pain, losing feeling around the genitals can be an early sign of nerve pressure that needs emergency attention.',
    'Back pain with a fever or the shivers is not a job for a heat pack: call 111 the same day.',
    'Your physio may ask whether you have lost weight without trying, one of the signs that gets back pain seen sooner.',
    // A list under an advice lead-in, line by line.
    'Red flags with sciatica, seek emergency care for:\n- numbness in both legs\n- not being able to pee',
    'Signs that back pain needs urgent attention include:\n• a fever\n• pain that wakes you every night',
    // Advice told to me, as a condition.
    'The doctor said the sciatica would settle, but that if I could not pee I was to go to A&E.',
  ])('%s: no escalation', (t) => {
    expect(flags(t)).toEqual([]);
  });

  test.each([
    // Someone named, with the same words: a report.
    ['He has back pain and cannot feel his bottom; that is a 999 call, surely?', 'rf-saddle-numbness'],
    // A report in a list that is not advice.
    ['My back pain is bad and since last night:\n- I cannot pee\n- my bum is numb', 'rf-bladder-change'],
  ])('%s: %s', (t, id) => {
    expect(flags(t)).toContain(id);
  });
});

describe('page bank Q3 kinds: past, relief and denial (own wording)', () => {
  test.each([
    'My aunt lost weight without trying for most of 2009, and her back pain was blamed on her age.',
    'What surprises me about my back pain is how much better it is at night once I am lying on my side.',
    'A dull backache after the flight, no chest pain, nothing in my arms or jaw, breathing fine.',
    'Both legs ache after a long walk and ease when I sit; the consultant says it is stenosis and stable.',
    'The surgeon asked because of my slipped disc: no change in feeling down there and no trouble with sex.',
  ])('%s: no escalation', (t) => {
    expect(flags(t)).toEqual([]);
  });
});

describe('page bank Q4 kinds (own wording)', () => {
  test.each([
    'Fever? None, I checked twice and it was 36.8. This back pain is from moving house.',
    'Chest pain? Nope, not even tightness. The upper back pain is from the decorating.',
    'Story from 2016: lower back pain with shivers and a fever, a kidney infection. This time it is just the garden.',
    'My sciatica flare (June 2019) went into both legs for a week. This one stays in my left buttock.',
    'Gran is 82 with brittle bones and has not fallen. If she did take a tumble, would her back pain mean a fracture?',
    'At 24 weeks my lower back pain is only a bit of ache from carrying the bump.',
  ])('%s: no escalation', (t) => {
    expect(flags(t)).toEqual([]);
  });

  test('weight loss told by a belt: "gone in three notches", "dropping off him"', () => {
    expect(
      flags(
        'New client with backache: his belt has gone in three notches since spring and it is just dropping off him, same diet.',
      ),
    ).toContain('rf-weight-loss');
  });
});

describe('page set AH tune-half kinds (own wording)', () => {
  test('hot as an oven, then shaking under the duvet, with back pain: a fever', () => {
    expect(
      flags('My back has ached since the hike. Tonight I am hot as an oven then shaking under the duvet.'),
    ).toContain('rf-fever');
  });
  test('a tearing feeling out of nowhere, then pain between the shoulder blades', () => {
    expect(
      flags(
        'Sitting on the sofa when out of nowhere something tore right through my chest. Now the pain between my shoulder blades is the worst ever.',
      ),
    ).toContain('rf-sudden-upper-back');
  });
  test('not a single drop in the washroom: retention', () => {
    expect(
      flags(
        'My lower back is sore. I go to the washroom and not a single drop comes even after ten minutes.',
      ),
    ).toContain('rf-bladder-change');
  });
  test('"She\'s 89" makes a slide off the bed a fall in an older person', () => {
    expect(
      flags("She's 89. Last night she slid off the bed onto the rug and since then her backache is worse."),
    ).toContain('rf-minor-trauma-fragile');
  });
  test('sweaty hands from a game are no cold sweat', () => {
    expect(
      flags(
        'Palms sweating and heart going during the final round. My pain between my shoulder blades from the desk is back.',
      ),
    ).toEqual([]);
  });
  test('"if she slid off the bed, would you…?" asks; it does not report', () => {
    expect(
      flags('Gran is 91 with the odd backache. If she slid off the bed, would you call the doctor out?'),
    ).toEqual([]);
  });
  test('"suppose it spreads to both legs" asks; it does not report', () => {
    expect(
      flags('My sciatica is in one leg. Suppose it goes down both legs and they go numb, is that worse?'),
    ).toEqual([]);
  });
  test('a baby who is a night owl is no night pain', () => {
    expect(
      flags(
        'Baby is a real night owl. The midwife said ring if the back pain round the epidural gets worse.',
      ),
    ).toEqual([]);
  });
});

describe('page set AJ tune-half kinds (own wording)', () => {
  test('a leaflet given "at discharge" is leaving hospital, not a wound discharging', () => {
    expect(
      flags(
        'The nurse gave me a sheet at discharge: if the spot where the epidural went in turns red or your backache gets worse each day, ring the ward.',
      ),
    ).toEqual([]);
  });
  test('a checklist that "asks whether" a sneeze hurts asks; it reports nothing', () => {
    expect(
      flags('My physio form asks whether coughing makes my lower back pain shoot down the leg.'),
    ).toEqual([]);
  });
  test('"if someone\'s upper back pain came on like a tear" is a question about anyone', () => {
    expect(
      flags(
        "Odd question: if someone's upper back pain came on like a rip between the shoulder blades, what is it?",
      ),
    ).toEqual([]);
  });
  test('a fall told in feet is a fall from height', () => {
    expect(
      flags('He dropped a good twelve feet off the hay loft onto concrete and says his back is sore.'),
    ).toContain('rf-major-trauma');
  });
  test('the colour of putty, cold wet skin and a tipping room with sudden back pain', () => {
    expect(
      flags(
        "Grandad's back pain came on out of nowhere like a punch. He's the colour of putty, his skin is cold and damp and he says the room keeps tipping.",
      ),
    ).toContain('rf-sudden-abdo-back');
  });
  test('cold and wet weather is no cold sweat', () => {
    expect(flags('Long walk in cold and wet weather, my lower back pain is no worse than usual.')).toEqual(
      [],
    );
  });
});

describe('older tune-half misses, told in new words (own wording)', () => {
  test('AS, a foot caught on the rug and going down onto one side, then different neck pain', () => {
    expect(
      flags(
        'I have ankylosing spondylitis. I caught my toe on the step and went down onto my knees; now my back pain feels new and sharp.',
      ),
    ).toContain('rf-minor-trauma-fragile');
  });
  test('"since my son was born" is after the birth; a pounding headache and flashing lights warn', () => {
    expect(
      flags(
        'Nine days since my son was born. My back aches from feeding and I have a pounding headache and flashing lights.',
      ),
    ).toContain('rf-pregnancy');
  });
  test('a chest like someone sitting on it, then "left arm heavy" in the next fragment', () => {
    expect(
      flags(
        "Dad's text: back pain between the shoulders, chest feels like a weight on it. left arm heavy. probably nothing.",
      ),
    ).toContain('rf-chest-pain');
  });
  test('in pregnancy, blood soaking through a pad with back pain', () => {
    expect(
      flags('30 weeks pregnant with backache since lunch and I have bled through a pad already.'),
    ).toContain('rf-pregnancy');
  });
  test('an age in brackets after a relative makes a slide off the sofa a fall in an older person', () => {
    expect(
      flags('Dad (88) slid off the sofa onto the floor yesterday and today his back is very sore.'),
    ).toContain('rf-minor-trauma-fragile');
  });
});

describe('near-miss bank Q5 kinds (own wording)', () => {
  test("a pet's slipped disc and bladder are the animal's", () => {
    expect(
      flags(
        "Our labrador's slipped disc means she can't wee by herself, and bending to help her is hard on my back.",
      ),
    ).toEqual([]);
  });
  test("walking the dog is an activity, not the dog's story", () => {
    expect(
      flags(
        'Walking the dog this morning both my legs went numb and weak and my lower back pain is much worse.',
      ),
    ).toContain('rf-bilateral-leg');
  });
  test('a relative in theatre or intensive care, told on a page, is taken care of', () => {
    expect(
      flags(
        "My cousin is in theatre now for his back. On Monday he said he couldn't feel the paper when he wiped.",
      ),
    ).toEqual([]);
  });
  test("a relative's old cancer and new back pain still escalate", () => {
    expect(
      flags(
        'Grandad had bowel cancer treated three years ago. This month his back pain is worse every week and wakes him at night.',
      ),
    ).toContain('rf-cancer-history');
  });
  test('a benign growth is not a cancer', () => {
    expect(
      flags(
        'In 2001 they removed a benign bone tumour from my spine; my back pain since is just desk stiffness.',
      ),
    ).toEqual([]);
  });
  test('"not a hint of a temperature" denies it', () => {
    expect(flags('Back pain since Sunday but not a hint of a temperature, I checked twice.')).toEqual([]);
  });
  test('"last March" tells the past', () => {
    expect(
      flags(
        'Last March my back pain turned into a heavy chest and it was a heart attack. Now I walk every day.',
      ),
    ).toEqual([]);
  });
  test('a case study describes a patient', () => {
    expect(
      flags(
        'Case study: a 60-year-old presented with back pain, fevers and sweats; after antibiotics he recovered fully.',
      ),
    ).toEqual([]);
  });
  test('temperatures in a forecast are weather', () => {
    expect(flags('Temperatures will hit 30 tomorrow, which my back pain always likes.')).toEqual([]);
  });
  test('"if you need to pee but can\'t, or start leaking" stays one condition', () => {
    expect(
      flags(
        "Pinned post about back pain: if you need to pee but can't, or you start leaking without noticing, go to A&E.",
      ),
    ).toEqual([]);
  });
  test("a care home's rule for any resident is a rule", () => {
    expect(
      flags(
        'Care home protocol: any resident over 70 with back pain after a minor fall sees the GP that day.',
      ),
    ).toEqual([]);
  });
});

describe('page set AP tune-half kinds (own wording)', () => {
  test('over the handlebars of a motorbike', () => {
    expect(
      flags(
        'My brother went over the handlebars of his motorbike on the ring road and now his lower back pain is bad.',
      ),
    ).toContain('rf-major-trauma');
  });
  test('a coach that rolled, thrown across the aisle', () => {
    expect(
      flags(
        'The bus rolled onto its side and I was thrown across the aisle. My back pain is worse each day.',
      ),
    ).toContain('rf-major-trauma');
  });
  test('"nothing came out" at the toilet while bursting', () => {
    expect(
      flags(
        'Sat on the toilet ages and nothing came out though I was bursting; my lower back pain is worse.',
      ),
    ).toContain('rf-bladder-change');
  });
  test('"Sir, should…?" under a video asks', () => {
    expect(
      flags('Sir, should back pain get worse when we cough or strain on the toilet? Please reply.'),
    ).toEqual([]);
  });
  test('leaking a bit on the trampoline for years is stress leakage', () => {
    expect(
      flags(
        "I've leaked a bit on the trampoline for years since the kids. My back pain is from lifting the baby.",
      ),
    ).toEqual([]);
  });
});

describe('page set AL tune-half kinds, after its one scoring (own wording)', () => {
  test('"couldn\'t go till the services" is a road without a toilet', () => {
    expect(
      flags(
        "Needed a wee for an hour on the motorway and couldn't go till the services. My sciatica hates long drives.",
      ),
    ).toEqual([]);
  });
  test('questions a physio asked, answered no', () => {
    expect(
      flags(
        'The physio asked all the usual questions about my back pain, any numbness when I wipe, any trouble peeing, and no, none of that.',
      ),
    ).toEqual([]);
  });
});

describe('the core of an emergency red flag, told in other words, escalates on a page too', () => {
  test.each([
    [
      "Since this morning, when I wipe it feels like the toilet paper is on someone else's skin. My sciatica has been bad for a week.",
      'rf-saddle-numbness',
    ],
    [
      'My upper back aches and there is a heavy feeling like a bag of sand sitting on my chest.',
      'rf-chest-pain',
    ],
  ])('%s → %s', (text, id) => {
    expect(analyseText(text).some((f) => f.redFlagId === id && f.level === 'emergency')).toBe(true);
  });
  test('the same signs denied escalate nothing', () => {
    expect(
      analyseText(
        'My sciatica is bad, but when I wipe everything feels normal, no numbness down there at all.',
      ).some((f) => f.redFlagId === 'rf-saddle-numbness'),
    ).toBe(false);
  });
});

describe('bank Q7 wordings', () => {
  test.each([
    [
      "Mum's baby is 10 days old and her lumbago is new, she's roasting then freezing and it's like peeing razor blades.",
      'rf-pregnancy',
    ],
    [
      'His shirts are hanging on him, he is eating full meals, no dieting, and his back pain has gone on two months.',
      'rf-weight-loss',
    ],
    [
      'My husband noticed a soft bulge like half a boiled egg on the left side of my lower back, it is new.',
      'rf-lump-deformity',
    ],
  ])('%s → %s', (text, id) => {
    expect(analyseText(text).some((f) => f.redFlagId === id)).toBe(true);
  });
});

describe('sexual function told plainly (bank Q7 kinds, own wording)', () => {
  test('"not feeling anything during relation" with a bulging disc escalates; "no change in feeling" does not', () => {
    expect(
      analyseText(
        'I have a bulging disc with back pain for ten days, and for three days I am not feeling anything during relation.',
      ).some((f) => f.redFlagId === 'rf-sexual-change'),
    ).toBe(true);
    expect(
      analyseText('Slipped disc again, but no change in feeling down there during sex.').some(
        (f) => f.redFlagId === 'rf-sexual-change',
      ),
    ).toBe(false);
  });
  test('Scots "nae numbness doon below" is a denial', () => {
    expect(
      analyseText('His bad back is back, but nae numbness doon below and nae bother wi the toilet.').some(
        (f) => f.redFlagId === 'rf-saddle-numbness',
      ),
    ).toBe(false);
  });
});

describe('a comparison with a time past is no story of then', () => {
  test('"worse than last year" leaves the rest of the sentence told as now', () => {
    expect(
      analyseText(
        'My lower back pain is way worse than last year and I cannot feel the toilet paper when I wipe.',
      ).some((f) => f.redFlagId === 'rf-saddle-numbness'),
    ).toBe(true);
  });
});

describe('asking whether one’s own sign is normal reports it', () => {
  test('"Is it normal that my…?" escalates; a general question does not', () => {
    expect(
      flags('Is it normal that my lower back pain is worst in the middle of the night and nothing eases it?'),
    ).toContain('rf-night-rest-pain');
    expect(
      flags('Is it normal for back pain to be worse in the middle of the night and nothing to ease it?'),
    ).toEqual([]);
  });
});

describe('look-alikes on a page (ninth session)', () => {
  test.each([
    // Numbness that came back, a faint that passed in minutes, a fever that settled.
    'My back is sore. Bum and thighs went numb in the wheelchair, but the feeling came back once we moved him.',
    'Felt faint and clammy in the hot sauna, was fine in 5 mins. Back pain is the usual.',
    'Back pain since Friday. Had a fever on Monday but it settled by Tuesday.',
    // A lump that was a knot, a curve he has had since childhood, a birth months ago.
    'My partner felt a lump in my back during the massage, but it was just a muscle knot.',
    'His back pain is his usual arthritis and the curve in his spine is the scoliosis he has had since childhood.',
    'Had my baby 10 months ago and the headache and swollen feet after the birth were sorted then. Backache now.',
    // A soft landing, a night that is only a date, a question after a comma, a leaflet, yoga.
    'Fell off the trampoline onto the crash mat, soft landing. Back a bit sore from the twist.',
    'Slipped disc in 1998, they operated the same night and I have been right as rain since.',
    'With my stenosis, is it dangerous when both legs feel heavy on walking?',
    'The leaflet says that new back pain with a fever after an epidural needs a call to the unit.',
    'Tight chest and shoulders from all the stretching in yoga, and my upper back feels better.',
    'Surely everyone’s back pain is worse when they lie still?',
    // A condition with "ever", however far in; a flight that was overnight.
    'Club notice: if a child’s back pain after the weekend tournament ever comes with tingling in both legs, go to A&E.',
    'The sports massage finally sorted the stiff back from the overnight flight.',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });

  test('night pain told by the clock or the nights', () => {
    expect(flags('My back pain is ten times worse in the middle of the night, nothing eases it.')).toContain(
      'rf-night-rest-pain',
    );
  });

  test('a fever that settled and came back is reported now', () => {
    expect(
      flags(
        'Back pain for a week, had a fever on Monday, it settled by Tuesday but now I am burning up again and shaking.',
      ),
    ).toContain('rf-fever');
  });
});

describe('page bank Q10: signs told by what they stop, and posts that teach', () => {
  test.each([
    [
      "Threw my back out Thursday. Not being funny but my back door's stopped locking – twice today stuff's escaped.",
      'rf-bowel-change',
    ],
    [
      "Day 4 of this sciatica. It's like wiping through a thick pair of gloves, I can barely tell it's there.",
      'rf-saddle-numbness',
    ],
    [
      "my bum's gone to sleep n wont wake up since this morning. anyway back pain still 8/10",
      'rf-saddle-numbness',
    ],
    [
      "Mum's sciatica has jumped sides – she said it's shooting down the left and the right now.",
      'rf-bilateral-leg',
    ],
    [
      'Grandad (72, ex-smoker) got this sudden massive back pain while sitting. Says it goes right through to his belly.',
      'rf-sudden-abdo-back',
    ],
    [
      'this pain between my shoulder blades has been there 24/7 since last wk & now i feel rough n washed out with it.',
      'rf-thoracic',
    ],
    [
      'Since three month I lose 7 kilo, I don’t make diet. Also the pain in my lower back is every day.',
      'rf-weight-loss',
    ],
    [
      'I had injection in the spine 10 days ago. Now the pain in the place of injection is much more strong, every day worse, and red.',
      'rf-recent-spinal-procedure',
    ],
  ])('%s → %s', (text, id) => {
    expect(flags(text)).toContain(id);
  });

  test.each([
    'When back pain needs 999: numbness around your bottom or genitals, not being able to pee, or losing control of your bowels.',
    'Tip for everyone in this back pain group: night pain, weight dropping off for no reason, or a lump on your spine are the ones to get seen the same day.',
    'With osteoporosis, even a small fall or a hard sneeze can break a bone in the spine. Sudden back pain after a minor bump should be checked the same day.',
    'remember when my bad back had me up every night pacing? that was march. slept 9 hrs straight last night',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('page bank Q11: a sign as one clause among chatter', () => {
  test.each([
    [
      "Mrs D in room 12 still complaining of her lower back pain. She's also been wet twice tonight and says she didn't feel it coming at all.",
      'rf-bladder-change',
    ],
    [
      "Backache since lifting the sofa. I keep standing at the urinal and it takes forever to get going. That's new for me.",
      'rf-bladder-change',
    ],
    [
      'Three weeks of sciatica down my left leg. This afternoon I had an accident and honestly didn’t feel it happening at all.',
      'rf-bladder-change',
    ],
    [
      "Mum's back looks different? She's a lot more hunched and there's a bony bit sticking out halfway down.",
      'rf-lump-deformity',
    ],
  ])('%s → %s', (text, id) => {
    expect(flags(text)).toContain(id);
  });

  test.each([
    'Pregnant with number two. Midwife said that should my backache ever come in waves with tightenings, I ring the unit. So far just the normal ache.',
    'After spine surgery, watch the site. New numbness in your legs or problems with your bladder means 999.',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('page bank Q12', () => {
  test.each([
    [
      "Not my usual mid-back pain. This came on while I was just sitting at my desk, I broke out in a cold sweat, and I'm short of breath walking to the kitchen.",
      'rf-sudden-upper-back',
    ],
    [
      "Three weeks into physio for sciatica and I'm getting weaker, not better. My left leg keeps buckling on the stairs.",
      'rf-progressive-weakness',
    ],
  ])('%s → %s', (text, id) => {
    expect(flags(text)).toContain(id);
  });

  test.each([
    "I've osteoporosis and the thought of a fall terrifies me. If I slipped on the ice and hurt my back, would A&E be overkill? I'm grand so far.",
    'The parish First Aid course will cover heart attacks. Remember: chest pain spreading to the arm or jaw, sometimes with upper back pain, means ringing 999.',
    'Falls awareness week: for residents with osteoporosis, even a small tumble can crack a bone in the spine.',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('sets BB and BC, tune halves, after their scoring', () => {
  test.each([
    'Suppose an elderly person with osteoporosis has a fall, is it safe to give a back massage? Asking for my grandmother, she is fine now.',
    'My aunt had breast cancer which spread to her spine in 2010. She passed away some years later. Now my own lower back pain is just from sitting at the office.',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('page bank Q13', () => {
  test('both legs weak "when he\'s just sat in his chair, not only when walking" is no stenosis pattern', () => {
    expect(
      flags(
        "Dad's backache has been bad for a week and now both his legs feel weak and heavy when he's just sat in his chair, not only when walking. He says it's his age.",
      ),
    ).toContain('rf-bilateral-leg');
  });

  test.each([
    'After a car crash, back pain can appear hours later. Any back pain after a serious collision should be checked in A&E, even if you feel fine.',
    'With osteoporosis, even a minor fall or a strong cough can crack a spinal bone.',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('page bank Q14: lists, FAQs, handouts and fears are no report', () => {
  test.each([
    'Generally, sciatica in both legs, or numbness between the legs, is a reason to go to A&E the same day rather than wait for physio.',
    'Why do we ask about your bladder? Because new trouble peeing, or leaking without warning, alongside lower back pain can signal nerve compression.',
    'Contraindications refresher: never massage a client who reports numbness in the saddle area or sudden weakness in both legs.',
    'My biggest fear with this sciatica is waking up not able to feel when I wipe. If that ever happens I am straight to A&E.',
    "Imagine putting off A&E because your massage therapist said the numbness in both legs was 'just tight glutes'.",
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('page bank Q15: quizzes, scenarios, policies and warnings are no report', () => {
  test.each([
    'Manual handling policy, section 4: staff reporting back pain together with numbness or weakness in both legs must not drive home.',
    'Warning: do not use the massage gun over a lump or swelling on your back, over bruises, or on the front of the neck.',
    'The triple bacon burger is a heart attack on a plate, and two hours on those wooden booth seats gave me backache.',
  ])('%s → nothing', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('bank Q16 kinds (own wording)', () => {
  test('a study question its writer says is not about them paints nothing', () => {
    expect(
      flags(
        'quick one for my nursing exam: what does back pain with numb legs and no control of pee mean? i am fine btw',
      ),
    ).toEqual([]);
    expect(
      flags(
        'quick one: back pain with numb legs and no control of pee since this morning, what should i do?',
      ),
    ).not.toEqual([]);
  });
  test('numb "like after the dentist" is a likeness, not the dentist', () => {
    expect(
      flags(
        'Since Sunday my bum and the backs of my thighs feel numb, like at the dentist, and my back aches.',
      ),
    ).toContain('rf-saddle-numbness');
  });
  test('a rule about any fall, with a care plan, reports none', () => {
    expect(
      flags(
        'Care note: she has osteoporosis and back pain; if she has any fall at all, call the GP the same day.',
      ),
    ).toEqual([]);
  });
  test('"nearly passed out from boredom", "a lump sum" are figures of speech', () => {
    expect(flags('Nearly passed out from boredom in the waiting room, but my back ache is better.')).toEqual(
      [],
    );
    expect(flags('Paid a lump sum for six massages for my lower back pain.')).toEqual([]);
  });
});

describe('bank Q17 kinds (own wording), the analysis', () => {
  test('"cancel" is not "cancer", and "book online 24/7" is no constant pain', () => {
    expect(flags('I had to cancel my massage for my lower back pain. You can book online 24/7.')).toEqual([]);
  });
});

describe('bank Q19 kinds (own wording), the analysis', () => {
  test('a pinned rules post and a question put to the writer report nothing', () => {
    expect(
      flags(
        'PINNED: back pain with chest pain or pain going into your jaw means calling 999, not posting here.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'My sister asked me if the massage made my legs numb. Not at all, both legs fine, only my back was stiff.',
      ),
    ).toEqual([]);
  });
});

describe('bank Q20 kinds (own wording), the analysis', () => {
  test('a baby waking the writer to feed is no night pain; a handout reports nothing', () => {
    expect(
      flags('My back aches from carrying the twins and they wake me up twice a night for a feed.'),
    ).toEqual([]);
    expect(
      flags(
        'Antenatal class handout: back pain with bleeding or a bad headache with blurred vision means ringing the unit.',
      ),
    ).toEqual([]);
  });
});

describe('bank Q21 kinds (own wording): signs seen in someone who cannot say them', () => {
  test('no reaction to the flannel around the bottom is lost feeling; a minibus hit side-on is a crash', () => {
    expect(
      flags(
        "Care note: T. has had back pain since Monday and today didn't react to the wipe around his bottom at all, which is new.",
      ),
    ).toContain('rf-saddle-numbness');
    expect(
      flags("Nan's taxi was hit side-on this morning and now she holds her back and cries with back pain."),
    ).toContain('rf-major-trauma');
  });
  test('an age between commas stays in its sentence: "Dad, 84, had a little fall" is a fall at an age', () => {
    expect(
      flags('Dad, 84, had a little fall in the kitchen last night and today his back pain is awful.'),
    ).toContain('rf-minor-trauma-fragile');
  });
});

describe('thirteenth session (own wording, bank Q23 kinds): two people or two times in one post', () => {
  test("an earlier person's harmless fall does not hide today's fall at 80-plus", () => {
    expect(
      flags(
        'Uncle tripped last spring and was fine, but Gran fell off the step this morning, she is 86 and her back hurts now.',
      ),
    ).toContain('rf-minor-trauma-fragile');
  });
  test("a spouse dieting on purpose last year does not date the writer's own weight loss now", () => {
    // The matcher's own reading (report-status.ts): "but I've been…" turns back to now.
    expect(
      flags(
        "I'm 64 and my back has ached for two months. My husband lost weight on a diet last year, but I've been losing weight without trying.",
      ),
    ).toContain('rf-weight-loss');
  });
  test('a procedure site said to be fine is no site problem; a red one still is', () => {
    expect(
      flags('Spinal injection two weeks ago, the injection site looks fine and the leg is better.'),
    ).toEqual([]);
    expect(
      flags('Spinal injection two weeks ago and now the injection site is red and hot with a fever.'),
    ).toContain('rf-recent-spinal-procedure');
  });
  test('planning ahead for a carer, a festival a year back, a group told what to do, a drink', () => {
    expect(
      flags(
        'Dad is 79 with thin bones. If he falls in the shower and hurts his back, should we call an ambulance?',
      ),
    ).toEqual([]);
    expect(
      flags('Last Easter my leg went weak for a few weeks, it fully recovered. Back a bit stiff now.'),
    ).toEqual([]);
    expect(
      flags('Reminder: people who get new back pain after cancer should call their oncology team.'),
    ).toEqual([]);
    expect(flags('Heavy squats yesterday, back stiff today. Protein shake and an easy day.')).toEqual([]);
  });
  test('an age told as now inside a past story keeps the story past', () => {
    expect(
      flags(
        'When I was expecting my eldest (he is twelve now) my backache came in waves and my waters went at work. All long over.',
      ),
    ).toEqual([]);
  });
});

describe('bank Q24 kinds (own wording): denials and advice in comment sections', () => {
  test('"no numbness or weakness in the legs" denies both, as one phrase', () => {
    expect(
      flags("Physio checked and I don't have any numbness or weakness in the legs, just a stiff lower back."),
    ).toEqual([]);
    expect(flags('Lower back pain and since this morning weakness in both legs.')).toContain(
      'rf-bilateral-leg',
    );
  });
  test('advice to whoever reads, or to a group, paints nothing; the same sign told as mine does', () => {
    expect(
      flags('For anyone reading this: back pain with numbness around the bottom is an emergency.'),
    ).toEqual([]);
    expect(flags('Tip for pregnant mums: backache with bleeding means go to the hospital.')).toEqual([]);
    expect(flags('My back pain came with numbness around my bottom this morning.')).toContain(
      'rf-saddle-numbness',
    );
  });
});

describe('bank Q25 kinds (own wording): forum threads', () => {
  test('a festival a year back, hours on one\'s feet, "worse when I slouch", a new curve "not like that last year"', () => {
    expect(flags('Last Raya I had a kidney infection with fever and back pain, all sorted now.')).toEqual([]);
    expect(
      flags('30 weeks, backache after a long shift on my feet, midwife says it is the usual kind.'),
    ).toEqual([]);
    expect(
      flags('Upper back pain from the laptop, gets worse when I slouch, eases when I move about.'),
    ).toEqual([]);
    expect(
      flags(
        'My back hurts lately and my physio says my spine is now curving to one side, it was not like that last year.',
      ),
    ).toContain('rf-lump-deformity');
  });
  test("a relative's cancer beside the writer's own denial of one is no cancer history", () => {
    expect(
      flags("My uncle had bone cancer in his spine. I've never had cancer myself. My lower back aches."),
    ).toEqual([]);
  });
});

describe('bank Q26 kinds (own wording): logs, reports, exams, memorials', () => {
  test('a fall told with its height in metres ("approx. 5 m") and a rider thrown into the gravel are high-energy events', () => {
    expect(
      flags('Site log: a joiner fell from the roof edge (approx. 5 m) onto gravel and has back pain.'),
    ).toContain('rf-major-trauma');
    expect(
      flags('The rider high-sided and was thrown into the gravel; he reports severe back pain.'),
    ).toContain('rf-major-trauma');
  });
  test('an exam question, a news item on guidance and a player cleared to train paint nothing', () => {
    expect(
      flags(
        'Q3. A 50-year-old man presents with back pain and new urinary retention. Which diagnosis must be excluded?',
      ),
    ).toEqual([]);
    expect(
      flags(
        'New problems controlling the bladder with back pain should be treated as an emergency, according to the guidance.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'The winger with back pain after the scrum collapse was checked, no fracture, symptom-free and cleared to train.',
      ),
    ).toEqual([]);
  });
});

describe('bank Q27 kinds (own wording): lists and checklists', () => {
  test('a checklist answered "no" line by line reports nothing; answered "yes" it does', () => {
    expect(
      flags(
        'Red flags the GP asked about:\n- Numbness around my bottom: no\n- Trouble peeing: no\n- Weakness: none',
      ),
    ).toEqual([]);
    expect(flags('Back pain checklist:\n- numbness around my bottom: yes, since this morning')).toContain(
      'rf-saddle-numbness',
    );
  });
  test('"trying to pee for an hour and can\'t" is retention; "can\'t believe" is not', () => {
    expect(
      flags("Dad (80): lower back pain since Friday, been trying to pee for an hour and can't."),
    ).toContain('rf-bladder-change');
    expect(
      flags('Tried to wee and cant believe how dark it is after the gym, back a bit sore.'),
    ).not.toContain('rf-bladder-change');
  });
});

test("a relative's cancer taken care of is still their history beside their new back pain now (bank Q10)", () => {
  const ids = (t: string) => analyseText(t).map((f) => f.redFlagId);
  expect(
    ids(
      'Mum had breast cancer treated years ago and was given the all clear. Now she has back pain that gets worse every week.',
    ),
  ).toContain('rf-cancer-history');
  // Alone, an episode taken care of is still theirs and over.
  expect(ids('Mum had breast cancer treated years ago and was given the all clear.')).not.toContain(
    'rf-cancer-history',
  );
});

test('care given, then a change dated "since", is news in the same sentence (bank Q7)', () => {
  const ids = (t: string) => analyseText(t).map((f) => f.redFlagId);
  expect(
    ids(
      'Grandad update: the pain where they operated on his back last week has got much worse since this morning and the wound is oozing.',
    ),
  ).toContain('rf-recent-spinal-procedure');
  expect(
    ids(
      'Patient story: years ago he had an abscess after a spinal injection, was operated on and today he runs marathons.',
    ),
  ).toEqual([]);
});

test('Scots and Jamaican English on a page (bank Q7, own wording)', () => {
  const ids = (t: string) => analyseText(t).map((f) => f.redFlagId);
  expect(
    ids("Grandad's skin is cold an wet, face white like chalk, bad backache outta nowhere and in his belly"),
  ).toContain('rf-sudden-abdo-back');
  expect(ids("Ma da's back's been sore an his spine's gone squint, one shoulder sittin way lower")).toContain(
    'rf-lump-deformity',
  );
  expect(ids("Backache hingin aboot an I've no been tryin but ma ring keeps slidin aff")).toContain(
    'rf-weight-loss',
  );
});

test('"used to" dates only its own clause: "(72, used to smoke) suddenly got awful back pain…" is now (bank BO)', () => {
  const ids = (t: string) => analyseText(t).map((f) => f.redFlagId);
  expect(
    ids(
      'My grandad (75, used to smoke) suddenly got terrible lower back pain this evening, then went clammy and nearly passed out.',
    ),
  ).toContain('rf-sudden-abdo-back');
  expect(ids('I used to get back pain with a fever when I had kidney infections as a teenager.')).toEqual([]);
});

test('other Englishes on a page (bank Q31, own wording)', () => {
  const ids = (t: string) => analyseText(t).map((f) => f.redFlagId);
  expect(
    ids(
      'Pray for my cousin, their matatu somersaulted on the highway this morning and he has terrible back pain.',
    ),
  ).toContain('rf-major-trauma');
  expect(
    ids(
      'My sciatica was there for months, but since 2 days my left foot is not lifting properly, it is slapping on the floor when I walk and getting worse.',
    ),
  ).toContain('rf-progressive-weakness');
  expect(
    ids(
      'Mam had bowel cancer years ago and got the all clear, but this past week she has a new back pain that keeps getting worse.',
    ),
  ).toContain('rf-cancer-history');
});

describe('shop reviews and journalism (banks Q32, Q33, own wording)', () => {
  test('both legs numb "tonight" after a month of a disc problem is new, not long-standing', () => {
    expect(
      flags(
        'My husband has had a slipped disc for three weeks, and tonight he cannot feel his legs below the knees, both of them.',
      ),
    ).toContain('rf-bilateral-leg');
  });
  test('a fear of what may come after an operation reports nothing', () => {
    expect(
      flags(
        'Dad has a bulging disc and surgery next week, and he is worried he might lose control of his bladder afterwards.',
      ),
    ).toEqual([]);
  });
  test('"can feel everything when I wipe" denies the sign it names', () => {
    expect(
      flags('I can feel everything when I wipe, so the pins and needles in my foot is just my sciatica.'),
    ).toEqual([]);
  });
  test('leaking when I sneeze since childbirth is the bladder, not back pain brought on by a sneeze', () => {
    expect(
      flags(
        'I have had a little incontinence when I sneeze ever since my first baby ten years ago, and now I have back pain too.',
      ),
    ).not.toContain('rf-cough-sneeze-strain');
    expect(flags('My lower back hurts when I sneeze, since last week.')).toContain('rf-cough-sneeze-strain');
  });
  test('an obituary and the fells it walked are no fall today', () => {
    expect(
      flags(
        'Obituary: Jim, 1938-2024. His ankylosing spondylitis never kept him off the fells. A fall in 2012 broke his neck; he recovered.',
      ),
    ).toEqual([]);
  });
});

describe("practitioners' pages (bank Q35, own wording)", () => {
  test('a past story\'s "was just my back" stays in the past', () => {
    expect(
      flags(
        'Two years ago I had a kidney infection I thought was just my back pain from lifting – fever, shivers, the works. Antibiotics fixed it.',
      ),
    ).toEqual([]);
  });
  test('a question put to colleagues and the signs a clinic asks about report nothing', () => {
    expect(
      flags('Has anyone had a client whose sciatica made their leg feel like it was giving way?'),
    ).toEqual([]);
    expect(
      flags(
        'Why we ask before a back massage: the signs we ask about are numbness around your bottom and new weakness in both legs.',
      ),
    ).toEqual([]);
    // Someone noticed now still reports.
    expect(
      flags("Has anyone noticed Dad's back looks different? A lump has come up on his spine this week."),
    ).toContain('rf-lump-deformity');
  });
  test('a role-play scenario and a CPD write-up are stories', () => {
    expect(
      flags(
        "Role-play for our CPD evening: 'Your client, 75, with osteoporosis, slipped on the stairs yesterday and her back pain is worse.'",
      ),
    ).toEqual([]);
  });
});

describe('social media and clinic reviews (banks Q34, Q36, own wording)', () => {
  test('flopping onto the sofa is no collapse; a therapist checking in constantly is no constant pain', () => {
    expect(flags('got home and collapsed on the sofa, my back pain melted away after that massage')).toEqual(
      [],
    );
    expect(
      flags('The therapist checked in constantly and my back pain is better than it has been in months.'),
    ).toEqual([]);
  });
  test('a fear "convinced it\'s bone cancer" and a clinic that always asks about pregnancy report nothing', () => {
    expect(flags("googled my back pain and now I'm convinced it's bone cancer (it was my chair)")).toEqual(
      [],
    );
    expect(
      flags('Reply from the clinic: we always ask about blood thinners and pregnancy before a back massage.'),
    ).toEqual([]);
  });
});

describe('spoken words as web text (bank Q37, own wording)', () => {
  test('told in transcripts: paper that does not touch, a rolled car, pregnancy with lots of blood', () => {
    expect(
      flags(
        'voice note: back and sciatica awful since this morning, and when i wipe the tissue is not even touching me',
      ),
    ).toContain('rf-saddle-numbness');
    expect(flags('"We flipped the buggy on the last dune and my back is agony," the driver said.')).toContain(
      'rf-major-trauma',
    );
    expect(flags('29 weeks, my back has ached all day and now there is a lot of blood on the pad')).toContain(
      'rf-pregnancy',
    );
  });
  test("what may come, a worry that keeps someone up, a bruise and a moderator's reminder report nothing", () => {
    expect(
      flags(
        'Grandad has osteoporosis and if he slipped on the ice he could break a bone in his back without knowing',
      ),
    ).toEqual([]);
    expect(
      flags('if i had a sports massage on apixaban would i end up black and blue? back is tight'),
    ).toEqual([]);
    expect(
      flags('Mum has an aneurysm on watch. What keeps me up is the thought of her back pain turning sudden.'),
    ).toEqual([]);
    expect(
      flags(
        'reminder: numbness around your bum with back pain = emergency, go and get checked, not a chat question',
      ),
    ).toEqual([]);
  });
});

describe('threads and chats (bank Q39, own wording)', () => {
  test('a checklist question someone else puts ("Any …?") reports nothing; the reply tells', () => {
    expect(
      flags(
        'Re: back went lifting a crate\nnurse_kim wrote: Any numbness round your bottom or trouble peeing?\nRe: crate_guy wrote: Nah, none of that, just sore.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'physio_al: Any chest pain or breathlessness with that upper back ache?\nsam_r: Yes, crushing chest pain since ten minutes ago',
      ),
    ).toContain('rf-chest-pain');
  });
});

describe('shopping text (bank Q38, own wording)', () => {
  test('a fear about what a gadget might do, and a product page telling readers when to talk to a GP, report nothing', () => {
    expect(
      flags(
        'Pregnant here, and worried the heated back massager might bring on bleeding, so I only use it cold.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'Firm support for lower back pain. If your pain keeps you awake at night or comes with a fever, talk to your GP.',
      ),
    ).toEqual([]);
  });
});

describe('messy typing and sports pages (banks Q40, Q41, own wording)', () => {
  test('"yrs ago" and "last yr" date a story; "the rigors of a season" is no fever', () => {
    expect(
      flags('3 yrs ago i couldnt feel anything when i wiped, had surgery that night, all good now'),
    ).toEqual([]);
    expect(flags('found a lump on my spine last yr, scan said lipoma, back ache now is just work')).toEqual(
      [],
    );
    expect(flags('the rigours of a long season show: half the squad has lower back pain')).toEqual([]);
  });
});

describe('condition communities (bank Q42, own wording)', () => {
  test('a crash into the back of him is his trauma; imagined and worried-about signs report nothing', () => {
    expect(
      flags(
        'A lorry went into the back of him on the ring road an hour ago and his back pain is getting worse.',
      ),
    ).toContain('rf-major-trauma');
    expect(
      flags(
        "On warfarin with a bad back, I keep picturing a fall on my spine and bleeding inside. Nothing's happened.",
      ),
    ).toEqual([]);
    expect(
      flags('Part of me worries I will end up with numb legs after the epidural, my back aches already.'),
    ).toEqual([]);
  });
});

describe('everyday pages and multi-speaker threads (banks Q44, Q45, own wording)', () => {
  test('things shaking, a hot workplace, a night market and a market that crashed are no red flags', () => {
    expect(flags('We laughed so much the whole room was shaking, my back pain forgotten.')).toEqual([]);
    expect(
      flags('The job means working in a high temperature, humid kitchen, so mind your back pain.'),
    ).toEqual([]);
    expect(
      flags('Had lumbago in 2018. This time the best part was a back massage at the night market.'),
    ).toEqual([]);
    expect(flags('Stocks in the retailer crashed 30% today; its founder has sciatica.')).toEqual([]);
    expect(flags('The home team collapsed after the break and their keeper had back pain.')).toEqual([]);
  });

  test('"no problems controlling her bladder or bowels" denies them', () => {
    expect(
      flags('She says she has no problems controlling her bladder or bowels, only the lower back pain.'),
    ).toEqual([]);
    expect(flags('Since this morning she has no control of her bladder and bad back pain.')).toContain(
      'rf-bladder-change',
    );
  });
});

describe('health Q&A text (bank Q46, own wording)', () => {
  test('a sign named as a reason for care, or what it needs in general, reports nobody', () => {
    expect(
      flags('Answer C. Back pain with a fever is a reason for an urgent appointment the same day.'),
    ).toEqual([]);
    expect(flags('Back pain with a high temperature needs a call to the GP today, not a massage.')).toEqual(
      [],
    );
  });
});

describe('time on pages (bank Q49, own wording)', () => {
  test('an anniversary tells the past: "N years ago today", "N years ago this week"', () => {
    expect(
      flags(
        'Three years ago today I was rushed in with back pain and no feeling when I wiped. Now I run 10k.',
      ),
    ).toEqual([]);
    expect(
      flags('Eight years ago this week a van knocked me off my bike; my back pain is long gone.'),
    ).toEqual([]);
    // "…years ago now…" still returns to now.
    expect(flags('Had bowel cancer 4 yrs ago now back pain like a tight belt round my ribs.')).toContain(
      'rf-cancer-history',
    );
  });
  test('"my feet are killing me" after standing is no both-legs sign', () => {
    expect(flags('Stood at the stall all day with my bad back and my feet are killing me.')).toEqual([]);
  });
});

describe('session reviews (bank Q51, own wording)', () => {
  test('a feared sign reports nothing: "kept picturing", "the thought that I could", "worried a … might"', () => {
    expect(flags('Before my massage I kept picturing my calf swelling up on the drive home.')).toEqual([]);
    expect(
      flags(
        'The thought that I could end up with dark pee and weak muscles after a long massage puts me off.',
      ),
    ).toEqual([]);
    expect(
      flags('I am worried a firm massage might leave me with a huge spreading bruise on warfarin.'),
    ).toEqual([]);
  });

  test('a checklist question stays a question when the labelled reply says no (bank Q52)', () => {
    const thread =
      'Q (hiker_jo): Lower back ache on the left after a long walk. Could it be my kidneys?\n' +
      'Comment (nurse_al): Any temperature or shivers, or burning when you wee?\n' +
      'Reply (hiker_jo): Checked it, 36.8, no shivers and weeing is fine.';
    expect(flags(thread)).toEqual([]);
    // A reply that says yes reports what was asked.
    expect(
      flags(
        'Comment (nurse_al): Any temperature or shivers with the back ache?\nReply (hiker_jo): yes, 38.9 and shivering.',
      ),
    ).not.toEqual([]);
  });
});

describe('a condition escalated by what the page tells (bank Q52)', () => {
  test('a known aneurysm with new back pain, a kidney infection now drowsy, pain through to the back with vomiting', () => {
    expect(
      flags(
        'His back pain came on this evening for no reason. He has an aortic aneurysm they keep an eye on.',
      ),
    ).not.toEqual([]);
    expect(
      flags(
        'On antibiotics for a kidney infection since Monday, back still sore. Tonight she is drowsy and confused.',
      ),
    ).not.toEqual([]);
    expect(
      flags('Upper tummy pain boring through to my back since the party, and I have been sick three times.'),
    ).not.toEqual([]);
  });
  test("a condition at its own base level reports nothing new: the term's card already says it", () => {
    // Sciatica down one leg, ordinary soreness after a massage: no escalation.
    expect(flags('Sciatica down my left leg again this week, physio exercises help.')).toEqual([]);
    expect(flags('Bit achy from the sports massage yesterday, as expected.')).toEqual([]);
  });
  test('"AAA" batteries and the Triple-A league are no aneurysm', () => {
    expect(flags('Bought AAA batteries for the massage gun, my back pain is killing me this week.')).toEqual(
      [],
    );
    expect(flags('He was sent to Triple-A on a rehab assignment after back spasms.')).toEqual([]);
  });
});

describe('page bank Q53 near-misses (own wording)', () => {
  test('a story dated after it is told ("That was 2009") stays in the past', () => {
    expect(
      flags(
        'My uncle had sciatica so bad both his legs gave way on the bus stairs. That was 2009; he had an operation and plays bowls now.',
      ),
    ).toEqual([]);
  });
  test('a habitual faint when blood is taken, and a tip "worth a same-day call", report nothing', () => {
    expect(
      flags(
        'I always go white and faint when they take blood, since I was small. My back massage today was lovely.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'Tip: with sciatica, a foot that starts slapping down when you walk is worth a same-day call to the GP.',
      ),
    ).toEqual([]);
  });
});

describe('a minor fall needs back pain after it (FACTS.md §2 rf-minor-trauma-fragile; banks Q54, Q55)', () => {
  test('an older person who fell with no back pain reports no flag; one who cannot straighten up does', () => {
    expect(
      flags('Gran, 86, slipped on the wet path this morning but no back pain whatsoever, just a sore wrist.'),
    ).toEqual([]);
    expect(
      flags(
        'Grandpa, 84, sat down hard on the bathroom floor last night. Today he is bent over and won\u2019t straighten up.',
      ),
    ).not.toEqual([]);
  });
});

describe('quoted advice reports nobody (bank Q57)', () => {
  test('an article or leaflet quoted before a reader comment', () => {
    expect(
      flags(
        "FAQ: 'A sudden severe headache after a neck massage means 999.' Mine was a dull one after my head massage and went with a nap.",
      ),
    ).toEqual([]);
    expect(
      flags(
        '"Numbness in both legs needs emergency care," says the leaflet. My sciatica is only in the left leg, thankfully.',
      ),
    ).toEqual([]);
  });
  test("a quote of someone's own words still reports, and the reader's own sign after the quote does", () => {
    expect(flags("Mum rang me crying: 'I can't feel my legs and my back is agony.'")).not.toEqual([]);
    expect(
      flags(
        "Leaflet: 'Being unable to pee with back pain is an emergency.' That is me right now, back pain since Monday and I can't pee.",
      ),
    ).not.toEqual([]);
  });
});

describe('shingles told in lay words on a page (banks Q56, Q57)', () => {
  test('a one-sided band of blisters near back pain reports shingles; roof shingles do not', () => {
    expect(
      flags(
        'Back pain on my left side for days, and today a strip of red blisters appeared on that side only.',
      ),
    ).not.toEqual([]);
    expect(flags('Put my back out fixing the shingles on the garden shed roof.')).toEqual([]);
  });
});

test('one swollen calf days after a leg massage escalates a page; an achy calf only where worked does not (banks Q59, Q60)', () => {
  const told = analyseText(
    'Loved the sports massage on my legs. But two days later my right calf is swollen, warm and red when I walk, the left one is fine.',
  );
  expect(told.map((f) => f.level)).toContain('urgent-same-day');
  expect(
    analyseText(
      'Sports massage on Friday: one calf is a bit achy where she worked hard, not swollen, not red, not warm.',
    ),
  ).toEqual([]);
});

test('a compound takes no part from a question in the thread: a lift gone "sudden stab" and a reply asking "did you feel faint?" (bank Q60)', () => {
  expect(
    analyseText(
      'Post by sam_k: Lifted the sofa and my back went with a sudden stab. Reply from jo_p: Did you feel faint or clammy with it? Reply from sam_k: Nope, it just hurts when I move.',
    ),
  ).toEqual([]);
  // Told, not asked, the same collapse sign escalates.
  expect(
    analyseText('My back went with a sudden stab out of nowhere and I felt faint and clammy with it.').map(
      (f) => f.level,
    ),
  ).toContain('emergency');
});

test('a lasting history told in a past sentence still joins a sign told now (a fused spine, then a slip today)', () => {
  expect(
    analyseText(
      'My spine fused solid from ankylosing spondylitis years ago. This morning I slipped on the kitchen floor and sat down hard, and now my back hurts in a new way.',
    ).map((f) => f.level),
  ).toContain('emergency');
});

test('a passing-out parade is a ceremony, not a faint (bank Q60)', () => {
  expect(
    analyseText(
      "My daughter's passing-out parade is tomorrow and I'm dreading three hours on a bench with my bad back.",
    ),
  ).toEqual([]);
});

test('a sudden headache and double vision partway through a neck massage escalates a page (bank Q61)', () => {
  expect(
    analyseText(
      'Midway through the shoulder part of my shiatsu I got a sudden crushing headache and now everything is double.',
    ).map((f) => f.level),
  ).toContain('emergency');
});

test('a rib that hurts every time she breathes in after hard pressure on a fragile back is the urgent rib row (banks Q61, Q62)', () => {
  expect(
    analyseText(
      "Dad has osteoporosis and the masseur used his knuckles along Dad's back. Since then a sharp pain in one rib catches every time he breathes in.",
    ).map((f) => f.level),
  ).toContain('urgent-same-day');
});

test('red, hot, swollen skin over the back escalates a page; "red flags" and cupping marks do not (bank Q62)', () => {
  expect(
    analyseText(
      "Dad's back pain is different today: a patch of skin low on his back has gone red, hot and swollen since yesterday.",
    ).map((f) => f.level),
  ).toContain('urgent-same-day');
  expect(
    analyseText(
      'The red flags for back pain are worth reading once, but my own back is fine, just stiff after gardening.',
    ),
  ).toEqual([]);
  expect(
    analyseText(
      'Cupping left round red marks across my lower back; they fade in a few days and my back pain is looser.',
    ),
  ).toEqual([]);
});

test('a therapist\'s case "early in my career" is an old story, not a client now (bank Q61)', () => {
  expect(
    analyseText(
      'Early in my career a client rang the day after a leg massage to say one calf had swollen up, and it was a clot. Now I ask every client about flights.',
    ),
  ).toEqual([]);
});

test('a face gone droopy and an arm that will not lift after a massage escalates a page; a face creased by the face cradle does not (bank Q65)', () => {
  expect(
    analyseText(
      "Wife had a hot stone massage this morning. Half an hour ago her face went droopy on one side and she can't lift her left arm properly.",
    ).map((f) => f.level),
  ).toContain('emergency');
  expect(
    analyseText(
      'After the massage my face looked droopy and creased from the face cradle, gone in ten minutes.',
    ),
  ).toEqual([]);
});
