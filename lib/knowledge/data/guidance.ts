import { URGENCY_LEVELS } from '../levels';
import type { Escalation, GuidanceEntry, GuidanceRow, Urgency } from '../schema';

// FACTS.md §4 (pain after massage: `post-massage-soreness`, `massage-related-injury`) and the
// §6.2 cards for the lexicon-only concepts `massage`, `massage-practitioner` and
// `spinal-manipulation`. All text is our own plain-language paraphrase; clinical words follow
// the §0.5 lay glosses. No card diagnoses: it says what a symptom could be and where to get it
// checked.

/**
 * A §4.2 "stop and seek care" row. The same record feeds the card's `rows` and the urgency
 * escalations, so the situation shown on the card and the condition the lookup checks cannot
 * drift apart. `signals` are lay phrases (and §6 concept ids) that report the row in a query.
 */
interface CareRow extends GuidanceRow {
  signals: string[];
  goTo?: string;
}

const rank = (level: Urgency): number => URGENCY_LEVELS.indexOf(level);

/** The part of a care row that a card shows. */
const toRow = ({ signals: _signals, goTo: _goTo, ...row }: CareRow): GuidanceRow => row;

/** The escalation a care row adds above `base` (§0.1: escalations are higher than the base). */
function escalationsAbove(base: Urgency, rows: CareRow[], goTo?: string): Escalation[] {
  return rows
    .filter((r) => rank(r.level) > rank(base))
    .map((r) => ({
      when: r.situation,
      level: r.level,
      ...(r.actNow ? { actNow: true } : {}),
      signals: r.signals,
      ...((goTo ?? r.goTo) ? { goTo: goTo ?? r.goTo } : {}),
    }));
}

// Shared signal lists (also used by the spinal-manipulation card).

/** §4.2 CES row: cauda equina signs after massage or manipulation. */
const CES_ROW: CareRow = {
  situation:
    'New numbness around the genitals or back passage, a new change in peeing or pooing, or weakness or numbness in both legs',
  level: 'emergency',
  why: 'These can be signs of pressure on the nerves at the bottom of the spine (cauda equina syndrome), which needs treatment in hospital straight away. It has rarely been reported after spinal manipulation.',
  signals: [
    'cauda-equina-syndrome',
    'rf-saddle-numbness',
    'rf-bladder-change',
    'rf-bowel-change',
    'rf-bilateral-leg',
    'numb groin',
    'numbness between my legs',
    'numb around my bottom',
    'no feeling around my bum',
    "can't feel when I wipe",
    'saddle numbness',
    'numb genitals',
    "can't pee",
    'unable to pee',
    'wet myself',
    'loss of bladder control',
    'loss of bowel control',
    'both legs numb',
    'both legs weak',
    'numbness in both legs',
    'weakness in both legs',
  ],
  goTo: 'cauda-equina-syndrome',
};

/** §4.2 neck row: warning signs of a tear in a neck artery or a stroke after neck work. */
const NECK_ARTERY_ROW: CareRow = {
  situation:
    'After neck massage or manipulation: a sudden, severe or unusual headache; or dizziness, a spinning feeling, neck pain or headache together with double or lost vision, trouble speaking or swallowing, unsteadiness, numbness or weakness, or a drooping face',
  level: 'emergency',
  why: 'Call {emergency} (or your local emergency number). A tear in an artery in the neck and stroke have rarely been reported after neck manipulation, and these are stroke warning signs.',
  signals: [
    'sudden severe headache',
    'sudden headache',
    'severe headache',
    'worst headache',
    'unusual headache',
    'thunderclap headache',
    'sudden dizziness',
    'room spinning',
    'double vision',
    'lost my vision',
    'trouble speaking',
    'slurred speech',
    'trouble swallowing',
    "can't swallow",
    'unsteady on my feet',
    'loss of balance',
  ],
};

/** §4.2 FAST row. The "lay on my arm" exception is in the text, not a signal. */
const FAST_ROW: CareRow = {
  situation:
    'Sudden weakness, numbness or tingling on one side of the body (face, arm or leg), slurred speech, loss of vision, a sudden severe headache, or sudden dizziness with loss of balance, especially after neck massage or manipulation',
  level: 'emergency',
  why: 'These are FAST stroke signs (Face, Arms, Speech, Time to call the emergency number). Not a stroke sign on its own: pins and needles with no weakness, only in the arm or leg you were lying on, that clears fully within a minute or two of moving. If it does not clear, or comes with face, speech or vision changes, call {emergency}.',
  signals: [
    'arm went numb',
    'arm is numb',
    'numb arm',
    'arm went weak',
    'weak arm',
    "can't lift my arm",
    'face drooping',
    'drooping face',
    'face droop',
    'one side of my face',
    'numb on one side',
    'weakness on one side',
    'one side numb',
    'slurred speech',
    'loss of vision',
    'lost vision',
  ],
};

/** Every §4.2 row that means "stop and seek care", in the order FACTS.md lists them. */
const STOP_ROWS: CareRow[] = [
  CES_ROW,
  NECK_ARTERY_ROW,
  FAST_ROW,
  {
    situation:
      'Neck soreness, a headache or light-headedness after massage that has not settled after 24 hours, or is getting worse',
    level: 'urgent-same-day',
    why: 'Mild versions of these are common and settle within a day. When they do not, get advice today so that a more serious cause can be ruled out.',
    signals: [
      'headache not going away',
      'headache still there',
      'headache getting worse',
      'headache for two days',
      'still dizzy',
      'still light-headed',
      'neck pain getting worse',
    ],
  },
  {
    situation: 'New tingling or numbness in one leg after massage, like sciatica, with no weakness',
    level: 'see-gp-soon',
    why: 'It could be an irritated nerve; nerve injury is a rare reported side effect. See a GP or physiotherapist if it has not settled within a few days, and follow the sciatica advice. Any weakness in the leg makes it more urgent.',
    signals: [
      'tingling in my leg',
      'tingling in one leg',
      'numbness in one leg',
      'one leg numb',
      'tingling down my leg',
      'numb leg',
      'leg went numb',
      'pins and needles in my leg',
      'sciatica-herniated-disc',
    ],
    goTo: 'sciatica-herniated-disc',
  },
  {
    situation: 'Leg weakness, a foot that drags or slaps, or trouble lifting the foot after massage',
    level: 'urgent-same-day',
    actNow: true,
    why: 'A weak leg or foot drop can mean pressure on a nerve. Get advice now rather than later today. Weakness in both legs, or weakness coming on fast, is an emergency.',
    signals: [
      'rf-progressive-weakness',
      'leg weakness',
      'weak leg',
      'leg gave way',
      'foot drop',
      'foot dragging',
      "can't lift my foot",
      'foot slapping',
    ],
    goTo: 'rf-progressive-weakness',
  },
  {
    situation:
      'Pain, swelling, warmth or redness in ONE calf or thigh, more than the soreness where it was worked',
    level: 'urgent-same-day',
    actNow: true,
    why: 'It could be a blood clot in a deep vein (DVT), which usually affects one leg; a clot that travels to the lungs has been reported after massage. Get advice now.',
    signals: [
      'dvt',
      'calf swollen',
      'swollen calf',
      'one leg swollen',
      'swollen leg',
      'calf pain',
      'painful calf',
      'calf is hot',
      'red calf',
      'swollen thigh',
      'blood clot',
    ],
    goTo: 'dvt',
  },
  {
    situation: 'Sudden breathlessness or chest pain after massage',
    level: 'emergency',
    why: 'Call {emergency}. It could be a blood clot in the lung (pulmonary embolism), which has been reported after massage.',
    signals: [
      'pulmonary-embolism',
      'rf-chest-pain',
      'breathless',
      'out of breath',
      'short of breath',
      'shortness of breath',
      "can't breathe",
      'chest pain',
      'coughing up blood',
    ],
    goTo: 'pulmonary-embolism',
  },
  {
    situation:
      'Sharp pain in one spot over a rib or the spine after firm pressure, or pain on breathing in, especially with weak bones (osteoporosis), long-term steroids or cancer',
    level: 'urgent-same-day',
    actNow: true,
    why: 'It could be a broken bone. Breaks of bones weakened by disease have been reported after spinal manipulation, and severe osteoporosis is a reason to avoid firm massage. Get advice now.',
    signals: [
      'rib pain',
      'sore rib',
      'cracked rib',
      'broken rib',
      'pain over my rib',
      'hurts to breathe',
      'pain when breathing in',
      'pain on breathing in',
      'sharp pain in my spine',
    ],
    goTo: 'vertebral-fracture-deformity',
  },
  {
    situation: 'Sharp pain, or pain so bad it is hard to move, sleep or think',
    level: 'urgent-same-day',
    why: 'Normal soreness after massage is a dull ache, not sharp or severe pain. It could be an injury such as a strained muscle or an aggravated disc.',
    signals: [
      'sharp pain',
      'severe pain',
      'agony',
      'unbearable pain',
      "can't move",
      'cannot move',
      "can't sleep",
      'hurts too much to move',
    ],
  },
  {
    situation: 'Pain still getting worse after about 48 hours, or not clearly easing by day 3',
    level: 'see-gp-soon',
    why: 'Normal soreness settles within a day or two; the closest comparison, soreness after exercise, usually peaks at about 48 hours. Pain that keeps building needs a check.',
    signals: [
      'getting worse',
      'still getting worse',
      'worse after 3 days',
      'worse after three days',
      'not easing',
      'not getting better',
      'worse every day',
    ],
  },
  {
    situation: 'A large, spreading or painful bruise, especially if you take blood thinners',
    level: 'urgent-same-day',
    actNow: true,
    why: 'A large bruise or pool of blood under the skin (haematoma) is a reported side effect of massage, and blood thinners make it more likely. Get advice now.',
    signals: [
      'big bruise',
      'large bruise',
      'huge bruise',
      'spreading bruise',
      'bruise spreading',
      'bruise getting bigger',
      'painful bruise',
      'bruising on blood thinners',
      'bruising on warfarin',
    ],
    goTo: 'ci-anticoagulants-bleeding',
  },
  {
    situation:
      'Strong muscle pain and weakness with dark (cola- or tea-coloured) pee, or passing very little pee, after very hard or long massage',
    level: 'emergency',
    why: 'It could be muscle breakdown (rhabdomyolysis), which is treated in hospital. After massage it is known only from rare case reports.',
    signals: [
      'rhabdomyolysis',
      'dark urine',
      'dark pee',
      'brown urine',
      'cola coloured urine',
      'cola colored urine',
      'tea coloured urine',
      'tea colored urine',
      'very little urine',
      'hardly peeing',
    ],
    goTo: 'rhabdomyolysis',
  },
  {
    situation: 'A fever or shivering, or feeling unwell with back pain that does not change when you move',
    level: 'urgent-same-day',
    why: 'This points to an illness that started before, or apart from, the massage, such as a kidney infection. Massage does not cause it and cannot treat it.',
    signals: ['rf-fever', 'fever', 'feverish', 'high temperature', 'shivering', 'shivery', 'chills'],
    goTo: 'rf-fever',
  },
];

/** §4.1/§4.2 rows marked *normal*: they belong to `post-massage-soreness`. */
const NORMAL_ROWS: GuidanceRow[] = [
  {
    situation:
      'Tiredness, a mild headache or a dull ache that starts within a day and settles within 1 to 3 days',
    level: 'self-care',
    normal: true,
    why: 'In the one dedicated study, most unpleasant effects started within 12 hours and were gone within 36 hours. Feeling a bit run-down after firmer massage is often described, but only on therapists’ pages.',
  },
  {
    situation:
      'Mild neck soreness, a mild headache, or brief light-headedness when getting up, that settles within minutes to a day with rest and drinks',
    level: 'self-care',
    normal: true,
    why: 'Minor discomfort is common after massage, and the study found no major side effects. Get advice today if it has not settled after 24 hours or is getting worse; a sudden, severe headache or any stroke sign is an emergency.',
  },
];

const RED_FLAG_IDS = [
  'rf-saddle-numbness',
  'rf-bladder-change',
  'rf-bowel-change',
  'rf-bilateral-leg',
  'rf-progressive-weakness',
  'rf-chest-pain',
  'rf-fever',
];

export const guidance: GuidanceEntry[] = [
  {
    id: 'post-massage-soreness',
    kind: 'guidance',
    title: 'Soreness after a massage',
    summary:
      'A mild, dull, achy feeling in the muscles that were worked, especially after deep or firm massage. It usually starts within hours and settles within a day or two.',
    aka: [
      'sore after massage',
      'achy after massage',
      'pain after massage',
      'hurts after massage',
      'post-massage soreness',
      'massage soreness',
      'sore after deep tissue',
      'stiff after massage',
      'tired after massage',
    ],
    points: [
      'Some soreness after massage is common. In the only study that looked at this closely (100 clients), about 1 in 10 had minor discomfort afterwards and none had a serious side effect. The study was small, so it cannot rule out rare problems.',
      'Timing: in that study most unpleasant effects began within 12 hours and were gone within about a day and a half. Feeling a little sore the next day can happen, but massage itself should not normally hurt.',
      'What it usually feels like: a general, dull ache or tenderness where you were massaged, a bit like stiffness after exercise you are not used to. It hurts more when the muscle is pressed or stretched, not when you rest.',
      'It seems more likely after deep-tissue, trigger-point or sports massage, or after your first massage, although this rests mostly on therapists’ experience.',
      'What helps: keep gently moving, and try a warm bath or shower. Tell your therapist, so the next session can use lighter pressure. Wait until the soreness has gone before the next massage.',
      'Soreness does not mean "toxins" or lactic acid are leaving your body. Lactic acid clears from muscles within about an hour of exercise, and no particular toxins have been shown to be flushed out by massage.',
      'It is not normal soreness if the pain is sharp or severe, keeps getting worse after about 2 days, or comes with any of the warning signs below. Any general back-pain warning sign applies after massage too.',
    ],
    rows: NORMAL_ROWS,
    urgency: {
      base: 'self-care',
      advice:
        'Usually fine to manage at home. Get advice if it is not clearly easing after 2 to 3 days, or at once if a warning sign appears.',
      // FACTS.md §1 `post-massage-soreness`: any §4.2 row not marked normal sends the user to
      // `massage-related-injury` at that row's level.
      escalations: escalationsAbove('self-care', STOP_ROWS, 'massage-related-injury'),
    },
    related: [
      'massage-related-injury',
      'massage',
      'massage-practitioner',
      'myth-m8',
      'myth-m12',
      'muscle-strain',
      'ci-anticoagulants-bleeding',
      'ci-dvt-clot',
      ...RED_FLAG_IDS,
    ],
    evidenceNotes: [
      'Soreness after massage has been studied far less than soreness after exercise. Exercise soreness typically starts 12 to 24 hours later, peaks around 48 hours and goes within days (occasionally up to about 10 days); this is only a comparison, not a measured timeline for massage.',
      'The figures on how often soreness happens come from one small study of 100 clients.',
      'That firmer styles and first massages cause more soreness, and that light-headedness on standing up is common, is therapists’ opinion, not research.',
      'The self-care tips: gentle movement and warmth are general NHS back-pain advice; the rest is common sense, not specifically researched.',
    ],
    sources: ['S33', 'S28', 'S40', 'S4'],
    reviewed: '2026-12-04',
  },
  {
    id: 'massage-related-injury',
    kind: 'guidance',
    title: 'Injury after massage or manipulation (rare)',
    summary:
      'Rarely, massage or spinal manipulation causes real harm. Reported problems include nerve injury, a large bruise, a worsened slipped disc, a broken weakened bone, a tear in a neck artery or stroke, and a blood clot in the lung. Most reports involved forceful manipulation, unusual techniques or untrained people.',
    aka: [
      'massage injury',
      'injured during massage',
      'bruised after massage',
      'bruising after massage',
      'massage made it worse',
      'hurt by massage',
      'injury after chiropractor',
      'hurt after spinal manipulation',
      'pain getting worse after massage',
    ],
    points: [
      'New sharp or severe pain, new numbness, tingling or weakness, or a big bruise after a session is not normal soreness. Stop having massage until it has been checked.',
      'Check the list below: each situation shows how soon to get help.',
      'Any general back-pain warning sign (see the red-flag cards) applies after massage too, at its own level.',
      'Pain after a massage is not always caused by the massage. An illness such as a kidney infection, pancreatitis or gallbladder trouble can start at the same time. Do not let massage delay getting checked.',
    ],
    rows: STOP_ROWS.map(toRow),
    urgency: {
      base: 'see-gp-soon',
      advice:
        'Book an appointment with a GP or physiotherapist, and do not have more massage until you have been assessed. Go sooner if anything below applies.',
      escalations: escalationsAbove('see-gp-soon', STOP_ROWS),
    },
    related: [
      'post-massage-soreness',
      'spinal-manipulation',
      'massage',
      'cauda-equina-syndrome',
      'dvt',
      'pulmonary-embolism',
      'rhabdomyolysis',
      'sciatica-herniated-disc',
      'vertebral-fracture-deformity',
      'ci-anticoagulants-bleeding',
      'ci-osteoporosis',
      'ci-dvt-clot',
      'ci-disc-radiculopathy',
      'ci-neck-front',
      'ci-red-flag-pain',
      ...RED_FLAG_IDS,
      'myth-m12',
    ],
    disagreements: [
      'Sources differ on what causes most harm: one review found most reported harms came from unusual techniques or untrained people rather than trained therapists; Mayo Clinic puts most serious problems down to too much pressure; another review points mainly to spinal manipulation.',
    ],
    evidenceNotes: [
      'Serious harms are known mainly from case reports and reviews of them, so how often they happen is not known; they are rare.',
      'The link between massage and muscle breakdown (rhabdomyolysis) was seen only in second-hand citations and needs checking.',
      'Mayo Clinic’s massage advice was seen only through copies on other sites.',
    ],
    sources: ['S30', 'S31', 'S28', 'S33', 'S20', 'S51', 'S52', 'S80', 'S5', 'S7', 'S27'],
    reviewed: '2026-12-04',
  },
  {
    id: 'massage',
    kind: 'guidance',
    title: 'Massage: before you book',
    summary:
      'Massage can help some people with back pain for a short time, and it is safe for most. A few health problems mean you should wait, get checked first, or have a gentler session.',
    aka: [
      'back massage',
      'deep tissue massage',
      'Swedish massage',
      'sports massage',
      'Thai massage',
      'shiatsu',
      'remedial massage',
      'therapeutic massage',
      'back rub',
      'acupressure',
      'reflexology',
      'is massage safe',
      'can I have a massage',
    ],
    points: [
      'Lists of reasons not to have massage disagree with each other a lot, so treat the checks below as common precautions, not fixed rules.',
      'Wait and get checked first if you have a fever or feel ill with an infection, a known or possible blood clot (DVT), or back pain with any urgent warning sign.',
      'Tell the therapist, who can adapt the session, if you take blood thinners or have a bleeding problem, weak bones (osteoporosis), are pregnant, or have or have had cancer.',
      'Tell your therapist about your health conditions, medicines and allergies before you start.',
      'Massage should not delay seeing a health professional about a medical problem.',
      'Being over about 50, pain that is slow to get better, or stiffness that eases with movement do not on their own rule massage out. You can carry on while you wait for a check-up; tell your therapist.',
      'Cracking or adjusting the back or neck (spinal manipulation) is not massage and has its own risks.',
    ],
    related: [
      'ci-fever-acute-infection',
      'ci-dvt-clot',
      'ci-red-flag-pain',
      'ci-anticoagulants-bleeding',
      'ci-osteoporosis',
      'ci-pregnancy',
      'ci-cancer',
      'ci-oil-allergy',
      'rf-age',
      'rf-no-improvement',
      'rf-inflammatory-pattern',
      'massage-practitioner',
      'spinal-manipulation',
      'post-massage-soreness',
      'massage-related-injury',
      'myth-m4',
    ],
    disagreements: [
      'Published lists of reasons to avoid massage do not agree: one review of 21 sources found between 3 and 86 listed, and most gave no references.',
    ],
    evidenceNotes: [
      'For low back pain, massage gives small, mostly short-term benefits, and the evidence is of low quality.',
    ],
    sources: ['S27', 'S32', 'S28', 'S29'],
    reviewed: '2026-11-25',
  },
  {
    id: 'massage-practitioner',
    kind: 'guidance',
    title: 'Massage therapist',
    summary:
      'A person who gives massage. Before a session, tell them about anything that affects your health.',
    aka: [
      'masseur',
      'masseuse',
      'massage therapist',
      'registered massage therapist',
      'sports massage therapist',
    ],
    points: [
      'Tell the therapist about health conditions, medicines you take, pregnancy, and allergies, including nut or fragrance allergies (some oils and lotions contain them).',
      'You can ask for lighter pressure, or stop the session, at any time.',
      'See the massage card for the health problems that mean you should wait or have a gentler session.',
    ],
    related: ['massage', 'ci-oil-allergy', 'ci-pregnancy', 'ci-trauma-history', 'post-massage-soreness'],
    sources: ['S27', 'S28'],
    reviewed: '2026-11-25',
  },
  {
    id: 'spinal-manipulation',
    kind: 'guidance',
    title: 'Spinal manipulation (back or neck adjustment)',
    summary:
      'A quick, forceful push on a joint of the spine, as done by some chiropractors and osteopaths ("cracking" the back or neck). It is not massage, and it has its own rare but serious reported harms.',
    aka: [
      'chiropractic adjustment',
      'chiropractor',
      'chiropractic',
      'osteopath',
      'crack my back',
      'neck manipulation',
      'back adjustment',
    ],
    points: [
      'Rare but serious problems have been reported: a tear in a neck artery or a stroke after neck manipulation, a worsened slipped disc, pressure on the nerves at the bottom of the spine (cauda equina syndrome), and breaks in weakened bones.',
      'Do not have forceful manipulation if you have weak bones (osteoporosis), a fused spine from long-standing ankylosing spondylitis, or a known slipped disc or sciatica.',
      'Call {emergency} at once for any of the warning signs shown at the top of this card.',
    ],
    rows: [toRow(NECK_ARTERY_ROW), toRow(FAST_ROW), toRow(CES_ROW)],
    related: [
      'massage-related-injury',
      'massage',
      'ci-osteoporosis',
      'ci-axspa-fused-spine',
      'ci-disc-radiculopathy',
      'cauda-equina-syndrome',
      'sciatica-herniated-disc',
      'rf-saddle-numbness',
      'rf-bladder-change',
      'rf-bilateral-leg',
    ],
    evidenceNotes: [
      'The harms are known from case reports and reviews, so how often they happen is not known.',
      'UK guidance supports manual therapy, including manipulation, for back pain only as part of a package that includes exercise.',
    ],
    sources: ['S30', 'S31', 'S51', 'S52', 'S4', 'S6', 'S1'],
    reviewed: '2026-12-04',
  },
];
