// Which matches are escalated by a red flag in their context (DESIGN.md §3 `backcheck-urgent`;
// FACTS.md §6.1 C1 component terms, §6.1 R CES bladder terms, §2 combination red flags).
import { describe, expect, test } from 'vitest';
import { getEntry, urgencyRank } from '../knowledge/index';
import { NON_ESCALATING_COMPONENTS } from './cards-and-urgency';
import { findTerms, isEscalated } from './index';
import { compileTerms } from './terms';

/** "span" for a plain match, "span!" for an urgent one. */
const marked = (text: string) =>
  findTerms(text).map((m) => `${text.slice(m.start, m.end)}${isEscalated(m) ? '!' : ''}`);

describe('urgent: escalated by a red flag in context', () => {
  test.each([
    // §6.1 required test: "fever" in "back pain with a fever", and the back pain beside it.
    ['back pain with a fever', ['back pain!', 'fever!']],
    ['My back pain is worse at night.', ['back pain!', 'worse at night!']],
    ['back pain after a car crash', ['back pain!', 'car crash!']],
    ['My back is killing me and I have chest pain.', ['My back is killing me!', 'chest pain!']],
    // ±1 sentence, as in C1.
    ['I had sciatica for a week. Then a fever came.', ['sciatica!', 'fever!']],
    // A CES bladder term with a back anchor gets the CES card and is urgent, with its anchor.
    ['Sudden incontinence and back pain.', ['incontinence!', 'back pain!']],
    // A cauda equina sign with back pain beside it is the §2 emergency combination.
    ['Back pain with saddle numbness', ['Back pain!', 'saddle numbness!']],
    ["Lower back pain and I can't pee.", ['Lower back pain!', "can't pee!"]],
    // "sciatica in both legs" is the whole combination: its own words are its back anchor.
    ['Since last night, sciatica in both legs.', ['sciatica in both legs!']],
  ])('%j → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  test.each([
    ['back pain', ['back pain']],
    ['Back pain is common. Most people recover. A fever is rare.', ['Back pain']],
    // Neutral bladder note: never urgent, not even beside an escalated sentence (§6.1 R).
    ['urinary incontinence after childbirth', ['urinary incontinence']],
    [
      'Back pain with a fever needs a check. Urinary incontinence after childbirth is common.',
      ['Back pain!', 'fever!', 'Urinary incontinence'],
    ],
    // rf-inflammatory-pattern is see-gp-soon (§2): highlighted as a component, not urgent.
    [
      'Lower back pain and morning stiffness that eases with exercise.',
      ['Lower back pain', 'morning stiffness'],
    ],
    // A name of the syndrome is not a sign of it.
    ['Back pain is rarely caused by cauda equina syndrome.', ['Back pain', 'cauda equina syndrome']],
    // A list belongs to its introduction (D3), so the fever is accepted (C1), but only the back
    // terms in the local sentences next to it are escalated, not every item of a long list.
    [
      'Causes of back pain:\n\n• Spondylitis. Pain in the back can spread.\n\n• Pyelonephritis. Lower back pain and fever.',
      ['back pain', 'Spondylitis', 'Pain in the back', 'Pyelonephritis', 'Lower back pain!', 'fever!'],
    ],
    // Asked about, or denied: "sciatica in both legs" escalates nothing.
    ['Can sciatica in both legs be serious?', ['sciatica in both legs']],
    ['I never had sciatica in both legs.', ['sciatica in both legs']],
    // A faint in a sauna is the heat (§2 look-alike).
    ['Felt faint in the sauna, fine after some water. Back pain as usual.', ['Back pain']],
    [
      'Stood up too fast off the massage table and felt faint. My back pain is better.',
      ['massage', 'back pain'],
    ],
    [
      'Had a fever last week, gone now after the antibiotics, and my back pain is easing.',
      ['fever', 'back pain'],
    ],
    // Non-anchor terms beside a red flag stay in their own category.
    ['Back pain with a fever: skip the massage.', ['Back pain!', 'fever!', 'massage']],
  ])('%j → %j (not escalated)', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });
});

describe('temperature readings and ovens', () => {
  test.each([
    // "temperature" inside a rejected "at a high temperature" is rejected too (§6.1 R).
    ['Bake it at a high temperature; my back pain hates the standing.', ['back pain']],
    ['Lumbago again, so I checked my temperature twice, 38.4 each time.', ['Lumbago!', 'temperature!']],
    ['My sciatica is worse and my temperature has been up for 36 hours.', ['sciatica!', 'temperature!']],
  ])('%s', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });
});

describe('a red flag escalates only when reported as happening now (issue 8)', () => {
  test.each([
    // Denied, before or after the sign.
    ['Sciatica seen at the walk-in centre: no weakness in either leg.', ['Sciatica']],
    ["I've got back pain but I don't have a fever.", ['back pain', 'fever']],
    ['Sciatica again but my temperature is normal.', ['Sciatica', 'temperature']],
    // Asked, then denied (issue 8, bank Q4).
    ['My back pain is bad. Chest pain? None at all.', ['back pain', 'Chest pain']],
    // A denial reaches along an "or" list.
    ["I haven't had any fever or chills with this backache.", ['fever', 'chills', 'backache']],
    // A list under an advice lead-in (issue 8, bank Q3).
    [
      'Seek emergency care for back pain with:\n- numbness in both legs\n- loss of bladder control',
      ['back pain', 'loss of bladder control'],
    ],
    // General information, nobody reporting.
    ['Back pain with a fever is not a job for a heat pack: call 111 the same day.', ['Back pain', 'fever']],
    // A normal reading (issue 8, bank AB): the temperature was taken and is not a fever.
    ['Lumbago again, so I checked my temperature twice, 36.9 each time.', ['Lumbago', 'temperature']],
    // Imagined, general advice or asked about.
    ['If your back pain ever comes with a fever, get seen that day.', ['back pain', 'fever']],
    // A leaflet's advice, its opening clause included; an inverted "if".
    [
      'After an epidural, with back pain, contact the unit straight away if you develop a fever.',
      ['back pain', 'fever'],
    ],
    ['Should your back pain come with a fever, ring your GP the same day.', ['back pain', 'fever']],
    ['What if my back pain gets worse at night?', ['back pain', 'worse at night']],
    ['Can a fever really be linked to a bad back?', ['fever', 'bad back']],
    ['General question: can a fever come with back pain?', ['fever', 'back pain']],
    // Told as past history.
    ['Years ago I had a fever with my back pain.', ['fever', 'back pain']],
    ['In the 80s he had a fever with his back pain.', ['fever', 'back pain']],
    // A long-past story goes on in its next past-tense sentence, or is dated by the sentence after.
    [
      'Years ago my dad had sciatica. He had a fever with it and needed a week in bed.',
      ['sciatica', 'fever'],
    ],
    ['I had a fever with my back pain. That was years ago.', ['fever', 'back pain']],
  ])('%j → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  test.each([
    // A question after the report does not undo it; nor does a past story that comes back to now.
    ['I have back pain and a fever, is that serious?', ['back pain!', 'fever!']],
    ['Years ago I had sciatica but now I have a fever with it.', ['sciatica!', 'fever!']],
    // The earlier sentence's term is near the escalating one (±1 sentence), so it is painted too.
    [
      'Years ago I had sciatica. This week my back pain came back with a fever.',
      ['sciatica!', 'back pain!', 'fever!'],
    ],
    // "can't" is a lost function, not a denial.
    ["Lower back pain and I can't pee.", ['Lower back pain!', "can't pee!"]],
  ])('%j → %j (escalated)', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  test('"wakes me up" is night pain only when the pain is what wakes', () => {
    expect(marked('My back pain wakes me up.')).toEqual(['back pain!', 'wakes me up!']);
    expect(marked('My back pain is grim and the cat wakes me up every morning.')).toEqual(['back pain']);
  });

  test('a fever told as over ("all gone now") escalates nothing', () => {
    expect(
      marked('Had a fever last week with a cold, all gone now. My back is stiff from the sofa.'),
    ).toEqual(['fever', 'My back is stiff']);
  });

  test('a faint with an everyday trigger in its sentence is no collapse sign', () => {
    expect(marked('I fainted at the sight of a needle. My lumbago is playing up again.')).toEqual([
      'lumbago',
    ]);
    expect(marked('My back pain is awful and I fainted in the kitchen.')).toEqual(['back pain!', 'fainted!']);
  });
});

describe('escalating components follow the §2 base levels', () => {
  const componentConcepts = [
    ...new Set(
      compileTerms()
        .filter((t) => t.component && t.concept.startsWith('rf-'))
        .map((t) => t.concept),
    ),
  ];
  test.each(componentConcepts)('%s', (id) => {
    const entry = getEntry(id);
    const base = entry && 'urgency' in entry ? entry.urgency?.base : undefined;
    expect(base).toBeDefined();
    const atLeastUrgent = urgencyRank(base) >= urgencyRank('urgent-same-day');
    expect(NON_ESCALATING_COMPONENTS.has(id)).toBe(!atLeastUrgent);
  });
});

describe("someone else's story that is over or only watched escalates nothing (issue 8, bank Q5)", () => {
  test('a TV recap', () => {
    expect(
      marked(
        "In this week's episode the nurse shrugs off a patient's back pain until the heart attack starts.",
      ).some((s) => s.endsWith('!')),
    ).toBe(false);
  });
  test('a relative taken care of in intensive care', () => {
    expect(
      marked(
        "Uncle's sudden back pain on Friday was an aortic dissection. He had surgery and is now stable in intensive care.",
      ).some((s) => s.endsWith('!')),
    ).toBe(false);
  });
  test("the writer's own red flag in the same words still escalates", () => {
    expect(
      marked('My back pain this morning turned into a heart attack feeling in my chest.').some((s) =>
        s.endsWith('!'),
      ),
    ).toBe(true);
  });
});

describe('a neighbouring sentence about care given does not reach one told as now (bank Q16)', () => {
  test('a fever "now", after the last course of tablets, escalates', () => {
    expect(
      marked(
        'Dad had a chest infection and finished his antibiotics on Sunday. Tonight he has a fever and new back pain.',
      ),
    ).toEqual(['chest infection', 'fever!', 'back pain!']);
  });
  test('without a word for now, the story of care given stays over', () => {
    expect(
      marked(
        'Dad had a chest infection and finished his antibiotics on Sunday. He had a fever and back pain.',
      ).some((s) => s.endsWith('!')),
    ).toBe(false);
  });
  test("a treatment's heat is no fever", () => {
    expect(
      marked(
        'The hot stones were a high temperature at first, so she let them cool. My back pain eased.',
      ).some((s) => s.endsWith('!')),
    ).toBe(false);
    expect(marked('She has a high temperature and back pain.')).toEqual(['high temperature!', 'back pain!']);
  });
});

describe('bank Q17 kinds (own wording)', () => {
  test('a question quoted to the writer is no report of theirs', () => {
    expect(
      marked('> Did you feel faint with it?\nNo, I was fine, just back pain after digging.').some((s) =>
        s.endsWith('!'),
      ),
    ).toBe(false);
  });
  test('"would I cancel if I had a temperature" is a condition', () => {
    expect(
      marked(
        'She asked would I cancel if I had a temperature that morning. My back pain is why I booked.',
      ).some((s) => s.endsWith('!')),
    ).toBe(false);
  });
});

describe('"but I\'ve…" turns a sentence dated long ago back to the writer now (issue 8, bank Q23)', () => {
  test.each([
    [
      'My sister lost weight on a diet last year, but I have been losing weight without trying and my back aches.',
      ['losing weight without trying!', 'back aches!'],
    ],
    // Without the turn, the past date holds the whole sentence.
    [
      'Last year I was losing weight without trying and my back ached.',
      ['losing weight without trying', 'my back ached'],
    ],
  ])('%j → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });
});

describe('a sign dated by the age it came at is past (issue 8, bank Q24)', () => {
  test.each([
    [
      'My dad had a heart attack at 55. My mid-back pain only hurts when I twist.',
      ['heart attack', 'mid-back pain'],
    ],
    // A clock time is no age: today's heart attack still escalates.
    ['My dad had a heart attack at 5 this morning and his back hurts.', ['heart attack!', 'his back hurts!']],
  ])('%j → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });
});

describe('a story frame — a teaching case, fiction, a memorial — escalates nothing (issue 8, bank Q28)', () => {
  const urgent = (text: string) => marked(text).some((s) => s.endsWith('!'));
  test.each([
    'Case for discussion: a woman of 40 has back pain and says she cannot feel the toilet paper when she wipes.',
    'Chapter 9 of my web serial. The old soldier wakes with back pain, and by noon he has lost control of his bladder.',
    'In loving memory of Aunt Jo. Her back pain came with numbness in the saddle area, and she bore it bravely.',
  ])('%s', (text) => {
    expect(urgent(text)).toBe(false);
  });
  test("the writer's own sign after the frame still escalates", () => {
    expect(
      urgent('In loving memory of Aunt Jo. Tonight my back pain came with numbness in the saddle area.'),
    ).toBe(true);
  });
});

describe('a sign told with a harmless cause beside it escalates nothing (issue 8, bank Q30)', () => {
  const urgent = (text: string) => marked(text).some((s) => s.endsWith('!'));
  test.each([
    'Felt faint after giving blood at lunch, and my back pain is the usual desk ache.',
    'Jelly legs after leg day again, and some lower back pain from the squats.',
    'Came out of the sea cold and clammy after the Boxing Day dip; my back ache is from the car.',
    "Tripping over the kids' toys all week, and my back pain is from picking them up.",
  ])('%s', (text) => {
    expect(urgent(text)).toBe(false);
  });
  test('the same signs without the cause still escalate', () => {
    expect(urgent('Felt faint this morning, and my back pain came on suddenly.')).toBe(true);
    expect(urgent('Jelly legs since yesterday, and new lower back pain.')).toBe(true);
  });
});
