// Lay-language symptom signals for the lookup: what a user types → features such as `fever`,
// `saddleNumb` or `retention`. Written from FACTS.md §2 (red flags), §1 (typical features and
// escalations), §4.2 (after massage), §6 (lexicon, incl. [lookup] terms) and §6.1 (context rules
// C2, A5, R and the N lost-function table), in everyday UK and US wording. Not from eval strings.
//
// Lexical features are phrase patterns (see patterns.ts). Compound features combine others
// within a window of tokens in one sentence, or anywhere in the query (D4 "same query").

import type { CompoundFeature, LexicalFeature } from '../presentation-schema';

/**
 * Parts of a story that stay true when told as long past (DISTANT_PAST_CUES): a history, a risk
 * or a lasting condition ("had breast cancer years ago", "a clot years back"). Every other part
 * told only in a long-past clause is history, not what the person asks about now.
 */
export const HISTORY_FEATURES: ReadonlySet<string> = new Set([
  'cancer',
  'cancerTreatment',
  'msccTerm',
  'osteoporosis',
  'fragileBones',
  'asDiagnosis',
  'ankylosing',
  'aaaTerm',
  'aneurysmTerm',
  'singleKidney',
  'bloodThinner',
  'bleedingDisorder',
  'immuno',
  'diabetes',
  'ivdu',
  'heartCondition',
  'strokeHistory',
  'implant',
  'smoker',
  'varicose',
  'lymphedema',
  'elderly',
  'clot',
  'dvtTerm',
  'peTerm',
  'stoneTerm',
]);

/** Who or what else wakes a person at night (so the waking is no night pain). */
const WAKERS =
  'cat|cats|dog|dogs|puppy|baby|babies|kid|kids|toddler|alarm|neighbour|neighbours|neighbor|neighbors|noise|husband|wife|partner|snoring';

export {
  ADVICE_TRIGGERS,
  ANSWER_DENIALS,
  ANSWER_LABELS,
  BACK_TO_NOW,
  BACK_TO_REPORT,
  CLAUSE_ONLY_PAST_CUES,
  CLEARED_CUES,
  CLEARED_RESULTS,
  CLEARED_TESTS,
  CONDITIONAL_VERBS,
  DATES_BACK,
  DEATH_VERBS,
  DENIED_PROBLEMS,
  DISTANT_PAST_CUES,
  FEAR_CUES,
  FEARED_CONDITION_CUES,
  FIRST_PERSON,
  FORM_ANSWER_DENIALS,
  FRAME_BREAKERS,
  FUTURE_WORDS,
  HYPOTHETICAL_CUES,
  INABILITY_BEFORE_WITHOUT,
  isAdviceSentence,
  isNormalReading,
  MONTHS,
  NEGATION_CUES,
  NEW_AFTER_LONG_PAST,
  NO_SENTENCE_END_AFTER,
  NONE_OF_VERBS,
  NONE_OF_WORDS,
  NOTHING_ODD,
  NOW_AFTER_AND_BODY,
  NOW_AFTER_CUE,
  NOW_BEFORE_CUE,
  OTHER_PEOPLE,
  OTHERS_DONE_CUES,
  OVER_CUES,
  OWN_QUESTION_WORDS,
  OWN_REPORT_ASKS,
  OWN_WORDS,
  PAST_BE,
  PAST_CUES,
  PAST_EVENT_VERBS,
  PAST_TIME,
  PAST_TIME_WORDS,
  PETS,
  POLITE_ASIDES,
  POST_DENIAL_FILLERS,
  POST_DENIALS,
  PRESENT_PERFECT,
  PRESENT_SENSE,
  PROBLEM_LINKS,
  QUESTION_LEAD_INS,
  QUESTION_OPENERS,
  QUOTED_ADVICE_WORDS,
  READING_FINDINGS,
  READING_WORDS,
  RECENT_DURATION_CUES,
  RECENT_SUBJECTS,
  RECENT_TIME_CUES,
  RELATIVES,
  RULED_OUT_CUES,
  SCOPE_BREAKERS,
  SCREEN_CUES,
  SHARED_GROUPS,
  STAGE_UNITS,
  STORY_FRAME_CUES,
  THIS_PERIODS,
  TOLD_AS_NOW,
  TOLD_AS_PAST,
  TROUBLE_WORDS,
  WAS_FINE_THEN,
  YOUNGER_AGE_WORDS,
} from './report-cues';

/** Pattern macros (lib/lookup/patterns.ts syntax: "$PAIN"). */
export const MACROS: Record<string, string> = {
  PAIN: 'pain|ache|hurt|sore|soreness|tight|tightness|agony|painful|throb|throbbing|stab|stabbing|twinge|spasm|stiff|stiffness|tender|kill|killing|burn|burning|shoot|shooting|sharp|achy|aching|cramp|cramping|niggle|niggly|niggling',
  PEE: 'pee|pea|wee|urinate|urine|urinating|piss|wee-wee|toilet|loo|bathroom|washroom|restroom|urinal|water',
  LEG: 'leg|thigh|calf|foot|knee|shin|ankle|toe|toes|hamstring',
  BELLY: 'stomach|tummy|belly|abdomen|abdominal|abdo|gut|navel|epigastric',
  SPREAD:
    'go|going|through|spread|spreading|radiate|radiating|travel|travelling|shoot|shooting|move|moving|bore|boring|round|wrap|run|running|runs',
};

/** A pain told as an explosion ("my lower back went off like a grenade"): both pain and severe. */
const EXPLOSIVE_PAIN = [
  'went|goes|go off like a|an? grenade|bomb|explosion|firework',
  'like a|an grenade|bomb went off|exploded',
];

/** Irregular or awkward forms → the base form used in the signal tables. */
export const WORD_FORMS: Record<string, string> = {
  // Spelled by ear: "worst headake of my life", "seeing dubble", "a feva".
  headake: 'headache',
  // German mixed in: "an Aortenaneurysma in the belly", "like a Hexenschuss".
  aortenaneurysma: 'aneurysm',
  hexenschuss: 'lumbago',
  hedache: 'headache',
  hedake: 'headache',
  dubble: 'double',
  feva: 'fever',
  fevah: 'fever',
  pood: 'pooed',
  // Phone shorthand: "bk pain", "belly pain thru to back".
  bk: 'back',
  thru: 'through',
  // "pins n needles", "wont go n i feel rough", "no wee probs".
  n: 'and',
  probs: 'problems',
  // "nutten nah touch it", "nuffin helps": nothing.
  nutten: 'nothing',
  nuttin: 'nothing',
  nuthin: 'nothing',
  nothin: 'nothing',
  nuffin: 'nothing',
  tek: 'take',
  aff: 'off',
  doon: 'down',
  tae: 'to',
  noo: 'now',
  aboot: 'about',
  nae: 'no',
  // Scots: "baith legs are numb an weak even lyin in ma bed".
  baith: 'both',
  lyin: 'lie',
  // Words from the languages people mix into English (issue 8, bank P71): Tagalog "lagnat"
  // (fever), "ihi" (to pee), "tiyan" (belly); Spanish "calentura", "fiebre" (fever), "espalda"
  // (back); Hindi and Urdu "dard" (pain), "kamar" (the lower back), "sunn" (numb), "dono" (both);
  // Malay "urut" and Hindi "maalish" (a massage).
  lagnat: 'fever',
  ihi: 'pee',
  tiyan: 'belly',
  calentura: 'fever',
  fiebre: 'fever',
  espalda: 'back',
  dard: 'pain',
  bukhar: 'fever',
  kamar: 'back',
  sunn: 'numb',
  dono: 'both',
  urut: 'massage',
  maalish: 'massage',
  // Scots: "legs gaun fae under me", "back's been sair".
  gaun: 'going',
  fae: 'from',
  sair: 'sore',
  wis: 'was',
  bak: 'back',
  feet: 'foot',
  fell: 'fall',
  // Hills, not falls: "walking the fells".
  fells: 'fells',
  fallen: 'fall',
  falling: 'fall',
  felt: 'feel',
  went: 'go',
  gone: 'go',
  goes: 'go',
  gave: 'give',
  given: 'give',
  woke: 'wake',
  woken: 'wake',
  waking: 'wake',
  peed: 'pee',
  wees: 'wee',
  peeing: 'pee',
  pees: 'pee',
  weed: 'wee',
  weeing: 'wee',
  pooed: 'poo',
  pooing: 'poo',
  pooped: 'poo',
  pooping: 'poo',
  poop: 'poo',
  drank: 'drink',
  drunk: 'drunk',
  lying: 'lie',
  lay: 'lie',
  calves: 'calf',
  calve: 'calf',
  thighs: 'thigh',
  kidneys: 'kidney',
  ribs: 'rib',
  blades: 'blade',
  worse: 'worse',
  worst: 'worst',
  better: 'better',
  sat: 'sit',
  stood: 'stand',
  ate: 'eat',
  told: 'tell',
  left: 'left',
  threw: 'throw',
  thrown: 'throw',
  broke: 'break',
  broken: 'break',
  hit: 'hit',
  fever: 'fever',
  wiping: 'wipe',
  wiped: 'wipe',
  started: 'start',
  children: 'child',
  women: 'woman',
  men: 'man',
  tumor: 'tumor',
  mum: 'mum',
  bp: 'bp',
  haematoma: 'hematoma',
  diarrhoea: 'diarrhea',
  dysmenorrhoea: 'dysmenorrhea',
  gonorrhoea: 'gonorrhea',
  oedema: 'edema',
  lymphoedema: 'lymphedema',
  oesophagus: 'esophagus',
  faeces: 'feces',
  faecal: 'fecal',
  programme: 'program',
  centre: 'center',
  grey: 'gray',
  draught: 'draft',
  pyjamas: 'pajamas',
  anaesthetic: 'anesthetic',
  anaesthesia: 'anesthesia',
  paediatric: 'pediatric',
  haemorrhage: 'hemorrhage',
  haemophilia: 'hemophilia',
  gynaecological: 'gynecological',
  gynaecology: 'gynecology',
  oestrogen: 'estrogen',
  tumours: 'tumor',
  tumour: 'tumor',
  colour: 'color',
  coloured: 'colored',
  behaviour: 'behavior',
  litre: 'liter',
  mould: 'mold',
  sceptic: 'skeptic',
  anemia: 'anemia',
  anaemia: 'anemia',
  leukaemia: 'leukemia',
  ischaemia: 'ischemia',
  jewellery: 'jewelry',
  travelling: 'travel',
  travelled: 'travel',
};

/**
 * What a phone's dictation hears instead of the words meant, as heard → meant (words as typed,
 * lower case, contractions expanded: "can't" is "cant"). A common word is only respelled with the
 * word beside it that makes the reading safe ("lower bag", "chess pain", "deep tissue message"),
 * never alone. Applied by lib/lookup/sound-alikes.ts before any other reading.
 */
export const SOUND_ALIKES: Record<string, string> = {
  'sigh attica': 'sciatica',
  'sigh attic a': 'sciatica',
  'sigh attic': 'sciatica',
  'psy attica': 'sciatica',
  'sci attica': 'sciatica',
  'war for in': 'warfarin',
  'war farin': 'warfarin',
  'war fair in': 'warfarin',
  'both eggs': 'both legs',
  'shoulder plates': 'shoulder blades',
  'shoulder plate': 'shoulder blade',
  'lower bag': 'lower back',
  'upper bag': 'upper back',
  'middle bag': 'middle back',
  'bag pain': 'back pain',
  'bag ache': 'back ache',
  'chess pain': 'chest pain',
  'chess pains': 'chest pains',
  'chess tightness': 'chest tightness',
  'chess pressure': 'chest pressure',
  'in my chess': 'in my chest',
  'cord equina': 'cauda equina',
  'corda equina': 'cauda equina',
  'cauda equine': 'cauda equina',
  'bowl movement': 'bowel movement',
  'bowl movements': 'bowel movements',
  'bowl control': 'bowel control',
  'deep tissue message': 'deep tissue massage',
  'sports message': 'sports massage',
  'back message': 'back massage',
  'neck message': 'neck massage',
  'thai message': 'thai massage',
  'hot stone message': 'hot stone massage',
  'message therapist': 'massage therapist',
  'message gun': 'massage gun',
  'cairo practor': 'chiropractor',
  'cairo practer': 'chiropractor',
  'kyro practor': 'chiropractor',
  'chiro practor': 'chiropractor',
  'ankle losing': 'ankylosing',
  'osteo porosis': 'osteoporosis',
  'slipped this': 'slipped disc',
  'cant p': 'cant pee',
  num: 'numb',
  'psych attica': 'sciatica',
  'psyche attica': 'sciatica',
  'soldier blades': 'shoulder blades',
  'soldier blade': 'shoulder blade',
  'passing stole': 'passing stool',
  'passing stoles': 'passing stools',
  'keyma therapy': 'chemotherapy',
  'key mo': 'chemo',
  kemo: 'chemo',
  'my loma': 'myeloma',
  'gold stones': 'gallstones',
  'gold stone': 'gallstone',
  'clam idea': 'chlamydia',
  'lamp on my': 'lump on my',
  'lamp on the': 'lump on the',
  'red rush': 'red rash',
  'a rush of': 'a rash of',
  'blood thinness': 'blood thinners',
  'spondle itis': 'spondylitis',
  'spondy lytis': 'spondylitis',
  'my pier id': 'my period',
  'pace maker': 'pacemaker',
  'the mass use': 'the masseuse',
  'a mass use': 'a masseuse',
  'massage the rapist': 'massage therapist',
  'my sigh attic': 'my sciatica',
  // Dictated medical words (bank P112): "the annie rism thing", "my kid knee infection".
  'annie rism': 'aneurysm',
  'annie risk': 'aneurysm',
  'an your ism': 'aneurysm',
  'triple eh': 'triple a',
  'triple ay': 'triple a',
  'kid knee infection': 'kidney infection',
  'kid knee stone': 'kidney stone',
  'kid knee stones': 'kidney stones',
  'ostia porosis': 'osteoporosis',
  'osteo prosis': 'osteoporosis',
  'epi dural': 'epidural',
  'dee vee tee': 'dvt',
  'prostate itis': 'prostatitis',
  // Spelling slips that make another word: "cant fell my bum when i wipe", "my we is dark".
  'cant fell': 'cant feel',
  'not fell': 'not feel',
  'my we is': 'my wee is',
  'my we was': 'my wee was',
  'my we looks': 'my wee looks',
};

/**
 * Punctuation a dictating phone writes out as words ("…since Tuesday comma now my legs…"): read as
 * the mark it names, so sentences and clauses (and the reach of a "no") end where the speaker
 * meant. Not "period" (also a period) nor "colon" (also the bowel).
 */
export const SPOKEN_PUNCTUATION: Record<string, string> = {
  comma: ',',
  'full stop': '.',
  'question mark': '?',
  'exclamation mark': '!',
  'exclamation point': '!',
  'new line': '\n',
  'new paragraph': '\n',
  semicolon: ';',
};

/** British spellings folded to US ones by prefix (haem → hem …). */
export const BRITISH_PREFIXES = /^(haem|anaes|faec|gynae|paed|oede|oest|oeso|leukae|anae)/;

export const LEXICAL: LexicalFeature[] = [
  // ---- body sites -------------------------------------------------------------------------
  {
    id: 'back',
    patterns: [
      'back',
      'spine',
      // "pain in the belly and in the column" (columna, coluna: the spine in Spanish and Portuguese).
      'in the|my|his|her =column',
      'spinal',
      'lumbar',
      'lumbosacral',
      'sacrum',
      'sacral',
      'backbone',
      'vertebra',
      'vertebrae',
    ],
  },
  {
    id: 'backWord',
    patterns: [
      'backache',
      'backpain',
      'lumbago',
      'lbp',
      'dorsalgia',
      'bad back',
      // South Asian English: "waist pain" is low back pain.
      'waist pain|ache|aches|aching',
      'pain|ache in my|the|his|her? waist',
    ],
  },
  // A pain that shoots or runs down a limb, a nerve's (sciatica told without the word).
  {
    id: 'nervePainDown',
    patterns: [
      'shooting|shoots|shot|shoot|radiating|radiates|electric|burning|stabbing pain|pains down|into',
    ],
  },
  {
    id: 'backWent',
    patterns: [
      'back go|give|seize|lock|spasm|ping|snap',
      'put|throw|do|done|did|tweak|tweaked|rick|ricked|crick|cricked|strain|strained|hurt|injure|injured|wrench|wrenched my? back',
      // "back's been crook for a week": bad or sore in Australian English ("crooked" is a shape).
      'back been|is|gone|went|feels|feeling =crook',
      // "I've never had a bad back before. Tweaked it pulling weeds": "it" is the back.
      'tweak|tweaked|rick|ricked|wrench|wrenched it lifting|pulling|digging|bending|reaching|picking|carrying|gardening|moving|at',
      'crick|twinge|knot|knots in my? back',
    ],
  },
  {
    id: 'lowerBack',
    patterns: [
      'lower|low|bottom back|spine',
      'lumbar',
      'lumbago',
      'lower|low backache',
      // "waist pain": the lower back in Nigerian, Ghanaian and East African English.
      'waist pain|ache|aches|paining|hurts|hurting|sore|problem',
      'my|her|his waist is|dey? paining|hurting|aching|sore',
    ],
  },
  {
    id: 'upperBack',
    patterns: ['upper|mid|middle|top back|spine', 'thoracic', 'upper backache'],
  },
  {
    id: 'betweenBlades',
    patterns: [
      'between shoulder blade',
      // "pain btwn shoulders" (phone shorthand; "between my shoulders" is the same place).
      'btwn|between my? shoulders|shoulderblades|blades',
      // Clinical: "interscapular pain".
      'interscapular',
      'between shoulderblades',
      'between scapula',
      'behind|between my? =shoulders',
    ],
  },
  { id: 'shoulderBlade', patterns: ['shoulder blade', 'shoulderblade', 'scapula'] },
  { id: 'neck', patterns: ['neck', 'cervical'] },
  { id: 'jaw', patterns: ['jaw'] },
  // Pain that spreads up into the jaw or teeth (§2 rf-chest-pain: "spreading to the arm, jaw or neck").
  // "into my jaw", "into my left arm and jaw".
  {
    id: 'jawSpread',
    // "-> jaw n left arm" (a phone's "n" folds to "and").
    patterns: [
      'into|in|to|up my? jaw|teeth',
      'arm|arms|shoulder and|or jaw',
      'jaw and|or left|right? arm|arms',
    ],
  },
  { id: 'bellyacheWord', patterns: ['bellyache|tummyache|stomachache|=bellyaches'] },
  { id: 'leg', patterns: ['$LEG', '=legs', 'buttock|bum|bottom down leg', 'sciatic'] },
  {
    id: 'legsPlural',
    patterns: [
      'both $LEG',
      // Sciatica "shooting down the left and the right now".
      'down|in the? left and the? right',
      'down|in the? right and the? left',
      '=legs',
      '=feet',
      '=calves',
      '=thighs',
      'each leg|foot',
      // "heavy and fizzing from the hips down".
      'from the|my|his|her waist|hips|hip down',
      // "can't stand on tiptoe on either foot": both.
      'either $LEG|legs|feet|side',
      'neither $LEG|legs|feet',
      'left and right leg',
      'both side',
      '=stereo',
      'both at once',
      'both together',
      'each $LEG',
      'two $LEG|legs',
    ],
  },
  { id: 'oneLegWord', patterns: ['one|left|right $LEG', 'my|the|a =leg|=foot|=thigh|=calf', 'one side'] },
  { id: 'arm', patterns: ['arm|hand|finger|=arms|=hands'] },
  { id: 'chest', patterns: ['chest', 'breastbone', 'sternum'] },
  { id: 'belly', patterns: ['$BELLY'] },
  {
    id: 'upperBelly',
    patterns: [
      'upper|top|middle|centre|center|mid $BELLY',
      'top of my? $BELLY',
      'under|below|beneath my? rib|ribcage|ribs',
      // "a hot poker going in under my breastbone": the top of the tummy.
      'under|below|beneath my|the? breastbone|sternum',
      'epigastric|epigastrium',
      'upper right|left side? $BELLY?',
      // "pain high up in my tummy".
      'high|higher up? in? my|the|his|her? $BELLY',
    ],
  },
  {
    id: 'rightRibs',
    // "RUQ pain": the right upper quadrant of the tummy (clinical shorthand).
    patterns: [
      'right rib|ribcage|side',
      'under|below my? right rib',
      'upper right',
      'right upper',
      'ruq',
      'under|below my? =r rib|ribs',
    ],
  },
  {
    id: 'throughToBelly',
    patterns: ['through to|into my|his|her|the? belly|tummy|stomach|abdomen|front'],
  },
  // "10/10", "9/10": a score written as a fraction (the two numbers side by side); a pain score
  // only beside a pain word (COMPOUND: severe) — "10/10, booking again" scores a massage.
  { id: 'tenOutOfTen', gap: 0, patterns: ['9|10 =10'] },
  // "fine at lunch now I need the wall": fine then, not fine now (no passing episode).
  {
    id: 'fineThen',
    gap: 0,
    masks: ['transient'],
    patterns: [
      'fine|ok|okay|normal at|this|last lunch|lunchtime|breakfast|morning|afternoon|evening|night|week',
    ],
  },
  // "the electric blanket", "an electric bike": a thing, not an electric-shock feeling; "stiff like
  // cardboard" is stiffness, not the numb "like cardboard" skin.
  {
    id: 'electricThing',
    gap: 0,
    masks: ['sensLoss'],
    patterns: ['=electric blanket|blankets|heater|toothbrush|fence|bike|car|shower|fire|guitar'],
  },
  { id: 'stiffCardboard', masks: ['sensLoss'], patterns: ['stiff|stiffness|sore|rigid like|as cardboard'] },
  // "numb from the chest down": a level of the body, not the chest itself.
  {
    id: 'bodyLevel',
    masks: ['chest'],
    patterns: ['from|below the|my chest|nipples|waist|neck down|downwards'],
  },
  // "like a red hot poker shoved through": a likeness of the pain, not a push, a lift or red skin.
  {
    id: 'throughLikeness',
    masks: ['lifting', 'skinRedHot', 'redWord', 'hotWord'],
    patterns: [
      'like a|an red? hot? poker|knife|blade|dagger|spear|skewer|sword|spike shoved|stabbed|pushed|driven|rammed|stuck|thrust|going|through',
    ],
  },
  {
    id: 'toBack',
    patterns: [
      '$SPREAD to|into|through|round my? back',
      // "strong pain in upper stomach, penetrating to the back".
      'penetrating|penetrates|piercing to|into|through the|my? back|spine',
      'through to|into my? back',
      // "middle of my stomach through to my spine".
      'through to|into my|the spine',
      'into|to|through my back',
      // Phone shorthand: "stomach through back", "tummy pain into back".
      'through|into|to back|spine',
      'back as well',
      // "shoved through from the front to between my shoulder blades".
      'through from|fae the front to|into',
      // "…in under my breastbone and out my back" (not "put out my back": the "and" is needed).
      'and|coming|comes|come out through|of? my|the back',
      // "boring straight out the back".
      'boring|bores|drilling|going|shooting straight? out the|my back',
      // "boring straight back toward my spine".
      'boring|bores|drilling|going|shooting straight? back toward|towards|into|to my|the? spine',
    ],
  },
  // "eases a bit if I lean forward", "better sitting forward": the lean that eases the pancreas.
  {
    id: 'leanForwardEases',
    masks: ['mild'],
    patterns: [
      'eases|easier|better|helps|relief when|if i? lean|leaning|sit|sitting|bend|bending forward|forwards',
      'leaning|sitting|bending forward|forwards helps|eases|is better',
    ],
  },
  {
    id: 'flank',
    patterns: [
      'flank|loin|loins',
      'kidney area|region',
      'side of my|his|her|their? back',
      'one side',
      'left|right side',
      'in|on|down my side',
      // "mum UTI, side pain, v drowsy" (telegraphic).
      'side pain|pains|ache|aches',
    ],
  },
  {
    id: 'groin',
    patterns: ['groin', 'testicle|testicles|testes|scrotum|penis|perineum|genital|genitals|=balls|nuts'],
  },
  {
    id: 'toGroin',
    patterns: [
      'back|side|loin|flank to|into|down groin',
      '$SPREAD to|into|down groin',
      'groin',
      // Loin to groin told as a path: "stabbing in my back on the right, wraps round to the front and down".
      'wraps|wrapping|goes|going|comes|coming round|around to the front and down',
    ],
  },
  {
    id: 'pelvic',
    patterns: [
      'pelvic|pelvis',
      'lower $BELLY',
      'womb|uterus|ovary|ovaries|cervix',
      // "pain low in my tummy".
      'low down? in my|the|her? $BELLY',
    ],
  },
  { id: 'shoulderTip', patterns: ['shoulder tip|top', 'tip|top of my|her? shoulder', 'shoulder tip pain'] },
  { id: 'calf', patterns: ['calf|calves'] },
  {
    id: 'tailbone',
    patterns: [
      'tailbone|coccyx|coccydynia|coccygodynia',
      'tail bone',
      // "the bottom of my spine gets sore when I sit".
      'bottom|base|end|tip of my|the spine',
    ],
  },
  { id: 'buttock', patterns: ['buttock|buttocks|bum|butt|glute|glutes'] },
  // ---- pain words and qualities --------------------------------------------------------------
  {
    id: 'pain',
    patterns: [
      '$PAIN',
      // "a deep gnawing in my belly and back like a dog chewing on a bone".
      'gnawing|gnaws|gnawed|gnaw',
      // "the usual lower back grumble", "a grumbling back".
      'back grumble|grumbles|niggle|niggles',
      'grumbling|grumbly|niggly back',
      // Shown rather than told: "he suddenly grabbed his lower back".
      'grab|grabbed|grabbing|clutch|clutched|clutching|doubled|bent over? his|her|my|their|at|up? back|side|stomach|tummy|belly|chest',
      // Seen in someone who cannot say it: "keeps holding her chest", "cried out".
      'holding|holds|pressing|presses|gripping|grips his|her|their chest',
      'cried|cries|screamed|screams|yelped|yelps|howled out',
      // "feels like someone's hammering it", "like being kicked by a horse".
      'like someone|somebody|something hammering|hammer|stabbing|stab|kicking|kick|punching|punch|drilling|drill',
      'like a kick|punch|stab from|by|in',
      // "like a hot poker going in under my breastbone".
      'hot|red|burning poker|pokers|knife|skewer|skewers|needle|needles',
    ],
  },
  {
    id: 'sudden',
    patterns: [
      'sudden|suddenly|abrupt|abruptly',
      'out of nowhere',
      'from|outta nowhere',
      // "came on at my desk twenty minutes ago": begun minutes ago.
      '#num|five|ten|fifteen|twenty|thirty|forty|few|couple minutes|mins ago',
      'out|oot of? the blue',
      'came on fast',
      'all of a sudden',
      // "a dreadful pain came on in my tummy and through to my back all at once".
      'all at once',
      'thunderclap',
      // An onset felt as an event: "felt a crack in my lower back".
      'felt|heard a? crack|pop|snap',
      // "a really bad pain hit his tummy and his back at the same time".
      'pain|agony hit|struck|grabbed him|her|me|them|his|my|their',
    ],
  },
  {
    id: 'severe',
    patterns: [
      'severe|excruciating|unbearable|agonising|agonizing|intense|terrible|horrendous|awful|worst|crippling|extreme|agony|dreadful|ghastly',
      // "this sudden massive back pain" ("massive" alone reads as "big").
      '=massive|=huge|=immense pain|ache|agony',
      '10 out of? 10',
      'really|very|extremely bad',
      'worst pain',
      'very|really|so|extremely strong pain|ache|pains',
      'cant cope',
      // "pounding like never before", "like nothing I've had before".
      'like never|nothing before',
    ],
  },
  { id: 'mild', patterns: ['mild|slight|slightly|little|bit|minor|dull|light'] },
  // Surface forms: "in tears" is crying, not a tearing pain.
  {
    id: 'tearing',
    patterns: [
      '=tearing|=ripping|=tear|=rip|=tore|=torn|=ripped',
      '=split|=splitting|=shredding|=unzipped|=unzipping|=seam|=ripping',
      // "like knife is cutting something inside me".
      'cutting|slicing something|me inside',
    ],
  },
  {
    id: 'colicky',
    patterns: ['wave|waves|colic|colicky|spasms', 'comes|come and go|goes', 'on and off', 'come and go'],
    gap: 3,
  },
  { id: 'sharp', patterns: ['sharp|stabbing|knife'] },
  {
    id: 'gettingWorse',
    patterns: [
      'get|getting|gets|got|keep|keeps|grow|growing worse|bigger|weaker',
      'worsening|progressing|progressive|progressively|spreading|increasing',
      'grows|growing|grown|spreads|spread|gets|getting bigger|fast|quickly|quick',
      'worse and worse',
      // A red patch outlined in pen that has grown past it: "already 5 cm past the line".
      'past|beyond|outside the|my pen? line|lines|outline|mark|marks',
      'more and more',
      'worse every|each day',
      'every|each day worse',
      // "each day little more strong".
      'every|each day a? little|bit? more strong|stronger|worse|painful',
      'more strong|stronger than before|yesterday|last',
      'worse|worsening daily|nightly',
      'worse than before|yesterday|then|it|last',
      // "thought an early night would sort it but it's worse today".
      'worse today|tonight',
      'if anything worse',
      'much|lot|far|way|even worse',
      'more sore|painful rather than|not less',
      'still getting more|worse',
    ],
  },
  {
    id: 'notImproving',
    positive: true,
    patterns: [
      'not get|getting|got|going|go|be better|away',
      'not easing|improving|improve|settling|settle|shifting|shift|better|clearing',
      'no better',
      'have|has not improved|eased|settled|improve|ease|settle',
      'have|has not got better',
      'wont go away',
      'wont ease|settle|shift|improve',
      'still hurt|hurts|painful|sore|there',
      'nothing help|helps|work|works',
      'for|over weeks|months|week|month',
      'several|few|many|6|six|8|eight weeks|months',
      'cant cope',
      'struggling to cope',
    ],
  },
  {
    // FACTS.md §1 kidney-stones: "pain that painkillers do not control" (issue 13 #3).
    id: 'painkillersFail',
    positive: true,
    patterns: [
      'not controlled|control|helped|help|touched|touch|touching|helping|working|work painkillers|painkiller|tablets|paracetamol|ibuprofen|codeine|relief',
      'painkillers|painkiller|tablets|paracetamol|ibuprofen|codeine|relief not|wont|cant helping|working|help|work|touching|touch|control|controlling',
      'painkillers|painkiller|pain relief useless',
      'nothing helps|touches|works',
      'painkillers|painkiller|tablets|paracetamol|ibuprofen|codeine|pills|meds|medication doing|do|did|does nothing',
      // Brand names: "Panadol and Buscopan do nothing for the pain".
      'panadol|buscopan|tylenol|advil|nurofen|calpol|motrin|aleve|voltaren doing|do|did|does nothing',
      // "Took codeine and ibuprofen 2 hours ago and it's done nothing".
      'took|taken|had codeine|ibuprofen|paracetamol|painkillers|tablets|naproxen|morphine',
      // "even an extra dose hasn't taken the edge off".
      'not taken|take|taking|took the edge off',
      // "had the max dose of everything in the cupboard and it's not touching it".
      'not|nothing touching|touched|touches it',
      // "had the max co-codamol and ibuprofen and it's done nothing".
      'its|it|theyve|they|has|have done|did nothing|zilch',
      'had|took|taken|taking the max|maximum',
      'cocodamol|co codamol|solpadeine|tramadol|diclofenac an|two|#num hour|hours ago',
      // "off the scale even with the codeine and diclofenac they gave me".
      'even|despite with|on|taking the|my? codeine|cocodamol|ibuprofen|paracetamol|painkillers|tablets|naproxen|diclofenac|morphine|tramadol|oramorph',
    ],
    gap: 3,
  },
  {
    id: 'singleKidney',
    positive: true,
    patterns: [
      'only one kidney',
      // "that's the only kidney I've got".
      'only kidney',
      'one kidney',
      'single kidney',
      'solitary kidney',
      // "donated a kidney to my sister years ago, so I've only got the one".
      'donated|gave|give a|my kidney',
      'kidney donor',
      // "1 kidney only (donated the other to my sister)".
      '1 kidney',
      'donated the? other',
    ],
  },
  {
    // §4.2: neck soreness, a headache or light-headedness "not settled after 24 hours".
    id: 'over24h',
    positive: true,
    patterns: ['24|twenty four hours|hrs|hour|h', 'more|longer than a? day|24', 'over a? day|24'],
  },
  {
    id: 'longStanding',
    patterns: [
      'for|over months|years|month|year',
      'many|several|few months|years',
      // "for a couple of years".
      'couple|number of months|years',
      'long standing|term',
      // "ages" as written: "Age 61" is no long-standing anything.
      'longstanding|chronic|always|=ages|forever',
      'since last year',
      // "8 months, no change" (telegraphic).
      '#num months|years no change',
      '#num months|years the? same',
      // "since 3 months" (Indian English for "for 3 months").
      'since #num|two|three|four|five|six|few|several|many months|years',
      'been like this|that a|for|over? year|years|months|while',
      'been months|years|ages',
      'same all|for winter|summer|year|month|months',
      'no change in|for #num? months|years|weeks',
      // "Months now of on-off ache", "bout 4 months now on an off".
      '=months|=years now',
      'on off|and off for? months|years',
      // "for a good ten years", "a solid twenty years".
      'good|solid|whole #num|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty years|months|yrs',
    ],
  },
  {
    id: 'daysLater',
    patterns: [
      '2|3|4|5|two|three|four|five|couple|few day|days later|after|since|on',
      'day 3|three|4|four',
      // "massage 4 days ago" (only the massage entries read it).
      'massage #num|two|three|four|five|couple|few days ago',
    ],
  },
  // ---- time of day / pattern -----------------------------------------------------------------
  // "in bed" is night pain only with pain beside it (COMPOUND): "lying in bed I can feel a pulse".
  { id: 'inBed', patterns: ['at|in bed'] },
  // "nothing sudden", "not suddenly": the onset denied.
  {
    id: 'notSudden',
    masks: ['sudden', 'fastOnset', 'sinceWord'],
    patterns: ['nothing|not|never sudden|suddenly'],
  },
  {
    id: 'nightPain',
    positive: true,
    patterns: [
      // Not "they operated the same night".
      'at|in|during night|nighttime',
      'night pain|time',
      'nighttime|nightly',
      // "aches overnight", not "the overnight flight".
      '$PAIN overnight',
      'overnight $PAIN',
      // "backache that gnaws all night".
      '$PAIN|gnaws|gnawing|gnawed all night',
      // "ten times worse in the middle of the night", "wakes him every night", "whole night he sits up".
      'middle of the? night',
      'every|each|all|whole|most night|nights',
      'the|my|his|her nights are|were|is',
      'wake|wakes me up?',
      'cant sleep',
      'keeps|keep|stops|stop me awake|up|sleeping',
      'woke|wake with|from|by pain',
    ],
  },
  {
    id: 'restPain',
    positive: true,
    patterns: [
      'constant|constantly|continuous|nonstop|persistent|relentless|unrelenting',
      'non stop',
      'all the time',
      // "he's been sat in his chair the whole time and both legs have gone floppy".
      'chair|bed|sofa|couch the whole time',
      // "weak and heavy when he's just sat in his chair, not only when walking".
      'not only|just when walking|standing|moving|active',
      // "been there 24/7 since last wk".
      '24 7',
      'even|at|when rest|resting',
      'even when? lying|lie still|down',
      'even sitting|lying|resting|still',
      // "numb and weak even when I'm sat down in my chair".
      'even when? sit|sitting|sat|seated',
      'sitting|lying still',
      'not ease|eased|easing|better|change|changing|relieved|helped with|by rest|resting|lying|position|moving|movement',
      'no position|nothing helps',
      // "worst when I'm lying down trying to sleep, and nothing eases it".
      'nothing eases|helps|shifts|touches it',
      'nothing eases|helps|shifts|touches the pain',
      // "doesn't matter which way I turn, nothing shifts it".
      'not matter which way i|he|she|you? turn|lie|lay|sit|move',
      'worst|worse when|while i? am? lying|lie down|flat|still',
      'whatever|any position',
      // "doesn't matter if I sit, stand or lie down, it's just there".
      'not matter|difference if|whether|how i|he|she? sit|sits|stand|lie|move|rest',
      'it is? just|always|still there',
      'it is? there all day|night',
      // "always there, also in rest" (second-language English).
      'always|constantly there',
      'also|still in|at rest',
    ],
  },
  {
    id: 'morningStiff',
    patterns: [
      'stiff|stiffness|stiffer|stiffen morning|mornings',
      'first thing',
      'morning stiffness|stiff',
      'stiff|stiffness when|after|on i? wake|waking|get|getting|wakeup',
      // "takes an hour to loosen up" in the morning: the inflammatory pattern's long stiffness.
      'takes|took|needs|need an|half|a|couple? hour|hours|while to loosen|ease|limber|get going|warm up',
      'stiff as a board',
      // "stiff for an hour" (the inflammatory pattern's long stiffness, told without "morning").
      'stiff|stiffness for an|half|a|couple? hour|hours',
    ],
    gap: 3,
  },
  {
    id: 'betterExercise',
    patterns: [
      'better|ease|eases|easing|improve|improves|loosens|loosen with|after|when|once exercise|movement|moving|activity|walk|walking|stretch|active|move|run|jog|gym|swim|workout',
      'exercise|movement|moving help|helps|improve|improves|ease|eases',
      'loosens up|off',
      'once i? get up and? move|moving',
      'better|easier|eases|fine once|when|after up and? moving|about|going',
    ],
    gap: 3,
  },
  {
    id: 'secondHalfNight',
    patterns: [
      'early hours',
      'small|wee hours',
      'second half of the night',
      'wake|waking|woke at|about|around? 3|4|5 am?',
      'wake|waking|woke at|about|around? 3am|4am|5am',
    ],
  },
  {
    id: 'walkStand',
    patterns: [
      'when|after|while i? walk|walking|stand|standing',
      'walking|walk distance',
      'cant walk far',
      'shopping trolley|cart',
      'walking|walk the? dog',
      'in a? queue',
      // "I can walk to the end of the road and then…".
      'walk|walking|walked to the? end|top|bottom|corner of|the? road|street|garden|shops',
      // "both legs heavy + achy walking to shops" (telegraphic).
      '=walking to the? shops|shop|corner|postbox',
      'walk|walking only? about|around|so far|a few|100|200|hundred yards|metres|meters|minutes',
    ],
    gap: 3,
  },
  {
    id: 'sitRelief',
    patterns: [
      'better|ease|eases|easier|relief|relieve|goes when|if|on|after i? sit|sitting|bend|bending|lean|leaning|rest|stop',
      'sit|sitting|bend|bending|lean|leaning forward? help|helps|eases|relieve|better',
      'sit|sitting|rest down? and? then? fine|ok|goes|settles',
      'have to sit|stop',
      // Leaning on a shopping trolley eases the legs (the stenosis sign): "trolley helps".
      'trolley|cart|pram|walker helps|help|eases|easier',
      // "fine when i sit", "ok once I sit down".
      'fine|ok|okay|better|good|gone when|once|if i? sit|sitting|sat|rest',
      'sit|sitting|sat down? fixes|fix|fixed|sorts',
      // "so I sit on somebody's wall and it passes".
      'sit|sitting|sat|perch|perching on a|the|somebody|someone|somebodys|someones? wall|bench|seat|step',
      'wall|bench|seat and? it|they|then? passes|pass|goes|go|eases|ease|settles|settle',
    ],
    gap: 3,
  },
  // ---- triggers and history ------------------------------------------------------------------
  {
    id: 'lifting',
    patterns: [
      'lift|lifting|lifted|bending|bent|bend|twist|twisting|twisted|carry|carrying|deadlift|shovel|shovelling|gardening|hoovering',
      'pick|picking|picked up',
      'moving furniture',
    ],
  },
  {
    id: 'exerciseCause',
    patterns: [
      // "=weights" and "=lunges" as written: folded they would be "weight" ("can't weight bear") and
      // "lung" ("lung ca").
      'gym|workout|training|football|rugby|running|run|golf|tennis|squat|squats|deadlift|sport|=weights|yoga',
      'crossfit|spin|spinning|bootcamp|marathon|hiit|circuits|cycling|rowing|climbing|pilates',
      // "finished a 50 mile ultra in the heat".
      'ultra|ultramarathon|triathlon|ironman',
      'reps|burpees|pushups|situps|=lunges|=lunge|extensions|challenge',
      'press|sit ups',
      // "a heavy pull-up", "chin-ups", "bench press".
      'heavy|weighted|doing|did|set|sets|of pull|chin up|ups',
      'pullups|chinups|pullup|chinup',
      'bench press|pressing',
      // "my first aquarobics class", "zumba", "an aqua aerobics session".
      'aquarobics|aerobics|zumba|aquafit|dancing|boxercise|kickboxing|hiking|hike|netball|hockey|cricket|skiing',
      'aqua aerobics|fit|class',
      'exercise|spin|step|dance|yoga|pilates class|session',
    ],
  },
  {
    id: 'fall',
    patterns: [
      'fall|fell|tumble|tumbled',
      'slip|slipped on|over|down|in|and|while|at|off',
      // "missed the chair and sat down with a thump".
      'missed the|her|his|my chair|seat|step',
      'sat|landed|went|came down with a bump|bang|wallop',
      // "nan 84 slipped, back sore now": a person, then the slip.
      'nan|gran|granny|grandma|grandad|grandpa|mum|dad|he|she|i|#old slipped|tripped',
      '=sat|landed|came down? hard|heavily',
      // "plonked down too hard on the commode".
      'plonked|plopped|dropped|flopped down? too? hard|heavily',
      'slid|slide|slides|slipped|fell off|from|out of? her|his|my|the|a? kitchen|dining|office? chair|bed|sofa|stool',
      // "came down on his head and neck", "went down on our wet floor".
      'came|come down on|onto his|her|my|their|the head|neck|back|bottom',
      'went|gone down on the|our|a|their? wet? floor|ground|ice|pavement',
      // "slid off the bottom stair onto her bottom".
      'slid|slipped|fell off|down the|a bottom|last|top? step|stair|stairs',
      'landed|fell|slid|dropped onto|on her|his|my|their bottom|bum|backside|tailbone|coccyx',
      'onto the floor',
      'had a slip',
      'trip|tripped|tripping over|up|on',
      // "stumbled off a kerb", "stepped off the kerb wrong and went over".
      'stumble|stumbled|stumbling|trip|tripped|stepped|stepping off|on|over|down a|the? kerb|curb|step|edge',
      'stumble|stumbled|stumbling and|then? fell|went',
      // "caught my foot on the rug and went down onto my side".
      'caught|catch|catching my|his|her foot|toe|toes|heel on|in',
      'went|go|goes|going down onto|on to? my|his|her|the side|knees|floor|ground|back|bum|bottom|hip',
      'knock|knocked|jolt|jolted|bump|bumped|landed',
      // "took a knee to the lower back in rugby", "caught a boot in the back", "copped a knee".
      'took|got|caught|copped a knee|boot|elbow|kick|knock|whack to|in the|my lower? back|spine',
      // "jarred myself against the sink"; a car "nudged at a roundabout" (low speed, §2 fragile spine).
      'jarred|jarring|jolted myself|himself|herself|my|his|her? against|on',
      'car|cars got|was|were nudged|bumped|shunted|tapped|clipped',
      'slipped|slid getting|climbing out|in of? the? shower|bath',
      // "whacked his head on the cupboard door": a knock (with AS, §2 rf-minor-trauma-fragile).
      'banged|bashed|whacked|smacked|cracked|hit|clonked his|her|my|their head',
      // A jolt as a passenger: "the bus braked hard and I got thrown forward".
      'thrown|flung|jerked|jolted forward|forwards|backward|backwards|sideways|about|around',
      'braked|brakes hard|suddenly|sharply',
      'emergency stop',
      'had a fall',
      'missed the|a? last? step|stair|kerb|curb',
      // "missed the last 3 steps".
      'missed the|a? last|bottom? #num|two|three|four|few|couple steps|stairs',
      'went over on|in',
      'lost my|her|his footing|balance',
      'missed the? last? step|steps|stair|stairs',
      'came down hard',
      'took a tumble',
      'went flying',
      'landed on my|her|his backside|bum|bottom|coccyx|tailbone',
      'tripped|tripping|trip',
      'slid|slipped|fell|rolled off|from the? edge of',
      'onto|on to her|his|my bottom|bum|backside',
    ],
  },
  {
    id: 'majorTrauma',
    patterns: [
      'car|road|traffic|motorbike|motorcycle|bike|cycling|bicycle|motor|vehicle accident|crash|collision|smash|rta',
      'crash|crashed|rta|collision|whiplash',
      // "went off at the hairpin and rolled it twice", "flipped the quad".
      'rolled|flipped|overturned the|my|his|her|our|their? car|van|truck|jeep|quad|tractor|suv|ute|buggy',
      'rolled|flipped it twice|thrice',
      // "Was in a taxi that rolled on the N2".
      'car|taxi|van|bus|minibus|truck|bakkie|coach|jeep that|which rolled|flipped|overturned',
      // "my cousin's trotro somersaulted on the Accra–Kumasi road".
      'car|taxi|van|bus|minibus|truck|lorry|trotro|matatu|danfo|bakkie|coach|jeep somersaulted|somersault|overturned|flipped',
      'rolled|flipped it two|three|#num times',
      // "medics strapped him to a spinal board".
      'spinal|spine board',
      'backboard',
      // Clinical shorthand: a road traffic collision, a motor vehicle collision or accident.
      'rtc|mvc|mva',
      // "got driven into the ground back first" (a tackle), "slammed onto the floor".
      'driven|slammed|smashed|speared|dumped into|onto the ground|floor|deck',
      // "knocked by a boda boda" (an East African motorbike taxi), "hit by a tuk tuk".
      'hit|knocked by|off a|an? car|bus|lorry|truck|van|bike|motorbike|motorcycle|boda|okada|keke|matatu|taxi|scooter|moped|tuk|tuktuk|rickshaw',
      // "Grandad's minibus was hit side-on".
      'car|bus|minibus|van|taxi|coach|lorry|truck was|got hit|struck|rammed|shunted|smashed',
      // "fell off the top of a stepladder".
      'fall|fell|thrown from|off the top of a|the? ladder|stepladder|roof|scaffold|wall',
      'fall|fell|jump|jumped|thrown|dropped|plunged|tumbled from|off|down|through roof|ladder|stepladder|height|heights|tree|horse|pony|balcony|scaffold|scaffolding|wall|stairs|window|cliff|building|bike|trampoline|terrace|loft|veranda|mezzanine|hatch|attic',
      // "nearly one floor down onto the scooter".
      'one|a|two|whole floor|storey|story|floors|storeys down',
      'fall|fell from a? height',
      'landed on my? back|spine|neck|head',
      'heavy blow',
      // A heavy blow in sport: "took a huge tackle at rugby and got landed on".
      'huge|big|heavy|massive|hard|nasty tackle|collision|impact',
      // "Took a massive hit at rugby this afternoon" (not "a big hit to my confidence").
      'huge|big|heavy|massive|hard|nasty hit at|in|during|playing rugby|football|league|hockey|training|match|game|scrum',
      'got|was|been|get landed|piled|jumped on',
      // "a scaffold pole fell and hit me hard across the back": a heavy blow from a falling load.
      'pole|poles|beam|girder|pallet|scaffold|scaffolding|branch|tree|crate|plank|joist|shelving|wardrobe|load fell|dropped|crashed|toppled|swung hit|struck|onto|on me|him|her|my|his',
      'rear ended',
      // "someone went into the back of us on the motorway", "a van ran into the rear of us".
      'went|drove|ran|ploughed|piled|slammed|smashed|crashed into the? back|rear|side of us|him|her|them|me',
      'went|drove|ran|ploughed|piled|slammed|smashed|crashed into the? back|rear|side of our|my car|van|motor|vehicle',
      'shunted|rammed|hit|struck|smashed into|by a? lorry|truck|bus|car|van|vehicle',
      'rearended',
      // A fall told by its height: "from maybe 6 metres", "fell two storeys".
      'from|fell|dropped|fall about|maybe|around|over|nearly|almost? #num|two|three|four|five|six|seven|eight|ten metres|meters|storeys|stories|floors',
      // "fell from the second lift of scaffolding (approx. 4 m) onto concrete".
      'approx|approximately|about|around #num m|metre|mtr',
      // A motorbike racer "high-sided… and been thrown into the gravel".
      'highsided|=high sided',
      'thrown|flung|catapulted into|onto|across|over the? gravel|barrier|tarmac|track|road|railings',
      // "dropped a good fifteen foot onto the concrete", "fell 12 feet".
      'fell|dropped|fall|falling|plunged|plummeted a? good|solid|clear|easy|about|around|over|nearly|almost? #num|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty foot|feet|ft',
      'landed flat on the? ground|floor|back',
      'tboned|=boned|sideswiped',
      'freeway|motorway|highway|interstate|autobahn crash|accident|collision|smash|pileup',
      'crash|crashed|accident|collision|smash|spun|hit|rolled on the freeway|motorway|highway|interstate',
      'going|doing|at about|around|over? #old mph|miles|kmh|km',
      'going|doing about|around #old',
      // "we were hit from behind at about 50mph on the motorway".
      'hit|rammed|shunted|struck from behind at|doing|going about|around|over|nearly? #num mph|kph|kmh',
      // "hit from behind at about 60 on the motorway" (a speed without its unit).
      'hit|rammed|shunted|struck from behind at|doing|going about|around|over|nearly? #old',
      // "got shunted from behind on the M6" (a road collision, FACTS.md §7 row 15).
      'shunted from behind',
      // "Tom Reilly was catapulted from Dark Harbour as the horse hit the fence".
      'catapulted from|off|over|through',
      // "got double-barrelled by a horse" (both hind feet at once).
      'kicked|trampled|thrown|bucked|barrelled|barreled by|off|from a? horse|pony|cow|bull',
      // "horse kicked me square in the lower back".
      'horse|pony|cow|bull|mare kicked|trampled me|him|her|them|us',
      'came|come off my? bike|motorbike|horse|motorcycle|scooter|quad',
      'knocked off my? bike',
      // "got taken out by a minibus taxi", "went over the bonnet".
      'taken|wiped|knocked out by a|an|the? car|van|truck|lorry|bus|minibus|taxi|motorbike|bakkie|matatu|okada',
      'went|gone|flew|thrown|rolled|flipped over|onto|across the? bonnet|hood|windscreen|windshield',
      // "knocked down by an okada" (a Nigerian motorbike taxi).
      'knocked down|over by a|an? car|bus|okada|keke|motorbike|bike|van|lorry|truck|taxi',
      // "a car hit me on my bicycle", "hit by a van".
      'car|van|truck|lorry|bus|motorbike hit|struck|knocked me|him|her|them|us',
      'hit|struck|knocked over|down? by a|the car|van|truck|lorry|bus|motorbike',
      'run over',
      'rolled the? car',
      // "rolled the quad on the top field" (farm vehicles overturning).
      'rolled|flipped|overturned|tipped the|my|his|a? quad|tractor|atv|quadbike|bakkie|ute|pickup|jeep|truck|van',
      // "horse landed on me", "the cow rolled on him": a large animal's weight coming down on someone.
      'horse|pony|cow|bull|mare|heifer fell|landed|rolled on|onto me|him|her|them|us',
      // "the pony fell and partly rolled over her".
      'horse|pony|cow|bull|mare fell|slipped and partly|half? rolled|landed on|onto|over me|him|her|them|us|my|our',
      'horse|pony|cow|bull|mare|heifer came down on|onto me|him|her|them|us',
      'horse|pony|cow|bull|mare|heifer fell|landed|rolled on top',
      'horse|pony|cow|bull|mare|heifer came down on top',
      'pile up',
      'through the windscreen|windshield',
      'airbag|airbags',
      'down a? whole|full? flight of stairs|steps',
      'high speed',
      // A head-on crash, not "my head on the arm of the sofa".
      'head on collision|crash|smash|impact|into|crashed|smashed|hit',
      '=tackled',
      // "flattened in a tackle at rugby", "a late tackle": the event, not fishing tackle.
      'in|during|from|by a|an|the? big|hard|heavy|late|bad|huge|dangerous? tackle',
      'rugby|football|scrum tackle|tackles',
      'came|come|fell|dropped|bounced off|from ladder|roof|wall|trampoline|scaffold|scaffolding|balcony',
      // A climber "decked from near the top of the route" (hit the ground).
      'dropped|fell|fall|decked from near? the? top',
      '#num m|metres|meters|mtr|ft|feet onto|on to the? ground|scree|rocks|concrete|floor|tarmac',
      // "a lorry hit my van from behind", "a bus ploughed into our car".
      'car|van|truck|lorry|bus|coach|motorbike|tractor|taxi hit|struck|rammed|smashed|shunted|ploughed|plowed into? my|our|his|her|their|the car|van|truck|lorry|bus|motor|vehicle|bike|motorbike|taxi|scooter',
      // A heavy load coming down on a person: "a shelving unit full of paint tins toppled onto him".
      'toppled over? onto|on me|him|her|them|us',
      // A horse rearing over: "went over backwards with me still on".
      'went|came|flipped over backwards with me|him|her still? on|aboard',
      'horse|mare|pony|gelding|cob|stallion went|came|flipped over backwards',
      'car|van|truck|coach|bus|minibus|lorry|bakkie|ute|pickup|jeep|suv|4x4|tractor|quad|matatu flipped|rolled|overturned|flipping|rolling|somersaulted|somersault|somersaulting',
      // "went over the handlebars of his motorbike at about 50".
      'went|gone|go|came|flew|thrown|going over the handlebars|handlebar',
      // "thrown right across the aisle" when the coach rolled.
      'thrown|flung right? across the aisle|bus|coach|car|road',
      'wiped out at? speed',
      'at speed',
      'flew|thrown|flying through the? air',
      '#num metres|meters|feet|ft onto|on',
      // "fell through the loft hatch", "came through the ceiling".
      'fell|fall|fallen|falling|came|went|dropped through the? loft|ceiling|roof|hatch|floorboards|skylight',
      'from full height',

      'fall|fell|tumbled|thrown down the? whole? staircase|flight',
    ],
    gap: 3,
  },
  {
    id: 'elderly',
    patterns: [
      'elderly|older|pensioner|grandma|grandmother|granny|nan|nana|grandad|grandpa|grandfather|geriatric',
      // Grandparents in other languages' English: "si lola (78) nadulas", "my nani", "ouma".
      'lola|lolo|nani|nanaji|dadi|dadaji|gogo|ouma|oupa|oma|opa|abuela|abuelo|nonna|nonno',
      'old age',
      'old woman|man|lady|person',
      '#old year|yr|years|yo',
      'aged|age|am|is|was|turned|turning #old',
      'at #old',
      // "67 and never had a kidney stone", "72 and otherwise fit".
      '#old and never|otherwise|always|generally|still',
      // "68, first time in my life, horrible pain in my side": an age opening the message.
      '#lead',
      'seventies|eighties|nineties|70s|80s|90s',
      'gran|frail|nanna|grandparent|grandparents',
      'care|nursing home',
      'mum|mom|mam|mammy|mammie|mummy|mama|ma|dad|daddy|da|papa|pa|father|mother|husband|wife|partner|aunt|auntie|uncle|neighbour|neighbor|patient|client|resident|residents|gentleman|lady #old',
      // "She's 89": the tokeniser drops the 's.
      'he|she #old',
    ],
  },
  {
    id: 'fragileBones',
    patterns: [
      'osteoporosis|osteopenia|osteoporotic',
      'brittle|thin|thinning|weak|fragile|soft bone',
      'steroid|steroids|prednisolone|prednisone|pred',
    ],
  },
  {
    id: 'osteoporosis',
    patterns: ['osteoporosis|osteopenia|osteoporotic', 'brittle|thin|thinning bone|bones'],
  },
  {
    id: 'ankylosing',
    patterns: [
      'ankylosing',
      'spondylitis|spondyloarthritis|axspa|spondyloarthropathy',
      'fused|bamboo spine',
      'spine|back fusing|fuse|fuses|fusion',
      // "the stiff-spine arthritis", "the stiff-back arthritis thing".
      'stiff spine|back arthritis',
      'spine|back solid|rigid|fused',
      // "the arthritis that stiffens the spine", "his back is basically one solid bone".
      'arthritis stiffens|stiffening|fuses|fusing the? spine|back',
      'solid bone|block',
      'bechterew|bekhterev',
    ],
  },
  {
    id: 'cancer',
    patterns: [
      'cancer|tumor|malignant|malignancy|carcinoma|lymphoma|myeloma|leukemia|sarcoma|melanoma|metastatic|metastases|metastasis|oncology|oncologist',
      // Childhood cancers named: "finished treatment for neuroblastoma".
      'neuroblastoma|osteosarcoma|nephroblastoma|medulloblastoma|glioma|rhabdomyosarcoma',
      'wilms|ewing tumor|tumour|sarcoma',
      // "known spread to the bones", "secondaries in the spine".
      'spread to|into the|my|his|her? bone|bones|spine|liver|lungs|lung',
      // "two years clear of the big C".
      'big c',
      'secondaries|mets',
      // Clinical shorthand: "lung ca", "ca prostate", "breast ca".
      'lung|breast|prostate|bowel|colon|colorectal|pancreatic|renal|kidney|ovarian|cervical|stomach|oesophageal|thyroid|bladder|uterine =ca',
      '=ca prostate|breast|lung|bowel|colon|pancreas|kidney|ovary|cervix|stomach|oesophagus|thyroid|bladder',
    ],
  },
  {
    id: 'cancerTreatment',
    patterns: [
      'chemo|chemotherapy|radiotherapy|radiation|immunotherapy|oncology|mastectomy',
      'cancer treatment|treatments',
      // Hormone treatment for the prostate or breast is cancer treatment (not HRT for the menopause).
      'hormone|hormonal injections|injection|jabs|therapy|treatment|tablets for|against his|her|my|the? prostate|breast',
      'prostate|breast hormone|hormonal injections|injection|jabs|therapy|treatment',
      // Named by its medicine: "been on tamoxifen 3 years", "Zoladex injections".
      'tamoxifen|letrozole|anastrozole|exemestane|zoladex|herceptin|enzalutamide|abiraterone|bicalutamide|prostap|degarelix|arimidex|femara',
    ],
  },
  {
    id: 'hormoneTreatment',
    patterns: ['hormone|hormonal injections|injection|jabs|therapy|treatment|tablets|blockers'],
  },
  {
    id: 'pregnant',
    patterns: [
      'pregnant|pregnancy|expecting|trimester|antenatal|prenatal|maternity',
      // "IVF transfer 6 weeks ago": a pregnancy may have begun.
      'ivf',
      'embryo transfer',
      // Clinical shorthand: an early pregnancy unit ("EPU note"), a pregnancy hormone test ("hCG").
      'epu|hcg|bhcg',
      'early pregnancy unit|clinic',
      // "7wks pg", "6 wks preg" (phone shorthand after weeks).
      'wks|weeks|wk =pg|=preg',
      'weeks gone',
      'my|the|baby bump',
      'am|is|at #num weeks|wks',
      // "38 weeks, lower back hurts": late-pregnancy weeks told alone (a duration says "for").
      '=24|=25|=26|=27|=28|=29|=30|=31|=32|=33|=34|=35|=36|=37|=38|=39|=40|=41|=42 weeks|wks|wk',
      '#num weeks pregnant|gone',
      // "my wife is 7 months carrying" (South Asian English), "carrying twins".
      '#num|seven|eight|six|five months|mos|weeks carrying',
      'carrying a? baby|twins',
      // Slang: "up the duff", "a bun in the oven", "knocked up".
      'up the duff',
      // Forum shorthand for a positive pregnancy test ("got a bfp last week").
      'bfp',
      'bun in the oven',
      'knocked up',
    ],
  },
  // "my wife test positive last week", "tested positive on Monday", word by word (not "tested
  // positive for covid last week").
  {
    id: 'pregnant',
    gap: 0,
    patterns: [
      'test|tested|tests came? back? positive last|this|yesterday|on|today|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|two|three|a',
      'two|pink|blue lines on the? test',
    ],
  },
  // "got a positive test last week": only as these exact words (no "positive covid test").
  {
    id: 'pregnant',
    patterns: ['positive test', 'positive pregnancy test', 'pregnancy test positive'],
    gap: 0,
  },
  {
    id: 'postpartum',
    patterns: [
      'give|gave|given birth',
      'had|have my|a|the? baby',
      'postnatal|postpartum',
      'post partum',
      'after|since the? birth|delivery|labour|labor|caesarean',
      'c section',
      'baby arrived|came|born',
      // "Twelve days since my daughter was born".
      'daughter|son|twins|girl|boy|baby was|were born',
      'since|after baby|delivery',
      'since|after the baby|delivery',
      'caesarean|cesarean',
      // "Baby's 10 days old".
      'baby is? #num days|weeks|day|week old',
      // "I delivered my baby 2 weeks back".
      'delivered|deliver|delivery my|the|a|her? baby|babies|twins|son|daughter',
    ],
  },
  {
    id: 'massage',
    patterns: [
      'massage|massages|massaged|masseuse|masseur|rmt|lmt|shiatsu|reflexology|acupressure|bodywork|rubdown|backrub|cupping|tuina',
      'deep tissue',
      'back|body|foot rub',
      'hot stone',
      'gua sha',
      'massage gun|therapist',
    ],
  },
  {
    id: 'afterMassageWord',
    patterns: [
      'after|since|following|post|from|during massage|massages|masseuse|masseur|rubdown|shiatsu|reflexology',
      // "the arm I was lying on at massage", "at my massage on Tuesday".
      'at|in my|the? massage|massages',
      'massage yesterday|today|earlier|recently|last|this',
      // "massage 4 days ago, back worse daily".
      'massage #num|two|three|four|five|six|few|couple days|day|week ago',
      'had|got a? massage',
      // "the day after deep tissue", "since a sports massage".
      'after|since|following|post|from|during a|my|the|her|his? deep|sports tissue|massage|rub',
      // "had a deep tissue on my back saturday".
      'had|got|booked a|my|the? deep|sports tissue|massage',
      'massage made|left|caused|gave',
      'massage was|on|at monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend',
      'since|after my? chiropractor|chiro|osteopath|physio adjusted|treatment|session|appointment|manipulated|cracked',
      'chiropractor|chiro|osteopath adjusted|manipulated|cracked it|me|my',
      'massage couch|table|bed',
      'lay|lying face down for the? massage',
      'first massage',
      'massage therapist hurt|pressed|pushed',
      // "where the therapist worked on them yesterday".
      'therapist|masseuse|masseur worked|dug|pressed|went on|into|at',
    ],
    gap: 3,
  },
  {
    id: 'neckMassage',
    patterns: [
      'neck massage|manipulation|adjustment|crack|cracked|cracking',
      'massage|manipulation|adjustment on|of|to my? neck',
      'crack|cracked|cracking|click|clicked|adjust|adjusted|manipulated my? neck',
      'chiropractor|chiro|osteopath neck',
      'worked|working|work|pressed|pressing hard? on my|his|her? neck',
      // "they really went to town on her neck".
      'go|went|going to town on my|his|her|the? neck',
      'neck adjusted|cracked|clicked|manipulated|worked',
    ],
  },
  {
    id: 'deepTissue',
    patterns: ['deep tissue|pressure', 'firm|hard|heavy|strong pressure', 'sports massage'],
  },
  {
    id: 'desk',
    patterns: [
      'desk|computer|laptop|screen|office|posture|hunched|slouch|slouching|phone|gaming|typing',
      'sit|sitting all day',
    ],
  },
  {
    id: 'cold',
    patterns: [
      'a|the|common cold',
      // "mild cold, no temp, massage ok?" (not "the cold weather").
      'mild|bad|head|chesty|stinking|heavy|slight cold',
      'flu|covid|virus|bug|sniffle|sniffles|influenza',
      'runny nose',
      'sore throat',
      'flu like',
    ],
  },
  {
    id: 'chillCause',
    patterns: [
      'caught|catch|catching a? chill',
      'chill|cold in|on my? back',
      'draft|drafty|aircon|winter',
      'air con|conditioning',
      'cold wind|weather',
      'sat|sitting|slept|sleeping in a? draft|cold',
      'got cold|chilled',
    ],
  },
  {
    id: 'alcohol',
    patterns: [
      'alcohol|drink|drinking|drunk|booze|binge|pub|wine|beer|hungover|hangover|pint|pints|vodka|spirits',
    ],
  },
  {
    id: 'intoxicated',
    patterns: [
      'drunk|tipsy|hungover|hangover|intoxicated|=stoned|cannabis|drugs|alcohol|drinking|drinks|booze',
      'few|couple pints|beers|drinks',
      'pints|beers in',
      'smell|smelled|smells|smelt|stinks|stank of alcohol|booze|drink|beer|wine',
      'been drinking|smoking',
    ],
  },
  // Eased by a change of position ("eases as soon as I turn over or get up"): mechanical pain at
  // night, not the night pain of §2 rf-night-rest-pain nor the "better with exercise" of axSpA.
  // "my lower back is a bit worse in bed": a back that is worse is a back that hurts.
  { id: 'pain', patterns: ['back|neck worse|playing'], gap: 3 },
  // "collapsed holding his back", "clutching her tummy".
  {
    id: 'pain',
    patterns: ['clutching|holding|gripping|clasping his|her|my|their back|tummy|belly|stomach|side'],
  },
  {
    id: 'positionRelief',
    patterns: ['eases|ease|easier|better|goes once|when|soon|if i? turn|roll|change over|position|sides'],
    gap: 3,
  },
  // "Arm and back muscles have ached for weeks for no reason": aches without a strain (§1).
  {
    id: 'noCause',
    patterns: [
      'for|with no reason|cause',
      'without any? reason|cause',
      'out of nowhere',
      'out of the blue',
      // Scots: "oot the blue".
      'oot of? the blue',
      'cant|not recall|remember any|a? strain|injury|exertion|cause|reason',
      'no strain|injury|exertion|overuse|workout',
      // "didn't strain anything", "haven't hurt it doing anything".
      'not strain|strained|pull|pulled|injure|injured anything|owt',
    ],
  },
  // A therapist's hard pressure: "dug her elbow hard into one spot".
  {
    id: 'hardPressure',
    patterns: [
      'dug|dig|digging|digs|pressed|pushed|jabbed|ground elbow|elbows|thumb|thumbs|knuckle|knuckles|knee|fist',
      // "the masseuse used her elbows on Mum's back", "pressed quite firmly along my ribs".
      'used|using her|his|their elbow|elbows|knuckles|knee|fist',
      'pressed|pushed|worked quite|really|very? firmly|hard|deep along|on|into',
    ],
  },
  // A belly gone hard that won't relax in pregnancy: constant pain or tightening (§2 rf-pregnancy).
  {
    id: 'hardBelly',
    patterns: [
      'belly|tummy|stomach|bump|womb gone|is|feels|went|going rock? hard|solid',
      // "lower belly hard and swollen", "tummy bulging and hard".
      'belly|tummy|stomach hard|solid|tight and? swollen|bulging|distended',
      'belly|tummy|stomach swollen|bulging|distended and? hard|solid|tight',
      'wont|not relax|soften|go soft',
    ],
    gap: 3,
  },
  // A session with a therapist: "after a firm session", "a deep tissue session on Monday".
  { id: 'sessionWord', patterns: ['session|sessions|treatment|appointment', 'off|on the table|couch'] },
  { id: 'watersBroke', patterns: ['water|waters broke|broken|gone|breaking|went'] },
  {
    // A tummy that beats like a heart is that sign, not pain (nor night pain when felt in bed).
    id: 'bellyPulse',
    masks: ['pain'],
    patterns: [
      'pulsing|pulsating|throbbing in? my? $BELLY',
      '$BELLY pulsing|pulsating',
      '$BELLY throb|throbs|throbbing|pulses|beats|beating like|as a? heartbeat|heart|pulse',
      'heartbeat|pulse|pulsing|beating in my|the? $BELLY',
      'second heartbeat',
      // "I can feel my tummy throbbing in time with my heartbeat".
      '$BELLY throbbing|throbs|pulsing|pulses|beating in time with',
      // "his belly has a heartbeat in it".
      '$BELLY has|got a heartbeat|pulse',
    ],
  },
  // One word between at most ("kidney area pain"): "never had kidney trouble suddenly pain…" is two things.
  { id: 'kidneyPain', patterns: ['kidney|kidneys pain|ache|aching|agony|area'], gap: 1 },
  { id: 'ivdu', patterns: ['inject|injecting|injected|heroin', 'iv drug|drugs', 'drug user|use|addict'] },
  {
    id: 'immuno',
    patterns: [
      'immunosuppressed|immunocompromised|hiv|transplant',
      'weak|weakened|low|poor immune|immunity',
      'chemo|chemotherapy',
    ],
  },
  { id: 'recentUti', patterns: ['uti|utis|cystitis', 'urine|water|bladder infection'] },
  {
    id: 'procedure',
    patterns: [
      'epidural|epidurals',
      'spinal anesthetic|anesthesia|block|tap',
      // The anaesthetic called "a spinal": "had a spinal for my caesarean 8 days ago".
      'had|have|having|got|given a spinal',
      'spinal for|during|before caesarean|section|birth|labour|labor|delivery|op|operation|surgery',
      'spinal|spine|back|lumbar|facet|steroid injection|injections|jab',
      'injection|injections|needle in|into|to my|his|her|the? lower|upper|low? back|spine',
      // "got a steroid shot in my lower spine".
      'steroid|cortisone|epidural|nerve|pain shot|shots|jab|jabs in|into|to my|his|her|the? lower|upper|low? back|spine',
      'spine|spinal|back surgery|operation|op|fusion',
      // "where they operated on his spine three weeks ago".
      'operated|operating|surgery on my|his|her|the spine|back|discs|disc',
      // "had an op on my lower back disc 10 days ago".
      'op|operation|ops|operations on my|his|her|the spine|back|discs|disc',
      'lumbar puncture',
      'discectomy|laminectomy|microdiscectomy|kyphoplasty|vertebroplasty',
      // "a lumbar decompression three weeks ago" (spinal decompression surgery).
      'lumbar|spinal|spine|back decompression|decompressions|fusion',
      'nerve block',
      'needle in my? back|spine',
      'c section|csection',
      '=c-section',
    ],
  },
  // "The injection site is grand, no redness": the site named to say it is fine.
  {
    id: 'siteFine',
    masks: ['siteProblem'],
    patterns: [
      'site|wound|scar|incision|puncture is|looks|seems|feels fine|grand|ok|okay|clean|good|perfect|healing|healed|spotless|dry',
      'site|wound|scar|incision|puncture has been fine|grand|ok|okay|clean|good|perfect|healing|dry',
    ],
  },
  {
    id: 'siteProblem',
    patterns: [
      'at|around|near the? site|injection|wound|scar|needle',
      // "the pain in the place of injection is much more strong" (second-language English).
      'place|spot|area of|where the? injection|needle|jab',
      'injection|needle|wound|puncture site',
      // "the little puncture spot on my back has gone red".
      'puncture|injection|needle spot|mark|hole',
      'redness|red|swelling|swollen|discharge|pus|oozing|weeping where',
      // "and the wound looks red", "the scar's gone angry".
      'wound|scar|site|incision looks|look|is|gone|went|getting|looking red|angry|inflamed|swollen|hot',
      'pus|oozing|discharge|ooze',
      // "the dressing's got a damp patch", "the dressing is soaked".
      'dressing|dressings|bandage|plaster has? got? a? damp|wet|soaked|soggy|stained|leaking|seeping',
      'damp|wet|yellow|green patch on the? dressing|bandage',
    ],
  },
  {
    id: 'surgery',
    patterns: [
      'surgery|operation|operated|postop|keyhole',
      'post op',
      // "POD 3": the third day after an operation (capitals only; a "pod" is a coffee capsule).
      '^pod #num',
      // "had my hip replaced 3 weeks ago".
      'hip|knee|shoulder|joint replaced|replacement|replacements',
      // "since his hip op", "after my knee op".
      'hip|knee|shoulder|back|spine|spinal|bowel|heart|womb|his|her|my op|ops',
      // "had a mole cut off my back last month": a small operation on the skin.
      'mole|moles|cyst|cysts|lipoma|lipomas cut|removed|excised|taken',
    ],
  },
  {
    id: 'flight',
    patterns: ['flight|flew|plane', 'long haul|drive|journey', 'cast|plaster|immobile|bedbound', 'bed rest'],
  },
  // ---- systemic ------------------------------------------------------------------------------
  {
    id: 'fever',
    patterns: [
      'fever|feverish|febrile|pyrexia',
      'temperature|temp',
      'high temperature',
      'hot and shivery|cold',
      'night sweats|sweats',
      'burning up',
      'boiling hot',
      // "she's burning hot", "he's roasting" (a child's fever told by touch).
      'burning|roasting hot',
      'hot to the touch',
      // "gran back pain and hot, now talking nonsense".
      '$PAIN and hot',
      // "he's been hot and off his food for two days" (a carer telling a fever by what they see).
      'hot|burning|boiling and off his|her|their|my? food|eating|grub',
      'hot|roasting|boiling then|and cold|freezing',
      // "I've been hot as a furnace one minute and rattling in my sleeping bag the next".
      'been|am|was|is|felt|feel|feels|feeling|running hot as a? furnace|oven',
      // A bare 38, 39 or 40 is an age as often as a temperature ("I'm 39 and my back hurts",
      // "38 weeks"): only with its unit here, or as a decimal below.
      '38|39|40|41 degrees|c|celsius|deg',
      // "40C", "39c" written as one word.
      '=38c|=39c|=40c|=41c',
      // "now confused + hot", "hot and muddled".
      'confused|muddled|delirious and? hot|burning|feverish',
      'hot|burning|feverish and? confused|muddled|delirious',
      '#num temp|temperature',
      '101|102|103|104 degrees|f|fahrenheit',
    ],
  },
  // Shivering tells a fever unless the story gives the cold as its cause (COMPOUND: fever).
  {
    id: 'feverShiver',
    patterns: [
      'shivery|shivering|shivers|=chills|rigor|rigors|shaking',
      'rattling|shaking|shivering|shuddering in|under my|the sleeping? bag|duvet|covers|blankets',
      'teeth chattering',
      'chattering teeth',
    ],
  },
  // The cold itself: "boiler's packed in", "minus two and he left his coat at work", "cold snap".
  {
    id: 'coldWeather',
    patterns: [
      'boiler|heating packed|broke|broken|bust|died|off|out|gone',
      'minus|subzero',
      'below zero',
      'cold house|flat|room|snap|weather|wind|swim|shower|outside|morning|night|start|water',
      'left|forgot|forgotten|without my|his|her|a? coat|jacket|jumper|gloves',
      'snow|snowing|sleet|frost|frosty|icy|blizzard',
      'ice bath|plunge|swim',
      'wild|sea|open water? swim|swimming|dip',
    ],
  },
  // "39.4", "38.5C": a temperature with its decimal (the tokens stand side by side).
  {
    id: 'fever',
    patterns: [
      '38|39|40|41 #num',
      '38|39|40|41 =1c|=2c|=3c|=4c|=5c|=6c|=7c|=8c|=9c|=0c',
      // Fahrenheit ("102F", "101.5 F") and a reading told in words ("thirty nine point four").
      '100|101|102|103|104|105 #num? f|fahrenheit',
      'thirty eight|nine point|degrees',
      'forty point|degrees',
      'hundred and one|two|three|four',
    ],
    gap: 0,
  },
  {
    id: 'confusion',
    patterns: [
      'confused|confusion|disorientated|disoriented|delirious|drowsy|drowsiness|muddled|incoherent',
      'slurring|slurred',
      'hard|difficult to wake',
      // "I can barely wake her, she mumbles and drops straight back off".
      'barely|hardly|cant wake|rouse her|him|them|me',
      'not making sense',
      // "not talking well and just sleeping", "didn't know my name".
      'not talking|speaking well|properly|right|straight',
      'just|only|keeps|keep sleeping|sleep',
      'not know|knew|remember my|her|his|their own? name',
      'difficulty|trouble speaking|talking',
      'talking|speaking nonsense|gibberish|rubbish|jibberish',
      'very|really|so|unusually sleepy|drowsy',
      // "doesn't know where she is" (not "don't know where this pain comes from").
      'not know|knew|recognise|recognize where she|he|i|they is|am|was|are|were',
      // "doesn't know what day it is".
      'not know|knew|tell what day|date|year|month|time it|is|was',
      // "she asked me what year it is and called our son by her brother's name".
      'asked|asking|asks|keeps asking me? what year|day|date|month it|is|was',
      'called|calling|calls our|my|her|his|the son|daughter|husband|wife|grandson|granddaughter by the? wrong|sisters|mothers|fathers|mums|dads name',
      'by her|his brothers name',
      'by the wrong name|names',
      'recognise|recognize me|us|anyone',
      // "this afternoon she didn't know who I was" (told by the one she did not know).
      'not know|knew|recognise|recognize who i|we was|were',
      'not herself|himself|themselves|making sense',
      // "I keep mixing up my words", "getting her words muddled".
      'mixing|mixes|mixed|muddling|muddles|muddled|jumbling|jumbled|getting up? my|his|her|their? words',
      'words muddled|jumbled|mixed',
      'words coming|come|came out wrong',
      'cant find her|his|my|their words',
      // "today we can't keep him awake, he nods off halfway through a sentence".
      'cant keep him|her|them|me awake',
      'nods|nodding|nodded|dozes|dozing|drifts|drifting off halfway|mid|middle sentence|talking',
    ],
  },
  {
    id: 'meningismTerm',
    patterns: [
      'stiff neck',
      'neck stiffness|stiff',
      'bright light|lights hurt|hurts',
      // "I can't look at the lamp", "can't stand the light".
      'cant|not look at the? light|lights|lamp|sun|screen|window',
      'cant|not stand|bear|face the? light|lights|lamp|sun|screen|window',
      'light|lights|lamp hurts|hurt|hurting my? eyes',
      // "the office lights are killing my eyes", "I can't bend my head forward without it hurting".
      'light|lights|lamp|sun|screen killing|stabbing|burning my? eyes',
      'cant|wont|not bend|tilt|tip|drop|put my|his|her? head forward|forwards|down',
      // A child who "screws his eyes shut and turns away from the lamp".
      'turns|turned|turning|looks|looked away from the? lamp|light|lights|window|sun',
      'sensitive to|dislike of|hate light',
      'light sensitivity|sensitive',
      'photophobia',
      'neck wont|cant bend|move',
      'light hurts|hurting my? eyes',
      'cant bend my? neck',
      'chin to chest',
      // A child who "won't put her chin down", "screams when I open the curtains".
      'wont|cant|not put|bend|tuck|get her|his|my chin down',
      'screams|screaming|cries|crying|winces|hates it when|if i? open the curtains',
    ],
  },
  { id: 'headache', patterns: ['headache|headaches|migraine', 'head ache|pain|hurts|pounding|throbbing'] },
  // Surface "spots": "spotting" (bleeding) shares the canonical form "spot".
  { id: 'rash', patterns: ['rash|rashes|blotches|=spots|blisters|blister'] },
  {
    id: 'nonBlanching',
    patterns: [
      'rash not fade',
      'non blanching',
      'glass test',
      'does not fade',
      'rash not|wont|never fade|go|disappear|vanish|fades|goes',
      'press|pressed|pressing|roll|rolled a? glass',
      // "purplish spots that didn't blanch when I pressed".
      'not|never|wont blanch|blanched|blanching',
      'spots|dots|marks|pinpricks|blotches|rash not|never|wont fade|faded|disappear|disappeared|blanch',
    ],
  },
  {
    id: 'seizure',
    patterns: [
      'seizure|seizures|convulsion|convulsions|convulsing',
      // A fit, not fitness: "had a fit", "he was fitting", never "I'm 35, fit".
      'a|had|having|has|with|another|took fit|fits',
      // "went stiff and started jerking on the pavement".
      'started|was|began|kept jerking|convulsing|twitching',
      'went stiff and jerking|shaking',
      // "went rigid and jerked", "shook all over and went rigid for a minute".
      'went|gone|goes rigid|stiff and shook|jerked|jerking|twitched|twitching|convulsed',
      'shook|jerked|twitched all over and? then? went rigid|stiff',
      // "shaking all the body and not answering us for one minute, his eyes go up".
      'shaking|jerking|twitching all|whole the|his|her? body',
      'eyes go|went|going|rolled|rolling up|back',
      'was|is|were|started|been|began|kept fitting',
    ],
  },
  {
    id: 'breathless',
    patterns: [
      'breathless|breathlessness|wheezy',
      // Clinical shorthand "SOB" (short of breath), only in capitals: "sob" is crying.
      '^sob',
      'out|short|shortness of breath',
      'cant breathe|catch breath',
      'cant breathe',
      // "to" optional: "trouble breathing", "difficulty in breathing", "struggling to breathe".
      'struggling|struggle|difficulty|difficulties|trouble|hard|problems|problem to|in? breathe|breathing',
      'gasping|panting',
      'puffing|puffed|huffing for? breath|air',
      // "puffed just walking to the loo", "winded getting dressed".
      'puffed|winded|breathless just? walking|going|getting|doing',
      // "puffing after a few stairs".
      'puffing|huffing after|going|climbing|up the|a? stairs|stair|hill|steps|few',
      // "out of puff on the stairs", "winded walking to the bathroom".
      'out of puff',
      '=winded',
      'puffed out',
      // "can't get a full breath, like breathing through a straw".
      'cant get|take|catch a? full|proper|deep|decent breath',
      // "I suddenly can't get enough air".
      'cant get enough|any air|breath',
      'breathing|breathe through a straw',
    ],
  },
  {
    id: 'veryBreathless',
    patterns: [
      'cant breathe|speak',
      'struggling|struggle to breathe',
      'gasping',
      'very|really|extremely breathless',
      'very|really|extremely short of breath',
      'cant finish a? sentence|sentences',
      // "she can hardly get words out between breaths".
      'words out between breaths|breath',
      // "I can't get a full sentence out".
      'cant get|say|manage a? full|whole? sentence|sentences',
      // "breath is not coming well at all", "can't get my breath", "fighting for breath".
      'breath is not|hardly|barely coming|come',
      'breath not|wont|hardly|barely coming|come',
      'cant get|catch my|her|his? breath',
      'fighting|struggling|gasping for breath|air',
      'struggling|struggle to|for breath|breathing',
    ],
  },
  {
    id: 'breathPain',
    patterns: [
      '$PAIN when|on|if|with i? breathe|breathing|breath|breathes|inhale|inhaling',
      'breathing|breathe in? hurts|painful',
      // "it hurts to breathe in".
      'hurts|painful|sore|agony to breathe|breathing',
      'deep breath|breaths',
      'when|if|as i? breathe|inhale|breathing',
      // "a sharp pain over one rib that catches every time she breathes in".
      'time i|she|he|they|you? breathe|breathes|inhale|inhales',
    ],
    gap: 3,
  },
  { id: 'cough', patterns: ['cough|coughing|coughs|phlegm|mucus|sputum'] },
  { id: 'sneezed', patterns: ['sneezed|sneeze|sneezing|sneezes'] },
  {
    id: 'coughBlood',
    patterns: [
      'cough|coughing up|out? blood',
      'blood in phlegm|sputum|mucus',
      'cough|coughing up|out? streak|streaks|fleck|flecks|speck|specks|spot|spots|bit|bits of? blood',
      // "coughed into a tissue and there was a streak of blood".
      'tissue|hanky|handkerchief and? there was|were a? streak|streaks|fleck|flecks|spot|spots|bit of? blood',
      'bloody|blood stained|streaked phlegm|sputum|mucus',
      // "coughing a bit of pink stuff", "coughed up pink froth".
      'cough|coughing|coughed up? a? bit? of? pink|red|rusty stuff|phlegm|spit|froth|frothy',
    ],
  },
  {
    id: 'coughSneeze',
    patterns: [
      'worse|hurt|hurts|pain|agony|kill|painful|shoot|shoots|twinge when|if|on|with|after i? cough|sneeze|strain|laugh|poo',
      'cough|coughing|sneeze|sneezing|straining make|makes|made it? worse',
      'cough|coughing|sneeze|sneezing|straining hurts|kills|sends',
      'every|each time i? cough|sneeze|strain',
      // "every sneeze now is like a horse kicking me", "a small cough makes my back explode".
      'every|each|a|small|little sneeze|cough is|now|makes|make|feels',
      'straining|strain on the? loo|toilet',
      // "low back hurts more sneezing, straining poo".
      'hurts|hurt|worse|pain|painful more|with|on sneezing|coughing|straining|sneezes|coughs',
      // "sneezing = actual death rn": the sneeze itself is the agony.
      'sneeze|sneezing|sneezes|cough|coughing|coughs is|are? actual|literally|pure? death|murder|agony|torture|hell|brutal|horrendous|excruciating',
      // One word per slot: "whenever I sneeze", "anytime I cough" ("every time" is above).
      'whenever|when|anytime i? sneeze|cough|strain|push',
      'push|pushing|pushes|straining on the? loo|toilet',
    ],
    gap: 3,
  },
  {
    id: 'nausea',
    patterns: [
      'sick|nausea|nauseous|nauseated|queasy',
      'vomit|vomiting|vomited|puke|puking|retching',
      'throw|throwing up',
    ],
  },
  {
    id: 'vomitNoFluids',
    positive: true,
    // "can't keep even water down" is being sick, not holding urine.
    masks: ['retention', 'peeWord', 'bladderLoss'],
    patterns: [
      'cant keep fluids|water|anything|liquid down',
      'cant keep even|any fluids|water|anything|liquid down',
      // "can't keep even a sip of water down".
      'cant keep even? a? sip|drop|mouthful|drink',
      'cant keep anything',
      // "cyaan keep nutten down", "can't keep nothing down".
      'cant keep nothing|food|drink|drinks down',
      'cant keep a thing down',
      // "everything I drink come out, even water".
      'everything|all i drink|drank come|comes|coming|came out|up|back',
      // "nothing is staying down", "nothing stays down".
      'nothing is|will? stay|stays|staying down',
      // "I've thrown up every sip of water".
      'thrown|throwing|threw|bringing|brought up every|each sip|drink|drop|mouthful',
      // "every water I drink it come out again, even one sip".
      'every|any water|drink|sip|drop i? drink|take it|they? come|comes|came|coming out|up|back',
      // "been sick every time I sip", "throw up whenever I drink".
      'sick|vomit|vomiting|puke|puking|throw every time|whenever i? sip|drink|eat',
      'keep being sick',
      'constant|constantly|nonstop|continuous|keep|keeps vomiting|vomit|sick|throwing',
      'cant stop vomiting|vomit|being|throwing',
      // "I've thrown up everything I've drunk".
      'thrown|threw|throwing|brought|bringing|sicked up everything',
      'thrown|threw|throwing|brought|bringing|sicked up all i',
      'vomited|vomiting|vomit everything',
      'vomited|vomiting|vomit all i',
    ],
  },
  {
    id: 'faint',
    patterns: [
      'faint|fainted|fainting|faintness',
      'pass|passed|passing out',
      'black|blacked|blacking out',
      'collapse|collapsed|collapsing',
      'lose|lost consciousness',
      'nearly fainted|passed',
      'everything|it all went|goes|going dark|black',
      'ended|woke up on the? bathroom|kitchen? floor',
      'went|go|going down like a? sack|stone|log',
      // "I feel like I'm going to drop", Caribbean "mi feel like mi a go drop".
      'feel|feels like i|mi|she|he|am|is|a|going|go|gonna drop|keel',
      'keeled|keel|keeling over',
      // "the lights went out on me for a second", "nearly went down in the shower".
      'lights went|go|going out',
      'nearly|almost went|go down|over',
      'nearly|almost passed|fainted|collapsed|keeled',
      // "I nearly went over in the bathroom".
      'nearly|almost went|keeled over',
      'legs wont|cant keep|hold me upright|up',
      // "so bad I hit the bathroom floor" ("came round a minute later" is left out: a visitor
      // comes round too).
      'hit|hitting the bathroom|kitchen|bedroom? floor|deck',
      // "then he slumped over and was out for a few seconds".
      'slumped|slumping|slumps over|sideways|forward',
      'was|went out for a? few? seconds|second|moment|moments',
    ],
  },
  // "replacing the shingles on the shed roof": roof tiles, not the rash.
  {
    id: 'roofShingles',
    idiom: true,
    masks: ['shinglesTerm'],
    patterns: [
      'shingles on|off the|a|my|our? roof|shed|house|porch',
      'roof|roofing|asphalt|cedar shingles',
      'nailing|nail|nailed|fitting|fixing|new shingles',
    ],
  },
  // The moment of effort itself: "mid pull-up", "on the last rep of bench press" (not a run before a
  // rest, when a rip between the shoulder blades is the emergency it sounds like).
  {
    id: 'midRep',
    patterns: [
      'mid|during|doing|my pull|chin up|ups',
      'pullup|pullups|chinup|chinups',
      'last|final|heavy|top rep|set',
    ],
  },
  // "sore to move my arms": pain on moving them, not pain spreading to the arms.
  {
    id: 'armsMoved',
    masks: ['armJawSpread'],
    gap: 1,
    patterns: ['to|when move|moving|lift|lifting|use|using my|his|her|the? arm|=arms|shoulder|shoulders'],
  },
  // "it is only a faint ache now": a slight pain, not fainting.
  {
    id: 'faintAdjective',
    masks: ['faint'],
    gap: 0,
    patterns: [
      'a|the|only|just|very|slight|still faint ache|aching|pain|twinge|throb|throbbing|niggle|tingle|line|mark|smell|memory',
    ],
  },
  // "from the moment my feet hit the floor": getting out of bed, not a collapse.
  {
    id: 'feetToFloor',
    masks: ['faint'],
    patterns: ['feet|foot hit|hits|touch|touched|touches the? floor|ground'],
  },
  // "never been told I've got an aneurysm": no known aneurysm (so new back pain is not the known-AAA
  // emergency).
  {
    id: 'noKnownAneurysm',
    masks: ['aneurysmTerm', 'aaaTerm'],
    patterns: [
      'never|not been told|diagnosed got|have|has|had an? aneurysm|aaa',
      'never|not been diagnosed with an? aneurysm|aaa',
      'never|not been told|diagnosed with an? aneurysm|aaa',
    ],
  },
  // "ED letter", "seen in ED": the emergency department, not erectile dysfunction.
  {
    id: 'edDepartment',
    masks: ['sexualLoss'],
    patterns: [
      '^ed letter|note|notes|discharge|visit|doctor|doc|attendance|department|triage|nurse|staff|team|consultant|registrar|summary',
      'in|to|at|from|the ^ed',
    ],
    gap: 0,
  },
  // "a car crash of a meeting": a figure of speech, no crash.
  { id: 'crashIdiom', masks: ['majorTrauma'], patterns: ['crash of a|an'], gap: 0 },
  // "the rigors of a 38-game season": hardships, not a fever's shaking.
  { id: 'rigorsOf', masks: ['feverShiver', 'fever'], patterns: ['rigors|rigours of'], gap: 0 },
  // "would i come out black and blue?": bruises, not dark urine.
  { id: 'blackAndBlue', masks: ['darkUrine'], patterns: ['black and blue'] },
  // "what keeps me up is, what if…": a worry, not pain at night.
  {
    id: 'worryAwake',
    masks: ['nightPain'],
    patterns: ['what keeps|kept me|us up', 'keeps|kept me|us up worrying|thinking|wondering'],
  },
  // A spin class is exercise, not the room spinning.
  {
    id: 'spinClass',
    masks: ['dizzy'],
    patterns: ['spin|spinning class|classes|bike|bikes|cycle|session|instructor'],
  },
  {
    id: 'dizzy',
    patterns: [
      'dizzy|dizziness|lightheaded|woozy|giddy|vertigo|spinning|unsteady|swimmy',
      'off balance',
      'light headed',
      'room spinning|spins|spun',
      'spinning started',
      // "he keeps saying the room is tipping".
      'room|floor|world|ceiling is|was|keeps|kept|started? tipping|tilting|swaying|lurching|moving|spinning|going',
    ],
  },
  {
    id: 'clammy',
    patterns: [
      'clammy|pale|grey|gray|ashen|sweaty|sweating',
      // "his skin cold an wet like fridge", "face white like flour".
      'skin cold and? wet|damp|clammy',
      'white like|as a? flour|chalk|paper|sheet|ghost',
      // "he stayed white and cold" (ficou branco, se quedó blanco).
      'stayed|went|gone|turned|became|looked|looks|is white and? cold',
      'cold sweat|sweats',
      // "dripping wet like he's just come out the shower".
      'dripping|pouring|drenched|soaked wet|sweat',
      'dripping|pouring|drenched|soaked with sweat',
      'white as a? sheet|ghost',
      // "he's gone the colour of putty", "skin cold and wet to the touch".
      'colour|color of putty|ash|ashes|chalk|paper|porridge|dishwater|wax|candle',
      'skin|face|forehead|hands cold and wet|damp|sweaty|clammy',
      'skin|face|forehead|hands wet|damp and cold',
      'gone|went|turned white',
    ],
  },
  {
    id: 'racingHeart',
    patterns: [
      'racing|pounding|fast|rapid heart|heartbeat|pulse',
      'heart racing|pounding',
      'palpitations',
      'heart|heartbeat|pulse going|beating|racing|pounding|is very|really|so? quick|quickly|fast',
      'heart going like mad|crazy|hammer|hammering|clappers|hell|anything',
      'heart hammering|thumping|thudding|pounding',
    ],
  },
  // "I don't seem to get the urge any more since my back went": the bladder's or bowel's feeling lost.
  {
    id: 'lostUrge',
    patterns: [
      'not|never|no get|feel|getting|feeling the|an|any urge any? more|anymore',
      'lost the|my urge to? go|pee|wee|poo',
    ],
  },
  // "For the last hour he's had pain": begun an hour ago, not a wait that lasted an hour.
  { id: 'lastHour', masks: ['forHours'], patterns: ['for|in|over the last|past hour|hours|hr|hrs|half|few'] },
  // The kind of massage booked, not a back that hurts: "can I book a back massage for my sore
  // shoulders?" (the pain is the shoulders').
  {
    id: 'massageKind',
    masks: ['back'],
    patterns: [
      'book|booked|booking|have|get|having|getting a? back massage|rub',
      'book|booked|booking|have|get|having|getting a? back and shoulder|neck massage',
      'book|booked|booking|have|get|having|getting a? neck and back massage',
    ],
  },
  // A screening told as normal names a test, not an aneurysm: "my aneurysm screening scan last
  // month was normal", "the AAA scan at 65… they said my artery was normal size".
  {
    id: 'aaaScreenClear',
    masks: ['aaaTerm', 'aneurysmTerm'],
    gap: 8,
    patterns: ['aaa|aneurysm|aortic screening|scan|ultrasound|check normal|clear|fine|negative'],
  },
  // A fever, not a run: "he's been running a temp".
  {
    id: 'runningTemp',
    masks: ['exerciseCause'],
    patterns: [
      'running|run|ran a? high? temp|temperature|fever|temps',
      'running|ran #num plus|degrees|c|f|point',
    ],
  },
  // "it was just the left. since yesterday it's both": the leg pain spread to both sides.
  // "it's shooting down the backs of both": the legs named earlier, both now.
  // "now the same shooting pain down the left too, both at once".
  {
    id: 'nowBoth',
    patterns: [
      'it|now is? both',
      'both sides|legs now',
      'down the? back of both',
      'both at once|together',
      'both at the same time',
    ],
  },
  // A level of the body and all below it: "everything from his belly button down feels numb".
  {
    id: 'levelDown',
    patterns: [
      'from|below my|his|her|the? belly|tummy button down|downwards',
      'from|below my|his|her|the? waist|navel|bellybutton|hips|chest|ribs|nipples down|downwards',
    ],
  },
  // Injury events of sport and play told plainly: "went into a tackle head down", "dived into the
  // shallow end", "came down on his head and neck" (FACTS.md §1 spinal-injury-trauma with new nerve
  // signs; §2 rf-major-trauma for a dive into shallow water).
  {
    id: 'tackle',
    patterns: [
      'into|in|during|from a tackle|scrum|ruck|collision',
      'tackled|speared',
      // "took a knee straight into his back in a goalmouth scramble".
      'took|got|taken a knee|boot|elbow into|in|to back|spine',
    ],
  },
  {
    id: 'majorTrauma',
    patterns: [
      'dived|dove|diving|dive|jumped into the|a? shallow',
      'car|van|taxi|bus|minibus|coach|lorry|truck|motorbike|he|she|they went|drove|crashed|hit|struck|smashed|ploughed into? a|the? ditch|tree|wall|lamppost|hedge|river|barrier|pole',
      'clipped|struck by a|an? car|van|lorry|truck|bus',
    ],
  },
  // Flopped down, not a collapse: "collapsed on the bed after a 12hr shift".
  {
    id: 'floppedDown',
    masks: ['faint', 'collapseSign'],
    patterns: ['collapsed|collapse|crashed on|onto|into the|my|a? bed|sofa|couch|settee|armchair'],
  },
  // Someone else doing something all the time, not a constant pain: "checked in constantly".
  {
    id: 'constantAction',
    masks: ['restPain'],
    patterns: [
      'checked|checking|asked|asking|texting|messaging|talking|calling|chatting|checks|asks in? constantly|constant',
    ],
  },
  // Surprise, not a faint: "I nearly fainted when I saw it reduced to £299".
  // "Nearly fainted when the massage place told me the price!" (a few words between).
  {
    id: 'surpriseFaint',
    masks: ['faint', 'collapseSign'],
    gap: 5,
    patterns: ['nearly|almost fainted|died|collapsed told|price|bill|cost|quote|total'],
  },
  {
    id: 'surpriseFaint',
    masks: ['faint', 'collapseSign'],
    patterns: [
      'nearly|almost fainted|died|collapsed when|at i? saw|heard|read|opened|got|found',
      // "mum nearly passed out when she saw the price of the new mattress".
      'nearly|almost passed out when|at i|she|he|they|we? saw|heard|read|opened|got|found',
    ],
  },
  // The weather, not the skin: "a cold and clammy morning".
  {
    id: 'clammyWeather',
    masks: ['clammy'],
    patterns: ['clammy morning|day|weather|night|afternoon|evening|air|heat|fog'],
  },
  // A heater's dial, not a body: "the high temperature setting is far too hot".
  {
    id: 'deviceTemperature',
    masks: ['fever'],
    patterns: [
      'temperature|temp setting|settings|dial|mode|control|controls|level|levels|button',
      // A hot workplace or wash: "a high-temperature, humid environment next to the sauna".
      'temperature environment|environments|workplace|wash|cycle|cooking|oven',
      'working|work|works|operate|operating in a|an? high|higher|low temperature',
    ],
  },
  // Things shaking, not a person shivering: "the whole table was shaking with laughter".
  {
    id: 'thingShaking',
    masks: ['fever', 'feverShiver', 'shiverWord'],
    patterns: [
      'table|floor|house|room|building|ground|windows|walls|train|bus|stands|crowd|stadium|car was|were|kept|started? shaking|shook|trembling',
    ],
  },
  // A team, a market or a computer, not a person: "the defence collapsed in the last ten
  // minutes", "shares crashed 40%", "my laptop crashed".
  {
    id: 'thingCollapsed',
    masks: ['faint', 'collapseSign', 'majorTrauma'],
    patterns: [
      'defence|defense|team|midfield|attack|market|markets|prices|price|shares|stocks|stock|profits|economy|currency|talks|deal|negotiations|coalition|company|website|site|app|system|computer|laptop|pc|phone|bitcoin collapsed|collapse|collapses|collapsing|crashed|crash|crashes|crashing',
    ],
  },
  // "Shares in Harlow Foods crashed 40%": a market's fall told with its name between.
  {
    id: 'thingCollapsed',
    masks: ['faint', 'collapseSign', 'majorTrauma'],
    patterns: ['shares|stocks|prices|markets|index collapsed|crashed|tumbled|plunged'],
    gap: 3,
  },
  // One leg's path from the buttock, the sciatic nerve's, not the saddle: "electricity running from
  // my butt down the back of right thigh to calf, only right leg".
  {
    id: 'buttockToOneLeg',
    masks: ['saddleArea'],
    patterns: [
      'from|in my|his|her|the? butt|bum|buttock|bottom|backside|glute down|into the? back? of? my|his|her|the? left|right thigh|leg|calf|hamstring',
    ],
  },
  // Tired feet, not a both-legs sign: "we handed out leaflets all morning and my feet are killing me".
  { id: 'tiredFeet', masks: ['legSymptom'], patterns: ['feet|foot are|is|were|was killing me'] },
  // The screening programme, not a diagnosis: "had his aortic aneurysm screening at 65, letter
  // said normal" ("they found a small aneurysm at screening", "…aneurysm on screening" still name one).
  {
    id: 'aaaScreening',
    masks: ['aaaTerm', 'aneurysmTerm'],
    gap: 0,
    patterns: ['aneurysm|aaa screening|screen'],
  },
  // "a pack of AAA batteries for the massage gun", "sent to Triple-A on a rehab assignment": a battery
  // size and a baseball league, not an aneurysm.
  {
    id: 'aaaLookalike',
    idiom: true,
    masks: ['aaaTerm', 'aneurysmTerm'],
    gap: 0,
    patterns: [
      'aaa battery|batteries|cell|cells|size',
      'triple a battery|batteries|league|team|affiliate|club|rehab',
      'to triple a on|for|rehab|assignment',
    ],
  },
  { id: 'jawFeel', patterns: ['jaw feels|feel|felt|is|went|gone|getting tight|heavy|achy|aching|painful'] },
  // The school lesson, not a clot: "pulled something in my back in PE today doing hurdles".
  {
    id: 'peLesson',
    masks: ['peTerm'],
    patterns: [
      'in|during|at|after|before|missed|skipped|doing pe',
      'pe lesson|lessons|class|kit|today',
      // "my late husband, a PE teacher, taught me to check".
      'pe teacher|teachers|department|shorts|uniform',
    ],
  },
  // A disc, not a fall: "she slipped a disc lifting the shopping".
  { id: 'slippedDisc', masks: ['fall'], patterns: ['slipped a? disc|disk'] },
  // A urine infection, not waters breaking: "a water infection that went to her kidneys".
  { id: 'waterInfection', masks: ['watersBroke'], patterns: ['water|waterworks infection'] },
  // An outing at night, not pain at night: "a foot massage at the night market".
  {
    id: 'nightOuting',
    masks: ['nightPain'],
    patterns: [
      'night market|markets|bus|train|flight|club|clubs|life|sky|tour|race|owl|school|class|classes',
    ],
  },
  // The trade show, not cauda equina syndrome: "unveiled at CES 2024".
  { id: 'tradeShow', masks: ['saddleTerm'], patterns: ['^ces #num'] },
  // Leaking when coughing is the bladder, not back pain brought on by a cough: "urinary
  // incontinence when I sneeze ever since my second baby".
  {
    id: 'stressLeak',
    masks: ['bladderLoss', 'bladderLeakCES', 'bladderLeakCtx', 'coughSneeze'],
    patterns: [
      'incontinence|leak|leaks|leaking|wet|dribble|dribbling when|if i? cough|sneeze|laugh|jump|coughing|sneezing|laughing|jumping',
    ],
  },
  // "the odd flutter of palpitations after strong coffee", "harmless extra beats" on a heart
  // monitor: a known, explained heartbeat, not a collapse sign today.
  {
    id: 'explainedHeartbeat',
    masks: ['racingHeart'],
    gap: 4,
    patterns: [
      'palpitations|flutter|flutters|racing|pounding|fluttering after|from|with strong? coffee|coffees|caffeine|espresso|espressos|energy',
      'harmless|benign extra|skipped beats|ectopics',
    ],
  },
  {
    id: 'unwell',
    patterns: [
      'unwell|ill|poorly|dreadful',
      'run down',
      'very|really unwell|ill',
      'feel|feeling terrible|awful|rotten|like death',
      // "now i feel rough n washed out with it".
      // One word per slot (a space starts the next slot): "feel rough", "feel washed out".
      'feel|feeling|felt rough|grotty|crap',
      'feel|feeling|felt washed|wiped out',
      'feel|feeling|felt off colour',
      'washed|wiped out',
      // "I feel not well" (second-language English).
      'feel|feeling|felt not well',
      // "tired and gone off my food".
      'gone|going|went off my|his|her|their food',
      'off my|his|her|their food',
    ],
  },
  {
    id: 'veryUnwell',
    patterns: [
      'very|really|extremely|seriously unwell|ill',
      'feel|feeling|felt like i am|was? dying',
      'worst i have ever felt',
    ],
  },
  {
    id: 'jaundice',
    patterns: [
      'yellow skin|eyes|eye',
      'skin|eyes yellow',
      'jaundice|jaundiced',
      // "gone yellow, right side pain into back".
      'gone|going|turned|turning|went|looking|look|looks yellow|yellowish',
      // "she's feverish, a bit yellow".
      'bit|little|slightly|quite yellow|yellowish',
      'whites of my|his|her|the? eyes yellow|yellowish',
      // "the whites of my eyes look like custard".
      'eyes|skin look|looks|looking|gone|are|is like? custard|mustard|banana|lemon|yellow',
    ],
  },
  {
    id: 'blueLips',
    patterns: [
      'blue|grey|gray lips|skin|tongue',
      'lips blue',
      'blotchy|mottled',
      'lips|face|fingers|fingertips look|looks|looking|are|is|gone|going|turning|turned blue|grey|gray|blueish|bluish|purple|dusky',
      'blueish|bluish|purplish lips|face|skin',
    ],
  },
  // ---- urinary / bowel / sexual (§6.1 N table) -----------------------------------------------
  {
    id: 'retention',
    positive: true,
    patterns: [
      'cant $PEE|go|empty|wee|pass',
      // "can hardly get any wee out".
      'hardly|barely get any|much $PEE out',
      // Nigerian Pidgin: "i wan piss but e no dey come out at all".
      '$PEE but e|it no|not dey? come|comes|coming out',
      // "my bladder will not empty", "it won't empty".
      'bladder|it wont|cant empty|emptying',
      'bladder|it will|does|can not empty|emptying',
      'need|want|try|trying|tried to go|$PEE but cant|nothing',
      'nothing comes|coming|came out?',
      // "I sit there and nothing happens" (not "nothing's happened", which tells of no event).
      'nothing happens when|if',
      'and nothing happens',
      // "urine is not passing at all", "the waters are not coming" (a learner's English for urine).
      'urine|waters|pee|wee not passing|coming|pass|come',
      // "standing at the toilet and can't get a single drop out".
      'cant|not get|squeeze|force|pass|produce|manage|make a|one? single? drop|drip|dribble out?',
      // "keeps trying, but not a drop comes out".
      'not|no a? drop|drip|dribble comes|coming|came|will',
      'urinary|acute retention',
      // "struggling to pee, have to push and push" (new: the flag reads the time course).
      // Hesitancy that is new: "my bladder is on a delay, I have to push and wait ages".
      'retaining urine|water',
      'no urine|pee|wee coming',
      'bladder full but cant',
      'no stream|flow',
      // "my bladder feels full but the stream just won't start".
      'stream|flow just? wont|cant|not start|come',
      // "today I'm having trouble peeing".
      'trouble|difficulty|struggling|struggle peeing|weeing|urinating',
      'only|just few|couple drops|drips',
      'tried|try|trying $PEE|wee nothing|zilch',
      // "got up six times in the night to pee and nothing came".
      '$PEE|wee and nothing came|comes|happened|happens',
      // "need to wee but only manage a trickle".
      'only|just|barely manage|managing|get|getting|squeeze|pass a|the? trickle|dribble',
    ],
  },
  // A slow or stop-start stream: retention when new (§2 rf-bladder-change), not the months-long
  // pattern of a grumbling prostate (below, chronicProstate).
  {
    id: 'newHesitancy',
    positive: true,
    patterns: [
      'struggling|struggle|straining|strain|battling to $PEE|wee|go',
      'push and push|strain',
      'bladder|wee|pee|it on|is|has a? delay|delayed',
      'push|strain|wait and? push|strain|wait ages|forever before anything|it|wee|pee starts|comes',
      'struggle|struggling|difficulty|trouble|hard to|getting? start|starting $PEE',
      'push|pushing|strain|straining to get|start my|the? $PEE|wee|stream|flow',
      'stood|stand|standing there forever|ages',
      '$PEE stopping|stops|stop starting|starts|start',
      // "my stream is stop-start some days".
      'stream|flow is|goes|keeps? stop|stopping start|starting',
      'squeeze|squeezing|push|pushing last out',
      'cant|struggle|struggling get|start the? flow|stream',
      'cant|struggle|struggling get|start my|the? $PEE|wee started|going',
    ],
  },
  // "stop-start flow since yesterday… he can pass urine though": a slow stream, not retention.
  {
    id: 'canStillPee',
    patterns: [
      'can|could still? pass|do|manage|get urine|wee|pee|water out? though|fine|ok|okay|still|alright',
    ],
  },
  // "I don't always know when I've finished": a lost bladder feeling when said of a wee (the
  // compound below), nothing by itself.
  {
    id: 'finishUnfelt',
    patterns: [
      'not always? know|feel|tell when|if i|she|he|they has|have|is|am|are? finished|done|emptied|empty',
    ],
  },
  {
    id: 'lowOneSide',
    // "pain low down on the right", "pain low on left".
    patterns: [
      'pain|ache|cramp|cramps|cramping low|lower down? on the|my left|right',
      'pain|ache|cramp|cramps|cramping low|lower down? on left|right',
      // "pain that came on suddenly low on one side".
      'low|lower down? on|in one side',
    ],
  },
  // A clock time, and "by now": together, a change within one day ("at 9am …, by now (3pm) …").
  {
    id: 'clockTime',
    patterns: [
      '1am|2am|3am|4am|5am|6am|7am|8am|9am|10am|11am|12am|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm|10pm|11pm|12pm',
    ],
  },
  // "by now", "by tonight", "by lunchtime" ("by" is its own slot).
  { id: 'byNow', patterns: ['by now|tonight|lunchtime|teatime'] },
  { id: 'wokeWith', patterns: ['woke|wake|waking|awoke up? with'] },
  { id: 'notADrop', patterns: ['not|no a|one single? drop|drip|dribble'] },
  // The urge without the flow: "haven't had a wee since this morning even though I'm desperate".
  // "it stings a bit when I ejaculate" (§1 prostatitis: pain on ejaculating).
  {
    id: 'painfulEjac',
    patterns: [
      'stings|sting|hurts|hurt|burns|burning|painful|pain|ache|aches when|during|after i? ejaculate|ejaculating|ejaculation|orgasm',
    ],
  },
  // "won't come", "won't start": nothing only beside the urge (the compound below), never alone
  // ("he won't come to the doctor").
  {
    id: 'wontCome',
    patterns: [
      'wont come|start|flow|happen',
      'will not come|start|flow|happen',
      // "going to the toilet every half hour but can't get anything out".
      'cant get anything|any|it out|going|started',
    ],
  },
  {
    id: 'urgeToPee',
    patterns: [
      'desperate|bursting|busting',
      'dying for a? $PEE|wee|loo',
      'urge to $PEE|go',
      'even though|despite i|she|he|they|we? tried|trying|try|tries',
      // "I've needed a wee for hours but can't get anything out".
      'needed|need|needing a? $PEE|wee for hours|ages',
    ],
  },
  {
    id: 'lowOutput',
    positive: true,
    patterns: [
      'have|has not $PEE',
      'not $PEE all|since|for|today',
      'not had|done a? wee|pee|piss',
      'hardly|barely|rarely $PEE',
      // "I've only peed once, a tiny amount, in 18 hours".
      'only|just $PEE|weed|peed once|twice',
      'very|only a? little|small amount? urine|pee|wee',
      'passing|passed very? little urine',
      'hardly|barely|rarely peeing|weeing|pee|wee',
    ],
  },
  {
    id: 'bladderLoss',
    positive: true,
    patterns: [
      'cant control|hold my? bladder|pee|wee|urine|it',
      // "the sheets were wet this morning … never done that" (sweat-soaked sheets are masked below).
      'sheets|bed|mattress was|were|is|are wet|soaked|soaking',
      'wet|wets|wetting|wetted the bed',
      // "new trouble holding her water".
      'trouble|difficulty|problems|struggling holding|controlling my|her|his|their? water|wee|pee|urine|bladder',
      'lost|loss|lose|losing control of|over my? bladder|pee|wee|urine',
      // "found my knickers wet and didn't feel it happen".
      'knickers|pants|underwear|trousers|undies|jeans|shorts|leggings wet|soaked|damp|soaking',
      // "found I'd wet my daks without even knowing" (Australian trousers; British kecks).
      'wet|peed|pissed|weed my|his|her|their daks|pants|trousers|knickers|undies|jocks|strides|trackies|kecks|jeans|shorts',
      // "my underthings were soaked and I never felt it".
      'knickers|pants|underwear|underthings|smalls|undies|trousers were|was|got wet|soaked|damp|soaking',
      // "he didn't notice he needed the loo at all" (told after the fact, so "needed").
      'not notice|feel|realise|realize i|he|she|they? needed the|a? loo|toilet|$PEE|wee',
      'loss of bladder',
      'bladder control',
      'not know|notice|feel|tell when|if i? need to $PEE|go',
      'not know|notice|feel|tell when|if my? bladder full',
      'cant|not know|notice|feel|tell when|if my|her|his? bladder full',
      'cant feel|tell when|if i? need to|bladder full? $PEE|go',
      'cant|not feel|tell|know when|if i|she|he|they? need|needs a $PEE|wee|pee',
      // "can't feel when he needs the toilet".
      'cant|not feel|tell|know when|if i|she|he|they? need|needs the|a toilet|loo',
      'no feeling|sensation when|if i? need to $PEE|go',
      'not|cant feel my? bladder',
      'new|suddenly|started|start|begun wet|wetting|pee|peeing myself|herself|himself|themselves|bed',
      'wet|wetting|wets|peed|pee herself|himself|myself|themselves without noticing|knowing|realising|realizing|feeling',
      'urinary incontinence',
      'wet|peed|pissed|piss|pee myself|herself|himself|themselves',
      'wet through',
      '$PEE pours|pour|trickles|trickle|dribbles|dribble|leaks|comes|come out on own|itself|alone',
      'bladder feels|feel|felt|gone numb|dead',
      'wet|wetting|wets the? bed',
    ],
  },
  // A wound's leak, not the bladder's: "the injection site is swollen, hot and leaking a bit".
  {
    id: 'woundLeak',
    gap: 5,
    masks: ['bladderLeakCtx', 'bladderLeakCES'],
    patterns: [
      'site|wound|scar|cut|dressing|bandage|stitches|incision|blister|graze|puncture leaking|leaks|leaked|leak|weeping|oozing',
      'swollen|red|hot|inflamed|angry|crusty and leaking|leaks|leaked|weeping|oozing',
    ],
  },
  {
    id: 'bladderLeakCtx',
    patterns: [
      'incontinence|incontinent',
      'leak|leaking|leaked|leaks|dribble|dribbling',
      // "his pad is wet every time I check when he always used to ask for the toilet".
      'pad|pads|nappy is|are|was? wet|soaked every time',
      // "she didn't make it to the toilet twice this morning - she never wets".
      'not make|made it to the toilet|loo|bathroom',
      'peed|pee|wet|wetting|weed myself|herself|himself|themselves|bed|pants|trousers',
    ],
  },
  {
    id: 'bowelLoss',
    positive: true,
    patterns: [
      'cant control|hold my|her|his|their? bowel|bowels|poo|poop|stool|stools|potty|motions',
      'trouble|difficulty|problems|struggling holding|controlling my|her|his|their? bowel|bowels|poo|poop|stool|stools',
      'lost|loss|lose|losing control of|over my? bowel|bowels|poo|stool',
      'bowel control|incontinence',
      // "staff have found him soiled four times" (not "soiled nappies" or "soiled sheets" alone).
      'found|finds|been|was|is|keeps|kept getting? him|her|me|them|myself|himself|herself soiled',
      'soiled|soiling himself|herself|myself|themselves',
      'not know|notice|feel|tell when|if i? need to poo|poop',
      'cant feel|tell when|if i? need to poo',
      'soiled|soil|messed|dirtied myself|himself|herself|themselves|pants',
      // "my back door's stopped locking – twice today stuff's escaped".
      'back door stopped|not|wont locking|lock|closing|close|shutting|shut',
      'stuff|things|poo|poop has|have? escaped|escaping|escapes|slipped out',
      'soiled|soil|soiling|messed|dirtied my|her|his|their? undergarments|underwear|underpants|underclothes|knickers|trousers|pyjamas|pajamas',
      'faecal|fecal incontinence',
      'cant feel myself poo|pooing',
      'cant tell|feel i? need|needed a|to? poo|poop',
      'cant tell if|whether anything|its coming|comes out',
      'poo|poop|pooed|pooped myself without noticing|realising|realizing|knowing',
      'no control of|over my|her|his|their? bowel|bowels',
      'cant|not tell|feel|know when|if i|she|he|they? need|needs|needed a? number two|2',
      // "can't feel when she needs to open her bowels"; "an accident in my pants".
      'cant|not|longer feel|tell|know when|if i|she|he|they? need|needs|needed to open|move|empty my|her|his|their? bowel|bowels',
      'accident|accidents in|on my|her|his|their? pants|knickers|trousers|underwear|undies',
      // "two bowel accidents since Tuesday and didn't seem to know they were happening".
      'bowel|poo|poop|soiling accident|accidents',
      // "didn't know I'd gone in my pants till I smelled it".
      'gone|went|done|pooed in my|his|her|their pants|knickers|trousers|underwear|undies',
      'soiled|soil|messed the? bed|sheets',
      'bum|bottom|backside|butt|arse|anus wont|cant|not stay|keep shut|closed|close',
      'wont|cant|not stay|keep shut|closed',
      'cant clench|tighten|squeeze|hold my? bum|bottom|backside|butt|arse|anus|cheeks',
      'bottom|bum|anus|arse feels|feel loose',
      'no|lost control over|of my? backside|bottom|bum|arse',
      'brown|poo stains|marks in? undies|pants|knickers|underwear',
      'skid marks',
      'poo|stool|stools|bowel comes|come|coming out alone|itself|own',
      'bum|bottom|bowels|bowel lets|let|letting go',
    ],
  },
  // "not feeling anything during relation", "nae feeling doon there in bed": told as an absence,
  // the words side by side (a "no change in feeling" with words between is a denial).
  {
    id: 'sexualLoss',
    positive: true,
    gap: 0,
    patterns: [
      // "my nature is not rising" (South Asian English for an erection).
      'nature is? not|wont|cant rising|rise|standing|stand|working|work',
      'not|no feeling|sensation anything? during|in|when relation|relations|sex|bed|intimacy',
      'not|no feeling|sensation down there when|during|in bed|sex',
    ],
  },
  {
    id: 'sexualLoss',
    positive: true,
    patterns: [
      'cant get|keep|maintain an? erection|hard|it up',
      // "my old chap won't stand to attention".
      'wont|not|cant stand|standing|stood to attention',
      // "no erection at all" (a loss told as an absence, not a denial).
      'no erection|erections|boner at all',
      'nothing works downstairs',
      'nothing works down there|below',
      // "things just won't stay up in the bedroom".
      'things|it not|wont|cant stay|keep up',
      'erection|erections|erectile|impotence|impotent',
      // Shorthand: "slipped disc now sudden ed" (not "sent to ED", the department).
      'sudden|suddenly|new|now ed',
      'cant ejaculate|orgasm|climax|come',
      'lost|loss|numb|reduced|less feeling|sensation during|in|with sex',
      // "zero sensation down there during sex and I can't finish".
      'zero feeling|sensation down? there? during|in|with sex',
      'cant feel anything during|in sex',
      'numb during|with|in sex',
      'cant finish|climax|come when|during we? have? sex',
      // "suddenly can't finish in bed".
      'cant|unable finish|climax in|during bed',
      // "lbp + ED out of nowhere": erectile dysfunction written in capitals (not "the ED", a US A&E).
      '^ed',
      'dry orgasm|climax|come',
      // "the manhood is not standing at all", "not feeling anything during relation".
      'manhood|penis|willy|thing is? not|wont|cant standing|stand|rising|rise|working|work',
      // "finishing in bed just doesn't happen any more".
      'finishing|climaxing|coming in|during bed|sex does|do? not|wont|never happen|happens',
      'went|gone|go|goes|going soft',
      'cant perform',
      // "things in the bedroom aren't working", "the feeling's been turned right down" (with sex).
      'bedroom|downstairs department? not|stopped working|work',
      'feeling|sensation turned right? down',
      'cant get|stay|keep hard',
      // "zero sensation in my penis, which has never happened".
      'zero|no|lost sensation|feeling in|of my|his? penis|willy|genitals|privates',
      'stay up long enough',
      'wood gone|disappeared|vanished|missing',
      'fella|willy|penis|dick|cock wont|not wake|work|respond|rise',
      'cant|not feel my? partner|him|husband|boyfriend inside',
    ],
  },
  {
    id: 'dysuria',
    patterns: [
      'burn|burning|sting|stings|stinging|hurt|hurts|pain|painful|sore|agony when|while|on|as|after i? $PEE',
      '$PEE burn|burns|burning|stings|stinging|hurt|hurts|painful',
      'painful|burning|stinging pee|urination|peeing|wee|urinating',
      'dysuria|cystitis',
      // "like peeing razor blades", "weeing glass".
      '$PEE razor|razors|razorblades|glass|fire|acid',
    ],
  },
  {
    id: 'frequency',
    patterns: [
      '$PEE a? lot|often|constantly|frequently|more|loads|lots',
      '$PEE all the time',
      '$PEE every hour|night',
      'frequent|urgent $PEE',
      'keep needing|running to the? $PEE|toilet|loo',
    ],
  },
  {
    id: 'bloodUrine',
    patterns: [
      'blood in|on my? $PEE',
      'bloody|pink|red $PEE',
      '$PEE is? pink|red|bloody',
      // "my wee just came out red".
      '$PEE came|comes|coming out pink|red|bloody',
      'haematuria|hematuria',
    ],
  },
  {
    id: 'darkUrine',
    patterns: [
      'dark|brown|cola|tea|black $PEE',
      '$PEE is? dark|brown|black',
      'comes|coming|came out is|was? dark|brown|black|cola',
      'cola|tea colored|coloured urine|pee',
      'color|colour of cola|tea|coke',
      'cola|coke|tea colored|coloured',
      'colour|color of coca cola|coke|cola|tea|coffee|guinness',
      // "my pee looks like coca cola".
      '$PEE looks|look|looking like coca? cola|coke|tea|coffee|guinness',
      // "wee like cola".
      '$PEE like coca? cola|coke|tea|coffee|guinness',
      '$PEE looks|look|looked|is|was like coke|cola|tea|coffee|guinness',
      '$PEE like strong? tea|cola|coke|coffee|guinness',
      // "only peed twice since, it looked like strong tea".
      '$PEE it|and|but looked|looks|was like strong? tea|cola|coke|coffee|guinness',
      // An answer to "what colour is your urine?": "like cola".
      'like|looks coca? cola|coke|bovril|guinness',
      // "my pee looks like a can of pop".
      '$PEE looks|look|like a? can|glass of? pop|coke|cola|soda',
      '$PEE dark|brown|black',
      // "only peed once and it was very dark".
      '$PEE and|but it|its was|is|looked very|really|so? dark|brown|black',
    ],
  },
  { id: 'cloudyUrine', patterns: ['cloudy|smelly|foul $PEE'] },
  // "I always dribble a bit after weeing, been like that for years": usual for this person, so
  // no new bladder sign (§2 rf-bladder-change: long-standing bladder problems are not the flag).
  {
    id: 'usualForMe',
    patterns: [
      'been like that|this for? years|ages|decades',
      'always been? like that|this',
      'always dribble|leak|leaked|dribbled',
      'usual|normal for me',
    ],
  },
  // ---- the cauda equina signs told by what the person no longer notices (issue 8, bank P1) --------
  // Parts that combine (COMPOUND) with a pee, poo or sex word: "I pooed without knowing", "no
  // warning before a poo", "can't tell if I've finished weeing", "climax feels muffled".
  {
    id: 'unfelt',
    positive: true,
    gap: 3,
    patterns: [
      'without even? feeling|felt it|anything|thing|them',
      'without even? noticing|knowing|realising|realizing|realise|realize|warning|seeming',
      'not|never feel|felt|notice|noticed|realise|realised|realize|realized it|anything|them|happen|happening|coming|going',
      'not know|knew|realise|realize|notice i|she|he|they had|was|did|wet|peed|pooed|pissed',
      'not know about|it',
      // "didn't know I needed a number two till it was already happening", "coming without her knowing".
      'not know|knew|realise|realize|feel i|she|he|they? needed|need to? go|a|the? till|until it was? already? happening|coming|out|there',
      'coming|came|comes|happening|happened without her|his|my|their|me|him|them? knowing|noticing|feeling',
      // "keeps saying he doesn't need the loo but the bed is soaked".
      'saying|says|said|thinks|thought he|she|i|they? does|do|did? not need the|a? loo|toilet|wee|$PEE',
      // "pee come out and I not notice" (a learner's English).
      'and|but i|he|she|they not notice|feel|realise|realize',
      'no|zero|any|without warning|urge',
      // "no signal at all that I'm full, I only find out when I'm wet".
      'no signal|warning|feeling at? all? that i am? full',
      'only find|found out when i am? wet',
      // "found her bed soaked and she had no idea it had happened".
      'no idea it|that? had|was? happened|happening|coming',
      // "no sense of my bladder filling at all", "only realise I need to go when it's already coming out".
      'no sense|feeling of my|the? bladder|bowel|bowels filling|full|fullness',
      'only realise|realize|notice|know when|once it is|its already? coming|out|happening',
      'not get|feel|have feeling|urge|warning|sensation',
      'never|not felt|feel|get|got|had the|any? urge|warning|feeling',
      'urge|feeling|warning vanished|gone|disappeared',
      'no clue|idea when|whether|if',
      'cant|not tell|know|sure|idea if|whether finished|done|emptied|empty|anything',
      // "can't tell anymore whether he needs a number two".
      'cant|not|longer tell|know|sure when|whether|if he|she|i|they|you need|needs|needed',
      'cant tell difference|apart',
      // "she didn't feel herself go at all".
      'not|never feel|felt|notice|noticed herself|himself|myself|themselves go|going|wee|pee|wet',
      // "couldn't tell it was coming at all".
      'cant|not|never tell|sense it|when|that it? was|is|were coming|happening',
      'cant feel it|anything|them going|coming|happen|happening|out',
      'hardly|barely|scarcely feel|felt anything|much',
      // "the blood doesn't go where it should when I'm turned on".
      'not|cant go|goes|work|works|happen|happens where|like|how it|they should',
      'cant feel poo|pee|wee|stool|flow|stream',
      'only hear',
      'by the clock',
      'not|cant|no control',
      'find|found it happened|happen|happens',
    ],
  },
  // "Tried to wee, nothing. Tried again, nothing.": a try and its empty result (COMPOUND).
  { id: 'triedPee', patterns: ['tried|try|trying to $PEE|wee'] },
  // "my right foot felt lazy… I can't lift the front of it, it slaps on the floor" (COMPOUND with a
  // foot or leg word: footDrop).
  {
    id: 'liftFrontOfIt',
    patterns: ['cant lift|raise the? front of it', 'it slaps|slapping on the? floor|ground'],
  },
  // A jolt in a vehicle: "the taxi went over a speed breaker and he bounced in the back seat"
  // (COMPOUND with ankylosing spondylitis: asFall, FACTS.md §2 rf-minor-trauma-fragile).
  {
    id: 'jolt',
    patterns: [
      'bounced|jolted|jarred|thrown up|about|around|off in|on|from the|his|her|my? seat|car|taxi|bus|saddle',
      'over a|the speed bump|breaker|hump|pothole',
    ],
  },
  { id: 'midwayThrough', patterns: ['halfway|midway|partway through', 'in the middle of'] },
  // A bladder that feels full to bursting (COMPOUND with "nothing" comes out: retention).
  {
    id: 'bladderFull',
    patterns: [
      'bladder|bladders feels|is|so? full|bursting|swollen|tight',
      'filled|full to the brim|bursting',
    ],
  },
  // "…trying to pee for an hour and can't": the try, then a bare "can't" (COMPOUND: retention).
  { id: 'butCant', gap: 0, patterns: ['and|but still? cant'] },
  // "…and can't believe how yellow it is": a "can't" with its own verb after it.
  {
    id: 'cantWithVerb',
    gap: 0,
    masks: ['butCant'],
    patterns: [
      'cant believe|wait|remember|understand|stop|tell|decide|find|see|work|sleep|get|seem|say|help',
    ],
  },
  // "couldn't get going when she used the toilet" (COMPOUND with a pee word).
  {
    id: 'cantGetGoing',
    patterns: [
      'cant|not get going|started',
      'cant|not get it|anything going|started',
      // "at the urinal and it takes forever to get going" (a new slow start, FACTS.md §2).
      'takes|taking|took ages|forever to get going|started|start',
    ],
  },
  { id: 'nothingCame', patterns: ['=nothing|zilch|nowt|nada'] },
  { id: 'strainTry', patterns: ['straining|strained|strain|pushing'] },
  { id: 'constipWord', patterns: ['constipated|constipation|=bunged'] },
  {
    id: 'peeWord',
    patterns: [
      '$PEE',
      'bladder',
      'wee|pee|urine|weeing|peeing|dribble|trickle|flow|stream',
      'wet myself|herself|himself|themselves|through',
      // "She's been wet twice tonight" (a carer's handover), "at the urinal".
      'been|was|is|woke wet',
      'urinal|urinals',
      'sheets|bed wet|soaked',
      'wet sheets|bed',
      'gotta go',
    ],
  },
  {
    id: 'pooWord',
    patterns: [
      'poo|poop|bowel|bowels|stool|stools|=twos|=2s|motion|motions|potty',
      // Clinical words: "two episodes of faecal soiling".
      'faecal|fecal|faeces|feces|soiling|soiled',
      'number two|2',
      'passed wind',
      'fart|farts|farted',
      'mess in|on my|her|his? pad|pants|knickers|bed',
      'skid marks',
    ],
  },
  {
    id: 'sexWord',
    patterns: [
      'sex|intercourse|orgasm|orgasms|climax|erection|aroused|arousal|masturbate|masturbating|foreplay|ejaculate|ejaculation',
      'turned on',
      'pleasure myself|himself|herself',
      'in bed with',
      // "the last two nights with my wife I could hardly feel anything".
      'intimate|intimacy',
      // "not feeling anything in the down side during relation" (second-language English).
      'during|in|having|have relation|relations',
      'physical|marital relation|relations',
      'night|nights with my|the? wife|husband|partner|girlfriend|boyfriend|missus|hubby',
    ],
  },
  {
    id: 'bellyPress',
    patterns: ['press|push|tense|squeeze|strain on? my|his|her? belly|tummy|stomach|abdomen'],
  },
  {
    id: 'gaitChange',
    patterns: [
      'walking|walk|gait changed|different|odd|strange|funny|weird',
      'holding|hold|holds|grab|grabbing onto? the? furniture|walls|wall',
      'walking like drunk',
    ],
  },
  {
    id: 'notGone',
    // Its own "not" would otherwise shield the "wearing off" inside it from negation.
    masks: ['transient'],
    patterns: [
      'still not gone|go|worn|wore|better',
      'not gone away|off',
      // "the numb feeling round my bum hasn't gone at all".
      'not gone at all',
      // "pins and needles that won't wear off".
      'not|wont wear|wears|wearing|go|goes|ease|eases|pass|settle off|away',
      // "the feeling still hasn't come back".
      'feeling|sensation still? has|have|had|is not come|came|returned|back',
      // "normally gone within the hour… now Tuesday and it's still numb down there".
      'still numb|dead|asleep|tingly|tingling',
      // "normally it wears off… but it's tuesday and it's still there".
      'its|it is? still there',
      // A wearing off that was only expected: "since then numb round my backside, thought it
      // would wear off".
      'thought|hoped|assumed|expected|figured it|this|that|they would|might|will wear|wore|go|die off|away|down',
      'thought|hoped|assumed|expected|figured it|this|that|they would|might|will pass|settle|ease',
    ],
  },
  // ---- neuro ---------------------------------------------------------------------------------
  // "no feeling down there", word by word, so "no change in feeling" stays a denial (COMPOUND:
  // sensLoss).
  { id: 'noFeeling', positive: true, patterns: ['no feeling|sensation'], gap: 0 },
  {
    id: 'sensLoss',
    positive: true,
    patterns: [
      'numb|numbness|numbed|numbing|tingle|tingling|tingly|tingles',
      'pins needles',
      // "her left leg feels like a wooden one", "both legs are dead even lying in bed".
      'leg|=legs|foot|=feet feels|feel|felt|is|are like a? wooden|log|block',
      'both legs|feet are|is|gone|went|feel|feels|have|has gone? dead',
      // "the toilet paper feels like it's not touching anything down there".
      'not touching anything|nothing',
      // Nigerian Pidgin: "I no dey feel anything for my backside" (I can't feel anything there).
      'no dey|fit feel anything|nothing',
      // Observed in someone who cannot say it: "he didn't react to the flannel around his groin".
      'not|never react|respond|flinch to the|my|a? flannel|cloth|wipe|wipes|wiping|washing|touch',
      'not|never react|respond|flinch at all',
      'not notice|feel the|my? cloth|flannel|wipe|sponge',
      'cant feel',
      // "when I pinch the skin near my privates I can barely feel it".
      'barely|hardly|scarcely feel|sense',
      // Not "no" here: "no feeling" is its own pattern, and "no change in feeling" is a denial.
      'lost|loss|less|lack|reduced|altered|change|changes|changed|strange|different|funny|weird|odd feeling|sensation',
      'lost all feeling|sensation',
      'no longer feel|sense',
      // "since I stopped being able to feel my legs".
      'stopped|stop being able to feel|sense',
      'dead|deadened feeling',
      // "it's all dead down there".
      'dead down there',
      'feel|feels dead|different|strange|weird|funny|odd',
      'anesthesia|anesthetic|paresthesia',
      // "my bits feel like they've been to the dentist".
      'dentist|novocaine|novocain|anaesthetised|anesthetized',
      // "my legs feel like they belong to someone else".
      'belong|belongs to someone|somebody else',
      // "no proper feeling in my legs".
      'no|not proper|real|normal feeling|sensation',
      // "when I wipe it doesn't feel like my own backside, sort of dead".
      'not feel like my|his|her own',
      'sort|kind of dead|numb',
      // "like I'm wearing someone else's legs", "heavy and fizzing from the hips down".
      'wearing someone|somebody else',
      'fizzing|fizzy|fizzes|buzzing|buzzy',
      // "I lose a bit of feeling in my undercarriage".
      'lose|losing a? bit? of? feeling|sensation',
      // "when he wipes it feels like he's wiping someone else's bum".
      'wipe|wipes|wiping|wiped someone|somebody else',
      'feel|feels nothing',
      'cotton wool|cardboard',
      // "like the seat wasn't there", "can't feel the toilet paper".
      'seat|chair|paper not there',
      'dentist|dentists|dental injection|anesthetic|numbing',
      'muffled',
      'through glove|gloves',
      // "like wiping through a thick pair of gloves, I can barely tell it's there".
      'through pair of gloves|mittens|oven',
      'barely|hardly|cant tell it is|its there',
      'feel|feels zilch|nada|nowt',
      'feeling|feel|feels like nothing',
      'happening|happens to someone|somebody else',
      'not mine',
      'like not there',
      'cant sense',
      'rubbery|buzzy|fuzzy|prickly',
      'far away',
      'been frozen',
      'half asleep',
      // "wiping feels like it's someone else's backside", "like my lip after the dentist".
      // "bun": "bum" as autocorrect or US slang leaves it.
      'someone|somebody|somebodys|someones else|elses backside|bum|bun|buns|bottom|skin|body',
      'like|after at? the dentist|injection',
      // "the skin around the bottom is like sleeping" (a learner's "asleep").
      'is|are|feels|feel|like sleeping',
      'fallen|gone asleep',
      // "my bum's gone to sleep n wont wake up since this morning".
      'bum|bottom|backside|crotch|bits|privates has|is? gone|went|fallen to sleep',
      'not|wont wake|waking up',
      // "back pain, bum feels asleep".
      'feels|feel|felt|is asleep',
      // "my right leg feels like it's been asleep all morning and won't wake up".
      'like it|its has? been|gone|is|was asleep',
      'gone|go|went dead',
      'cling film',
      'clingfilm',
      'pillows|pillow|sponge|sponges|marshmallow|marshmallows',
      'static feeling',
      'electric|electricity',
      'cardboard',
      'not|never feel|felt seat|chair|paper|toilet|sofa',
      'feeling|sensation not there',
    ],
  },
  {
    id: 'saddleArea',
    patterns: [
      'groin|genital|genitals|genitalia|crotch|perineum|anus|vagina|vulva|penis|scrotum|privates|saddle|backside',
      'bum|bottom|butt|buttock|buttocks|cheeks',
      // Spanish "nalgas" (buttocks), in a learner's English.
      'nalgas',
      // Old-fashioned and joking words: "the numbness in my nethers".
      'nethers|netherregions|undercarriage',
      // "the bit she sits on feels dead".
      'bit|bits|part|area i|she|he|you sit|sits on',
      'private parts|area',
      'down there|below',
      'between my|the? legs|thighs',
      'inner thigh|thighs',
      'back passage',
      'when|after i? wipe',
      'wiping|wipe',
      'toilet paper|tissue',
      // Euphemisms and where it is felt: "can't feel my bits", "when I sit on the toilet seat".
      // Surface "bits": "a bit numb" is no saddle area.
      '=bits|undercarriage|nethers|willy|fanny|taint|gooch',
      'lady|man|nether =bits|parts|regions|region',
      'toilet|loo seat',
      'clit|clitoris|balls|testicles|testicle|vulva|labia|arse|ass',
      'inside thigh|thighs',
      'knickers|pants|underwear|undies|briefs|boxers sit|cover|covers',
      'where i|you|she|he sit|sits',
      'sitting area|bit',
      'sit|sitting|sat on the? toilet|loo',
    ],
  },
  { id: 'saddleTerm', patterns: ['saddle anesthesia|numbness|area|numb|region', 'cauda equina', 'ces'] },
  {
    id: 'legSymptom',
    patterns: [
      '$PAIN|numb|numbness|tingling|tingly|weak|weakness down|in|into|through my? $LEG|legs',
      '$LEG|legs $PAIN|numb|tingling|weak|weakness',
      '$SPREAD down|into my? $LEG|legs',
      // "burning pain in both buttocks and down both legs".
      'and|then|going|goes|runs|running|shooting|spreading|spreads down|into both|my|his|her|the? $LEG|legs',
      // "since yesterday it's down BOTH legs".
      'down|into both $LEG|legs',
      // "now it goes in BOTH legs", "it's gone to both legs".
      'going|goes|gone|went|runs|spreads|spread|moved in|to both|my|his|her $LEG|legs',
      'down the? back of my? $LEG',
      'sciatica|sciatic',
    ],
    gap: 3,
  },
  {
    id: 'sciaticaTerm',
    patterns: [
      'sciatica|sciatic|radiculopathy|radicular',
      'trapped|pinched|compressed nerve',
      'nerve root|pain',
    ],
  },
  {
    id: 'discTerm',
    patterns: [
      'slipped|herniated|prolapsed|bulging|ruptured|protruding|degenerative|degenerated|torn disc|disk|discs',
      'disc|disk herniation|prolapse|bulge|protrusion|degeneration',
      'slipped|herniated|bulged|ruptured a? disc|disk',
      'l4|l5|s1 disc|disk',
    ],
  },
  {
    id: 'weakness',
    patterns: [
      'weak|weakness|weaker|feeble',
      // "he says his legs are 'going', both of them" (giving way).
      '=legs are|keep going|buckling',
      // "neither leg will take any of my weight" (the "neither" is part of the sign, not a denial).
      'neither leg|legs will|can take|hold|bear any? of? my|his|her? weight',
      // "holding both legs, neither will take her weight properly".
      'neither will|can take|hold|bear any? of? my|his|her|their weight',
      // "he can't get either leg to push him up off the sofa", "his feet scuff along".
      'cant get either|both|his|her|my|their leg|legs to push|lift|hold|work',
      'feet|foot scuff|scuffs|scuffing|scuffed along',
      'legs|leg wont|cant take|hold|bear any? of? my|his|her? weight',
      // "his legs have no force", "no strength in my legs" (how many languages tell weakness).
      // ("have no", not a bare "no": "no loss of power" denies weakness.)
      'have|has|had|got no|zero force|strength|power',
      'give|giving|gave|gives|givin|givin way',
      'buckle|buckling|buckled|collapse|collapsing|collapsed|crumpled|crumple|folded|fold under',
      // "my legs just folded, both of them", "both my legs have just crumpled".
      'leg|=legs|knee|=knees just? crumpled|folded|crumple|fold|folds|folding',
      'leg|=legs just? went|gone|go|going from under',
      'wont|cant hold me|him|her|them|up|weight',
      // "his legs wouldn't do what he wanted".
      'legs|leg wont|not do what|as',
      // "my legs no hold me since yesterday".
      'leg|=legs no|not hold|holding me|him|her|up',
      'jelly legs',
      'like|to jelly',
      'legs|=legs feel|feels|felt|gone|go|went heavy|dead|useless',
      'legs|=legs|leg are|is|feel|feels|gone|go|went wobbly|wonky|floppy|jelly|shaky|heavy',
      // "both legs went from under her".
      'go|goes|went|gone|going from under|underneath',
      'dragging|drags|dragged both? feet|legs',
      // "my right leg is numb and drags a bit when I walk".
      'drags|dragging|trails|trailing a? bit|little? when|as i|he|she? walk|walks|walking',
      'floppy|wobbly leg|legs|foot',
      // "her legs keep folding under her".
      'fold|folds|folding|folded under|beneath',
      // "my legs keep folding like a deckchair".
      'keep|keeps fold|folds|folding|folded',
      'fold|folds|folding up? like a? deckchair|deck',
      'foot drop|slap|slaps|slapping|drags|dragging',
      // "left one's dragging now" (a leg asked about just before), "dragging my leg".
      'leg|one is? dragging|drags',
      'dragging|drags my|his|her|the? leg|foot',
      'drop|dropped foot',
      'cant lift|raise my? foot|toes|leg',
      // "says he can't move his legs properly" after a knee in the back.
      'cant|unable move|shift my|his|her|their? legs|leg',
      // "cannot get up on my toes".
      'cant|not|longer get|go|stand|rise|push up? on my|his|her|the? toes|tiptoe|tiptoes|heels',
      'foot|toes|feet wont|cant lift|raise|come|go up?',
      // "my right foot is not lifting properly, it is slapping on the floor".
      'foot|toes|feet is|are? not lifting|rising|coming up',
      'slapping|slaps|flapping on|against the floor|ground',
      'foot|feet flops|flop|flopping|slaps|slapping',
      'trip|tripping|tripped over my? foot|feet|toes',
      // (Two patterns: an alternative with a space would split into slots.)
      'stumble|stumbling|unsteady|wobbly|clumsy',
      'off balance',
      // "I keep tripping", "keeps stumbling".
      'keep|keeps trip|tripping|stumble|stumbling',
      'cant walk properly|straight|normally',
      'not|no strong|strength',
      'fall|falling down when|if stand|standing',
      'spaghetti|noodles',
      'cant get my|his|her? legs to? walk|work|move',
      '=legs|knees buckle|buckled|buckling|gave|collapsed',
      // "my left leg keeps buckling on the stairs".
      'leg|knee keeps|keep|kept buckling|buckle|buckles|buckled|giving',
      'wont|cant do what tell|told|want',
      // "her legs just won't do it", "my legs aren't working".
      'leg|=legs just|simply? do|are|is? not|wont|cant work|working|cooperate|cooperating|listen|listening|respond|responding|obey|hold',
      'leg|=legs just|simply? do? not|wont|cant do it|anything',
      // "her legs just won't go" (not "my legs won't go any further" after a walk: "just" is needed).
      'leg|=legs just|simply wont|cant go',
      // "can't get to the toilet without me holding her up".
      'without me|someone|somebody|us holding|propping her|him|me|them up',
      'cant push|press the? clutch|pedal|brake',
      // "couldn't get it off the accelerator quick enough".
      'cant get it|my|his|her? foot? off the accelerator|pedal|gas|brake',
      'cant lead|step with',
      'legs|=legs feel|feels|felt like lead|concrete|jelly|rubber',
      // "both legs like they're full of wet sand".
      'full of wet? sand|concrete|cement|lead',
    ],
  },
  {
    id: 'footDrop',
    patterns: [
      'foot drop|slap|slaps|slapping|drags|dragging',
      'drop|dropped|dropping foot',
      'cant lift|raise|pull up my? foot|toes',
      // "I can't bring my toes up, so it catches every kerb".
      'cant bring|get my|his|her? toes|foot up',
      'catches|catching|clips|clipping every|the? kerb|curb|step|stair',
      'cant lift|raise the? front of my|his|her|that? foot',
      'catching|catches|catch|stubbing|scuffing|dragging my|his|her|their? toes|toe|foot on? the? stairs|steps|floor|kerb|curb|rug|carpet|mat|pavement|ground|step',
      // "my left foot keeps catching on the floor".
      'foot|toes keeps|keep|kept? catching|catches|dragging|drags|scuffing|scuffs|flopping|slapping',
      'trip|tripping|tripped over my? foot|toes',
      'foot|feet floppy|flops|useless',
      'calf|leg|foot gone useless',
      'cant push off',
      'stepping|step over something|nothing',
      'lift|lifting|raise knee high',
      'flops|slippers|shoe|shoes fall|falling|slip|slipping|come off',
      'cant stand|walk on my? heel|heels|toes|tiptoe',
    ],
  },
  {
    id: 'fastOnset',
    patterns: [
      'sudden|suddenly|quickly|rapidly|fast|overnight|today|tonight|hours|hrs',
      'this morning',
      'within hours|day',
      'since about? lunchtime|lunch|breakfast|teatime|dinner|midday|noon',
      'since this afternoon|evening',
      // "came on this afternoon", "started this morning": begun within the day.
      'came|started|began on? this morning|afternoon|evening',
      // "Just now a dreadful pain came on", "it came on just now".
      'just now a|the|this? pain|ache|agony',
      'came|come|started|began on? just now',
      // Clock times of one day: "started at 9am, by now (3pm) I can't lift it".
      'by|since|from 1am|2am|3am|4am|5am|6am|7am|8am|9am|10am|11am|12am|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm|10pm|11pm|12pm',
    ],
  },
  // "sat on the floor for an hour": how long something lasted, not a fast onset.
  {
    id: 'forHours',
    masks: ['fastOnset'],
    patterns: ['for an|one|half|a|about|over|around|nearly|almost|maybe|several|a? hour|hours|hr|hrs'],
  },
  {
    id: 'painSeverity',
    positive: true,
    patterns: [
      'cant walk|stand|straighten|move|sit|bend|turn|sleep|get',
      // "he's hunched over and won't straighten up".
      'wont straighten|stand',
      'hunched|bent|doubled over and? cant|wont',
      'can barely|hardly walk|move|stand',
      'cant stand up straight',
      'cant control the pain',
    ],
  },
  {
    id: 'fastSigns',
    patterns: [
      'face droop|drooping|dropped|droopy|fell',
      'drooping|droopy face|mouth|eyelid',
      'one side of my? face|body',
      'his|her|my|their face looks|look|looked|is|was|went droopy|lopsided|drooping|crooked',
      'cant lift|raise|move her|his|my|their|one arm|=arms',
      'arm|=arms went|gone|is|was weak|floppy|dead',
      'mouth|smile drooping|droopy|lopsided|crooked',
      'mouth|face going|gone|went down|droop',
      // "her mouth has dropped on one side"; "keeps dropping things from her right hand".
      'mouth|face|smile has? dropped|drooped|slipped|fallen on one side',
      'keeps|keep dropping things|stuff|everything|cups',
      // "the left side of my face and my left arm are tingly and numb"; "my left hand cannot grip".
      'face and my|his|her|the? left|right? arm|hand are|is|went|gone|feel|feels? tingly|numb|weak|dead|heavy',
      'hand|hands cant grip|hold',
      'arm useless|dead|floppy',
      'cant swallow',
      'arm leg weak|heavy|numb|dead',
      'one side of my|his|her? body weak|numb|heavy',
      // "my right arm and the right side of my face have gone numb and floppy".
      'left|right side of my|his|her|the? face numb|floppy|droopy|drooping|dead|weak|tingly',
    ],
  },
  {
    id: 'speech',
    patterns: [
      'slurred|slurring speech|words',
      // ("muddled" alone is confusion: "she's been muddled for years with her dementia".)
      'slurred|slurring|garbled|jumbled',
      // "her speech is slurry" (a word a speech-to-text message may give).
      'speech|voice|talking|words is|are|sounds|sound|gone|went? slurry',
      'words|speech came|coming out wrong|muddled|jumbled',
      // "her words sound thick".
      'words|speech|voice sound|sounds|sounding thick|slurred|drunk|funny|off|odd|weird|wrong|strange',
      'cant speak|talk|get words out',
      'trouble|difficulty speaking|talking|swallowing',
      'cant swallow',
      'speak|speaks|talk|talks|talking strange|funny|weird|wrong|odd',
      'words mixed|muddled|jumbled|wrong',
      // "couldn't find the word for anything", "she can't find her words" (not "I can't find the
      // words to explain it", a figure of speech).
      'cant find the? word|words for anything|everything|things|everyday',
      'cant find her|his|my|their words',
      // "what comes out is still gobbledygook".
      'comes|came|coming out gobbledygook|gibberish',
      'struggling to swallow',
      'hard to swallow',
    ],
  },
  {
    id: 'vision',
    patterns: [
      'double|blurred|blurry|lost|loss of? vision|sight',
      'cant see',
      'vision problems|loss|changes|gone',
      // "my vision is double".
      'vision|sight is|went|gone|going|keeps? double|doubling|blurry|blurred',
      'seeing double|spots|stars|flashes|lights',
      // "two of everything on the telly".
      'two of everything|everyone|everybody',
      'flashing|sparkly|sparkling|zigzag|shimmering lights|bits|spots|vision',
      'blurry|blurred|blurring',
      'splitting in two',
      'everything doubled|double',
      '=doubled',
      'seeing two of everything',
      // "the vision keeps going in one eye", "sight went dark".
      'vision|sight keeps|kept? going|went|goes|gone|dimming|fading|greying|blacking|dark|black',
      'lost|losing|lose the? sight|vision in|of one? eye',
      'curtain|shadow over|across|down my? eye|vision',
      'curtain|shadow coming|came down',
    ],
  },
  // "doubled over with pain" is a way of telling pain, not double vision.
  { id: 'doubledOver', masks: ['vision'], patterns: ['doubled|doubling|double over|up'] },
  {
    id: 'armNumb',
    patterns: [
      'arm|hand|arms|hands|face|fingers numb|tingling|tingly|weak|dead|heavy',
      'arm|hand|face go|went|gone|going numb|dead|weak|tingly',
      'numb|numbness|tingling|weak|weakness|weird|dead in|down my? arm|hand|face',
      // "that hand is clumsy", "my arm's gone clumsy".
      'arm|hand|fingers is|are|gone|going|feels? clumsy|useless',
      // "my coffee cup slid out of my hand, fingers wouldn't hold it".
      'fingers|hand|hands wont|cant|not hold|grip|grasp',
    ],
    gap: 3,
  },
  // Pain spreading down an arm, either side (FACTS.md §2 rf-cancer-history: "pain down a limb"):
  // "a pain shooting from my neck down the right arm into my fingers".
  {
    id: 'armRadiating',
    patterns: [
      '$SPREAD down|into the|my|his|her? right|left? arm|arms|hand|fingers',
      'down the|my|his|her right|left? arm into|to the|my|his|her? hand|fingers',
    ],
    gap: 3,
  },
  {
    id: 'redEye',
    patterns: ['red|painful|sore eye|eyes', 'eye pain|inflammation|redness', 'iritis|uveitis'],
  },
  // ---- skin, lumps, bruises ------------------------------------------------------------------
  {
    id: 'skinRedHot',
    patterns: [
      'red|hot|warm|inflamed|swollen|angry|tender skin|patch|area|lump|place|spot|bit|mark|blotch|streak',
      'skin|spot|area|patch|place|site is? red|hot|warm|swollen|inflamed',
      'red hot',
      'warm and? swollen',
      'redness|swelling and? heat|warmth',
      'cellulitis|abscess|=boil|=boils',
      'oozing|weeping|pus|infected|festering|weepy|oozy|crusty',
      'redness spreading|spreads|spread',
      // "the redness is creeping across my shoulder blade".
      'redness|red|swelling is? creeping|growing|spreading|moving',
      'redness|red|swelling is|keeps? getting bigger|larger|wider',
      'red hot|warm puffy|swollen|angry',
      'spreading redness',
    ],
    gap: 3,
  },
  { id: 'redWord', patterns: ['red|reddened|redness'] },
  // "red flags" (warning signs, a phrase of health pages) and the round marks cupping leaves are no
  // red, inflamed skin.
  {
    id: 'redFlagPhrase',
    idiom: true,
    masks: ['skinRedHot', 'redWord'],
    gap: 0,
    patterns: ['red flag|flags'],
  },
  {
    id: 'cuppingMarks',
    masks: ['skinRedHot', 'redWord'],
    gap: 0,
    patterns: ['round|circular|cupping|purple red? marks|circles|rings'],
  },
  { id: 'hotWord', patterns: ['hot|warm', 'burning to the? touch'] },
  // Someone's hands on the spot: "where the therapist worked on my pecs".
  {
    id: 'handsOn',
    patterns: [
      // ("went on" is two slots: a pattern of its own, so "the masseuse worked deep" still counts.)
      'therapist|masseuse|masseur|physio|osteo|osteopath|chiro worked|working|pressed|dug on|into?',
      'therapist|masseuse|masseur|physio|osteo|osteopath|chiro went on|into',
      // A therapist's own words: "her calves are tender where I worked them yesterday".
      'where i|we worked|work|massaged|pressed on? them|it|her|him|their|his',
      // A therapist's "I did some firm work on her mid back this morning".
      'i|we did|done some? firm|deep|hard|heavy|gentle|light work on her|him|his|their|the',
      // A therapist's "I kept the pressure light".
      'i|we kept|used|went the? pressure light|gentle|soft|firm|deep|heavy',
    ],
  },
  // Pain only when pressed or touched: "only hurts when I press on it", "sore to touch".
  {
    id: 'pressTender',
    patterns: [
      'hurts|hurt|sore|tender|painful when|if i|you? press|pressed|push|pushing|touch|touched|poke',
      'sore|tender to the? touch',
    ],
  },
  {
    id: 'lump',
    patterns: [
      'lump|lumps|bump|mass|swelling|growth|nodule|cyst',
      'sticking out',
      'bulge|bulging lump|bit|like',
      'soft|hard|new bulge',
      'size of a|an egg|golf|marble|walnut|grape',
    ],
  },
  {
    id: 'deformity',
    patterns: [
      'changed|change shape',
      // "Mum's back looks different… a lot more hunched".
      'back|spine looks|look|looking different|odd|wonky',
      'more hunched|stooped|bent over|curved',
      'curve|curved|crooked|hump',
      'shape of my|his|her|their|the back|spine',
      'lean|leaning|leans|tilt|tilting|tilted|bent|listing over? to one side',
      // "her back is now bending to one side, like the shape has changed".
      'bend|bending|bends|curving|curve to one side',
      'shape has|have|is changed|change|changing|different',
      // "one side of my back sticks out more than it used to", "my shirts hang differently now".
      'sticks|sticking|stick out more|further than',
      // "his back has gone a funny shape, one side sticking out".
      'gone|going|gets|got|become|turned a? funny|odd|strange|weird|different shape',
      'one side sticking|sticks|stick out',
      // Scots and others: "her spine's gone squint, like a wee S", "one shoulder sitting way lower".
      'spine|back gone|going|is|looks =squint|crooked|twisted|bent',
      'one shoulder sitting|sits|is|looks way? lower|higher',
      'shirts|shirt|clothes|jacket hang|hangs|sit|sits differently|wonky|funny',
      'not there before',
      'shrinking|shorter',
      'losing|lost|lose|loss of? height',
    ],
  },
  {
    id: 'overSoreSpot',
    patterns: [
      'over|on|where|at the|my? sore|painful|tender bit|spot|area|part|place',
      'where it hurts|aches',
    ],
  },
  {
    id: 'bruise',
    patterns: [
      'bruise|bruises|bruised|bruising|hematoma',
      'black and blue',
      // "a purple patch on my back the size of my hand".
      'purple|blue|black|purplish patch|mark|blotch|area',
    ],
  },
  { id: 'big', patterns: ['big|large|huge|massive|spreading|enormous|growing|painful'] },
  { id: 'swelling', patterns: ['swollen|swelling|swells|puffy|bigger'] },
  {
    id: 'swollenLeg',
    patterns: [
      'swollen|swelling|hot|warm|red|tender|painful|hard $LEG',
      '$LEG swollen|swelling|swell|hot|warm|red|tender|painful|hard|tight|puffy|puffed',
      'puffy|puffed up? $LEG',
      'one leg bigger|swollen',
      // "my right calf is fatter and redder than the left".
      '$LEG is|looks? fatter|bigger|thicker|puffier|redder than',
    ],
    gap: 3,
  },
  // ---- named conditions and terms the user may type ------------------------------------------
  {
    id: 'weightLossWord',
    // A ring that spins on the finger is no spinning head.
    masks: ['dizzy', 'exerciseCause'],
    patterns: [
      'lose|losing|lost|dropped|dropping weight|pounds|kilos|stone',
      'lost|losing|dropped|dropping a? lot|load|loads|ton|bit of weight',
      'weight loss|dropping|falling',
      // "it's just dropping off me", "his belt has gone in three notches".
      'dropping|falling off me|him|her|them',
      'belt gone|moved|gone in|up #num|one|two|three|four|a notch|notches|holes|hole',
      'clothes|jeans|trousers|belt hanging|falling|loose off?',
      // "my rings are sliding off", "down half a stone since Christmas".
      'rings|ring|watch|clothes|jeans|trousers keeps|keep? sliding|slipping|slide|slip off',
      // Scots: "ma wedding ring keeps slidin aff".
      'ring|rings|watch keeps|keep? slidin|sliding|slippin|slipping =aff|=oot',
      // "his shirts are hanging on him like on a hanger".
      'shirts|shirt|clothes|dress|dresses|trousers|cardigan|jumper hanging|hangs|hang|baggy on him|her|me|them',
      // "my wedding ring spins now and my belt is on its last hole".
      'ring|rings|watch spins|spin|spinning|twirls',
      'ring|rings|watch turns round|around',
      'belt on|is|at its|the last|tightest|final hole|notch',
      // "his belt needs new holes".
      'belt needs|needed|has new|extra|more holes|notches',
      'new|extra holes in my|his|her|the belt',
      'down|lost|dropped|shed half|a|one|two|three a? stone|stones',
      'down about|nearly|almost? 2|3|4|5|6|7|8|9|10 kilos|kg|stone|pounds|lbs|lb',
      // "dropped nearly 7 kg without trying".
      'lost|lose|losing|dropped|dropping|shed|shedding nearly|almost|about|around|over|roughly? #num kg|kgs|kilo|kilos|kilogram|kilograms|pounds|lbs|lb|stone',
      // "gone from 82kg to 74 since christmas", "went from 11 stone to 9".
      'gone|went|dropped|fallen|fell|down from #num kg|kgs|kilos|stone|st|lbs|pounds? to #num',
      'look|looks|looking gaunt|skinny|thin',
      'gaunt',
      // "had to buy jeans two sizes smaller", "gone down two dress sizes".
      'size|sizes smaller',
      'gone|went|dropped|down a|one|two|three|#num dress|clothes|trouser|jeans? size|sizes',
    ],
  },
  // Look-alikes (issue 8): everyday phrases that share a word with a red flag.
  // "for 30 weeks", "over the last 26 weeks", "36 weeks ago": a duration, not a pregnancy.
  // "about 6 weeks gone", "8 weeks along": how far a pregnancy is, not how long something lasted.
  {
    id: 'weeksPregnant',
    masks: ['weeksDuration'],
    gap: 0,
    patterns: ['#num weeks|wks|wk gone|along|pregnant'],
  },
  // "im 29 weeks now": how far along, not how long something has lasted (it hides weeksDuration,
  // which would hide the pregnancy).
  { id: 'gestationNow', masks: ['weeksDuration'], gap: 0, patterns: ['am|at #num weeks|wks now'] },
  {
    id: 'weeksDuration',
    masks: ['pregnant'],
    gap: 0,
    patterns: [
      'for|past|last|over|about|around|nearly|almost|since|after|within #num weeks|wks|wk',
      '#num weeks|wks|wk ago|now|running|straight|of',
    ],
  },
  {
    id: 'heightNum',
    gap: 0,
    patterns: ['#num|two|three|four|five|six|seven|eight|nine|ten metres|meters|metre|meter|storeys|stories'],
  },
  // Look-alikes from bank P5 (issue 8, over-triage): an old injury's name, a resolved faint with a
  // plain cause, sleep after drinking, a screening that was clear, a child's bed-wetting.
  {
    id: 'injuryTear',
    masks: ['tearing'],
    patterns: [
      'tore|torn|tear|ripped|rip my|a|the|his|her? rotator|cuff|muscle|ligament|hamstring|acl|meniscus|tendon|cartilage|calf|achilles|groin|quad|bicep|biceps',
    ],
  },
  {
    id: 'heatFaint',
    masks: ['faint', 'dizzy', 'clammy'],
    patterns: [
      'faint|dizzy|lightheaded|woozy|sweaty and? sweaty|dizzy|faint? after|in|from staying|sitting? in? the|a? sauna|steam|jacuzzi|bath|tub|sun|heat',
      // "hot tub for ages, felt faint".
      'sauna|steam|jacuzzi|tub|bath|sunbathing|heat for? ages? felt|went|got|feeling|feel faint|dizzy|lightheaded|woozy',
    ],
  },
  {
    id: 'wetClothes',
    patterns: [
      'woke|woken|waking|wake|found with|in? wet|soaked|soaking pyjamas|pajamas|pjs|pants|knickers|underwear|trousers',
    ],
  },
  { id: 'leftArmWord', patterns: ['left arm|shoulder|hand'] },
  {
    id: 'heatExposure',
    patterns: ['sauna|jacuzzi|sunbathing|heatwave', 'steam room', 'hot tub|bath|stone|stones'],
  },
  // Look-alikes from page bank Q2 (issue 8): pain caused by lying still, a leg that "came back
  // within a minute", coughing that does not make it worse, the other side that is clear.
  {
    id: 'stillCause',
    masks: ['restPain', 'nightPain'],
    patterns: ['from|after lying|sitting|standing|keeping still'],
  },
  // "eases when you rest" is the opposite of pain at rest.
  {
    id: 'easedByRest',
    masks: ['restPain'],
    patterns: [
      'ease|eases|eased|easing|better|settles|settle|improves|improve when|with|after|on you|i? rest|resting|lie|lying',
      // "fine when I'm resting", "fine at rest", "ok when I keep still".
      'fine|ok|okay|good|comfortable|comfy when|while|at|if i|you? am|is|are? rest|resting|still|sitting|lying',
    ],
  },
  {
    id: 'coughNoWorse',
    masks: ['coughSneeze'],
    gap: 3,
    patterns: [
      'straining|strain|cough|coughing|sneeze|sneezing|coughs|sneezes on? the? loo|toilet? not make|makes|made|making it|them? any|one? bit? worse',
    ],
  },
  {
    id: 'sideClear',
    masks: ['leftSide', 'rightSide'],
    patterns: [
      'left|right one|leg|side|foot has|is|feels|stays|remains no|fine|normal|ok|okay|clear|unaffected|free',
    ],
  },
  {
    id: 'drunkSleep',
    masks: ['faint'],
    patterns: [
      'passed|passing|pass out asleep|drunk',
      'passed|passing|pass out on the? sofa|couch after|from? drinking|drinks|pints|vodka|wine',
    ],
  },
  {
    id: 'screeningWord',
    masks: ['aneurysmTerm', 'aaaTerm', 'aaRisk'],
    // Only a screening that found nothing: "4.8cm aneurysm on screening" is still the aneurysm.
    patterns: ['aaa|aneurysm screening|scan|check|test scan? normal|clear|fine|negative|ok|okay|nothing'],
  },
  {
    id: 'childBedwetting',
    masks: ['bladderLoss', 'bladderLeakCES', 'bladderLeakCtx'],
    patterns: [
      'year old|son|daughter|kid|kids|toddler|child|boy|girl|grandson|granddaughter wet|wets|wetting the|her|his? bed',
      'son|daughter|kid|child|boy|girl|grandson|granddaughter is|aged #num and? still? wets|wetting|wet the|his|her? bed',
    ],
  },
  // "my back feels like I've been hit by a truck" (the day after a first deep-tissue massage).
  {
    id: 'truckIdiom',
    idiom: true,
    masks: ['majorTrauma'],
    gap: 3,
    patterns: [
      'like hit|run|knocked by|over a? truck|bus|train|lorry|tractor|steamroller',
      // "sore the day after deep tissue, feels like I've been in a car crash (I haven't lol)".
      'like been|was|were in a|an car|train|road crash|wreck|accident|smash|pileup',
    ],
  },
  // "I haven't been able to go for a number two": the bowels, not retention.
  {
    id: 'bowelGo',
    masks: ['retention'],
    patterns: ['go|been|do for a? number two', 'go|been|do for a? poo|poop|dump|crap|=no2'],
  },
  // "legs strong", "both legs feel strong": strength, the denial of weakness.
  {
    id: 'legsStrong',
    masks: ['legsPlural', 'weakness', 'legWeak'],
    patterns: ['$LEG|=legs|both are|feel|feels|still|both? strong'],
    // Word by word: "my two leg no strong" is weakness.
    gap: 0,
  },
  // "nothing numb between my legs": the saddle area, not both legs.
  { id: 'betweenLegs', masks: ['legsPlural'], patterns: ['between my|the|his|her|your? legs|thighs'] },
  // "how much better it is at night": night as relief, not night pain.
  {
    id: 'betterAtNight',
    masks: ['nightPain'],
    gap: 3,
    patterns: ['better|easier|eases|settles|fine|good at|during|in night|nights|bedtime'],
  },
  // "it came back", "went back to work": the adverb, not the body part.
  {
    id: 'backAdverb',
    masks: ['back'],
    patterns: ['came|come|comes|coming|went|gone|goes|going|bounced|bouncing|headed|heading back'],
  },
  // "fell asleep on the sofa": sleep, not a fall.
  { id: 'fellAsleep', masks: ['fall'], patterns: ['fell|falling|fall|falls asleep'] },
  // "arm went dead from lying on it": a limb squashed asleep, not a stroke's weak arm or lost feeling.
  {
    id: 'lainOnLimb',
    masks: ['fastSigns', 'armNumb', 'sensLoss', 'weakness'],
    patterns: [
      'arm|arms|hand|hands|leg|legs|foot|feet went|gone|goes|was|is|were dead|numb|asleep|tingly from|after|by lying|sleeping|sitting|leaning|kneeling on it|them',
    ],
  },
  // "face down for an hour during the massage and my arm went dead", "lay on my side and the arm
  // went to sleep": an arm squashed by the position, not a stroke's arm.
  {
    id: 'positionalArm',
    masks: ['fastSigns', 'armNumb', 'sensLoss'],
    gap: 8,
    patterns: [
      'face down arm|arms|hand|hands dead|numb|asleep|tingly|tingling',
      'lying|lay|laid|lain on my|her|his side|front arm|arms|hand|hands dead|numb|asleep|tingly|tingling',
      // "arm went dead during the massage cos I was lying on it".
      'arm|arms|hand|hands dead|numb|asleep|tingly|tingling|pins lying|lay|laid|lain|sleeping|slept|leaning on it|them',
      // "I was lying on my left arm funny and it went numb and tingly".
      'lying|lay|laid|lain|sleeping|slept|leaning on my|her|his left|right? arm|hand funny|wrong|awkwardly? and? it? went|gone|was numb|dead|asleep|tingly',
    ],
  },
  // "shaking it out" (a numb hand or a cramp shaken off): no shivering.
  {
    id: 'shakenOut',
    masks: ['shiverWord', 'fever', 'feverShiver'],
    patterns: ['shake|shaking|shook|shakes it|them|my? arm|hand|hands|leg|legs|foot? out|off'],
  },
  // "gets worse when I slouch": worse with a position or a task, not worse over time.
  {
    id: 'worseWhen',
    masks: ['gettingWorse'],
    patterns: [
      'gets|get worse when|if|whenever|after|with i|you? slouch|sit|stand|bend|lift|cough|sneeze|move|twist|walk|hunch|type',
    ],
  },
  // "my lower back went off like a grenade": a sudden, severe pain.
  { id: 'severe', patterns: EXPLOSIVE_PAIN },
  { id: 'pain', patterns: EXPLOSIVE_PAIN },
  // "after a day on my feet in the shop": hours of standing, not both feet (not "can't stay on my
  // feet", which tells the legs).
  {
    id: 'onFeet',
    masks: ['legsPlural', 'leg', 'legSymptom'],
    patterns: ['day|days|hours|shift|shifts|week on my|his|her|their|your|our =feet'],
    gap: 1,
  },
  // "my back is in bits": badly hurt, not the private parts ("bits").
  { id: 'inBits', masks: ['saddleArea'], patterns: ['in =bits'], gap: 0 },
  // "after the scrum collapse": a scrum, not a person collapsing.
  {
    id: 'scrumCollapse',
    masks: ['faint', 'collapseSign'],
    patterns: ['scrum|scrums|maul|ruck collapse|collapsed|collapsing'],
    gap: 0,
  },
  // "Protein shake and rest day?": a drink, not a shiver.
  {
    id: 'drinkShake',
    masks: ['shiverWord', 'fever', 'feverShiver'],
    patterns: ['protein|milk|recovery|whey|banana|chocolate|strawberry shake|shakes', 'milkshake|milkshakes'],
  },
  // Feeling faint at the sight of a needle or after giving blood (a common harmless faint).
  {
    id: 'needleFaint',
    patterns: [
      'light headed|lightheaded|faint|fainted|woozy|dizzy|queasy|wobbly at|during|after|when|from blood|injection|injections|needle|needles|jab|jabs|giving|donating',
      'blood test|tests|donation|donor',
      'giving|gave|give|donating|donated blood',
      'sight of blood|needles|needle',
      // "I always go grey and slide down the wall when they take blood".
      'take|takes|taking|took|draw|draws|drawing blood',
    ],
    gap: 2,
  },
  // "same diet", "usual meals": eating unchanged, the qualifier of a weight loss, not a diet.
  {
    id: 'weightQualifier',
    masks: ['diet'],
    patterns: ['same|usual|normal diet|food|meals|portions'],
  },
  // "achy from the bump", "carrying the bump": a pregnancy, not a lump.
  {
    id: 'pregnancyBump',
    masks: ['lump', 'fall'],
    patterns: ['baby|growing|pregnancy|pregnant bump', 'from|carrying|with the|my|her bump'],
  },
  // "my toddler had an accident in his pants": a small child's accident, not a lost bowel or bladder.
  {
    id: 'childAccident',
    masks: ['bowelLoss', 'bladderLoss', 'bladderLeakCES', 'bladderLeakCtx'],
    patterns: [
      'toddler|toddlers|kid|kids|child|son|daughter|boy|girl|baby|grandson|granddaughter had|has|keeps|having an? accident|accidents',
    ],
  },
  // "couldn't wee at the football with people watching", "couldn't pee in the portaloo with a
  // queue": a shy bladder in public, not retention.
  {
    id: 'shyBladder',
    masks: ['retention'],
    patterns: [
      'cant $PEE at|in|with|because the|a|of? football|match|stadium|urinal|urinals|portaloo|portaloos|queue|festival|gig|crowd|public|people|audience',
    ],
  },
  // Pain from the neck into the right arm is a trapped nerve in the neck, not the heart's spread.
  {
    id: 'neckToArm',
    masks: ['armJawSpread', 'goesToArm'],
    patterns: [
      'from|in my|the? neck $PAIN? shoots|goes|going|runs|running|spreads|spreading|radiates|radiating|travels into|down my|the? right arm|hand|thumb|fingers',
    ],
  },
  // "the numbness used to wear off after rides" (but now it does not): the old pattern, not now.
  {
    id: 'usedToPass',
    masks: ['transient'],
    patterns: [
      'used to wear|go|settle|pass|ease off|away|down|quickly?',
      'used to be gone|fine|better|ok|okay',
    ],
  },
  {
    id: 'feverLookalike',
    masks: ['fever', 'feverShiver'],
    patterns: [
      'hay|cabin|football|cup|gold|spring|election|transfer|disco fever',
      'fever pitch|dream|dreams',
      'feverish excitement|pace|speculation|activity|rush|search|atmosphere|anticipation',
    ],
  },
  {
    id: 'sleepsWell',
    masks: ['nightPain'],
    patterns: [
      'sleep|sleeping|slept right? through the? night',
      'sleep|sleeping|slept fine|well|soundly|ok|okay|normally',
      'never|not wake|wakes me up? at? night?',
      // Something else is what wakes the person.
      `${WAKERS} wake|wakes|woke|waking me up?`,
      // …and when: "the cat wakes me up at 4am every night" is no night pain either.
      `${WAKERS} wake|wakes|woke|waking me up? at|every|each|in the? night|nights|morning|am`,
    ],
    gap: 3,
  },
  // "she wakes me up every two hours at night to feed": a feed wakes her, not the pain.
  {
    id: 'feedWakes',
    masks: ['nightPain'],
    gap: 6,
    patterns: ['wake|wakes|woke|waking me|us up? to|for a? feed|feeds|feeding|feed'],
  },
  // Night sweats soak the sheets too: that is a fever or night-pain sign, not a lost bladder.
  {
    id: 'sweatSoaked',
    masks: ['bladderLoss', 'bladderLeakCES', 'bladderLeakCtx'],
    patterns: [
      'soaked|drenched|wet|damp|dripping|pouring with|in sweat',
      'night sweats|sweating',
      'sweat|sweated through',
    ],
    gap: 6,
  },
  // Sweating through the sheets night after night is a night sweat, not the cold sweat of a
  // collapse; "drenched in sweat" with sudden pain stays a collapse sign.
  {
    id: 'nightSweat',
    masks: ['clammy'],
    patterns: [
      'night sweats|sweating',
      'sheets|bed|pillow|pyjamas|pajamas soaked|drenched|wet|damp with|in sweat',
      'wake|woke|waking|wakes up? soaked|drenched|wet in|with? sweat',
      // "the sheets were damp but it's sweat, not pee".
      'sweat not $PEE|wee|urine',
    ],
    gap: 4,
  },
  // "some months I can't go to work": a day lost, not a bladder that will not empty.
  {
    id: 'cantGoOut',
    masks: ['retention'],
    patterns: [
      'cant|not go to? work|school|college|uni|gym|out|anywhere|outside|shopping|swimming|running|far|church|shops|pub|office|bed|sleep|on',
    ],
  },
  // Look-alikes from the look-alike bank P4, each masking only the words it overlaps:
  // numb from the dentist's injection is no saddle or leg numbness;
  {
    id: 'dentalNumb',
    masks: ['sensLoss'],
    patterns: ['numb|numbness|tingly|tingling from|after the? dentist|dentists|dental|filling|injection'],
    gap: 3,
  },
  // ...unless the dentist is only the likeness: "her bottom has felt numb 'like after the dentist'".
  {
    id: 'dentistLikeness',
    masks: ['dentalNumb'],
    patterns: ['like after|at|from the? dentist|dentists|dental', 'like the? dentist|dentists|dental'],
  },
  // "my legs were numb for a few hours that day, as expected" (an epidural in labour): the numbness
  // the anaesthetic was meant to give, not a new sign (issue 8, bank P6).
  {
    id: 'expectedNumb',
    masks: ['sensLoss', 'weakness', 'legSymptom'],
    patterns: [
      'numb|numbness|heavy|dead|weak as|like expected|planned|predicted|warned',
      // "numb for 18 hours exactly as the anaesthetist said".
      'as|like the|my anaesthetist|anesthetist|anaesthetists|surgeon|doctor|nurse said|told|warned|explained|predicted',
    ],
    gap: 6,
  },
  // Where one sits, told as a likeness: "sitting down feels like I'm perched on a cold metal bike
  // seat" (on the sofa) (issue 8, bank P1).
  {
    id: 'saddleLikeness',
    patterns: [
      'like perched|sitting|sat on bike|bicycle|metal seat|saddle|bar',
      'like perched|sitting|sat on a? saddle',
      // "my bum feels like I've been sitting on a frozen step for two days" (bank P111).
      'like i have|had|am|was? been? sitting|sat|perched on a|an|the? frozen|icy|ice|cold step|block|pack|slab|stone|seat|bench',
    ],
  },
  // The toilet told by checking: "I have to look at the paper to know if I've been" (bank P1).
  {
    id: 'paperCheck',
    patterns: ['look|looking|check|checking at? the? loo? paper|tissue|pad to know|see|tell|check'],
  },
  // Wiping that is not felt: "when I wipe… can barely feel the paper", "it's like it isn't my bum"
  // (COMPOUND: saddleNumb; used set Y).
  {
    id: 'wipeUnfelt',
    positive: true,
    patterns: [
      'hardly|barely|scarcely|cant|not feel|felt the|my? paper|tissue|wipe|wiping',
      // "I can't really tell if I've wiped, it's like doing it with a thick glove on".
      'cant|not tell if|whether i have? wiped',
      'like doing|wiping it? with|wearing a? thick? glove|gloves|mitten|mittens',
      // "when i wipe it's like the toilet paper isn't even touching me".
      'paper|tissue not even? touching|touch me|anything',
      'like it is not my|his|her|their bum|bottom|backside|bits',
    ],
  },
  // Numbness told as a covering or a test that finds nothing: "like a layer of thick felt over
  // it", "the bath water feels hot on my legs but nothing on my bottom" (issue 8, bank P1).
  {
    id: 'numbCovering',
    patterns: [
      'layer|blanket|sheet|coat of thick? felt|rubber|cotton|wool|clingfilm|cardboard',
      'felt|rubber|cotton|wool|clingfilm|cardboard over|covering it|them|everything|me',
      'nothing|zilch|zero on|in|round|across my|the? bottom|bum|backside|privates|crotch|undercarriage|=bits|butt|buttocks',
    ],
    // Word by word: "nothing numb in the privates" is a denial, not this.
    gap: 0,
  },
  // "feels like when the dentist's injection is wearing off": a likeness for numbness now, so its
  // "wearing off" tells no numbness that passed (issue 8, bank P6).
  {
    id: 'numbLikeness',
    masks: ['transient'],
    patterns: [
      'like|when the? dentist|dentists|dental? injection|anaesthetic|anesthetic|novocaine|numbing|jab is|was|starts|starting? wearing|wears|wore off',
    ],
    gap: 4,
  },
  // hot and sweaty after a workout is no cold sweat;
  {
    id: 'exerciseSweat',
    masks: ['clammy', 'collapseSign'],
    patterns: [
      'hot|sweaty|sweating|sweat after|from|during the? hot? yoga|gym|workout|run|class|sauna|training|session',
      'after|from the? hot? yoga|gym|workout|sauna|class so? hot|sweaty',
    ],
    gap: 3,
  },
  // an incontinent old dog is not the writer's bowel or bladder;
  {
    id: 'petIncontinent',
    masks: ['bladderLoss', 'bowelLoss', 'bladderLeakCES', 'bowelLeakCES', 'bladderLeakCtx', 'bowelLeakCtx'],
    patterns: ['dog|cat|puppy|kitten|pet has? become|is|gone|got incontinent|incontinence'],
  },
  // "bottom lip", "bottom step" are no saddle area; "wear and tear" is no tearing pain;
  {
    id: 'bottomOfThing',
    masks: ['saddleArea'],
    patterns: ['bottom lip|lips|teeth|tooth|jaw|step|stair|stairs|drawer|shelf|bunk'],
  },
  { id: 'wearAndTear', masks: ['tearing'], patterns: ['wear and tear'] },
  // "crashing on my mate's sofa", "crashed out on the couch": sleeping, not a road crash.
  {
    id: 'crashOnSofa',
    masks: ['majorTrauma'],
    patterns: [
      'crash|crashed|crashing|crashes on|out the|my|his|her|a|mates|friends? sofa|couch|floor|settee|bed|airbed',
    ],
  },
  // A peripheral nerve block for limb surgery is no spinal procedure.
  {
    id: 'limbNerveBlock',
    masks: ['procedure'],
    patterns: ['nerve block in|for|on my|the|his|her? leg|knee|arm|hand|foot|shoulder|hip|ankle|wrist'],
  },
  // "I've been through the cauda equina checklist three times": the name of a list gone through,
  // not the condition told (the answers that follow are what count).
  {
    id: 'checklistName',
    masks: ['saddleTerm'],
    patterns: [
      'cauda equina checklist|questionnaire|quiz|questions|list',
      'ces checklist|questionnaire|quiz|questions|list',
    ],
  },
  // "I can feel everything around my saddle area": feeling there, told as normal.
  {
    id: 'feelsAllThere',
    masks: ['saddleTerm', 'saddleArea', 'sensLoss', 'saddleNumb'],
    patterns: [
      'can feel everything|all|normally|fine around|in|down|at my? saddle|bum|groin|privates|there|below',
      // "I can feel everything when I wipe, so the tingling in my calf is just sciatica".
      'can feel everything|all|normally|fine when i? wipe|wiping',
    ],
  },
  // "couldn't go till Scotch Corner": no toilet on the road, not a bladder that will not empty.
  { id: 'noToiletYet', masks: ['retention'], patterns: ['cant go till|until|before|til'] },
  // "drank loads of water", "drinking plenty of fluids": water, not alcohol.
  {
    id: 'drankWater',
    masks: ['alcohol', 'intoxicated'],
    patterns: [
      'drank|drink|drinking|drinks|drunk loads|lots|plenty|litres|liters|bottles|glasses|pints? of? water|fluids|squash|tea|juice',
    ],
  },
  // "pain shooting down my leg from my bum": the path of sciatica, not the saddle area (§2
  // rf-saddle-numbness is numbness of the saddle area itself).
  {
    id: 'legFromBottom',
    masks: ['saddleArea'],
    patterns: [
      'leg|legs|thigh from my|the|his|her? bum|bottom|butt|buttock|buttocks',
      'pain|ache|aching|shooting|radiating from my|the|his|her? bum|bottom|butt|buttock|buttocks down|into',
    ],
  },
  // "no loss of bladder control": the loss denied. Read as a whole, so a loose "no … control" in it
  // is no loss either (a later, separate sign is still read).
  {
    id: 'noLossOf',
    idiom: true,
    masks: ['unfelt', 'bladderLoss', 'bowelLoss', 'bladderLeakCES', 'bowelLeakCES', 'noFeeling', 'sensLoss'],
    patterns: [
      'no|nil|without|zero|never any? loss of my|his|her|the? bladder|bowel|bowels|feeling|sensation|power|strength|control|continence',
    ],
  },
  // "missed the last steps and landed on my backside": where the fall landed, not the saddle area.
  {
    id: 'landedOnBottom',
    masks: ['saddleArea'],
    patterns: [
      'landed|fell|slid|dropped|thumped onto|on her|his|my|their backside|bum|bottom|behind',
      // "sat down hard on my bum"; not "when I sit on the toilet my bottom feels…".
      'sat|sit down? hard|heavily onto|on her|his|my|their backside|bum|bottom|behind',
    ],
  },
  {
    id: 'toiletAccident',
    patterns: [
      'had|having|have an|a|two|little? accident|accidents',
      // "found her bed soaked this morning" (COMPOUND with unfelt: bladderLoss).
      'bed|sheets|mattress soaked|wet|drenched',
      // "got up from his armchair and the cushion was soaked through and he hadn't noticed".
      'cushion|chair|armchair|seat|sofa|couch was|is|were|got? soaked|wet|drenched',
      // "I only find out when I'm wet".
      'find|found out when i am? wet',
      // "I've found myself wet twice without any warning".
      'find|found|finding myself|herself|himself wet',
    ],
  },
  // A carer's "we have had to change her three times this shift" (pads, clothes, bedding).
  // "…and he never noticed": read only beside a carer's finding (bladderLoss).
  { id: 'didntNotice', patterns: ['not|never notice|noticed|realise|realised|realize|realized|knew|know'] },
  {
    id: 'carerTouch',
    patterns: [
      'washing|wash|washed|wiping|wipe|wiped|cleaning|pressed|pressing|touched|touching',
      'flannel|cloth|sponge',
    ],
  },
  // Pain shown, not said, by someone who cannot say it (COMPOUND pain with cantSay): "he has
  // dementia… keeps holding the bottom of his back".
  {
    id: 'painGesture',
    patterns: [
      'keeps|keep|kept rubbing|clutching|holding|grabbing the? his|her|their bottom? of? lower? back|tummy|belly|stomach|side',
    ],
  },
  {
    id: 'cantSay',
    patterns: [
      'dementia|alzheimers|nonverbal',
      'non verbal',
      'cant describe|explain|tell|say|speak',
      'no speech',
    ],
  },
  {
    id: 'touchUnfelt',
    patterns: ['not notice|feel|react|flinch it|that|anything|a? thing', 'not react|flinch'],
  },
  {
    id: 'carerChange',
    patterns: [
      'had|have|having to change her|him|them|his|her',
      'found|find|finding him|her|them wet|soaked|soiled',
    ],
  },
  // "went to the ED", "in the ED": the emergency department, not erectile dysfunction.
  {
    id: 'emergencyDept',
    masks: ['sexualLoss'],
    patterns: ['the|to|in|at ^ed', '^ed doctor|doctors|nurse|visit|wait'],
  },
  // "bf's back has been wrecked… now he can't finish": told of a partner, the bedroom.
  { id: 'cantFinish', patterns: ['cant finish'], gap: 0 },
  { id: 'partnerSubject', patterns: ['bf|boyfriend|husband|hubby|partner|wife|girlfriend|gf|missus|fiance'] },
  // What else one "can't finish": a dinner, a shift, a run, a sentence.
  {
    id: 'finishedThing',
    patterns: [
      'dinner|lunch|breakfast|meal|plate|food|tea|pint|drink|sentence|sentences|work|job|shift|run|race|book',
    ],
  },
  // "it takes forever to get going": a slow start, not a lifelong history.
  { id: 'takesAges', masks: ['longStanding', 'permanent'], patterns: ['takes|taking|took ages|forever'] },
  // "I have to strain and wait ages": minutes at the toilet, not a months-long history.
  {
    id: 'waitAges',
    masks: ['longStanding'],
    patterns: ['wait|waiting|waited|stand|standing|stood|sit|sitting ages|forever'],
  },
  // Leaving hospital, not a wound's discharge: "a leaflet at discharge", "the discharge letter".
  {
    id: 'hospitalDischarge',
    masks: ['discharge', 'siteProblem'],
    patterns: [
      'at|on|after|before|since|upon|til|till|until discharge',
      'discharge letter|letters|summary|papers|paperwork|leaflet|date|nurse|lounge|team|note|notes|sheet|sheets|pack|form|instructions|advice',
      'discharged from|home|today|yesterday',
    ],
  },
  // "a small benign bone tumour": not a cancer.
  {
    id: 'benignGrowth',
    masks: ['cancer', 'tumourWord'],
    patterns: ['benign|noncancerous|harmless bone? tumour|tumor|tumours|tumors|growth|lump|cyst'],
  },
  // Sweaty hands or palms tell nerves or excitement ("hands dripping with sweat" at a boss fight),
  // not the cold sweat of a collapse ("cold, clammy hands" still counts).
  {
    id: 'sweatyHands',
    masks: ['clammy'],
    patterns: ['sweaty|sweating|dripping palms|hands', 'palms|hands sweaty|sweating|sweat'],
  },
  // "hot and sweaty" tells heat (a workout, a fever), not the cold sweat of a collapse;
  { id: 'hotSweaty', masks: ['clammy', 'collapseSign'], patterns: ['hot and? sweaty|sweating'] },
  // "nothing comes on when I exert myself" tells no pee at all;
  // "stiff rather than weak", "sore, not so much numb": the sign named to set it aside.
  {
    id: 'ratherThan',
    masks: ['weakness', 'sensLoss'],
    patterns: ['rather than weak|weakness|numb|numbness|tingly|tingling'],
    gap: 0,
  },
  // "everything normal down below": the saddle area told fine, not numb.
  {
    id: 'belowFine',
    masks: ['saddleArea'],
    patterns: ['everything|all|things normal|fine|ok|okay|good down below|there'],
    gap: 1,
  },
  { id: 'nothingComesOn', masks: ['retention'], patterns: ['nothing comes|came on'] },
  // "no bleeding, nothing coming in waves": waves denied, not a bladder that will not empty.
  {
    id: 'nothingInWaves',
    masks: ['retention', 'colicky'],
    patterns: ['nothing coming|comes|came in waves'],
    gap: 0,
  },
  // "collapsed into bed after a shift", "crashed out on the sofa", "passed out flyers": idioms.
  {
    id: 'idiomCollapse',
    masks: ['faint', 'collapseSign', 'majorTrauma'],
    patterns: [
      'collapsed|collapse|crashed|crash|flopped into|onto my|the|his|her? bed|sofa|couch',
      'crashed|crash out',
      'passed|passing|pass out flyers|leaflets|papers|sweets|food|drinks|cake|forms',
    ],
  },
  // "the night staff", "a night out": who or when, not pain at night.
  {
    id: 'nightOther',
    masks: ['nightPain'],
    patterns: [
      'night staff|shift|shifts|nurse|nurses|team|carer|carers|club|bus|owl|owls|feed|feeds|feeding|light',
    ],
  },
  // "three nights running" counts nights; it is not pain at night.
  {
    id: 'nightsRunning',
    masks: ['nightPain'],
    patterns: [
      'two|three|four|five|several|few|many nights running|straight|together',
      '#num nights running|straight|together',
    ],
  },
  // A small child or a pet wetting the bed is not the writer's bladder.
  {
    id: 'childWetting',
    masks: ['bladderLoss', 'bladderLeakCES', 'bladderLeakCtx', 'unfelt'],
    patterns: [
      'toddler|baby|kid|kids|child|children|puppy|dog|cat wet|wets|wetting|peed|pees|weed the|his|her? bed|bed|nappy|floor',
    ],
  },
  // "nearly wet myself laughing": an idiom, not a lost bladder.
  {
    id: 'laughWet',
    masks: ['bladderLoss', 'bladderLeakCES', 'bladderLeakCtx', 'unfelt'],
    patterns: [
      'nearly|almost|practically wet|peed|pissed myself|themselves|herself|himself',
      'nearly|almost|practically wet|peed|pissed my? pants|knickers|daks|undies|trousers|kecks',
      'wet|peed|pissed myself laughing',
    ],
  },
  // Legs shaking on the stairs after leg day is tired muscles, not a fever's shivering.
  {
    id: 'shakyLegs',
    masks: ['fever', 'feverShiver', 'shiverWord'],
    patterns: ['legs|knees|them|thighs shaking|shaky|trembling|wobbling'],
  },
  // Something that began with the back pain: "started the same day as the back", "ever since I
  // did my back".
  {
    id: 'startedWithBack',
    patterns: [
      'started|began|start|begin|came|come on? the? same day|time|week as|with the|my? back|pain|sciatica',
      'since|after my|the back went|gave|started|began|pain|injury|went',
      'ever since i|he|she hurt|did|put|injured my|his|her? back',
    ],
  },
  // A little leak on sneezing or laughing, for years (stress incontinence), is no new bladder sign.
  {
    id: 'stressLeak',
    masks: ['bladderLoss', 'bladderLeakCES', 'bladderLeakCtx', 'coughSneeze'],
    gap: 4,
    patterns: [
      'leak|leaked|leaking|leaks|wee|pee|dribble a? bit|little? when|if|as|on i|the? sneeze|cough|laugh|jump|run|sneezing|coughing|laughing|trampoline|skipping',
    ],
  },
  // "tight chest and shoulders from hunching over a laptop": posture, not the heart.
  {
    id: 'postureStrain',
    patterns: [
      'from|after|with hunching|hunched|slouching|slouched|leaning|bent over a|my|the? laptop|desk|computer|screen|phone|keyboard',
    ],
  },
  // "sore after chest day", "tight chest muscles after bench press": a workout, not chest pain.
  {
    id: 'chestWorkout',
    masks: ['chest'],
    patterns: ['chest day|workout|fly|flies|exercises|stretch|stretches|stretching', 'chest muscle|muscles'],
  },
  // "her chest feels tight and sore from all the flyes": a chest worked at the gym.
  {
    id: 'chestFromWorkout',
    masks: ['chest'],
    gap: 6,
    patterns: [
      'chest from|after all? the|my|her|his? bench|flyes|flies|fly|pushups|press|presses|dips|workout|gym',
      // "tight chest and shoulders from all the stretching in yoga".
      'chest and? shoulders|arms|back? from|after all? the|my? stretching|stretches|yoga|pilates|pushups|workout|gym',
      'bench press|presses|pressing class|session|programme|program|workout',
    ],
  },
  // "climbing five flights when the lift broke": stairs, not a plane.
  {
    id: 'stairFlights',
    masks: ['flight'],
    patterns: [
      'two|three|four|five|six|seven|eight|nine|ten|few|several|#num flights',
      'flight|flights of stairs|steps',
      'climb|climbing|climbed|up|ran|walked|walking|running flights',
    ],
  },
  // A crunch or crack felt in the back at an everyday movement (with fragile bones: §2 minor trauma).
  {
    id: 'everydayCrunch',
    gap: 4,
    patterns: [
      'felt|heard a? crunch|crack|snap|pop in|from my|his|her? back|spine',
      'there was a? crunch|crack|snap|pop in|from my|his|her? back|spine',
      // "a sudden sharp pain in my mid back doing rows, like something cracked".
      'like something|summat cracked|snapped|broke|popped',
      'as if something|summat cracked|snapped|broke|popped',
    ],
  },
  // "worse overnight": how fast it changed, not pain that wakes at night.
  { id: 'worseOvernight', masks: ['nightPain'], patterns: ['worse|better|bad|stiffer|stiff overnight'] },
  // "jelly legs after leg day", "legs like jelly after the squats": tired muscles, not a nerve sign.
  {
    id: 'legDay',
    patterns: [
      'leg day|workout|session',
      // (One word per slot: "leg press" as an alternative had made every pattern end in "press".)
      'after|efter|from the? squats|squat|lunges|deadlifts',
      'leg press',
      // "did squats and deadlifts for the first time in ages, 2 days later…".
      'did|doing|done squats|lunges|deadlifts',
      'sets|reps|rounds of squats|lunges|deadlifts|squatting|lunging',
      'spin|spinning class|classes|session',
      // "ran my first marathon yesterday… both legs feel weak": an endurance event's tired legs.
      'ran|run|did|done|finished|completed a|my|the|first? marathon|ultra|triathlon|ironman|half',
      'marathon|ultra|triathlon|ironman',
      // "after my first 10k", "hiking up Snowdon yesterday… same as after any big walk".
      '10k|5k|parkrun|halfmarathon',
      'hike|hiking|hiked|trek|trekking|hillwalking',
      'big|long walk|hike|ride',
      // "first exercise class, squats and bridges… is this DOMS".
      'squats|lunges|deadlifts|burpees and|then|plus? bridges|planks|crunches|situps',
      'doms',
      // "first aqua aerobics class at 76… legs like jelly afterwards".
      'aerobics|aquafit|zumba|bootcamp|hiit|bodypump',
      // "first ever horse riding lesson yesterday… thighs ache getting into the car".
      'riding lesson|lessons',
      'horse riding',
    ],
  },
  // "sent chills down my spine" is a thriller, not a fever.
  {
    id: 'spineChills',
    masks: ['fever', 'feverShiver'],
    patterns: ['chills|shivers|shiver down|up my|the? spine|back'],
  },
  // §6.1 R look-alikes, read the same way in the page analysis as by the matcher: "gave me chills"
  // (a film), "roast at a high temperature", "the laptop runs at a high temperature", "shivering
  // on the touchline in the sleet", "passed out 500 leaflets", "the saddle area on my mare".
  {
    id: 'chillsIdiom',
    masks: ['fever', 'feverShiver'],
    patterns: ['gave|gives|give|giving|sends|sent|send me|us|you? the? chills|shivers|creeps'],
  },
  {
    id: 'thingTemperature',
    masks: ['fever', 'feverShiver'],
    patterns: [
      // Weather: "temperatures will hit 33°C tomorrow" (the plural as written).
      '=temperatures',
      'at|to a high|higher|low|lower? temperature|temperatures|temp',
      'cook|cooking|roast|oven temperature|temperatures|temp',
      'laptop|cpu|gpu|processor|battery|engine|oven|motor|phone|fridge|freezer|room|water|pool|bath runs|running|ran|is|was|temperature|temperatures|temp',
      'forecast|heatwave|weather|outside|outdoor|air|sea temperature|temperatures|temp',
    ],
  },
  {
    id: 'weatherShiver',
    masks: ['fever', 'feverShiver'],
    gap: 3,
    patterns: [
      'shivering|shivered|shivery|shivers|shaking|freezing on|in|at the? touchline|sidelines|sleet|snow|rain|wind|cold|platform|queue',
    ],
  },
  {
    id: 'handedOut',
    masks: ['faint'],
    patterns: [
      'passed|passing|handed|handing out #num|over|leaflets|flyers|sweets|papers|cards|drinks|food',
      // "Passed out the new jerseys at training".
      'passed|passing|handed|handing out the|new|our? jerseys|kit|kits|shirts|tops|medals|certificates|awards|prizes|bibs|tickets|snacks|oranges|programmes',
    ],
  },
  {
    id: 'horseSaddle',
    masks: ['saddleTerm', 'saddleArea'],
    gap: 3,
    patterns: [
      'saddle area|region|sore|sores|rub|rubs|rubbed on|of my|the|her|his|our? horse|mare|pony|gelding|stallion|cob|donkey',
      'horse|horses|mare|pony|gelding|stallion|cob|donkey saddle|saddles',
    ],
  },
  // "last night" is a time, not night pain.
  {
    id: 'lastNight',
    masks: ['nightPain'],
    patterns: ['last|tomorrow|one|that|friday|saturday|sunday night'],
  },
  // "he lifted nothing": no lifting cause.
  {
    id: 'liftedNothing',
    masks: ['lifting'],
    patterns: ['lifted|lifting|carried|carrying|lift|moved nothing'],
  },
  {
    // Light-headed on standing up too quickly: a head rush, not a collapse sign.
    id: 'posturalDizzy',
    masks: ['dizzy'],
    gap: 5,
    patterns: [
      'dizzy|lightheaded|headed|woozy|headrush|giddy when|after|on|if stand|standing|stood|get|getting|got|sit|sitting up? too? quick|quickly|fast',
    ],
  },
  {
    // Legs heavy or like jelly after a run or the gym are tired, not weak.
    id: 'tiredLegs',
    masks: ['weakness'],
    gap: 3,
    patterns: [
      'heavy|tired|jelly|wobbly|weak after|from a? long? run|running|race|marathon|gym|workout|hike|hiking|squats|ride|training|session|spin',
    ],
  },
  // "normal colour again after a couple of pints", "back to pale by lunch": dark urine that cleared.
  {
    id: 'urineCleared',
    // "went pale again once I drank": the urine's colour, not a pale face.
    masks: ['clammy'],
    patterns: [
      // (Two patterns: "straw colour" as one alternative was read as three slots, so "pale again"
      // never matched.)
      'normal|pale|clear|light|lighter again|now',
      'normal|pale|clear|light|lighter|straw colour|color|coloured|colored again|now',
      'back to pale|clear|straw',
      'back to normal colour|color',
    ],
  },
  {
    // Dark pee from drinking too little; "drunk much water" is no drinking.
    id: 'dehydrationLookalike',
    masks: ['darkUrine', 'lowOutput', 'intoxicated', 'alcohol'],
    gap: 3,
    patterns: [
      'drunk|drink|drank|drinking much|enough|any|more water|fluids|fluid',
      'dark|darker|concentrated because|as|cos|coz|from|since dehydrated|dehydration|not|water',
      // "forgot my water bottle … back to pale after a couple of pints of water".
      'forgot|forgotten|left|without my|a|the? water|drinks bottle|bottle',
      'pints|glasses|litres|liters|bottles|jugs of water|squash',
    ],
  },
  {
    // Pee that is pale again is no pale skin (a sign of collapse).
    id: 'paleUrine',
    masks: ['clammy', 'collapseSign'],
    patterns: [
      'back to pale|clear|normal|light',
      'pale|clear|light pee|urine|wee|yellow|straw',
      // "Wee is a normal pale colour".
      'pee|urine|wee is|was|looks a? normal? pale|clear|light',
    ],
  },
  {
    // Shivering after a cold swim or an ice bath is the cold, not a fever.
    id: 'coldWaterShiver',
    masks: ['fever', 'feverShiver'],
    gap: 6,
    patterns: [
      'shivering|shivered|shivery|shivers|shaking|chattering after|from getting|got|coming out',
      'shivering|shivered|shivery|shivers|shaking|chattering after|from a? cold|sea|winter|wild|open|ice swim|dip|plunge|bath|water',
    ],
  },
  {
    // A fever told as over: "had a fever last week with the flu".
    id: 'feverGone',
    masks: ['fever', 'feverShiver'],
    patterns: ['had a? fever|temperature|temp last week|month|year|weekend'],
  },
  // Word by word ("fever has gone", "temp's come down"), so "kidney pain fever lips gone blue" keeps
  // its fever.
  {
    id: 'feverGone',
    masks: ['fever', 'feverShiver'],
    gap: 0,
    patterns: [
      'fever|temperature|temp has|have|is|had|finally? gone|went|cleared|settled|passed|broke|broken|over',
      'fever|temperature|temp has|is? come|came|gone|went down',
    ],
  },
  {
    // A faint with an everyday trigger (the sight of blood, a needle, the heat) is no collapse sign.
    id: 'faintLookalike',
    masks: ['faint'],
    patterns: [
      'faint|fainted|fainting|fainty|pass|passed|passing|black|blacked out? at|by|from|during|after|in the? sight|heat|sun|needle|needles|injection|jab|jabs|vaccine|vaccination|jabbed',
      'faint|fainted|fainting|pass|passed|passing out? at|during|after|having a|my? blood test|tests|draw|taken',
    ],
  },
  {
    // FACTS.md §6.1: a tight chest with stretching in the same sentence is a stretched muscle.
    id: 'stretchTightChest',
    masks: ['chest', 'tightWord', 'chestFeel'],
    gap: 8,
    patterns: [
      'stretch|stretches|stretching|stretched|yoga|pilates chest feel|feels|felt|is|was|gets|tight|tightness|tighter|stiff',
      'chest tight|tightness|feels|felt|is|was stretch|stretches|stretching|stretched|yoga|pilates',
    ],
  },
  {
    id: 'weightQualifier',
    positive: true,
    patterns: [
      'without trying|dieting|meaning|wanting|reason|explanation|changing',
      'not trying|dieting',
      // Jamaican English: "she nah try fi lose it".
      'nah|not|never try|tried fi|to lose it|weight',
      'unexplained|unintentional|unintended|unplanned|involuntary|unexpected',
      'for no|without any? reason',
      'not know why',
      'nobody|noone knows|know why',
      'no one knows|know why',
      'not changed',
      'not been? trying|tried|dieting',
      // "eating his full meals, no dieting", Scots "I've no been tryin".
      'no dieting|diet',
      'no been trying|=tryin',
      'eating full|all|normal meals',
      'eats|eating like a horse',
      'eats|eating normally|well|plenty|loads',
      'eats|eating the same|more',
      // "even though I'm eating exactly as I always have".
      'eats|eating|eaten exactly|just? as|like i|she|he|they? always|normal|usual|before',
      'eating|eaten normally|normal',
      'eating|eaten as normal|usual|always',
      // "I'm eating exactly what I've always eaten".
      'eats|eating|eaten exactly|just? what i|she|he|they? have|has? always|normally|usually',
      // "even though he eats as much as ever".
      'eats|eating|eat as much|well as ever|before|always|usual',
      // "w/o even trying" (typed "w/o").
      'w o even? trying',
    ],
  },
  {
    id: 'diet',
    patterns: [
      'diet|dieting|calorie|calories|slimming|keto|fasting|gym|programme|program|plan|goal|goals|purpose|intentionally',
    ],
  },
  {
    id: 'period',
    patterns: [
      // (cyclicPain below: "every period", "each month" — pain that comes with the cycle.)
      'my|on|during|a|the|heavy|heavier|painful|irregular|missed|late|bad|worse|before|after|around|with|every|each|usual|normal|monthly period|periods',
      'period|periods pain|pains|cramps|cramp|are|is|start|started|come|came|due|backache|ache|aches',
      // "usual period back ache".
      'period|periods back ache|pain',
      'menstrual|menstruation|menses',
      'time of the month',
      'monthly cycle',
    ],
  },
  {
    id: 'cyclicPain',
    patterns: [
      'every|each single? period|periods|month|cycle',
      'time of the month',
      'when my period comes|starts',
      // "pain that gets really bad around my periods, has done for a few years".
      'around|before|during my|her periods',
    ],
  },
  {
    id: 'heavyBleeding',
    patterns: [
      'heavy bleeding|period|periods|flow',
      'flooding|soaking|clots',
      'bleeding heavily',
      'bleeding a? lot|loads|lots|heavily',
      // "34 wks, backache, bleeding heavy now".
      'bleeding|blood heavy|heavier',
      'lots|lot of blood',
      'lots|lot|loads of bleeding',
      // "now much blood is coming", "so much blood coming out".
      'much|lots|loads blood is|was? coming|comes|came|pouring',
      // "a lot of bleeding, more than period".
      'more|heavier than a|my|normal? period|periods',
      'soaked|soaking|soaks through a? pad|pads|towel',
      // "bleeding enough to soak a pad".
      'enough to soak|fill a? pad|pads|towel',
      'blood running|pouring|streaming down my|her|the? =legs|leg|thighs|thigh',
      'bright red blood',
      'soaked|soaking|covered in blood',
      '=spotting',
    ],
  },
  {
    id: 'vaginalBleeding',
    patterns: [
      'vaginal bleeding|blood',
      'bleeding|=spotting|bleed',
      'waters|fluid leak|leaking',
      'brown discharge',
      // "bright red blood, quite a lot, already soaked through a pad".
      'bright|fresh red blood',
      'blood on|in my|the? pad|pads|knickers|pants|underwear',
      'soaked|soaking|bled|bleeding through a|my|the? pad|pads',
      // "stood up and there's blood running down my legs".
      'blood running|pouring|trickling|streaming down my|her|the? =legs|leg|thighs|thigh',
    ],
  },
  { id: 'discharge', patterns: ['discharge'] },
  {
    id: 'painfulSex',
    patterns: [
      '$PAIN during|after|with sex|intercourse',
      'painful sex|intercourse',
      'sex|intercourse $PAIN',
      // "pain deep in her pelvis and back after sex".
      '$PAIN in|deep|low pelvis|tummy|belly|back after|during sex|intercourse',
    ],
  },
  {
    id: 'sti',
    patterns: [
      'sti|stis|chlamydia|gonorrhea|std|stds',
      'sexually transmitted',
      // The risk told instead of the infection (§1 pelvic-inflammatory-disease).
      'unprotected sex',
      'new sexual? partner',
      'condom broke|split|came off',
    ],
  },
  {
    id: 'missedPeriod',
    patterns: ['missed|late|no period', 'period late|missed', 'miss|missed my|mi|her|a period'],
  },
  // "her period is about two weeks late".
  { id: 'missedPeriod', patterns: ['period late|overdue'], gap: 5 },
  {
    id: 'oneSideWord',
    patterns: ['one sided', 'one side', 'left|right side', 'on the left|right', 'left|right'],
  },
  // "my bump", "the bump": a pregnant belly (bellyPain with 'pregnant'); "a bump on my spine" is a lump.
  { id: 'pregBump', patterns: ['my|her|the|baby =bump'] },
  {
    id: 'contractions',
    patterns: [
      'contractions|tightenings|tightening',
      // "it grips, builds and lets go again every ten minutes".
      'every #num|two|three|four|five|six|seven|eight|ten|few|couple minutes|mins|min',
      'come|comes and go|goes in? waves?',
      'bump|belly|tummy going|goes|gets|getting|went hard|tight',
    ],
  },
  {
    id: 'swellingFace',
    patterns: [
      'swollen|swelling|puffy face|hands|feet|ankles',
      'face|hands|feet swelling|swollen|puffy|puffed',
    ],
  },
  { id: 'bloodPressure', patterns: ['blood pressure|bp', 'hypertension|hypertensive', 'high bp'] },
  {
    id: 'heartCondition',
    patterns: [
      'heart attack|surgery|failure|condition|disease|problem|problems|bypass|stent',
      'angina|cardiac|coronary|arrhythmia',
    ],
  },
  {
    id: 'bloodThinner',
    patterns: [
      'warfarin|apixaban|rivaroxaban|dabigatran|edoxaban|heparin|clopidogrel|anticoagulant|anticoagulants|doac|doacs|xarelto|eliquis|coumadin|aspirin',
      'blood thinner|thinners|thinning',
      'thin blood',
    ],
  },
  {
    id: 'bleedingDisorder',
    patterns: [
      'bleeding disorder|problem',
      'hemophilia|thrombocytopenia',
      'von willebrand',
      'low platelets',
      'bruise easily',
    ],
  },
  {
    id: 'clot',
    patterns: ['clot|clots|thrombosis|dvt|thrombus|thrombophlebitis|embolism|embolus', 'blood clot'],
  },
  { id: 'varicose', patterns: ['varicose', 'poor circulation', 'spider|bulging veins'] },
  { id: 'diabetes', patterns: ['diabetes|diabetic', 'fragile|thin|delicate skin'] },
  {
    id: 'implant',
    patterns: [
      'pacemaker|defibrillator|icd|stimulator|implant|implanted|libre',
      'insulin pump',
      'glucose sensor|monitor',
    ],
  },
  { id: 'vaccine', patterns: ['vaccine|vaccination|vaccinated|jab|booster|immunization'] },
  {
    id: 'wound',
    patterns: [
      'wound|graze|=burn|=burns|sunburn|sunburnt|tattoo|waxed|waxing|scab|stitches',
      'open skin',
      'fresh|new ink',
    ],
  },
  {
    id: 'skinInfection',
    patterns: [
      'cellulitis|impetigo|ringworm|scabies|fungal|=boil|=boils',
      'skin infection',
      'infected skin',
      'contagious rash',
    ],
  },
  {
    id: 'fracture',
    patterns: ['fracture|fractured|fractures', 'broken|broke bone|bones', 'crack|cracked bone|vertebra|rib'],
  },
  { id: 'sprain', patterns: ['sprain|sprained|strain|strained|pulled|torn|tear muscle|ligament|hamstring'] },
  {
    id: 'inflammationFlare',
    patterns: ['flare|flaring|inflamed|inflammation|flareup', 'arthritis flare', 'rheumatoid|gout'],
  },
  { id: 'nerveDamage', patterns: ['nerve damage', 'damaged nerves', 'neuropathy'] },
  { id: 'lymphedema', patterns: ['lymphedema|lymphoedema', 'swollen arm|limb after cancer'] },
  {
    id: 'allergy',
    patterns: [
      'allergy|allergic|allergies',
      'nut|nuts|fragrance|scent|perfume|oil allergy',
      'sensitive skin',
    ],
  },
  {
    id: 'abuse',
    patterns: ['abuse|abused|assault|assaulted|ptsd', 'trauma history', 'history of trauma|abuse'],
  },
  { id: 'vessels', patterns: ['vasculitis', 'fragile|damaged|weak blood vessels|veins|arteries'] },
  { id: 'aneurysmTerm', patterns: ['aneurysm|aneurism|aaa', 'triple a', 'aortic aneurysm|dissection'] },
  { id: 'neckFront', patterns: ['front|side of my? neck', 'carotid|throat', 'stroke|tia', 'mini stroke'] },
  { id: 'strokeHistory', patterns: ['had a? stroke|tia', 'history of stroke'] },
  // ---- myths and questions (§5) --------------------------------------------------------------
  {
    id: 'removeVerb',
    patterns: [
      'remove|removing|dissolve|dissolving|shrink|shrinking|cure|cures|destroy|melt|eliminate',
      'break up',
      'get rid',
    ],
  },
  { id: 'tumourWord', patterns: ['tumor|tumors|lump|lumps|cancer|growth|growths|cyst|cysts'] },
  {
    id: 'saltDeposit',
    patterns: [
      'salt|salts deposit|deposits',
      'calcium deposit|deposits',
      'bone spur|spurs',
      'osteophyte|osteophytes',
      'salt',
    ],
  },
  {
    id: 'toxins',
    patterns: [
      'toxin|toxins|toxic|detox|detoxify|detoxing',
      'lactic acid',
      'flush|flushes|flushing|release|releases out? toxins|lactic|waste',
    ],
  },
  {
    id: 'rejuvenate',
    patterns: [
      'rejuvenate|rejuvenation|regenerate|regeneration|youthful|antiaging|wrinkles|glow',
      'anti aging',
    ],
  },
  {
    id: 'curePain',
    patterns: [
      'cure|cures|eliminate|eliminates|fix|fixes|remove|removes|heal|heals $PAIN|back',
      'get rid of my? back? $PAIN',
      'permanent|permanently cure|fix|relief',
    ],
  },
  {
    id: 'restoreJoints',
    patterns: [
      'restore|restores|restoring|repair|repairs|rebuild|regrow joint|joints|tendon|tendons|ligament|ligaments|cartilage',
    ],
  },
  {
    id: 'nervousMetabolism',
    patterns: [
      'metabolism|metabolic|hormone|hormones|normalize|normalise',
      'nervous system',
      'muscle balance',
    ],
  },
  { id: 'circulation', patterns: ['circulation|lymphatic|lymph|drainage|oxygen', 'blood flow'] },
  {
    id: 'coldCause',
    patterns: [
      'cold|chill|draft|weather|wind|rain|temperature cause|causes|give|gives|gave',
      'because|from of? the? cold|draft|weather|chill',
    ],
  },
  {
    id: 'organs',
    patterns: [
      'internal|inner organ|organs',
      'damage|damages|harm|affect|affects|press|presses organ|organs',
    ],
  },
  {
    id: 'permanent',
    patterns: [
      'permanent|permanently|forever|lifelong',
      'for life',
      'never go away|heal|end',
      'never get better',
      'last|stay forever',
      // "the pain stays with you for good", "it never really goes".
      'stays|stay|stick|sticks|be with you|me? for good',
      'never really? goes|leaves|stops',
    ],
  },
  {
    id: 'relaxedNormal',
    patterns: ['relaxed|relax|relaxing muscles|muscle', 'muscles were|are tense|tight before'],
  },
  { id: 'treatVerb', patterns: ['cure|cures|treat|treats|heal|heals|help|helps|fix|fixes|clear|clears'] },
  {
    id: 'diseaseToTreat',
    patterns: [
      'kidney infection|stone|stones',
      'pyelonephritis|prostatitis|pancreatitis|cholecystitis|pneumonia|pid|gallstones|gallbladder|infection',
      'chest infection',
    ],
  },
  // Named-condition terms (user may simply type the name).
  {
    id: 'kidneyTerm',
    patterns: [
      'kidney|kidneys|renal|pyelonephritis|nephritis',
      'water|urine infection',
      'uti|utis|cystitis',
      'bladder infection',
    ],
  },
  {
    id: 'kidneyInfectionTerm',
    patterns: [
      'kidney|renal infection',
      'pyelonephritis',
      'upper urinary tract infection',
      'water|urine infection',
    ],
  },
  {
    id: 'stoneTerm',
    patterns: [
      'kidney|renal|ureteric|urinary stone|stones|colic|calculi',
      'passing a? stone',
      // "stone pain again", "my stone's moving": someone who has had one.
      'stone pain|pains|attack|attacks',
      'my stone',
      'nephrolithiasis|urolithiasis',
      'stone|stones in my? kidney',
      // "CT last week showed a stone and they said wait for it to pass".
      'showed|shows|found|spotted|revealed a|the|two|small? stone|stones',
      'stone|stones to pass',
      // "Had stones before, this is the worst ever": stones someone has had and passes.
      'had|have|get|getting|got|pass|passed stones before|again',
      // "a vague ache in my side when I've got stones".
      'when i have|get|got|getting stones',
      'my stones|stone',
      // "stone pain again", "another stone attack": the person's known stones.
      'stone|stones pain|attack|attacks|agony|colic again|back|flaring',
    ],
  },
  { id: 'prostateTerm', patterns: ['prostate|prostatitis', 'pelvic pain syndrome'] },
  { id: 'endoTerm', patterns: ['endometriosis|adenomyosis|endo'] },
  {
    id: 'periodTerm',
    patterns: ['period pain|cramps', 'menstrual cramps|pain', 'dysmenorrhea', 'painful periods'],
  },
  { id: 'pidTerm', patterns: ['pelvic inflammatory disease', 'pid', 'pelvic infection'] },
  { id: 'ectopicTerm', patterns: ['ectopic|tubal pregnancy', 'ectopic'] },
  {
    id: 'gallTerm',
    patterns: ['gallbladder|gallstone|gallstones|cholecystitis|biliary', 'gall bladder|stones'],
  },
  { id: 'pancreasTerm', patterns: ['pancreatitis|pancreas'] },
  { id: 'pneumoniaTerm', patterns: ['pneumonia|pleurisy|pleuritic', 'chest|lung infection'] },
  {
    id: 'spinalInfectionTerm',
    patterns: ['discitis|spondylodiscitis|osteomyelitis', 'spinal|spine|epidural abscess|infection'],
  },
  {
    id: 'msccTerm',
    patterns: [
      'spinal|spine|bone metastases|metastasis|mets|tumor|tumour|cancer',
      'metastatic spinal cord compression',
      'mscc',
      'cancer spread to|into my? spine|bones|bone',
      'cancer in my|the? spine|bones|bone',
      'secondary bone cancer',
    ],
  },
  {
    id: 'cordCompressionTerm',
    patterns: [
      'spinal cord compression',
      'cord compression',
      'compressed spinal cord',
      // "a disc is compressing my spinal cord", "pressing on the cord".
      'compressing|compression|compresses|pressing|squashing|squashes on? my|the|his|her spinal? cord',
    ],
  },
  {
    id: 'aaaTerm',
    patterns: [
      'abdominal aortic aneurysm',
      'aortic aneurysm',
      'aaa',
      'triple a',
      'aneurysm|aneurism',
      // (A pulsing felt in the tummy is `bellyPulse`: a sign to get checked, not a known AAA.)
      'swelling|bulge on|in the? big|main artery',
      // "the swelling in my tummy artery they scan yearly".
      'swelling|bulge|bulging|balloon|ballooning on|in my|the $BELLY artery',
      '$BELLY artery',
      // "a 4.8 cm bulge in the aorta", "my aorta is widened".
      'swelling|bulge|bulging|widening|ballooning on|in|of the|my? aorta',
      'aorta is|was? swollen|widened|enlarged|bulging',
      'artery in my|the? tummy|stomach|belly|abdomen',
    ],
  },
  // "a torn aorta", "tear in the aorta": the name, not a tearing feeling (masks 'tearing').
  {
    id: 'dissectionTerm',
    masks: ['tearing'],
    patterns: [
      'aortic dissection',
      'dissection',
      'torn|tear|tears|split|ruptured aorta',
      'tear|split in the|my|his|her? aorta',
    ],
  },
  {
    id: 'dvtTerm',
    patterns: ['dvt', 'deep vein thrombosis', 'blood clot in|on my? leg|calf', 'clot in my? leg|calf'],
  },
  { id: 'peTerm', patterns: ['pulmonary embolism|embolus', 'pe', 'clot on|in my? lung|lungs'] },
  {
    id: 'stenosisTerm',
    patterns: ['stenosis', 'narrowing of the spinal canal', 'neurogenic claudication', 'narrow spinal canal'],
  },
  { id: 'shinglesTerm', patterns: ['shingles|zoster'] },
  {
    id: 'bandRash',
    patterns: [
      'band|stripe|strip|belt|line of rash|blisters|spots|bumps',
      // "a blotchy band of spots just on that side".
      'spots|blisters|bumps|rash just|only on one|that|the|my left|right side',
      'rash|blisters on one side',
      'painful rash',
      // "a red rash with tiny water spots in a stripe".
      'rash|spots|blisters in a stripe|strip|band|line|belt',
      'water|watery|fluid spots|blisters|bubbles',
    ],
  },
  {
    id: 'strainTerm',
    patterns: [
      'pulled|strained|torn|tweaked|sprained muscle|muscles|back',
      'muscle strain|sprain|pull|spasm|spasms|knot|knots',
      'back strain|sprain',
      'lumbar strain',
      'knots in my? back|shoulders',
    ],
  },
  { id: 'myositisTerm', patterns: ['myositis|polymyositis|dermatomyositis|myalgia'] },
  { id: 'rhabdoTerm', patterns: ['rhabdomyolysis|rhabdo'] },
  // A dark colour told near the pee: "my urine colour like teh-O, very dark brown" (below).
  { id: 'darkColour', patterns: ['dark|deep brown|black|red', 'like teh|tea|coffee|cola|coke|guinness'] },
  {
    id: 'muscleWeakAche',
    patterns: [
      'weak|weakness|aching|ache|sore|painful|pain muscles|muscle',
      'muscle|muscles weak|weakness|ache|aching|pain|sore|agony|killing|screaming',
      'sore|aching|achy and weak',
      // Aches across the big muscles of the shoulders, arms, hips and back together (banks P109,
      // P111, P112, P116, P117, P120): "shoulders, upper arms and upper back ache", "thighs,
      // shoulders and back just ache", "muscles in my back and shoulders achy and tender".
      'shoulders|shoulder arms|thighs|hips|neck and? back ache|aches|aching|achy|sore|weak',
      'thighs|hips|arms shoulders|shoulder and? back ache|aches|aching|achy|sore|weak',
      'muscles in|of my? back|neck and shoulders|thighs|arms|hips achy|aching|ache|sore|weak|tender',
      'weak all over|everywhere',
      'whole body|everything aches|ache|aching|hurts|sore',
    ],
  },
  // "back and legs aching all over and I'm burning up": the aches of a fever, not the legs' nerves.
  {
    id: 'achingAllOver',
    patterns: [
      'aching|aches|ache|achy|hurting|hurts|sore all over|everywhere',
      // Legs and arms or shoulders aching together: "his back, thighs and shoulders ache".
      'thighs|legs|calves and shoulders|arms|neck ache|aching|achy|hurt|hurting|sore',
      'shoulders|arms|neck and thighs|legs|calves ache|aching|achy|hurt|hurting|sore',
    ],
  },
  {
    id: 'fractureTerm',
    patterns: [
      'vertebral|spinal|spine|compression|crush|wedge|osteoporotic|fragility fracture',
      'fractured|broken|collapsed|cracked spine|vertebra|back',
      'broke|broken|breaking my|his|her|their back|spine|neck',
      'dowager|widow hump',
      'hunched back',
      'kyphosis',
    ],
  },
  {
    id: 'injuryTerm',
    patterns: [
      'spinal|spine|back injury|injuries',
      'spinal cord injury',
      'injured my? spine|back',
      'broke|broken|breaking my|his|her|their back|spine|neck',
    ],
  },
  {
    id: 'heightLoss',
    patterns: ['losing|lost|lose|loss of? height', 'shrinking|shrunk|shorter|stooped|stooping|stoop'],
  },
  { id: 'upperBackTerm', patterns: ['upper back pain|ache', 'mid back pain', 'middle back pain'] },
  {
    id: 'manipulationTerm',
    patterns: [
      'chiropractor|chiropractic|chiro|osteopath|osteopathy',
      'spinal manipulation|adjustment',
      'crack|cracked my? back|neck',
    ],
  },
  {
    id: 'therapistTerm',
    patterns: [
      'masseuse|masseur|rmt|lmt|bodyworker',
      'massage therapist|parlour|parlor|salon',
      // A therapist asking about a client: "client turned up for his session…".
      'client|clients turned|came|comes|arrived|booked|has|had|is|for|got|gets|felt|feels|said|says|tell|tells|told|often|usually',
    ],
  },
  { id: 'injuredInflamedVertebra', patterns: ['injured|inflamed vertebra|vertebrae'] },
  { id: 'gynaeTerm', patterns: ['gynecological|gynaecological|womens|female problem|problems|disease'] },
  { id: 'postMassageTerm', patterns: ['post massage soreness|pain', 'massage soreness'] },
  {
    id: 'massageInjuryTerm',
    patterns: ['massage injury|injuries', 'injured during|by massage', 'massage made it|things worse'],
  },
  {
    id: 'acuteMassageQ',
    patterns: [
      'can|could|should|may|shall i|we? have|get|book|do|try|receive a? massage|massages',
      'go for a? massage',
      'is|are massage|massages safe|ok|okay|allowed|advisable|recommended|good|bad|dangerous|risky',
      'safe|ok|okay|allowed to have|get a? massage',
    ],
  },
  {
    id: 'mythQ',
    patterns: [
      'does|do|can|will|would massage help|cure|remove|flush|fix|treat|heal|break|dissolve|release|get|restore|improve|detox|eliminate',
    ],
  },
  // Asking for someone's coursework, not about oneself: "asking for my nursing assignment, i'm fine".
  {
    id: 'studyAsk',
    patterns: [
      'for my|our|a|the nursing|physio|first|course|class|uni|school|college? homework|assignment|assignments|essay|coursework|dissertation|exam|exams|revision|module|project',
      'for my|our|a|the first aid course|class|training|exam|test|assessment',
    ],
  },
  { id: 'selfFine', patterns: ['i am fine|okay|ok|well', 'not for|about me|myself'] },
  // "achy after one", "the next day": soreness told as following the massage asked about.
  {
    id: 'nextDayWord',
    patterns: ['next|following day|morning', 'day after', 'after one|it|that', 'afterwards|afterward'],
  },
];

export const COMPOUND: CompoundFeature[] = [
  { id: 'pain', all: ['painGesture', 'cantSay'] },
  // Very breathless is breathless (the entries that ask for breathlessness read it too).
  { id: 'breathless', all: ['veryBreathless'] },
  // "Can't keep even water down" is vomiting told by its effect.
  { id: 'nausea', all: ['vomitNoFluids'] },
  // A leaking wound or injection site is a problem at the site (§2 rf-recent-spinal-procedure).
  { id: 'siteProblem', all: ['woundLeak'] },
  // Shivering is a fever's unless the cold explains it (read by many compounds below).
  { id: 'fever', all: ['feverShiver'], none: ['coldWeather'] },
  // "in bed two days, hot, and just now he went stiff and jerking": a fit in someone feeling hot is
  // a fever's fit (FACTS.md §2 rf-fever emergency signs).
  { id: 'fever', all: ['hotWord', 'seizure'], window: 20, none: ['heatExposure'] },
  // First: later compounds (bladderLeakCES, sexualCES…) read these.
  { id: 'sensLoss', all: ['noFeeling'] },
  // "bursting to pee, won't come".
  { id: 'retention', all: ['urgeToPee', 'wontCome'], window: 6 },
  // "going to the toilet every half hour but can't get anything out".
  { id: 'retention', all: ['frequency', 'wontCome'], window: 12 },
  // An implanted device and a massage in one message ask whether the massage is safe ("she has a
  // spinal cord stimulator… can the massage damage the machine?").
  { id: 'acuteMassageQ', all: ['implant', 'massage'] },
  // A change within one day, told by the clock (first: later compounds read fastOnset).
  { id: 'fastOnset', all: ['clockTime', 'byNow'], window: 30 },
  // "woke up with my foot flopping, by lunchtime I couldn't lift my toes": within one day.
  { id: 'fastOnset', all: ['wokeWith', 'byNow'], window: 30 },
  { id: 'fastOnset', all: ['lastHour'] },
  { id: 'nightPain', all: ['inBed', 'pain'], window: 5 },
  { id: 'bladderLoss', all: ['unfelt', 'peeWord'], window: 10 },
  { id: 'bowelLoss', all: ['unfelt', 'pooWord'], window: 10 },
  // "this afternoon I had an accident and honestly didn't feel it happening at all".
  { id: 'bladderLoss', all: ['toiletAccident', 'unfelt'], window: 10 },
  // "the cushion was soaked through and he genuinely hadn't noticed".
  { id: 'bladderLoss', all: ['toiletAccident', 'didntNotice'], window: 10 },
  // "Sat on the loo for twenty minutes and NOTHING. bladder feels filled to the brim".
  { id: 'retention', all: ['bladderFull', 'nothingCame', 'peeWord'], window: 24 },
  { id: 'footDrop', all: ['liftFrontOfIt', 'leg'] },
  // "two little accidents with my wee today, never happened before… it just came out with no warning".
  { id: 'bladderLoss', all: ['toiletAccident', 'peeWord', 'unfelt'], window: 24 },
  { id: 'bladderLoss', all: ['lostUrge'], none: ['pooWord'] },
  { id: 'bowelLoss', all: ['lostUrge', 'pooWord'], window: 10 },
  // "We have had to change her three times. She says she didn't feel herself go."
  { id: 'bladderLoss', all: ['carerChange', 'unfelt'] },
  { id: 'bladderLoss', all: ['carerChange', 'didntNotice'] },
  { id: 'bowelLoss', all: ['paperCheck'] },
  // "no sensation at all when I open my bowels".
  { id: 'bowelLoss', all: ['sensLoss', 'pooWord'], window: 8 },
  { id: 'sexualLoss', all: ['sexWord', 'sensLoss'], window: 10 },
  // Hormone injections "every three months for his prostate": prostate cancer treatment.
  { id: 'cancerTreatment', all: ['hormoneTreatment', 'prostateTerm'], window: 10 },
  { id: 'sexualLoss', all: ['sexWord', 'unfelt'], window: 10 },
  { id: 'sexualLoss', all: ['cantFinish', 'partnerSubject'], window: 14, none: ['finishedThing'] },
  { id: 'retention', all: ['bellyPress', 'peeWord'], window: 8 },
  // "my lower tummy is bulging and hard but I don't get the feeling I need to go".
  { id: 'retention', all: ['hardBelly', 'unfelt'], window: 12 },
  // "a red, hot, puffy area on his back": the words apart, between commas.
  { id: 'skinRedHot', all: ['redWord', 'hotWord'], window: 4 },
  { id: 'skinRedHot', all: ['redWord', 'swelling'], window: 3 },
  // "my left leg is all puffy": one leg swollen.
  { id: 'swollenLeg', all: ['oneLegWord', 'swelling'], window: 5 },
  // "right calf swollen, warm and red": the red, hot skin is the leg's (FACTS.md §1 dvt).
  { id: 'redHotLeg', all: ['swollenLeg', 'skinRedHot'], window: 8 },
  { id: 'redHotLeg', all: ['calf', 'skinRedHot'], window: 8 },
  { id: 'retention', all: ['triedPee', 'nothingCame'], window: 5 },
  { id: 'retention', all: ['triedPee', 'butCant'], window: 8 },
  // "trying to pee for hours and it just won't come".
  { id: 'retention', all: ['triedPee', 'wontCome'], window: 10 },
  // (Not a slow start that has crept on for years: FACTS.md §1 cauda-equina-syndrome sends a
  // long-standing slow stream to a routine GP appointment.)
  { id: 'retention', all: ['cantGetGoing', 'peeWord'], window: 8, none: ['longStanding'] },
  { id: 'backPainNear', all: ['back', 'pain'], window: 4 },
  { id: 'upperBackPain', all: ['upperBack', 'pain'], window: 4 },
  { id: 'bladePain', all: ['betweenBlades', 'pain'], window: 5 },
  { id: 'neckPain', all: ['neck', 'pain'], window: 4 },
  // Sore where it was worked on or trained, and only when pressed: "chest tender where the
  // therapist worked on my pecs, only hurts when I press on it" (the chest wall, not the heart).
  {
    id: 'chestWall',
    all: ['chest', 'pressTender'],
    anyOf: ['exerciseCause', 'massage', 'therapistTerm', 'lifting', 'handsOn'],
  },
  { id: 'chestPainNear', all: ['chest', 'pain'], window: 3, none: ['chestWall', 'postureStrain'] },
  // "…a crushing feeling across his chest and it's going into his left arm".
  { id: 'armJawSpread', all: ['goesToArm', 'chest'], window: 14 },
  // A heavy, squeezing chest and the left arm in one story: "…a weight in the middle of his chest,
  // keeps rubbing his left arm", "…squeezing across my chest and down my left arm".
  { id: 'armJawSpread', all: ['chestFeel', 'leftArmWord'], window: 24 },
  { id: 'armJawSpread', all: ['jawSpread', 'back'], window: 14 },
  // A text in fragments: "my chest feels like someone's sitting on it. left arm heavy."
  { id: 'armJawSpread', all: ['chestFeel', 'leftArmWord', 'armNumb'] },
  { id: 'armJawSpread', all: ['jawSpread', 'backWord'], window: 14 },
  // Back pain going down the left arm (§2 rf-chest-pain: pain spreading to the arm).
  { id: 'armJawSpread', all: ['goesToArm', 'leftArmWord', 'back'], window: 10 },
  // "Back hurts and left arm aches, heartburn?": the back and the left arm together, with what
  // people take for indigestion or a sick, clammy or breathless feeling (§2 rf-chest-pain).
  {
    id: 'armJawSpread',
    all: ['leftArmWord', 'arm', 'back', 'pain'],
    anyOf: ['indigestionWord', 'nausea', 'clammy', 'breathless'],
  },
  // "backache spreading into my left arm, jaw".
  { id: 'armJawSpread', all: ['goesToArm', 'leftArmWord', 'backWord'], window: 10 },
  { id: 'armJawSpread', all: ['goesToArm', 'jaw', 'backWord'], window: 10 },
  { id: 'armJawSpread', all: ['goesToArm', 'jaw', 'back'], window: 10 },
  {
    id: 'chestTight',
    all: ['chest', 'tightWord'],
    window: 2,
    none: ['chestWorkout', 'chestWall', 'postureStrain'],
  },
  { id: 'bellyPain', all: ['belly', 'pain'], window: 4 },
  { id: 'severe', all: ['tenOutOfTen', 'pain'], window: 6 },
  // "29 weeks… my bump is hurting constantly": in pregnancy the bump is the belly.
  { id: 'bellyPain', all: ['pregnant', 'pregBump', 'pain'], window: 6 },
  { id: 'bellyPain', all: ['bellyacheWord'] },
  // "stomach through back vomiting": the belly told as going through to the back is its pain.
  { id: 'bellyPain', all: ['belly', 'toBack'], window: 4 },
  // Back pain that "goes right through to his belly".
  { id: 'bellyPain', all: ['throughToBelly', 'back', 'pain'] },
  { id: 'upperBellyPain', all: ['upperBelly', 'pain'], window: 5 },
  { id: 'throughToBack', all: ['upperBellyPain', 'toBack'], window: 8 },
  { id: 'bellyToBack', all: ['bellyPain', 'toBack'], window: 8 },
  // A longer telling after a binge or with vomiting: "the pain started in the upper tummy after a
  // heavy weekend on the drink and it's boring right into his back. Been sick twice".
  { id: 'bellyToBack', all: ['upperBellyPain', 'toBack'], anyOf: ['alcohol', 'nausea'], window: 18 },
  { id: 'rightRibPain', all: ['rightRibs', 'pain'], window: 5 },
  // "under her right ribs, goes through to her back": a spread told is a pain.
  { id: 'rightRibPain', all: ['rightRibs', 'toBack'], window: 10 },
  { id: 'flankPain', all: ['flank', 'pain'], window: 5 },
  { id: 'calfPain', all: ['calf', 'pain'], window: 4 },
  { id: 'groinRadiation', all: ['toGroin', 'pain'], window: 6 },
  { id: 'pelvicPain', all: ['pelvic', 'pain'], window: 4 },
  { id: 'oneSideBelly', all: ['oneSideWord', 'bellyPain'], window: 5 },
  // "pain low on the right" with a late period (only the ectopic entry reads oneSideBelly).
  { id: 'oneSideBelly', all: ['lowOneSide', 'missedPeriod'] },
  // "6 weeks gone, pain low down on the right".
  { id: 'oneSideBelly', all: ['lowOneSide', 'pregnant'] },
  // "pain on one side of her lower stomach": the side names where in the belly the pain is.
  { id: 'oneSideBelly', all: ['pain', 'oneSideWord', 'belly'], window: 8 },
  { id: 'shoulderTipPain', all: ['shoulderTip', 'pain'], window: 4 },
  { id: 'bladeRibPain', all: ['rightRibPain', 'shoulderBlade'], window: 8 },
  { id: 'tailbonePain', all: ['tailbone'] },
  // §1 spinal-infection: a fever in someone who injects drugs or whose immunity is low is the
  // infection's own picture, whatever else the story adds (weak legs then escalate it).
  { id: 'infectionAtRisk', all: ['fever', 'ivdu'] },
  { id: 'infectionAtRisk', all: ['fever', 'immuno'] },
  // §1 pulmonary-embolism: breathlessness or coughing blood after a long flight, an operation or
  // with a swollen, sore calf is the clot's own story, whatever part of the back hurts.
  {
    id: 'clotStory',
    all: ['breathless'],
    anyOf: ['flight', 'surgery', 'swollenLeg', 'calfPain'],
    none: ['transient'],
  },
  {
    id: 'clotStory',
    all: ['coughBlood'],
    anyOf: ['flight', 'surgery', 'swollenLeg', 'calfPain'],
    none: ['transient'],
  },
  // Saddle numbness: altered feeling + the saddle area, close together (§2 rf-saddle-numbness).
  { id: 'saddleNumb', all: ['sensLoss', 'saddleArea'], window: 6, none: ['transient'] },
  { id: 'saddleNumb', all: ['numbLikeness', 'saddleArea'], window: 14 },
  { id: 'saddleNumb', all: ['numbCovering', 'saddleArea'], window: 14 },
  { id: 'saddleNumb', all: ['saddleLikeness'] },
  { id: 'saddleNumb', all: ['wipeUnfelt'] },
  // A carer's touch not felt: "washing her down below… today she didn't notice the cold cloth at
  // all, pressed around her bottom and she didn't react".
  { id: 'saddleNumb', all: ['carerTouch', 'saddleArea', 'touchUnfelt'], window: 24 },
  // Numb there for days: "this time I've been numb round my groin and bum for 2 days since the
  // ride" (FACTS.md §1 cauda-equina-syndrome, bike note: numbness that lasts once off the bike).
  { id: 'saddleNumb', all: ['sensLoss', 'saddleArea', 'daysLater'], window: 10 },
  // "Normally it goes within 10 minutes… it still hasn't gone": the usual wearing-off did not happen.
  { id: 'saddleNumb', all: ['sensLoss', 'saddleArea', 'notGone'], window: 30 },
  // "I usually go a bit numb down below but it wears off… This time it's still numb two days later".
  { id: 'saddleNumb', all: ['sensLoss', 'saddleArea', 'notGone', 'daysLater'] },
  { id: 'legSens', all: ['sensLoss', 'leg'], window: 6 },
  // Before the leg-weakness compounds, whose `none` reads it (compounds are built in order).
  { id: 'muscleWeakAche', all: ['weakness', 'pain'], anyOf: ['exerciseCause', 'deepTissue'] },
  { id: 'muscleAcheNoCause', all: ['muscleWeakAche', 'noCause'] },
  { id: 'afterMassageWord', all: ['sessionWord'], anyOf: ['therapistTerm', 'deepTissue', 'massage'] },
  // "Halfway through the neck part of my shiatsu I got a sudden headache": during the massage.
  { id: 'afterMassageWord', all: ['midwayThrough', 'massage'], window: 8 },
  // "LMT here… I did some firm work on her mid back this morning".
  { id: 'afterMassageWord', all: ['handsOn', 'therapistTerm'] },
  // The whole message is a study question, told as not the writer's own (page bank Q8): the page
  // paints no red flag for it (context-analysis.ts). The lookup still answers with the card asked about.
  { id: 'notAboutMe', all: ['studyAsk', 'selfFine'] },
  // "Does massage flush out toxins? Felt achy after one": the myth asked about after a sore massage
  // (FACTS.md §5 M8, §4.1).
  { id: 'afterMassageWord', all: ['mythQ', 'massage', 'pain', 'nextDayWord'] },
  // FACTS.md §4.2: sudden breathlessness or chest pain after a massage is a possible clot in the lung.
  {
    id: 'clotStory',
    all: ['breathless', 'afterMassageWord'],
    anyOf: ['sudden', 'breathPain', 'chestPainNear'],
    none: ['transient'],
  },
  // Pain between the testicles and the back passage (the perineum): §1 prostatitis.
  { id: 'perinealPain', all: ['groin', 'saddleArea', 'pain'], window: 6 },
  // An ache between the testicles and the back passage, on and off for months, with a stop-start
  // stream: §1 prostatitis (GP), not new retention.
  { id: 'chronicProstate', all: ['perinealPain', 'longStanding'] },
  // Pain on ejaculating, on and off for months: the same grumbling prostate (§1 prostatitis).
  { id: 'chronicProstate', all: ['painfulEjac', 'longStanding'] },
  // A slow or stop-start stream for months, nothing sudden or worse: not the new change of §2.
  {
    id: 'hesitancyOld',
    all: ['newHesitancy', 'longStanding'],
    none: ['fastOnset', 'sudden', 'gettingWorse'],
  },
  { id: 'retention', all: ['newHesitancy'], none: ['chronicProstate', 'hesitancyOld', 'canStillPee'] },
  // Legs that "go heavy" on walking and recover on sitting, for a year, are the stenosis pattern.
  // Both legs: "both legs", "my legs", "both feet" with a nerve symptom or leg pain (§2).
  // §2 rf-bilateral-leg note: long-standing both-leg symptoms that come with walking or standing
  // and ease with sitting or bending forward are spinal stenosis, not this flag.
  { id: 'stenosisPattern', all: ['longStanding', 'walkStand'] },
  { id: 'stenosisPattern', all: ['longStanding', 'sitRelief'] },
  // The claudication pattern itself: comes on walking or standing, eased by sitting; not new.
  { id: 'stenosisPattern', all: ['walkStand', 'sitRelief'], none: ['fastOnset', 'sudden'] },
  // §2 note: the stenosis pattern explains both-leg symptoms only while nothing has changed: not
  // when they are new today, sudden, at rest or getting worse ("numb and weak even sitting still").
  {
    id: 'stenosisStable',
    all: ['stenosisPattern'],
    none: ['fastOnset', 'sudden', 'restPain', 'gettingWorse'],
  },
  // A known, long-standing loss in both legs (paralysed since an accident twenty years ago) is no
  // new both-leg sign, as the stable stenosis pattern is not (FACTS.md §2: new symptoms).
  {
    id: 'stenosisStable',
    all: ['knownParalysis'],
    anyOf: ['longStanding', 'usualForMe'],
    none: ['fastOnset', 'sudden', 'gettingWorse'],
  },
  {
    id: 'legWeak',
    all: ['weakness', 'leg'],
    window: 6,
    none: ['stenosisStable', 'muscleAcheNoCause', 'legDay', 'transient'],
  },
  // "my feet have been numb for years (the diabetes clinic checks them)": both-leg numbness that is
  // old and unchanged is not the §2 flag's new numbness; sudden, worse or now at rest, it is.
  {
    id: 'legSensKnown',
    all: ['sensLoss', 'legsPlural', 'longStanding'],
    window: 6,
    none: ['fastOnset', 'sudden', 'gettingWorse', 'restPain'],
  },
  // Both feet numb from sitting cross-legged, gone in a minute: a look-alike.
  {
    id: 'bilateralSens',
    all: ['sensLoss', 'legsPlural'],
    window: 6,
    none: ['stenosisStable', 'transient', 'legSensKnown'],
  },
  // Getting worse, sudden or not gone off ("both legs went numb… still hasn't gone off after two
  // hours"): not the numbness that passes in a minute, whatever else is said of it.
  {
    id: 'bilateralSens',
    all: ['sensLoss', 'legsPlural'],
    anyOf: ['gettingWorse', 'sudden', 'notGone'],
    window: 6,
    none: ['stenosisStable', 'legSensKnown'],
  },
  // Numb in both legs "even lying down", "all the time": not the position that brings it on, so a
  // "fine when I sit" told of the old walking pattern does not explain it away.
  { id: 'bilateralSens', all: ['sensLoss', 'legsPlural', 'restPain'], window: 8, none: ['stenosisStable'] },
  // Numb from a level down (both legs and all between), new: "from his belly button down feels numb".
  {
    id: 'bilateralSens',
    all: ['sensLoss', 'levelDown'],
    window: 8,
    none: ['stenosisStable', 'knownParalysis', 'longStanding'],
  },
  // Muscles that ache and feel weak all over with no cause are a muscle problem (§1
  // back-muscle-inflammation), not a nerve sign in the legs.
  {
    id: 'bilateralWeak',
    all: ['weakness', 'legsPlural'],
    window: 6,
    none: ['stenosisStable', 'muscleAcheNoCause', 'transient', 'legDay'],
  },
  // "can't stand on tiptoe on either foot": a foot that won't lift, on both sides.
  { id: 'bilateralWeak', all: ['footDrop', 'legsPlural'], window: 6, none: ['stenosisStable', 'transient'] },
  // A walk gone wrong in both legs: "keep missing the step and walking like I'm drunk, both legs,
  // started yesterday" (not the heavy legs of stenosis, nor the day after leg day).
  {
    id: 'bilateralWeak',
    all: ['gaitChange', 'legsPlural'],
    window: 8,
    none: ['stenosisStable', 'transient', 'muscleAcheNoCause', 'legDay', 'exerciseCause'],
  },
  // Weak in both legs at rest, whatever the usual walking pattern: "sat in his chair the whole time
  // and both legs have gone floppy".
  { id: 'bilateralWeak', all: ['weakness', 'legsPlural', 'restPain'], window: 10 },
  // Both legs aching the day after leg day or a deep massage is muscle soreness (§4.1), unless
  // numbness or weakness comes with it (those have their own compounds above).
  {
    id: 'bilateralPain',
    all: ['legSymptom', 'legsPlural'],
    window: 6,
    none: [
      'achingAllOver',
      'stenosisStable',
      'muscleAcheNoCause',
      'transient',
      'legDay',
      'afterMassageWord',
      'deepTissue',
      'exerciseCause',
      'handsOn',
    ],
  },
  // Both sides named: "only ever in my right leg … now the left one as well".
  { id: 'otherSide', all: ['leftSide', 'rightSide'] },
  // A fall onto the neck or back, then new numbness or tingling anywhere (§1 spinal-injury-trauma):
  // "landed badly off the trampoline onto his neck and back, now both his arms feel tingly".
  { id: 'fallNeuro', all: ['fall', 'sensLoss'], anyOf: ['neck', 'back', 'headKnock'], none: ['transient'] },
  { id: 'fallNeuro', all: ['tackle', 'sensLoss'], anyOf: ['neck', 'back'], none: ['transient'] },
  { id: 'fallNeuro', all: ['tackle', 'weakness'], anyOf: ['neck', 'back'], none: ['transient'] },
  // "accidents with his bowels without feeling them coming".
  { id: 'bowelLoss', all: ['toiletAccident', 'pooWord', 'unfelt'], window: 24 },
  // One leg, then the other: both (issue 8). "now it's in the other one too".
  { id: 'bilateralSciatica', all: ['otherSide', 'sciaticaTerm'], none: ['stenosisStable'] },
  { id: 'bilateralPain', all: ['otherSide', 'legSymptom'], none: ['stenosisStable', 'legDay'] },
  { id: 'bilateralSens', all: ['otherSide', 'sensLoss'], none: ['stenosisStable'] },
  { id: 'bilateralSciatica', all: ['sciaticaTerm', 'legsPlural'], window: 10 },
  // (Not puffy ankles: "now both ankles a little puffy and my back's stiff from the seat".)
  {
    id: 'bilateralSciatica',
    all: ['nowBoth', 'leg', 'pain'],
    // (Nor both thighs aching after a new spin class: "now both thighs and calves ache like mad".)
    none: ['stenosisStable', 'transient', 'swollenLeg', 'legDay'],
  },
  // "shooting pain down the back of BOTH legs right to my feet": a nerve's pain in both legs, not
  // the ache of worked muscles (so after a massage too).
  { id: 'bilateralSciatica', all: ['nervePainDown', 'legsPlural'], window: 10, none: ['stenosisStable'] },
  // §6.1 R meningitis co-terms: count only with fever, temperature, headache or rash in the query.
  // A stiff neck and a mild headache after a neck and shoulder massage are the massage (§4.1); with
  // a fever they count again.
  // A stiff neck after a night on the floor is the night; with a fever it counts again (below).
  {
    id: 'meningism',
    all: ['meningismTerm'],
    anyOf: ['fever', 'headache', 'rash'],
    none: ['neckMassage', 'sleptAwkward'],
  },
  { id: 'meningism', all: ['meningismTerm', 'fever'] },
  { id: 'severeHeadache', all: ['severe', 'headache'], window: 4 },
  { id: 'suddenHeadache', all: ['sudden', 'headache'], window: 4 },
  // §6.1 R weight loss: qualifier needed; a diet word removes it.
  { id: 'dietReal', all: ['diet'], none: ['dietNeg'] },
  { id: 'weightLossQ', all: ['weightLossWord', 'weightQualifier'], none: ['dietReal'] },
  // "losing weight without trying" said outright holds against a diet told elsewhere, often someone
  // else's ("My husband lost weight on a diet last year, but I've been losing weight without trying").
  { id: 'weightLossQ', all: ['weightLossWord', 'weightQualifier'], window: 2 },
  { id: 'weightLossPlain', all: ['weightLossWord'], none: ['dietReal', 'weightQualifier'] },
  // §6.1 R CES bladder [ctx] terms need back/leg/numb/saddle or a new onset.
  {
    id: 'bowelLeakCES',
    all: ['bowelLeakCtx'],
    none: ['laughing'],
    anyOf: [
      'back',
      'backWord',
      'leg',
      'sensLoss',
      'saddleArea',
      'sciaticaTerm',
      'sudden',
      'fastOnset',
      'sinceWord',
    ],
  },
  {
    id: 'bladderLeakCES',
    all: ['bladderLeakCtx'],
    none: ['laughing', 'usualForMe'],
    anyOf: ['back', 'backWord', 'leg', 'sensLoss', 'saddleArea', 'sciaticaTerm'],
  },
  // Told as new ("since Tuesday", "suddenly"), unless the same story says it has crept on for
  // years: "slow to start and dribbles, crept on over a few years, back fine" is a routine GP visit.
  {
    id: 'bladderLeakCES',
    all: ['bladderLeakCtx'],
    none: ['laughing', 'usualForMe', 'longStanding'],
    anyOf: ['sudden', 'fastOnset', 'sinceWord'],
  },
  // A leak on coughing or sneezing that began with the back pain ("pee pours out when I cough,
  // started the same day as the back") is new, not the years-old stress leak (FACTS §1 CES).
  {
    id: 'bladderLeakCES',
    all: ['stressLeak'],
    anyOf: ['startedWithBack', 'sudden'],
    none: ['laughing', 'usualForMe', 'longStanding'],
  },
  // "…which was never an issue before": new, whatever else in the story has lasted a month.
  {
    id: 'sexualCES',
    all: ['sexualLoss', 'neverBefore'],
    none: ['alcohol'],
    anyOf: ['back', 'backWord', 'leg', 'sciaticaTerm', 'discTerm', 'saddleArea', 'sensLoss'],
  },
  // §6.1 R: sexual change counts as a CES sign with back/leg/numb context or new onset.
  {
    id: 'sexualCES',
    all: ['sexualLoss'],
    // Erection trouble for years (blood-pressure tablets, say) is not the new change of §2; nor
    // is the night of a big session on the beer.
    none: ['longStanding', 'alcohol'],
    anyOf: [
      'back',
      'backWord',
      'leg',
      'sensLoss',
      'saddleArea',
      'sciaticaTerm',
      'discTerm',
      'lastNight',
      'sudden',
      'fastOnset',
      'sinceWord',
    ],
  },
  { id: 'bigBruise', all: ['big', 'bruise'], window: 4 },
  // A fall told with its height somewhere in the sentence: "fell through the hatch onto the
  // landing, must be 3 metres" (§2 rf-major-trauma: a fall from more than about a metre).
  { id: 'majorTrauma', all: ['fall', 'heightNum'], window: 14 },
  // A serious accident, then new numbness or tingling: "dived into the shallow end… both arms buzzing".
  { id: 'fallNeuro', all: ['majorTrauma', 'sensLoss'], anyOf: ['neck', 'back'], none: ['transient'] },
  { id: 'fragileFall', all: ['fall'], anyOf: ['elderly', 'fragileBones'] },
  { id: 'fragileFall', all: ['fragileBones', 'lifting'], none: ['majorTrauma'] },
  { id: 'fragileFall', all: ['fragileBones', 'coughSneeze'] },
  // Years of steroids, then "reached up for the kettle and felt a crunch in my back".
  { id: 'fragileFall', all: ['fragileBones', 'everydayCrunch'] },
  // "on steroids for years, sneezed hard and felt a sharp pain in my mid back".
  { id: 'fragileFall', all: ['fragileBones', 'sneezed'] },
  { id: 'asFall', all: ['fall', 'asDiagnosis'] },
  { id: 'asFall', all: ['fall', 'ankylosing'] },
  // FACTS.md §1: any fall, jolt or knock with ankylosing spondylitis ("banged his head on the cupboard").
  { id: 'asFall', all: ['headKnock'], anyOf: ['asDiagnosis', 'ankylosing'] },
  { id: 'asFall', all: ['jolt'], anyOf: ['asDiagnosis', 'ankylosing'] },
  // "came down on the edge of a step with my lower back": the fall landed on the back (FACTS.md §1
  // spinal-injury-trauma: pain that starts after an injury).
  { id: 'fallOnBack', all: ['fall', 'back'], window: 18 },
  { id: 'suddenSevere', all: ['sudden', 'severe'], window: 4 },
  // "felt a lump in my back … just a muscle knot that melted away": not a lump after all.
  { id: 'lumpBack', all: ['lump', 'back'], window: 6, none: ['knotLookalike'] },
  // "a soft bulge like half a boiled egg on the left side of my lower back".
  { id: 'lumpBack', all: ['lump', 'lowerBack'], window: 14, none: ['knotLookalike'] },
  // A lump told beside a back that has changed shape, sentences apart: "Mum's back looks
  // different… there's a bony bit sticking out halfway down".
  { id: 'lumpBack', all: ['lump', 'back', 'deformity'], none: ['knotLookalike', 'longStanding'] },
  // "Back muscles in agony after crossfit, so weak I can barely lift my arms".
  // Kidney pain is felt in the back: "first ever kidney pain at 67 and I feel faint".
  { id: 'backOrBellyPain', all: ['kidneyPain'] },
  // "pain in my left side and back": the loin.
  { id: 'backOrBellyPain', all: ['flankPain'] },
  // "the worst pain of my life in my lower back": pain and back in one story, however far apart.
  { id: 'backOrBellyPain', all: ['back', 'pain'] },
  { id: 'pressureInjury', all: ['hardPressure'], anyOf: ['notImproving', 'gettingWorse', 'bruise'] },
  // "…a swelling has come up over the sore bit" in a story about the back.
  { id: 'lumpBack', all: ['lump', 'overSoreSpot', 'back'], none: ['knotLookalike'] },
  { id: 'vaginalBleeding', all: ['watersBroke'] },
  { id: 'pregnantBleed', all: ['vaginalBleeding'], anyOf: ['pregnant', 'postpartum'] },
  { id: 'pregnantAny', all: ['pregnant'] },
  { id: 'legSwelling', all: ['swollenLeg'] },
  { id: 'darkUrine', all: ['peeWord', 'darkColour'], window: 6 },
  { id: 'muscleRhabdo', all: ['darkUrine', 'muscleWeakAche'], none: ['urineCleared'] },
  // "back muscles swollen rock hard, pee dark".
  { id: 'muscleRhabdo', all: ['darkUrine', 'swelling'], none: ['urineCleared'] },
  // §1 back-muscle-inflammation: passing very little urine with muscle pain or weakness (after a
  // hard massage or a workout, §4.2): "muscles swollen and weak and I've only peed once".
  {
    id: 'muscleRhabdo',
    all: ['lowOutput', 'weakness'],
    anyOf: ['swelling', 'deepTissue', 'exerciseCause', 'massage'],
  },
  { id: 'retention', all: ['lowOutput', 'urgeToPee'] },
  // "a prostate flare… straining every half hour and nothing at all has come out": straining with
  // nothing passed, told with the bladder or prostate, is retention (a bowel told alone is not).
  {
    id: 'retention',
    all: ['strainTry', 'nothingCame'],
    anyOf: ['prostateTerm', 'peeWord'],
    none: ['pooWord', 'constipWord'],
    window: 10,
  },
  // "stood straining over the toilet for 20 minutes and not a drop".
  { id: 'retention', all: ['notADrop', 'peeWord'], window: 12, none: ['alcohol'] },
  { id: 'bladderLoss', all: ['peeWord', 'finishUnfelt'], window: 14 },
  // Dark urine after an intense massage or hard exercise (§4.2 / rhabdomyolysis).
  {
    id: 'muscleRhabdo',
    all: ['darkUrine'],
    anyOf: ['deepTissue', 'massage', 'exerciseCause'],
    none: ['urineCleared'],
  },
  // Aching muscles and passing very little after hard exercise or a massage (§1 back-muscle-
  // inflammation, §4.2): the kidneys may be struggling, whatever the colour.
  {
    id: 'muscleRhabdo',
    all: ['lowOutput', 'muscleWeakAche'],
    anyOf: ['deepTissue', 'massage', 'exerciseCause'],
  },
  { id: 'muscleRhabdo', all: ['lowOutput', 'exerciseCause', 'pain'] },
  // Any-of helpers (several compounds may share an id: presence is the union).
  { id: 'backOrBellyPain', all: ['backPainNear'] },
  { id: 'backOrBellyPain', all: ['backWord'] },
  // "my lower back felt like it was being torn open".
  { id: 'backOrBellyPain', all: ['back', 'tearing'] },
  // "his back just 'went' while he was watching telly" (not "tweaked my back", a strain).
  { id: 'backOrBellyPain', all: ['backWent'], none: ['strainTerm', 'sprain', 'lifting'] },
  { id: 'backOrBellyPain', all: ['bellyPain'] },
  { id: 'collapseSign', all: ['faint'] },
  { id: 'collapseSign', all: ['dizzy'] },
  // A fever's sweats ("sweaty then shivery with a temp of 39") are no collapse.
  { id: 'collapseSign', all: ['clammy'], none: ['feverShiver'] },
  { id: 'collapseSign', all: ['racingHeart'] },
  { id: 'collapseSign', all: ['breathless'] },
  { id: 'aaRisk', all: ['elderly'] },
  { id: 'aaRisk', all: ['smoker'] },
  { id: 'aaRisk', all: ['bloodPressure'] },
  { id: 'aaRisk', all: ['aaaTerm'] },
  { id: 'aaRisk', all: ['bloodThinner'] },
  // Faint in a hot tub or a sauna and fine once cooled down: the heat, not a bleed (bank P5).
  { id: 'plainFaint', all: ['heatExposure', 'faint', 'transient'] },
  // Sweating after a sauna or a hot-stone massage is the heat, not a cold sweat.
  { id: 'heatSweat', all: ['heatExposure', 'clammy'] },
  // Soaked with sweat after a run or a class, and no other sign: the workout, not a cold sweat.
  {
    id: 'workoutSweat',
    all: ['sweatSoaked'],
    anyOf: ['exerciseCause', 'legDay'],
    none: ['faint', 'dizzy', 'breathless', 'racingHeart'],
  },
  // rf-sudden-abdo-back (§2): sudden/severe tummy or back pain with a collapse sign; or sudden
  // severe tummy-and-back pain with no lifting cause in someone at risk; or "burst aneurysm".
  {
    id: 'suddenAbdoBack',
    all: ['backOrBellyPain', 'collapseSign'],
    anyOf: ['sudden', 'severe'],
    none: ['plainFaint'],
  },
  { id: 'suddenAbdoBack', all: ['suddenSevere', 'bellyPain', 'back', 'aaRisk'], none: ['lifting'] },
  // "…really bad pain in his belly and his back at the same time, out of nowhere" at 74, a smoker.
  {
    id: 'suddenAbdoBack',
    all: ['sudden', 'severe', 'bellyPain', 'back', 'aaRisk'],
    none: ['lifting', 'fall'],
  },
  { id: 'suddenAbdoBack', all: ['burstAneurysm'] },
  // "Dad just collapsed holding his back, pale and clammy, 68 with high blood pressure".
  {
    id: 'suddenAbdoBack',
    all: ['faint', 'backOrBellyPain'],
    anyOf: ['aaRisk', 'clammy'],
    none: ['faintLookalike', 'plainFaint'],
  },
  // On blood thinners with severe back pain: bleeding (§2 note). A big bruise alone stays
  // urgent-same-day (§7 row 25).
  { id: 'suddenAbdoBack', all: ['bloodThinner', 'severe', 'backPainNear'], none: ['lifting', 'fall'] },
  { id: 'upperSite', all: ['upperBack'] },
  { id: 'upperSite', all: ['betweenBlades'] },
  { id: 'upperSite', all: ['shoulderBlade'] },
  // "ache between my shoulders that goes up into my jaw and down my left arm" (§2 rf-chest-pain).
  { id: 'armJawSpread', all: ['jawSpread', 'upperSite'], window: 14 },
  // The jaw itself tight or heavy beside an upper-back ache: "his upper back has been aching… and
  // now his jaw feels tight and heavy too" (FACTS.md §2 rf-sudden-upper-back, jaw pain).
  { id: 'armJawSpread', all: ['jawFeel', 'upperSite'], window: 24 },
  { id: 'armJawSpread', all: ['goesToArm', 'upperSite'], window: 14 },
  { id: 'upperSitePain', all: ['upperSite', 'pain'], window: 5 },
  // "an ache came on high up in my back between the shoulders".
  { id: 'upperSitePain', all: ['betweenBlades', 'pain'], window: 10 },
  { id: 'upperSitePain', all: ['jaw', 'pain'], window: 4 },
  // rf-sudden-upper-back (§2): tearing, or sudden severe upper-back pain without a movement cause;
  // or back, shoulder-blade or jaw pain with breathlessness, a cold sweat, light-headedness or
  // collapse; or such pain with feeling sick that movement did not bring on.
  // A tearing feeling mid-lift that is sore to touch and on moving: a pulled muscle.
  { id: 'mechanicalStrain', all: ['pressTender'], anyOf: ['exerciseCause', 'lifting'] },
  // "a tearing twinge doing pull-ups… fine when I rest": a muscle pulled in the effort.
  { id: 'mechanicalStrain', all: ['easedByRest'], anyOf: ['exerciseCause', 'lifting'] },
  // (Not a rip felt mid pull-up or on the last rep: a strained muscle, FACTS.md §2 "not brought on
  // by movement"; a run finished before the rip at rest still counts.)
  {
    id: 'suddenUpperBack',
    all: ['upperSite', 'tearing'],
    window: 6,
    none: ['mechanicalStrain', 'midRep'],
  },
  // The tearing told first, the place after: "out of nowhere something ripped straight through me.
  // Now there's pain between my shoulder blades".
  {
    id: 'suddenUpperBack',
    all: ['tearing', 'sudden', 'upperSitePain'],
    none: ['lifting', 'fall', 'exerciseCause'],
  },
  // "worst pain of my life between my shoulder blades, came on like a thunderclap".
  {
    id: 'suddenUpperBack',
    all: ['upperSitePain', 'sudden', 'severe'],
    none: ['lifting', 'fall', 'exerciseCause'],
    window: 12,
  },
  { id: 'suddenUpperBack', all: ['upperSite', 'suddenSevere'], none: ['lifting', 'fall', 'exerciseCause'] },
  // "sudden pain like being knifed right through to my back between the shoulder blades".
  {
    id: 'suddenUpperBack',
    all: ['sudden', 'upperSite', 'toBack'],
    none: ['lifting', 'fall', 'exerciseCause'],
  },
  { id: 'suddenUpperBack', all: ['upperSitePain', 'collapseSign'] },
  // "a knot under my shoulder blade… now it's in my jaw too, cold sweat, can't catch my breath"
  // (§2 rf-sudden-upper-back, second clause, told without the word pain).
  {
    id: 'suddenUpperBack',
    all: ['upperSite', 'jawSpread'],
    anyOf: ['clammy', 'breathless', 'veryBreathless'],
  },
  {
    id: 'suddenUpperBack',
    all: ['backPainNear', 'collapseSign'],
    none: [
      'lowerBack',
      'lifting',
      'afterMassageWord',
      'heatSweat',
      'workoutSweat',
      'plainFaint',
      'needleFaint',
    ],
  },
  { id: 'suddenUpperBack', all: ['upperSitePain', 'nausea'], none: ['lifting', 'rightRibs', 'upperBelly'] },
  // rf-thoracic (§2): shoulder-blade pain that is constant, not eased by rest, worse, or with feeling unwell.
  { id: 'thoracicFeature', all: ['upperSite', 'restPain'] },
  { id: 'thoracicFeature', all: ['upperSite', 'gettingWorse'] },
  { id: 'thoracicFeature', all: ['upperSite', 'unwell'] },
  { id: 'heartAttackPain', all: ['heartAttackTerm', 'pain'], none: ['massage'] },
  { id: 'pregOrPost', all: ['pregnant'] },
  // Waters breaking tells a pregnancy and is one of its warning signs (§2 rf-pregnancy).
  { id: 'pregOrPost', all: ['watersBroke'] },
  { id: 'pregOrPost', all: ['postpartum'] },
  // rf-pregnancy (§2): pregnant or recently given birth AND a listed warning feature.
  { id: 'contractions', all: ['pregOrPost', 'colicky'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'vaginalBleeding'] },
  // "31 weeks… been to the loo and there's loads of blood, it's soaked right through".
  { id: 'pregnancyWarning', all: ['pregOrPost', 'heavyBleeding'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'contractions'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'fever'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'dysuria'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'vision'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'upperBelly'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'nausea'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'swellingFace'] },
  { id: 'pregnancyWarning', all: ['pregnant', 'oneSideBelly'] },
  // "my bump is rock hard and hurts constantly" (§2 rf-pregnancy: constant tummy pain).
  { id: 'pregnancyWarning', all: ['pregnant', 'hardBelly'] },
  // "woke with wet pyjamas and never felt the urge" (§2 rf-bladder-change: wetting without knowing).
  { id: 'bladderLoss', all: ['wetClothes', 'unfelt'], window: 12 },
  { id: 'strainOrSprain', all: ['strainTerm'] },
  { id: 'strainOrSprain', all: ['sprain'] },
  { id: 'sprainSwollen', all: ['strainOrSprain', 'swelling'] },
  { id: 'sprainSwollen', all: ['strainOrSprain', 'bruise'] },
  { id: 'removeTumour', all: ['removeVerb', 'tumourWord'], window: 6 },
  { id: 'removeTumour', all: ['removeVerb', 'saltDeposit'], window: 6 },
  { id: 'treatDisease', all: ['treatVerb', 'diseaseToTreat'], anyOf: ['massage'] },
  // §4.2: numbness or weakness after a massage that lasts; a tingle from lying on an arm that
  // went within a minute is normal.
  { id: 'afterMassageNerve', all: ['afterMassageWord', 'sensLoss'], none: ['transient'] },
  { id: 'afterMassageNerve', all: ['afterMassageWord', 'weakness'] },
  { id: 'afterMassageNerve', all: ['afterMassageWord', 'armNumb'], none: ['transient'] },
  // §2 rf-recent-spinal-procedure: redness, swelling or discharge at the site counts without pain.
  {
    id: 'spinalProcedureCtx',
    all: ['procedure'],
    anyOf: ['pain', 'fever', 'sensLoss', 'weakness', 'leg', 'siteProblem', 'skinRedHot'],
  },
];

// Small helper features referenced by compounds.
LEXICAL.push(
  { id: 'dietNeg', patterns: ['without|not diet|dieting'] },
  {
    id: 'shiverWord',
    patterns: [
      'shivering|shiver|shivers|shaking|rigors|rigor|shivery|=chills',
      'teeth chattering|chatter|rattling',
    ],
  },
  {
    id: 'bandPain',
    patterns: [
      'band|belt|girdle like? pain|ache',
      '$PAIN round|around my? chest|tummy|stomach|body|ribs|waist|middle',
      'wrapping|wraps|wrapped|going|goes round|around my? ribs|chest|middle|waist|body|tummy',
      'like a? tight? strap|belt|band|corset',
    ],
  },
  {
    id: 'walkDifficulty',
    patterns: [
      'difficulty|trouble|struggling|struggle walking|walk',
      // "he's not steady walking to the bathroom".
      'not|unsteady steady walking|on his|her|my? feet',
      'cant walk properly|straight|normally',
      // "can't weight bear", "unable to weight-bear", "non weight bearing".
      'cant|unable|not|non weight bear|bearing',
      'walking|walks|walked like he|she|i|they is|was|am|are? drunk',
      // "walks like he's had a few drinks" (he's → he had).
      'like he|she|i|they|someone had|has|have a few|couple drinks|pints',
      'like he|she|i|they|someone had|has|have too many|much',
      'grab|grabbing|grabs|hold|holding|hang|hanging onto? the? furniture|walls|wall',
      'cant walk in a? straight line',
      'lurched|lurching|staggering|staggered|stumbling',
      // "keeps falling to one side", "we had to hold her up to get her in".
      'keeps|keep|kept falling|leaning|veering|toppling to|towards one|the side',
      'had to hold|carry|prop her|him|them up',
      // "he's shuffling and can hardly get to the bathroom".
      'shuffling|shuffles|shuffled|shuffle along|about|around|to|from|and',
      'he|she|i|they is|am|are|was|were|been|started|starting shuffling',
      'cant stand',
      'walking|walks|walked like had a? few pints|drinks|beers',
      'struggled|struggling|struggle|cant get up|climb the? stairs',
    ],
  },
  { id: 'smoker', patterns: ['smoke|smoker|smoking|smoked|cigarettes'] },
  { id: 'burstAneurysm', patterns: ['burst|ruptured|rupture|leaking aneurysm|aaa'] },
  { id: 'heartAttackTerm', patterns: ['heart attack', 'angina', 'cardiac arrest'] },
  { id: 'indigestionWord', patterns: ['heartburn|indigestion|reflux'] },
  // "the quote nearly gave me a heart attack": a fright, not chest pain.
  {
    id: 'heartAttackIdiom',
    idiom: true,
    masks: ['heartAttackTerm'],
    patterns: [
      'gave|give|giving|gives|given me|him|her|you|us|them|myself|yourself|himself|herself|themselves a? heart attack',
      'nearly|almost|practically had a heart attack',
      // "the triple bacon burger is a heart attack on a plate".
      'heart attack on a plate',
    ],
  },
  // "Had a heart attack 6 weeks ago, recovering well": a history (the heart-disease contraindication
  // still reads heartCondition), not chest pain now.
  {
    id: 'heartAttackPast',
    idiom: true,
    masks: ['heartAttackTerm'],
    patterns: [
      'had|suffered|survived a heart attack #num days|weeks|months|years ago',
      'had|suffered|survived a heart attack last week|month|year|summer|winter|spring|autumn',
      'recovering|recovered|recovery from|after a|my|his|her heart attack',
    ],
  },
  // "legs went to jelly when the physio told me the price": a fright, not weak legs.
  // "carried a big oak chest of drawers up the stairs": furniture, not the body's chest.
  // "a tearing pain in the back of my thigh": the back of a limb or the head, not the back.
  {
    id: 'backOfLimb',
    masks: ['back', 'backWord'],
    gap: 0,
    patterns: [
      'back of my|his|her|their|your|the thigh|thighs|knee|knees|calf|calves|hand|hands|head|arm|arms|heel|heels|ankle|ankles|throat|eye|eyes',
    ],
  },
  // "the scrum machine collapsed in training (nobody under it)": a thing fell down, not a person.
  // "my face looked droopy and creased from the face cradle after the massage": the table's headrest
  // marks, not a stroke's droop.
  {
    id: 'faceCradleMark',
    masks: ['fastSigns'],
    patterns: ['droopy|creased|puffy|swollen from|by the? face|head cradle|rest|hole|headrest'],
  },
  // "my back went like a snapped elastic band": a sudden strain told as a likeness, not a band of pain.
  {
    id: 'elasticSnap',
    masks: ['bandPain'],
    patterns: ['snapped|snapping|twanged elastic|rubber band'],
  },
  // "passed out on the couch after a double shift and woke up stiff": asleep, not a faint.
  {
    id: 'sleptOnCouch',
    masks: ['faint', 'collapseSign'],
    patterns: [
      'passed|crashed out on|in the|my|his|her|mates? couch|sofa|settee|armchair|bed after',
      'passed|crashed out on|in the|my|his|her|mates? couch|sofa|settee|armchair|bed and? woke|slept',
    ],
  },
  {
    id: 'objectCollapsed',
    masks: ['collapseSign', 'faint'],
    gap: 0,
    patterns: [
      'machine|shelf|shelves|bed|chair|deckchair|roof|table|ceiling|bridge|gazebo|trampoline collapsed|collapses|collapsing',
    ],
  },
  {
    id: 'chestFurniture',
    idiom: true,
    masks: ['chest'],
    patterns: ['chest of drawers', 'chest freezer', 'blanket|toy|tool|treasure|tea|storage|oak|pine chest'],
    gap: 0,
  },
  // "my son's passing-out parade on Friday": a military graduation, not a faint (bank Q60).
  {
    id: 'passingOutParade',
    idiom: true,
    masks: ['faint', 'collapseSign'],
    patterns: ['passing out parade|parades|ceremony'],
    gap: 0,
  },
  {
    id: 'jellyAtNews',
    idiom: true,
    masks: ['weakness'],
    patterns: ['jelly|wobbly when|at|after told|saw|heard|seeing|hearing|read|opened|price|bill|news|quote'],
  },
  // A trip or slip on the level that lands on the back is a fall, not a major accident ("tripped over
  // the dog and landed hard on my lower back"); a slip off a height is not read here.
  {
    id: 'groundLevelFall',
    masks: ['majorTrauma'],
    gap: 4,
    patterns: [
      'tripped|slipped|stumbled|tripping|slipping|trip|slip over|on|in landed|landing|fell|went hard|flat? on my|his|her? lower? back|bum|bottom|spine|backside',
    ],
  },
  // A knock to the head or neck: "banged head on cupboard", "whacked his neck on the beam".
  {
    id: 'headKnock',
    patterns: [
      'banged|bumped|knocked|whacked|smacked|cracked|hit my|his|her|their? head|neck|back on|against|into',
      // "stood up under the open cupboard door and whacked the top of his head".
      'banged|bumped|knocked|whacked|smacked|hit the top of my|his|her|their head',
      // A jolt: "the auto went over a speed breaker and he got a big jerk".
      'big|bad|sudden|hard|huge|nasty jerk|jolt|jar',
      'jolted|jerked|jarred',
      // "went over a big pothole in the van and he got thrown up off the seat".
      'thrown|bounced|jolted up? off the|his|her|my? seat',
      'thrown|bounced|jolted out of the|his|her|my? seat',
      // "came down on his head off the trampoline".
      'came|landed down? on his|her|my|their head',
    ],
  },
  // "Book online 24/7", "open 24/7": a service's hours, not a pain that never stops.
  {
    id: 'serviceHours',
    masks: ['restPain'],
    patterns: ['open|online|available|book|booking|call|phone|line|support|service|helpline 24 7'],
  },
  // "the pain goes through the roof when I sneeze": soars, no fall through a roof ("went" stays literal).
  {
    id: 'throughTheRoof',
    idiom: true,
    masks: ['majorTrauma'],
    patterns: ['go|goes|going|gone|shot|shoots|shooting through the roof'],
  },
  // Told as new: "which was never an issue before", "never had this happen before".
  {
    id: 'neverBefore',
    patterns: [
      'never an|a? issue|problem|trouble before',
      'never had|happened this|that|it? happen? before',
      // "since Tuesday I can't keep an erection at all, never had that problem".
      'never had|have that|this|any problem|issue|trouble',
      // "zero sensation…, which has never happened".
      'which|that has|had never happened',
      // "before it was fully ok", "until last week it was completely normal".
      'before|until it|that|everything was fully|completely|totally|always? ok|okay|fine|normal',
    ],
  },
  {
    id: 'knownParalysis',
    patterns: [
      'paralysed|paralyzed|paraplegic|tetraplegic|quadriplegic',
      'spinal cord injury|injuries',
      'wheelchair user|users',
    ],
  },
  // "Paid a lump sum for ten sessions": money, not a swelling.
  { id: 'lumpSum', idiom: true, masks: ['lump'], patterns: ['lump sum|sums'] },
  // "Nearly passed out from boredom during the lecture": a figure of speech, not a faint.
  {
    id: 'faintIdiom',
    idiom: true,
    masks: ['faint'],
    patterns: [
      'passed|pass|passing|fainted|faint|died out? from|of|with boredom|laughing|laughter|excitement|embarrassment',
    ],
  },
  // "broke my back working doubles all week": worked hard, no injury.
  {
    id: 'brokeBackWorking',
    idiom: true,
    masks: ['fractureTerm', 'injuryTerm'],
    patterns: [
      'broke|breaking|break my|his|her|our back working|grafting|slaving|doing|to|digging|shovelling|hauling|shifting|moving|carrying|gardening',
      // "nearly broke my back hauling the wardrobe upstairs": a strain told big.
      'nearly|almost broke|broken|break my|his|her|our back',
    ],
  },
  // A hope or a comparison, not a sign that passed: "he says he'll be fine after a bath", "getting
  // worse rather than wearing off".
  {
    id: 'notTransient',
    masks: ['transient'],
    patterns: [
      'will|would be fine|ok|okay|alright',
      'rather|instead than|of wearing|wear|easing|ease|settling|settle|going|passing',
    ],
  },
  // Bleeding a radiator or the brakes lets air out; it is no bleeding.
  {
    id: 'bleedingMachine',
    idiom: true,
    masks: ['vaginalBleeding', 'heavyBleeding'],
    patterns: ['bleed|bleeding|bled the|my|a radiator|radiators|rads|brakes|brake|heating|system|pipes'],
  },
  { id: 'armJawSpread', patterns: ['$PAIN $SPREAD? to|into|down my? left? arm|jaw|=arms|neck'] },
  {
    id: 'goesToArm',
    patterns: [
      'going|spreading|moving|moved|radiating|shooting|travelling|traveling|creeping|creeps|crept|working|edging into|down|to left? arm|jaw',
      // "the pain has moved into my back and down my left arm".
      'and down|into my|his|her left arm',
      'runs|running|ran|goes|went|spreads|spread|shoots|shot|travels down|into my|his|her|your? left arm|jaw',
      'into|in my? jaw|teeth|=jaw',
      'moves|move|moving|goes|going|spreads into my? teeth|jaw',
      'into my? left shoulder',
    ],
  },
  // "nearly wet myself laughing" ("nearly" as written: folded, it would be every "near").
  { id: 'laughing', patterns: ['laugh|laughing|laughed|laughter|fright|=nearly|almost|practically'] },
  {
    id: 'bowelLeakCtx',
    patterns: ['pooed|poo|poop|pooped|pooing myself|pants', 'bowel incontinence', 'fecal incontinence'],
  },
  { id: 'tightWord', patterns: ['tight|tightness|pressure|heavy|heaviness|crushing|squeezing'] },
  { id: 'sinceWord', patterns: ['since|started|new|recently|suddenly'] },
  {
    id: 'asDiagnosis',
    // Side by side only: "I have AS", never "I've been hot as a furnace".
    gap: 0,
    patterns: [
      'ankylosing',
      'spondylitis|spondyloarthritis|axspa',
      'fused|bamboo spine',
      'have|with|diagnosed|got =as',
      // "dad has AS": only the word in capitals ("she has as much pain" is no diagnosis); alone
      // too ("AS, bumped head, new neck pain"), in a text not written all in capitals (tokenize.ts).
      '^as',
      // Typed in lower case, the word after a possessive or "has had": "hubby has had as 30 yrs",
      // "me da has the as", "my husband's as has fused him" ("has as much pain" is hidden by
      // asComparison below).
      'has|had|having|the|my|his|her|husband|husbands|wife|wifes|dad|dads|mum|mums _as',
    ],
  },
  {
    // "has as much pain as", "had as a child", "the as yet": "as" as a comparison or conjunction.
    id: 'asComparison',
    gap: 0,
    masks: ['asDiagnosis'],
    patterns: [
      '_as much|many|well|long|soon|far|good|bad|if|though|usual|ever|always|before|expected|possible|normal|a|an|the|it|i|he|she|we|they|you|yet|of|to|for|when|part|far|per|such|little|big|high|hard|quick|fast|strong|easy|close|often|sure|agreed|planned',
    ],
  },
);

/** Common words kept in the vocabulary so that typo correction never rewrites them. */
export const COMMON_WORDS =
  'the a an and or but if of to in on at for with from by about after before during since until into onto over under again then than this that these those there here what when where which who why how all any both each few more most other some such only own same so too very can will just should now i me my mine myself we our you your he him his she her it its they them their is am are was were be been being have has had having do does did doing would could might must shall get got getting go going went come came make made take took feel feeling felt know think want need try trying tried keep keeps started start day days week weeks month months year years time today yesterday morning evening night tonight hour hours minutes ago last next first second third really quite little much many lot lots thing things something anything nothing everything someone people person also even still already always never sometimes often usually maybe please help what whats thanks thank hello hi okay ok yes yeah like well good better best bad worse worst new old young long short big small high low right left side top bottom front middle area part around through down up out off away back again while because though although however should would could really every normal usual house home work job school car walk walking sitting standing lying bed chair sofa floor stairs water food eat eating drink drinking sleep sleeping woke waking weekend holiday husband wife partner mother father child children son daughter friend doctor nurse hospital gp physio therapist pharmacy pharmacist appointment medicine medication tablets pills painkillers ibuprofen paracetamol naproxen codeine heat ice bath shower hot cold warm water exercise stretch stretches stretching yoga pilates running gym lifting moving bending twisting turning reaching other another since around behind between beside near far towards worried scared anxious wondering question serious dangerous normal safe painting paint decorating ceiling gardening hoovering cleaning shopping cooking driving playing holding carrying moved furniture garden kitchen sink office desk laptop phone ladder weekend fortnight month tuesday wednesday thursday friday saturday sunday monday stone pounds kilos mile miles minute second seconds moment bench couch table pillow mattress'.split(
    ' ',
  );

/**
 * Real English words one or two letters away from a word the lookup knows: kept as they are, so
 * typo correction never reads "fewer" as "fever", "towel" as "bowel", "sorry" as "lorry", "crying"
 * as "try" or "message" as "massage". Found by running the typo corrector over every word that
 * appears at least three times in 89 real web pages, and over everyday words (issue 8). The first
 * line guards suffix stripping, which reads pattern words and queries alike: "willy" is no "will"
 * (every "I will" was a saddle word), "nightly" no "night", "hardly" no "hard", "they" no "the",
 * "many" no "man", "every" no "ever".
 */
export const REAL_WORD_NEIGHBOURS = `
  worden browsers spondylosis spondylolisthesis spondylolysis alive strikes strives gnashing grinding grinning grids
  counting unfit unite united hints steadily triangle thrive register anvil clinical strider
  important importance poignant confidence constitution evacuation conversion conversions mourning
  wince wheezing pinching trembled tangle unstable parental scratching scraping crutch strike scream
  trust tough spill bought booth quiet certain spice dread danger denial charge charged charges
  march learn learning learns movie movies flood hobby launch launched heroes insect location
  locations scores stores stole snake thorough recession mediation meditation sweeping deference
  dined divine faster flame fleet globe grain grind gross hired hopes horde latter lawyer leaving
  loving master medal menus mistress monument mountain novice oversight prime prince prize protect
  prospect purse rapture reaction reactions regulation remaining repeated resolved route sales
  shade shaft shock shout showing shows slash slower sneak spell spend spite spoil stack stake
  steep stock stocks swept tasks taxes tenth thorn trail tuned winner wiser wished witch aware
  among alter arena bitter butter blame bonus bonds brave breed budge camps chain chips clamp
  coarse create creed crimes dairy daisy decade declared drown facts fails fancy fights flock
  folks forge forks forum fumes funds grade hoard hunting inspection invasion lodgings loner masks
  nasal prints rinse robbery sailing scaled sealed seams sewer shells ships shooter sprang stems
  stray suits swapping tempting tensions twigs usable wandering warring wiring baked beast beans
  betting binding blessing blending bowling brawn certain chapter chapters chats cheat clone
  coroner crawling cursed deleting delicious dividing dusty employed erased expanded expansion
  exported fairness farmed filed filing finance fluoride focusing fraction friction grieving
  haunting header headline healer heaped hitch holmes hurrying indicate injunction inserting
  invented invention investing inspecting laying limiting links location looping loops lounger
  magma marginal mentions nerds parked parks pausing perished petty piper planter pleading polled
  polling posed poses premises processed professor prompting proposing punished punishing quirk
  raging rallying reader reclining refining rendered reset resetting residing resisting resolves
  resolving restarting reviewed revolved revolves rouge ruins scowling seedling
  seeps senior sequence shaming shares shaved shoppers shrugged slime slits smarts smoother
  smuggling sniffing snipped soared soaring sourcing spamming spans splashing sprawling sprung
  stacking staffers stakes stalls staring stated stating stats stealing steering stemming stoker
  stranding striding striking stunning stupider sustains switched switches swoop swooped
  tales thinker trials tricking trifling trimming trinkets tutors unreadable wafers waive waived
  wares watchers wearer weaver weaves wielder
  blunders rebelled reseated slirry slotted slowed slows parodies thatcher flaws portly hailing share raiding
  willy nightly hardly they many every sleepy easy grand messaged messaging socks sock toes notes news fits fitting lets curled
  cancel cancels curling
  related relating relate write writes writing executed sweet whine haste
  boxes boxed boxing
  swear swears swore sworn swearing consultant consultants
  feeding feeds needing heeding leading reading seeding weeding weeds scorching bunged cheers
  exertion exertions exert exerted section sections
  acting adder ahead alike along angle apart archived arise arrow aside balls based bases beach
  believe believed bills blank blots bother bottled bound bowl bowls brain brand branding
  breeding brick bring bringing broad browsing brush brushing bunch cable cache calling calls
  camping carved cases chart checking chose claiming claps class clean clock close coalition
  coast coats codes coding comic conclusion consumed costs cover craft creating cried cruise
  crying daring dating deals dedicated depth dinner direction dressed drone elevation enter
  execution facility failing fears feather featured features featuring fellow fetching fewer
  fielding fight fighter fighting files fires flash flesh folder formal foster found freak french
  gains gases gather gears generals ginger gotten grace grass great halls heard hiding hiring
  hover humor hunted impacted impatience informed inherent inserted intention invested issue
  joins kettle kinds knight lands layer least leather letter letting lever listed lives living
  loans loved lover mains match means meets mental message messages module mouse newer novel
  order owing pages parenting parsing paste patent pause paused paying peace petition pipes
  pirates plain plate point pointing points polls ports poster pound power pride print printing
  processes processing prone proof quote rally rating reach religion reliving render replaced
  replacing retrieve retrieved returning revolving sacred sadly saint saving scared scope score
  screaming season seeds seeks selection selling sells sending serve serves setting settings
  seven sever shame shared sharing sheep shell shipped shipping shirt shops shots shutting silly
  skill skills slaughter slide slider slots smart sorry sorts sound sounds south space spells
  spending spends spent spoke spoon stable staff stared stick store storing stressed string
  strings stuck studying stuff stuffing stunt suite sunny supports surge sustained swift swimming
  swings swords taught teach teaching threat threats tiles token tools topic towel towels tower
  track tracking train trick using voice wages waiting watch watching wherever whose width wired
  wires woods world worry youth
`
  .trim()
  .split(/\s+/);

/** Words that say nothing about which entry is meant. */
export const GENERIC_WORDS = [
  'pain',
  'painful',
  'ache',
  'aching',
  'sore',
  'back',
  'massage',
  'condition',
  'problem',
  'problems',
  'symptom',
  'symptoms',
  'acute',
  'chronic',
  'low',
  'lower',
  'upper',
  'syndrome',
  'disease',
  'recent',
  'new',
  'known',
  'or',
  'incl',
  'including',
  'myth',
  'e',
  'g',
  'eg',
  'etc',
  'not',
  'no',
  'with',
  'without',
];

// Issue 8: more parts of a story, told in lay words.
LEXICAL.push(
  // Flu or COVID by name (not "a cold"): the flu note of FACTS.md §2 rf-fever.
  { id: 'fluWord', patterns: ['flu|influenza|covid'] },
  // "fell off the trampoline onto the crash mat, totally soft landing".
  {
    id: 'softLanding',
    masks: ['majorTrauma'],
    patterns: [
      'onto|into|on the|a crash|foam|gym|landing mat|mats|pit|mattress',
      // The fall's last word too, so the look-alike covers it: "off the trampoline onto the crash mat".
      'trampoline|bunk|bed|sofa|wall|beam|bars|horse|pony onto|into the|a crash|foam|gym|landing|air mat|mats|pit|mattress',
      'soft landing',
    ],
  },
  // "my back feels like I was kicked by a horse": a simile for the pain, not a blow.
  {
    id: 'traumaSimile',
    masks: ['majorTrauma'],
    patterns: [
      'like|if i|id|he|she|it? was|been|got|had? a? kicked|kick|trampled|hit by|from a? horse|mule|donkey|cow|bull|bus|truck|lorry|train',
    ],
  },
  // "it was just a muscle knot", "only a knot that melted away".
  { id: 'knotLookalike', patterns: ['just|only|was a? muscle? knot|knots'] },
  // "the same scoliosis he's had since childhood": a shape that is not new.
  {
    id: 'lifelong',
    patterns: [
      'since childhood|birth|school|infancy',
      'since i|he|she|they was|were a? child|kid|teen|teenager|baby|boy|girl',
      'since my|his|her|their teens|childhood',
      'all my|his|her|their life',
      'born with',
    ],
  },
  {
    id: 'otherSide',
    patterns: [
      'then|now|into|to|in|spread|spreading|moved|moving|gone|going|started other leg|foot|side|one|thigh|calf',
      'one leg|side then|and the? other',
      'both sides now',
      'other leg|side|one too|as well|also',
      // "couldn't press the clutch and the other leg's weak too".
      'other leg|side|one is? weak|numb|dead|heavy|tingly|tingling too|also',
      // "was just my left leg, now it's both", "now in both", "both now".
      'now it|its|theyre|they? is|are? in? both',
      'both legs|sides? now',
      // "used to be only my left leg but since this morning it's shooting down both".
      'shooting|going|spreading|spread|running down|into both',
      'both of them now',
      // "pain down the back of BOTH legs, not just the one leg like before".
      'not just|only the|my? one leg|side|foot',
    ],
  },
  // A blow from an animal, told with the body part between ("kicked in the back by a horse").
  { id: 'majorTrauma', patterns: ['kicked|trampled|bucked|crushed horse|cow|bull|mule|tractor'], gap: 8 },
  {
    id: 'majorTrauma',
    patterns: ['shunted|rammed|smashed|crashed|ploughed into|by lorry|truck|bus|car|van|lorries'],
    gap: 6,
  },
  {
    id: 'transient',
    patterns: [
      'went|wore|goes|wears|wore off',
      'went|gone away after|within|in',
      'went|gone within',
      // "a numb bum after three hours at the wheel, gone the moment I stretched my legs".
      '=gone|=went|=passed|=cleared|=stopped the moment',
      // "gone in half hour", "passed within half an hour".
      'gone|went|cleared|passed in|within|after a|an|about? half an? hour|hr',
      'wear|wears|wore off as? soon? as|once|when|within',
      'went|wore off within|after',
      // "it comes back within 5 mins of getting off" (the feeling after a ride).
      'comes|came|coming back within|after #num|a|few|couple mins|minutes|min',
      'settled|cleared|passed|gone|fine within|after|in a? minute|minutes|min|mins|seconds|second|moment',
      'fine after|again|now|once|when',
      'for a second|moment|minute',
      // "for a few seconds", not "for a few days".
      'for a? few seconds|minutes|moments|secs|mins',
      // "numb for 15 min after getting off the bike", "wobbly for ten minutes".
      'for about|around|roughly|maybe|only|just? #num|one|two|five|ten|fifteen|twenty|thirty min|mins|minute|minutes|sec|secs|second|seconds',
      'then gone|passed|cleared',
      // "was fine in 5 mins", "ok again after a couple of minutes".
      'fine|ok|okay|better|normal|settled|cleared again? within|in|after #num|a|one|two|few|couple min|mins|minute|minutes|sec|secs|second|seconds',
      'fine|ok|okay|better|normal|settled|cleared again? within|in|after a few|couple of? min|mins|minute|minutes|sec|secs|seconds',
      // "the feeling came back as soon as we moved him".
      'feeling|sensation came|come back|returned',
      'normal|fine by dinner|tea|teatime|evening|morning|bedtime|lunch|lunchtime|then',
      'back to normal',
      // "it came back within a minute".
      'came|come|comes back within|in|after a|about|under? minute|minutes|few|couple|second|seconds|moment',
      'only lasted a? second|seconds|minute|moment',
      // "it came back about ten minutes after I got off", "came back completely a minute after".
      'came|come|comes back about|around|completely|fully|roughly? #num|one|two|five|ten|fifteen|twenty|a|few minutes|mins|minute|seconds|secs|second|moment',
      'completely|totally|perfectly normal since|ever',
      // "after 20 minutes off the bike it was completely normal again".
      'completely|totally|perfectly|fully|all normal|fine|ok|okay again',
      'right as rain',
      // "=gone|=went" as written: "went" and "gone" are read as "go", and "her legs go wobbly when
      // she stands up" is no symptom that went.
      '=gone|=went|fine|ok|okay once|when|after i? got|get|stood|stand up',
      // "came right as soon as I walked about", "gone as soon as I stood".
      'came|come|comes right as? soon? as|once|when|after',
      // "bum went numb on the saddle but came good 10 mins after I got off" (came right).
      'came|come|comes good',
      'gone|went|fine|better|normal as soon as',
    ],
  },
  // Side by side only: "my back hurts as I walk" is no diagnosis.
  { id: 'asDiagnosis', gap: 0, patterns: ['=as patient|sufferer|here|flare', 'my =as'] },
  { id: 'leftSide', patterns: ['left leg|one|side|foot|calf|thigh|buttock|hip|bum|knee|shin'] },
  { id: 'rightSide', patterns: ['right leg|one|side|foot|calf|thigh|buttock|hip|bum|knee|shin'] },
  {
    id: 'sleptAwkward',
    patterns: [
      'slept|sleeping|sleep funny|awkwardly|wrong|badly|awkward',
      // "from sleeping on the floor", "after a night on the sofa".
      'slept|sleeping|sleep|kipping|night on the|a floor|sofa|couch|ground|chair',
      'wrong|bad pillow',
      'woke up with a? stiff|crick',
    ],
  },
  {
    id: 'badHeadache',
    patterns: ['bad|splitting|pounding|blinding|thumping|worst|horrendous headache|migraine'],
  },
);

COMPOUND.push(
  { id: 'severeHeadache', all: ['badHeadache'] },
  { id: 'exercisePain', all: ['exerciseCause', 'pain'] },
  { id: 'backPainFar', all: ['back', 'pain'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'dizzy'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'faint'] },
  { id: 'pregnancyWarning', all: ['pregOrPost', 'severeHeadache'] },
  { id: 'pregnancyWarning', all: ['pregnant', 'restPain', 'severe'] },
  { id: 'asFall', all: ['fall', 'asDiagnosis'] },
);

LEXICAL.push({
  id: 'chestFeel',
  patterns: [
    'chest feel|feels|felt like|heavy|tight|weird|funny',
    'elephant|weight|vice|vise on|in my? chest',
    'chest feel|feels|felt like someone|somebody|something|an? elephant is? sitting|standing|pressing|sat',
    'heavy|crushing|tight|squeezing|pressing feeling|sensation|pressure|weight across|in|on|over chest',
    // "a heavy pressure in the middle of my chest".
    'pressure|tightness|heaviness|weight|squeezing|crushing in|on|across|over the? middle|centre|center of my|the|his|her? chest',
  ],
});

COMPOUND.push(
  // Safety-net cores (issue 8 Build 3): the heart of an emergency told loosely.
  // "tight chest and shoulders from hunching over the laptop, no actual chest pain": a posture ache
  // across the front, unless any sign of the heart comes with it.
  {
    id: 'postureChest',
    all: ['postureStrain', 'chest'],
    none: [
      'breathless',
      'clammy',
      'goesToArm',
      'armJawSpread',
      'heartAttackTerm',
      'faint',
      'nausea',
      'chestFeel',
      'collapseSign',
    ],
  },
  {
    id: 'chestCore',
    all: ['chest'],
    anyOf: ['pain', 'tightWord', 'toBack', 'chestFeel', 'backWord'],
    // (Nor "the chest plus back combo" asked about after "tight chest muscles after bench press".)
    none: ['pneumoniaTerm', 'chestWall', 'postureChest', 'chestWorkout', 'chestFromWorkout'],
  },
  { id: 'fragileFall', all: ['fragileBones', 'cough'] },
  // Weak bones, a small knock or a sneeze, then a sudden or severe pain: a fragility fracture's story.
  { id: 'fragilityFractureStory', all: ['fragileFall'], anyOf: ['sudden', 'severe'] },
);

COMPOUND.push(
  // §2 rf-sudden-abdo-back: sudden severe back pain on blood thinners (spontaneous bleeding).
  { id: 'suddenAbdoBack', all: ['suddenSevere', 'backPainNear', 'bloodThinner'], none: ['lifting', 'fall'] },
);

COMPOUND.push(
  // Back pain, a fever and a new leg deficit together: an infection in the spine's picture (FACTS.md
  // §1 spinal-infection), whichever of the three the story tells first.
  {
    id: 'feverBackNeuro',
    all: ['fever', 'backOrBellyPain'],
    anyOf: ['legSens', 'legWeak', 'footDrop', 'bilateralSens', 'bilateralWeak'],
  },
);
