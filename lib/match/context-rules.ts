// FACTS.md §6.1 R (red-flag and symptom terms) and M (massage and other senses), one function per
// rule id named in lib/knowledge/lexicon.ts. A rule returns false to reject the span; it may set a
// card variant, or defer to the engine for a condition on other accepted matches (an anchor in the
// sentence, a massage match in the paragraph). Component terms also pass C1 in the engine.
import { abbrCoTerm, abbrExpansion, chiro } from './abbreviations';
import { sentenceHasBodyBack } from './back-rule';
import {
  after,
  before,
  type Candidate,
  inParagraph,
  inSentence,
  nextTokenFollowsDirectly,
  type RuleContext,
  within,
  words,
} from './window';

export type Rule = (c: Candidate, ctx: RuleContext) => boolean;

const bodyBack = (c: Candidate, ctx: RuleContext) => sentenceHasBodyBack(ctx.m, c.sent, c.t0, c.t1);

// R "high temperature", "temperature".
const TEMP_PERSON = words(`I, I'm, I've, you, he, she, they, we, my, his, her, their, child, baby, son,
  daughter, patient, fever, ill, unwell, infection, flu, symptom, symptoms, sick, shivery`);
const TEMP_VERBS = new Set(['have', 'has', 'had', 'got', 'running', 'with']);
const TEMP_REJECT_AFTER = new Set([
  'cook',
  'cooking',
  'bake',
  'baking',
  'roast',
  'roasting',
  'heat',
  'heated',
]);
const TEMP_REJECT_SENTENCE = words(`forecast, heatwave, weather, degrees, CPU, GPU, processor, laptop,
  battery, engine, oven, motor, sauna, jacuzzi, thermostat, kettle`);
/** The heat of a treatment, not a person's: "the stones for the hot stone massage were a high temperature". */
const TEMP_REJECT_PHRASE = /\bhot[- ]stones?\b|\b(?:water|bath|tub|pool|stones|oil) (?:was|were|is|are)\b/i;

const TEMP_LEVELS = new Set(['high', 'higher', 'low', 'lower']);

const temperature: Rule = (c, { m }) => {
  // "temperature" inside a rejected "high temperature" ("roast at a high temperature") is read
  // with the same words before it as the longer term.
  const skip = TEMP_LEVELS.has(before(m, c)) ? 1 : 0;
  const b1 = before(m, c, 1 + skip);
  const b2 = before(m, c, 2 + skip);
  if (TEMP_REJECT_AFTER.has(b1)) return false;
  if (b1 === 'a' && (b2 === 'at' || b2 === 'to')) return false;
  if (inSentence(m, c, TEMP_REJECT_SENTENCE)) return false;
  const [a, b] = m.sentenceRange(c.sent);
  const sentenceText = m.text.slice(m.tokStart[a], m.tokEnd[b] + 2);
  if (/°\s?[CF]\b/.test(sentenceText) || TEMP_REJECT_PHRASE.test(sentenceText)) return false;
  if (TEMP_VERBS.has(b1) || (b1 === 'a' && TEMP_VERBS.has(b2))) return true;
  return inSentence(m, c, TEMP_PERSON);
};

// R "fever".
const FEVER_NOT_AFTER = new Set([
  'cabin',
  'hay',
  'football',
  'soccer',
  'cup',
  'gold',
  'spring',
  'election',
  'transfer',
  'disco',
  'bieber',
]);
const FEVER_NOT_BEFORE = new Set(['pitch', 'dream', 'dreams']);
const fever: Rule = (c, { m }) => {
  if (FEVER_NOT_AFTER.has(before(m, c)) || FEVER_NOT_BEFORE.has(after(m, c))) return false;
  // After a capitalised word that does not begin a sentence or list item ("Saturday Night Fever").
  const p = c.t0 - 1;
  if (before(m, c) !== '' && /^[A-Z]/.test(m.raw(p)) && !m.startsUnit(p) && m.raw(p) !== 'I') return false;
  return true;
};

const FEVERISH_NOT_BEFORE = new Set([
  'pace',
  'speculation',
  'excitement',
  'activity',
  'rush',
  'search',
  'atmosphere',
  'anticipation',
]);
const feverish: Rule = (c, { m }) => !FEVERISH_NOT_BEFORE.has(after(m, c));
const rigors: Rule = (c, { m }) => after(m, c) !== 'of';

// R "shivering", "chills".
const CHILLS_NEED = words('fever, temperature, ill, unwell, infection, flu, symptom, symptoms, sick');
const chills: Rule = (c, { m }) => {
  const a1 = after(m, c);
  if ((a1 === 'down' || a1 === 'up') && after(m, c, 2) === 'my' && after(m, c, 3) === 'spine') return false;
  const b1 = before(m, c);
  const b2 = before(m, c, 2);
  const GIVE = ['sends', 'sent', 'gives', 'gave', 'send', 'give', 'giving', 'sending'];
  if (GIVE.includes(b1) || (b1 === 'me' && GIVE.includes(b2))) return false;
  if (b1 === 'and' && b2 === 'thrills') return false;
  return inSentence(m, c, CHILLS_NEED);
};

// R "passed out", "passing out", "blacked out", "collapsed".
const OUT_NEXT = new Set([
  'and',
  'but',
  'or',
  'then',
  'again',
  'twice',
  'briefly',
  'completely',
  'for',
  'after',
  'when',
  'while',
  'as',
  'at',
  'in',
  'on',
  'from',
  'during',
  'because',
  'with',
]);
// A faint with an everyday trigger in the same sentence (the sight of blood, a needle, the heat)
// is no sign of collapse from within.
const FAINT_TRIGGERS = words(
  'sight, needle, needles, injection, jab, jabs, vaccine, vaccination, heat, blood test, sauna, steam room, hot tub, jacuzzi, stood up, got up, getting up, standing up',
);
// Saddle numbness from a bike saddle that wore off (FACTS.md §2 look-alike): a ride and "gone",
// "wore off" or "normal by…" in the sentence.
const BIKE = words('bike, cycle, cycling, ride, riding, saddle, sportive, spin class');
const WORE_OFF = words(
  'wore off, wears off, went away, gone, normal by, back to normal, was normal, passed, feeling came back, feeling returned, feeling was back',
);
const saddleNumb: Rule = (c, { m }) => !(inSentence(m, c, BIKE) && inSentence(m, c, WORE_OFF));
const faint: Rule = (c, { m }) => !inSentence(m, c, FAINT_TRIGGERS);
const passedOut: Rule = (c, { m }) => {
  if (inSentence(m, c, FAINT_TRIGGERS)) return false;
  if (!nextTokenFollowsDirectly(m, c)) return true; // end of sentence or punctuation next
  return OUT_NEXT.has(after(m, c));
};
const PERSON_SUBJECT = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'who']);
const collapsed: Rule = (c, ctx) => {
  if (!passedOut(c, ctx)) return false;
  const b1 = before(ctx.m, c);
  const b2 = before(ctx.m, c, 2);
  if (PERSON_SUBJECT.has(b1) || ((b1 === 'just' || b1 === 'suddenly') && PERSON_SUBJECT.has(b2))) return true;
  c.needsAnchorInSentence = true;
  return true;
};

// R "tearing pain", "ripping pain".
const TEAR_NEED = words('chest, shoulder blade, shoulder blades');
const tearingPain: Rule = (c, ctx) => inSentence(ctx.m, c, TEAR_NEED) || bodyBack(c, ctx);

// R "tight chest", "chest tightness".
const STRETCH = words('stretch, stretches, stretching');
const tightChest: Rule = (c, { m }) => {
  const a1 = after(m, c);
  if (a1 === 'muscle' || a1 === 'muscles') return false;
  return !inSentence(m, c, STRETCH);
};

// R "heart attack".
const heartAttack: Rule = (c, { m }) => {
  if (after(m, c) === 'on' && after(m, c, 2) === 'a' && after(m, c, 3) === 'plate') return false;
  if (after(m, c) === 'inducing' || m.text[c.end] === '-') return false;
  if (before(m, c) === 'me' && before(m, c, 2) === 'gave') return false;
  if (before(m, c) === 'a' && before(m, c, 2) === 'me' && before(m, c, 3) === 'gave') return false;
  return true;
};

// R "peed/peeing/pooed/… myself", "wet/wetting myself".
const SOILED_NOT_AFTER = new Set(['nearly', 'almost', 'practically']);
const LAUGH = words('laughing, laughed, laughter, fright');
const soiled: Rule = (c, { m }) => {
  const b1 = before(m, c);
  const b2 = before(m, c, 2);
  if (SOILED_NOT_AFTER.has(b1)) return false;
  if (b1 === 'have' && b2 === 'could') return false;
  if (b1 === 've' && b2 === 'could') return false;
  if (b1 === 'to' && b2 === 'about') return false;
  return !within(m, c, 2, LAUGH, 'after');
};

// R weight-loss terms.
const WEIGHT_QUALIFIER = words(`without trying, without dieting, not trying, unexplained, unintentional,
  unintended, unplanned, involuntary, for no reason`);
const WEIGHT_REJECT = words(`diet, dieting, on purpose, slimming, calorie, calories, gym, programme, program,
  plan, goal, goals`);
const weightLoss: Rule = (c, { m }) => {
  if (!inSentence(m, c, WEIGHT_QUALIFIER)) return false;
  if (inSentence(m, c, WEIGHT_REJECT)) {
    // "dieting" is allowed only inside "without dieting".
    const [a, b] = m.sentenceRange(c.sent);
    for (let i = a; i <= b; i++) {
      if (i >= c.t0 && i <= c.t1) continue;
      const w = m.lower(i);
      if (w === 'dieting' && i > 0 && m.lower(i - 1) === 'without') continue;
      if (WEIGHT_REJECT.singles.has(w)) return false;
      if (w === 'on' && i + 1 <= b && m.lower(i + 1) === 'purpose') return false;
    }
  }
  return true;
};

// R "wakes me up", "tripping", "unsteady" (FACTS.md §6.1).
const PAIN_OR_LEG = words('pain, ache, aching, hurts, leg, legs, foot, feet');
const painOrLeg: Rule = (c, ctx) => inSentence(ctx.m, c, PAIN_OR_LEG) || bodyBack(c, ctx);
// "wakes me up" also needs the pain to be what wakes: "the cat wakes me up at 4am" beside back pain
// is no night pain. The word before it must be the pain (or stand for it), or an adverb.
const WAKER = words(`it, this, that, which, pain, ache, aching, hurt, hurts, back, sciatica, lumbago, spasm,
  spasms, throbbing, burning, leg, still, often, always, sometimes, usually, regularly, constantly, even,
  also, now, really, actually, literally, just`);
const wakesMeUp: Rule = (c, ctx) => painOrLeg(c, ctx) && WAKER.singles.has(before(ctx.m, c));

// R "car accident", "car crash": the person's own accident, or a back anchor in the sentence.
const OWN = words("I, I'm, I've, me, my, we, our");
const carAccident: Rule = (c, { m }) => {
  if (!inSentence(m, c, OWN)) c.needsAnchorInSentence = true;
  return true;
};

const brokeMyBack: Rule = (c, { m }) => !['to', 'for', 'working', 'trying'].includes(after(m, c));

const CALF_NEED = words(`swelling, swollen, warm, warmth, red, redness, one leg, flight, flew, plane,
  surgery, operation, plaster, cast, massage`);
const calfPain: Rule = (c, { m }) => inSentence(m, c, CALF_NEED);

const CLOT_NEED = words('leg, legs, calf, thigh, lung, lungs, vein, DVT, deep vein');
const bloodClot: Rule = (c, { m }) => inSentence(m, c, CLOT_NEED);

const ANEURYSM_NOT = words('brain, head, cerebral, berry');
const burstAneurysm: Rule = (c, { m }) => !inSentence(m, c, ANEURYSM_NOT);

const MYALGIA_NEED = words('neck, spine, lumbar');
const myalgia: Rule = (c, ctx) => inSentence(ctx.m, c, MYALGIA_NEED) || bodyBack(c, ctx);

const DARK_URINE_NEED = words(`muscle, muscles, weak, weakness, cramp, cramps, ache, aches, aching, massage,
  exercise, workout`);
const darkUrine: Rule = (c, { m }) => inSentence(m, c, DARK_URINE_NEED);

const RHABDO_NEED = words('muscle, CK, urine, kidney, workout, exercise');
const rhabdo: Rule = (c, { m }) => within(m, c, 6, RHABDO_NEED);

const BLADES_NEED = words('pain, pains, ache, aches, aching, hurts, hurting, sore, tearing, ripping');
const shoulderBlades: Rule = (c, { m }) => inSentence(m, c, BLADES_NEED);

// R CES bladder terms: a card rule. As CES signs they need back/leg/numbness context or a sudden
// onset; otherwise the neutral bladder note, never urgent.
const CES_CONTEXT = words('leg, legs, sciatica, numb, numbness, saddle, new, sudden, suddenly, just started');
const ONSET_TIME = words(`this morning, yesterday, last night, today, a day, one day, two days, three days,
  a few days, days, hours, an hour, a week, last week`);
const cesBladder: Rule = (c, { m }) => {
  if (inSentence(m, c, CES_CONTEXT)) return true;
  const [a, b] = m.sentenceRange(c.sent);
  for (let i = a; i <= b; i++) {
    const w = m.lower(i);
    if ((w === 'started' || w === 'since') && within(m, { ...c, t0: i, t1: i }, 1, ONSET_TIME, 'after'))
      return true;
  }
  // Decided by the engine: a back anchor in the sentence gives the CES card, else the neutral note.
  c.card = 'neutral-bladder';
  return true;
};

const SADDLE_NEED = words(`numb, numbness, tingling, tingly, feel, feeling, feelings, sensation, sensations,
  anus, bottom, buttocks, genitals, groin`);
const saddleArea: Rule = (c, { m }) => inSentence(m, c, SADDLE_NEED);

// R "UTI" / "bladder infection": the kidney-infection card as likely cause only with back, side or
// kidney pain, fever or feeling unwell; otherwise "watch for these signs".
const UTI_KIDNEY = words(`back pain, side pain, kidney pain, pain in my back, pain in my side, flank pain,
  fever, temperature, unwell`);
const utiCard = (c: Candidate, ctx: RuleContext) => {
  if (!inSentence(ctx.m, c, UTI_KIDNEY) && !bodyBack(c, ctx)) c.card = 'uti-watch';
};
const uti: Rule = (c, ctx) => {
  if (c.term.text === 'UTI' && !abbrCoTerm(c, ctx)) return false;
  utiCard(c, ctx);
  return true;
};

const KYPHOSIS_FRACTURE = words(
  'fracture, fractured, osteoporosis, height, vertebra, vertebrae, compression',
);
const kyphosis: Rule = (c, { m }) => {
  if (!inSentence(m, c, KYPHOSIS_FRACTURE)) c.card = 'neutral-kyphosis';
  return true;
};

const HEIGHT_NEED = words(`posture, stoop, stooped, stooping, hunched, shrinking, shorter, older, age,
  osteoporosis, spine, vertebra, vertebrae, fracture`);
const lossOfHeight: Rule = (c, { m }) => inSentence(m, c, HEIGHT_NEED);

const cordCompression: Rule = (c, { m }) => before(m, c) !== 'umbilical';

const NECK = words('neck, arm, arms, shoulder, shoulders, hand');
const nerveNeck: Rule = (c, { m }) => {
  if (inSentence(m, c, NECK)) c.card = 'neck-note';
  return true;
};

const SHINGLES_NEED = words(`rash, pain, painful, blister, blisters, virus, chickenpox, vaccine, vaccination,
  infection, antiviral`);
const shingles: Rule = (c, { m }) => inSentence(m, c, SHINGLES_NEED);

export const STONE_NEED = words('kidney, kidneys, renal, ureter, ureteric, urologist, urology, urine, colic');
const stone: Rule = (c, { m }) => before(m, c) !== 'hot' && inSentence(m, c, STONE_NEED);

const PERIOD_NEED = words(`menstrual, menstruation, periods, cramps, endometriosis, womb, dysmenorrhoea,
  dysmenorrhea, PMS, cycle`);
const periodPain: Rule = (c, { m }) => inSentence(m, c, PERIOD_NEED);

// R "pregnancy", "pregnant", "fracture(s)": only in a massage paragraph (decided by the engine).
export const CONTRA = words('contraindication, contraindications, contraindicated');
const massageContext: Rule = (c, { m }) => {
  if (!inParagraph(m, c, CONTRA)) c.needsMassageInParagraph = true;
  return true;
};

// M: figurative, cooking and other-practice uses of massage terms.
const FIGURATIVE =
  words(`numbers, data, figures, statistics, stats, truth, ego, egos, results, budget, message,
  story, text, code, books, accounts, CV, kale, greens, meat, dough, cabbage, marinade, chicken, the leaves`);
const INTO = words('into');
const RECIPE = words('recipe, kale, cabbage, dough, marinade, teaspoon, tablespoon, tsp, tbsp');
const OTHER_PRACTICE = new Set([
  'cardiac',
  'heart',
  'uterine',
  'fundal',
  'perineal',
  'breast',
  'lactation',
  'baby',
  'infant',
  'prostate',
]);
const massageSense: Rule = (c, { m }) => {
  if (within(m, c, 4, FIGURATIVE) || within(m, c, 4, INTO, 'after')) return false;
  if (inParagraph(m, c, RECIPE)) return false;
  const b1 = before(m, c);
  if (OTHER_PRACTICE.has(b1)) return false;
  if (b1 === 'sinus' && before(m, c, 2) === 'carotid') return false;
  // "massage of the prostate / the uterus": the practice named right after.
  if (
    after(m, c) === 'of' &&
    ['prostate', 'uterus', 'baby', 'infant', 'heart'].includes(after(m, c, 3) || after(m, c, 2))
  )
    return false;
  return true;
};

const TRIGGER_NEED = words('muscle, muscles, massage, therapist, myofascial, knot');
const triggerPoint: Rule = (c, ctx) => inSentence(ctx.m, c, TRIGGER_NEED) && massageSense(c, ctx);

const PRESSURE_NEED = words(`neck, shoulder, shoulders, back, hand, hands, foot, feet, head, temple, temples,
  muscle, muscles, massage, acupressure, reflexology, shiatsu, therapist`);
const pressurePoint: Rule = (c, ctx) => inSentence(ctx.m, c, PRESSURE_NEED) && massageSense(c, ctx);

export const MASSAGE_WORD = words('massage, massages');
const swedishThai: Rule = (c, ctx) => within(ctx.m, c, 4, MASSAGE_WORD, 'after') && massageSense(c, ctx);

const CUPPING_NEED = words('therapy, massage');
const cupping: Rule = (c, ctx) => within(ctx.m, c, 3, CUPPING_NEED) && massageSense(c, ctx);

// M "disc/disk": the spinal sense needs a spinal word right before it (order matters: "a vinyl
// disc slipped" is not a slipped disc), a disc-disease word directly after, or a level (L4, L5, S1).
export const DISC_BEFORE =
  words(`slipped, herniated, prolapsed, bulging, ruptured, degenerative, degenerated, lumbar,
  spinal, intervertebral`);
export const DISC_AFTER = new Set(['herniation', 'prolapse', 'bulge', 'protrusion', 'degeneration']);
export const DISC_LEVEL = words('L4, L5, S1');
const disc: Rule = (c, { m }) =>
  within(m, c, 2, DISC_BEFORE, 'before') || DISC_AFTER.has(after(m, c)) || within(m, c, 2, DISC_LEVEL);

const gallstones: Rule = (c) => {
  c.card = 'gallstones-note';
  return true;
};

const massageParlour: Rule = (c) => {
  c.card = 'neutral-massage-parlour';
  return true;
};

/** Rule ids used in lib/knowledge/lexicon.ts → implementation. */
export const RULES: Record<string, Rule> = {
  'abbr-expansion': abbrExpansion,
  'abbr-coterm': (c, ctx) => (c.term.text === 'UTI' ? uti(c, ctx) : abbrCoTerm(c, ctx)),
  chiro,
  temperature,
  fever,
  feverish,
  rigors,
  chills,
  'passed-out': passedOut,
  faint,
  'saddle-numb': saddleNumb,
  collapsed,
  'tearing-pain': tearingPain,
  'tight-chest': tightChest,
  'heart-attack': heartAttack,
  soiled,
  'weight-loss': weightLoss,
  'pain-or-leg': painOrLeg,
  'wakes-me-up': wakesMeUp,
  'car-accident': carAccident,
  'broke-my-back': brokeMyBack,
  'calf-pain': calfPain,
  'blood-clot': bloodClot,
  'burst-aneurysm': burstAneurysm,
  myalgia,
  'dark-urine': darkUrine,
  rhabdo,
  'shoulder-blades': shoulderBlades,
  'ces-bladder': cesBladder,
  'saddle-area': saddleArea,
  uti,
  kyphosis,
  'loss-of-height': lossOfHeight,
  'cord-compression': cordCompression,
  'nerve-neck': nerveNeck,
  shingles,
  stone,
  'period-pain': periodPain,
  'massage-context': massageContext,
  'massage-sense': massageSense,
  'trigger-point': triggerPoint,
  'pressure-point': pressurePoint,
  'swedish-thai': swedishThai,
  cupping,
  'massage-parlour': massageParlour,
  disc,
  gallstones,
};

/** The rules lib/match implements (the structural test checks every lexicon rule id is here). */
export const RULE_IDS: readonly string[] = [
  ...Object.keys(RULES),
  'back-noun', // back-rule.ts
  'meningitis', // [lookup] only (lib/lookup)
  'spinal-procedure', // [lookup] only (lib/lookup)
];
