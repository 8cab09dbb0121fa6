// How each entry presents in lay words (issue 8): which reported parts of a story point to it
// (weights), what escalates it (§0.1: the level must be one the entry declares; base and act_now
// come from the entry itself), combination rules (§2, §7) and the "Do you also have…?" checks it
// brings. Expressions use feature ids from lay-signals.ts:
// "a+b" = a and b, "a|b" = a or b (or binds loosest), "!a" = a not reported.
import type { EscalationRule, Presentation as Profile } from '../presentation-schema';
import type { Urgency } from '../schema';

export const MIN_SCORE = 3;

// Both-leg symptoms count unless they are long-standing and unchanged: that is the spinal
// stenosis pattern (FACTS.md §2 rf-bilateral-leg note; §7 row 46, issue 13 #7).
// New in both legs; with a long history, new because it began today and has not gone off ("narrowing
// for years… today both legs went numb and it has not gone off"), or long one-sided and now both
// ("always been the left leg only, but now it's shooting down both").
const BILATERAL_NEW =
  'bilateralSens+!longStanding|bilateralWeak+!longStanding|bilateralPain+!longStanding|bilateralSciatica+!longStanding|bilateralSens+restPain|bilateralWeak+restPain|bilateralSens+sudden|bilateralWeak+sudden|bilateralSens+gettingWorse|bilateralWeak+gettingWorse|bilateralSens+fastOnset+notGone|bilateralSciatica+oneLegWord+nowBoth|bilateralPain+oneLegWord+nowBoth|bilateralSens+oneLegWord+nowBoth';
const CES = `saddleNumb|saddleTerm|retention|bladderLoss|bladderLeakCES|bowelLoss|bowelLeakCES|sexualCES|${BILATERAL_NEW}`;
const BLADDER_BOWEL = 'retention|bladderLoss|bladderLeakCES|bowelLoss|bowelLeakCES';
const LEG_NEURO = 'legSens|legWeak|footDrop|bilateralSens|bilateralWeak';
// FACTS.md §2 rf-fever flu note: "the emergency signs apply in every case", flu too.
const FLU_EMERGENCY = 'fluWord+veryBreathless|fluWord+blueLips';
const FEVER_EMERGENCY = `fever+confusion|fever+veryBreathless|fever+blueLips|fever+nonBlanching|meningism|fever+seizure|${FLU_EMERGENCY}`;
const BACK = 'back|backWord|backWent|backPainNear';
/**
 * `feature` together with a back word. Not `feature+${BACK}`: "+" binds tighter than "|", so that
 * would read "(feature and back) or backWord or…", which any back pain meets.
 */
const withBack = (feature: string) =>
  BACK.split('|')
    .map((b) => `${feature}+${b}`)
    .join('|');
const AFTER_MASSAGE = 'afterMassageWord|neckMassage|massageInjuryTerm|postMassageTerm';

const G: Urgency = 'see-gp-soon';
const U: Urgency = 'urgent-same-day';
const E: Urgency = 'emergency';

const cesEscalation: EscalationRule = {
  when: CES,
  level: E,
  label: 'Numbness between the legs, a bladder or bowel change, or symptoms in both legs',
};

/**
 * FACTS.md §4.2 rows as escalations: of `massage-related-injury` (base see-gp-soon), and of
 * `post-massage-soreness` (base self-care), which the data sends to the same rows (issue 13 #14).
 */
const AFTER_MASSAGE_ESCALATIONS: EscalationRule[] = [
  {
    when: 'notImproving|gettingWorse|daysLater',
    level: G,
    label: 'Pain still getting worse after about 2 days, or not easing by day 3',
  },
  {
    when: 'sharp|severe|painSeverity',
    level: U,
    label: 'Sharp or severe pain that makes it hard to move or sleep',
  },
  { when: 'fever', level: U, label: 'Fever or shivering, or feeling unwell' },
  {
    // §4.2 "normal" row: neck soreness, a headache or light-headedness that has not settled
    // after 24 hours, or is getting worse → urgent-same-day (issue 13 #4).
    when: 'neckPain+notImproving|neckPain+gettingWorse|neckPain+over24h|headache+notImproving|headache+gettingWorse|headache+over24h|dizzy+notImproving|dizzy+gettingWorse|dizzy+over24h',
    level: U,
    label: 'Neck pain, a headache or light-headedness not settled after 24 hours, or getting worse',
  },
  { when: 'legWeak|footDrop', level: U, actNow: true, label: 'Leg weakness or foot drop' },
  {
    when: 'swollenLeg|calfPain',
    level: U,
    actNow: true,
    label: 'Pain, swelling, warmth or redness in one calf or thigh',
  },
  {
    when: 'bigBruise|bruise+bloodThinner',
    level: U,
    actNow: true,
    label: 'Large, spreading or painful bruising',
  },
  {
    when: 'breathPain|sharp+back|sharp+rightRibs',
    level: U,
    actNow: true,
    label: 'Sharp pain over a rib or the spine, or pain on breathing in',
  },
  { when: 'breathless|chestPainNear|chestTight', level: E, label: 'Sudden breathlessness or chest pain' },
  {
    // §4.2: muscle pain with dark or very little urine after a massage; "sore all over since the
    // massage, hardly peeing" is told without the word weak, and still needs checking now.
    when: 'muscleRhabdo|muscleWeakAche+lowOutput|darkUrine+pain+!urineCleared|darkUrine+swelling+!urineCleared|lowOutput+pain',
    level: E,
    label: 'Muscle pain or weakness with dark urine or very little urine',
  },
  {
    // An arm that tingled for a few seconds after lying on it, and is fine now, is no stroke sign.
    when: 'armNumb+!transient|fastSigns|speech|vision|severeHeadache|suddenHeadache|neckMassage+dizzy+weakness|neckMassage+dizzy+sensLoss|neckMassage+headache+walkDifficulty|neckMassage+dizzy+walkDifficulty',
    level: E,
    label: 'Stroke warning signs: face, arm or speech changes, lost vision, sudden severe headache',
  },
  cesEscalation,
];

export const PROFILES: Profile[] = [
  // ---------------------------------------------------------------- §1 conditions
  {
    id: 'nonspecific-low-back-pain',
    kind: 'condition',
    title: 'Non-specific low back pain',
    raisedByRedFlags: true,
    cues: {
      backPainNear: 3,
      backWord: 4,
      backWent: 5,
      lowerBack: 1,
      lifting: 1.5,
      painSeverity: 1,
      strainTerm: 1,
      chillCause: 1,
    },
    escalations: [
      {
        when: 'notImproving|gettingWorse',
        level: G,
        label: 'Not improving after a few weeks, or getting worse',
      },
    ],
    checks: ['rf-no-improvement'],
  },
  {
    id: 'cold-exposure-back',
    kind: 'condition',
    title: '"Catching a chill" in the back',
    raisedByRedFlags: true,
    cues: { chillCause: 7, coldCause: 3 },
    checks: ['rf-fever'],
  },
  {
    id: 'muscle-strain',
    kind: 'condition',
    title: 'Back muscle strain or sprain',
    raisedByRedFlags: true,
    cues: {
      strainTerm: 7,
      lifting: 2,
      exerciseCause: 1.5,
      backWent: 1.5,
      sprain: 2,
      sleptAwkward: 4,
      exercisePain: 2,
    },
    escalations: [{ when: 'notImproving|gettingWorse', level: G, label: 'Not improving, or getting worse' }],
    checks: ['ci-acute-strain'],
  },
  {
    id: 'spinal-injury-trauma',
    kind: 'condition',
    title: 'Spinal injury after an accident or fall',
    cues: {
      majorTrauma: 6,
      injuryTerm: 7,
      fall: 2.5,
      fallOnBack: 2,
      asFall: 2,
      landedOnBottom: 2,
      fallNeuro: 5,
    },
    escalations: [
      {
        // FACTS.md §1: any new numbness or weakness, the arms' too ("landed on his neck, now both
        // his arms feel tingly").
        when: `majorTrauma|${LEG_NEURO}|armNumb|fallNeuro|${BLADDER_BOWEL}`,
        level: E,
        label: 'After a serious accident, or with new numbness, weakness or a bladder or bowel change',
      },
      { when: 'asFall', level: E, label: 'A fall or knock with ankylosing spondylitis or a fused spine' },
    ],
  },
  {
    id: 'vertebral-fracture-deformity',
    kind: 'condition',
    title: 'Spinal fracture or collapse',
    cues: {
      fractureTerm: 8,
      osteoporosis: 3,
      fragileFall: 5,
      fragilityFractureStory: 4,
      heightLoss: 3,
      deformity: 1.5,
    },
    escalations: [
      {
        when: `majorTrauma|${LEG_NEURO}|${BLADDER_BOWEL}`,
        level: E,
        label: 'After a serious accident, or with new leg numbness, weakness or a bladder or bowel change',
      },
    ],
  },
  {
    id: 'back-muscle-inflammation',
    kind: 'condition',
    title: 'Painful back muscles; red, hot, swollen skin',
    cues: { skinRedHot: 7, myositisTerm: 7, muscleRhabdo: 6, muscleWeakAche: 1, muscleAcheNoCause: 5 },
    escalations: [
      { when: 'myositisTerm|muscleWeakAche', level: G, label: 'Muscle weakness or aching without a strain' },
      { when: 'myositisTerm+fever|muscleWeakAche+fever', level: U, label: 'Muscle weakness with a fever' },
      { when: 'skinRedHot', level: U, actNow: true, label: 'Red, hot, swollen skin' },
      {
        when: 'muscleRhabdo|muscleWeakAche+lowOutput|darkUrine+swelling',
        level: E,
        label: 'Dark urine or very little urine with muscle pain or weakness',
      },
      {
        when: 'skinRedHot+fever|skinRedHot+gettingWorse|skinRedHot+confusion|skinRedHot+nausea|skinRedHot+racingHeart|skinRedHot+dizzy',
        level: E,
        label: 'Redness spreading fast, or with fever, vomiting, confusion or dizziness',
      },
    ],
  },
  {
    id: 'axial-spondyloarthritis',
    kind: 'condition',
    title: 'Axial spondyloarthritis (incl. ankylosing spondylitis)',
    cues: {
      asDiagnosis: 7,
      ankylosing: 7,
      morningStiff: 3,
      betterExercise: 3,
      secondHalfNight: 2,
      nightPain: 1.5,
      longStanding: 0.5,
      buttock: 0.5,
    },
    escalations: [
      { when: 'redEye|vision', level: U, label: 'A painful red eye, light sensitivity or blurred vision' },
      { when: 'asFall', level: E, label: 'New pain after a fall, jolt or knock with ankylosing spondylitis' },
    ],
  },
  {
    id: 'pyelonephritis',
    kind: 'condition',
    title: 'Kidney infection (pyelonephritis)',
    cues: {
      kidneyInfectionTerm: 9,
      kidneyTerm: 2,
      fever: 2.5,
      dysuria: 3,
      flankPain: 2.5,
      lowOutput: 3,
      nausea: 1.5,
      bloodUrine: 1.5,
      cloudyUrine: 2,
      frequency: 1.5,
      backPainNear: 0.5,
      lowerBack: 0.5,
      unwell: 0.5,
    },
    requires:
      'kidneyInfectionTerm|kidneyTerm|fever|dysuria|lowOutput|flankPain|bloodUrine|cloudyUrine|frequency',
    escalations: [
      {
        // FACTS.md §1: "any other rf-fever emergency sign" — a kidney infection is the fever, so
        // its signs count without the word: "water infection gone to her kidneys… skin mottled".
        when: `confusion|${FEVER_EMERGENCY}|kidneyInfectionTerm+blueLips|kidneyInfectionTerm+veryBreathless|kidneyInfectionTerm+nonBlanching|kidneyInfectionTerm+seizure`,
        level: E,
        label: 'Confused, drowsy or hard to wake, or other sepsis signs',
      },
    ],
    checks: ['rf-bladder-change'],
  },
  {
    id: 'prostatitis',
    kind: 'condition',
    title: 'Prostatitis',
    cues: {
      prostateTerm: 9,
      perinealPain: 4,
      painfulEjac: 4,
      retention: 2.5,
      dysuria: 2,
      groinRadiation: 1.5,
      groin: 1,
      pelvicPain: 1.5,
      frequency: 1,
      tailbone: 0.5,
      // §1: a stop-start stream; for months, the grumbling (chronic) kind.
      newHesitancy: 2.5,
      hesitancyOld: 1.5,
    },
    requires:
      'prostateTerm|retention|dysuria|groin|pelvicPain|frequency|perinealPain|painfulEjac|newHesitancy',
    escalations: [
      { when: 'fever', level: U, actNow: true, label: 'Sudden symptoms with a fever' },
      { when: 'retention', level: E, label: 'Being unable to pee' },
    ],
  },
  {
    id: 'gynaecological-causes',
    kind: 'condition',
    title: 'Gynaecological causes of back pain',
    cues: { gynaeTerm: 6 },
  },
  {
    id: 'endometriosis',
    kind: 'condition',
    title: 'Endometriosis',
    cues: { endoTerm: 9, period: 2.5, painfulSex: 2, heavyBleeding: 1, pelvicPain: 1 },
    requires: 'endoTerm|period|painfulSex',
  },
  {
    id: 'period-pain',
    kind: 'condition',
    title: 'Period pain',
    cues: { periodTerm: 8, period: 4 },
    escalations: [
      {
        when: 'severe|heavyBleeding',
        level: G,
        label: 'Severe, different from usual, or with heavy periods',
      },
      {
        when: 'pregnant+oneSideWord|missedPeriod+oneSideWord',
        level: U,
        actNow: true,
        label: 'Could be pregnant, with pain on one side',
      },
    ],
  },
  {
    id: 'pelvic-inflammatory-disease',
    kind: 'condition',
    title: 'Pelvic inflammatory disease (PID)',
    cues: { pidTerm: 9, pelvicPain: 3, discharge: 3, sti: 3, painfulSex: 2, fever: 1, vaginalBleeding: 1 },
    // Pain that comes with every period is the cycle's (endometriosis, period pain), not an infection.
    requires: 'pidTerm|discharge|sti|pelvicPain+fever|pelvicPain+painfulSex+!cyclicPain',
    escalations: [
      {
        // FACTS.md §1: severe or worsening pelvic pain, and a very high temperature or shivering,
        // are emergency signs.
        when: 'severe|heavyBleeding|faint|sudden+pelvicPain|gettingWorse+pelvicPain|fever+shiverWord',
        level: E,
        label: 'Severe pain, heavy bleeding, feeling faint or a very high temperature',
      },
    ],
  },
  {
    id: 'ectopic-pregnancy',
    kind: 'condition',
    title: 'Ectopic pregnancy',
    cues: {
      ectopicTerm: 9,
      pregnant: 1.5,
      missedPeriod: 2,
      oneSideBelly: 2,
      shoulderTipPain: 3,
      shoulderTip: 1,
      pregnantBleed: 2,
      // Its warning signs (FACTS §1) also make a one-sided pain in pregnancy more like it.
      clammy: 1,
      faint: 1,
    },
    requires:
      'ectopicTerm|pregnant+oneSideBelly|pregnant+shoulderTip|missedPeriod+oneSideBelly|missedPeriod+shoulderTip|pregnantBleed+oneSideBelly|missedPeriod+oneSideWord+vaginalBleeding',
    escalations: [
      {
        // FACTS.md §1 ectopic-pregnancy: feeling sick is one of the emergency signs (issue 13 #14).
        when: 'faint|dizzy|suddenSevere|clammy|severe|nausea',
        level: E,
        label: 'Severe pain, feeling very dizzy or fainting, looking very pale, or feeling sick',
      },
    ],
  },
  {
    id: 'acute-cholecystitis',
    kind: 'condition',
    title: 'Inflamed gallbladder (acute cholecystitis)',
    cues: {
      gallTerm: 9,
      rightRibPain: 4,
      rightRibs: 1,
      bladeRibPain: 2,
      upperBellyPain: 1.5,
      shoulderBlade: 1,
      nausea: 1,
      fever: 0.5,
      breathPain: 0.5,
    },
    requires: 'gallTerm|rightRibs|upperBellyPain',
    escalations: [
      {
        when: 'severe|jaundice|fever+shiverWord|veryUnwell',
        level: E,
        label: 'Severe pain, yellow skin or eyes, high fever with shaking, or feeling very unwell',
      },
      {
        // The data's gallstones escalation (issue 13 #14).
        when: 'toBack+nausea|throughToBack+nausea|bellyToBack+nausea|gallTerm+suddenSevere',
        level: E,
        label: 'Sudden severe tummy pain, or tummy pain spreading to the back with vomiting',
      },
    ],
    checks: ['rf-pregnancy'],
  },
  {
    id: 'acute-pancreatitis',
    kind: 'condition',
    title: 'Acute pancreatitis',
    cues: {
      pancreasTerm: 9,
      upperBellyPain: 2.5,
      throughToBack: 3.5,
      bellyToBack: 3,
      alcohol: 2,
      nausea: 1,
      bellyPain: 1,
      leanForwardEases: 1.5,
      suddenSevere: 0.5,
    },
    requires: 'pancreasTerm|upperBellyPain|bellyPain',
    escalations: [
      {
        // After a drinking binge, "stomach pain boring through to my back" is the typical picture
        // (§1: often after heavy drinking), whichever belly word the person uses.
        when: 'throughToBack|bellyToBack+nausea|bellyToBack+alcohol|bellyToBack+leanForwardEases|severe+upperBellyPain',
        level: E,
        label:
          'Upper tummy pain going through to the back, or tummy-to-back pain with vomiting or after drinking',
      },
    ],
  },
  {
    id: 'pneumonia',
    kind: 'condition',
    title: 'Pneumonia or pleurisy',
    cues: {
      pneumoniaTerm: 9,
      cough: 3,
      breathPain: 3,
      breathless: 1.5,
      fever: 1,
      coughBlood: 1,
      rightRibPain: 0.5,
    },
    // Pain made worse by coughing is not a cough illness (§7 row 50, issue 13 #7).
    requires:
      'pneumoniaTerm|cough+!coughSneeze|cough+fever|cough+breathless|breathPain+fever|breathless+fever|breathPain+breathless',
    escalations: [
      {
        when: 'veryBreathless|blueLips|confusion|chestPainNear+toBack|chestPainNear+jaw|chestPainNear+arm',
        level: E,
        label:
          'Struggling to breathe, blue or blotchy lips or skin, sudden confusion, or chest pain spreading',
      },
    ],
  },
  {
    id: 'injured-inflamed-vertebra',
    kind: 'condition',
    title: '"Injured or inflamed vertebra"',
    cues: { injuredInflamedVertebra: 7 },
  },
  {
    id: 'sciatica-herniated-disc',
    kind: 'condition',
    title: 'Sciatica or slipped disc',
    raisedByRedFlags: false,
    cues: {
      sciaticaTerm: 8,
      discTerm: 7,
      legSymptom: 5,
      legSens: 2,
      footDrop: 2,
      legWeak: 1.5,
      coughSneeze: 1,
      buttock: 0.5,
      afterMassageWord: 0,
    },
    escalations: [
      { when: 'notImproving|gettingWorse', level: G, label: 'No better after a few weeks, or getting worse' },
      { when: 'legWeak|footDrop', level: U, actNow: true, label: 'Weakness in a leg or foot (foot drop)' },
      cesEscalation,
    ],
    checks: ['rf-bilateral-leg', 'rf-progressive-weakness', 'rf-cough-sneeze-strain'],
  },
  {
    id: 'cauda-equina-syndrome',
    kind: 'condition',
    title: 'Cauda equina syndrome',
    cues: {
      saddleTerm: 9,
      saddleNumb: 8,
      retention: 6,
      bladderLoss: 7,
      bladderLeakCES: 6,
      bowelLoss: 7,
      bowelLeakCES: 6,
      sexualCES: 5,
      bilateralSens: 6,
      bilateralWeak: 5,
      bilateralPain: 5,
      bilateralSciatica: 6,
    },
    requires: `${CES}`,
  },
  {
    id: 'spinal-infection',
    kind: 'condition',
    title: 'Spinal infection',
    cues: {
      spinalInfectionTerm: 9,
      infectionAtRisk: 7,
      fever: 2,
      feverBackNeuro: 4,
      ivdu: 3,
      immuno: 2,
      spinalProcedureCtx: 1.5,
      restPain: 1.5,
      nightPain: 0.5,
      recentUti: 0.5,
      meningism: 1,
    },
    requires: `spinalInfectionTerm|${withBack('fever')}|fever+neck|meningism|${withBack('ivdu')}|${withBack('immuno')}`,
    escalations: [
      {
        when: `${LEG_NEURO}|${BLADDER_BOWEL}|${FEVER_EMERGENCY}|severeHeadache`,
        level: E,
        label:
          'New numbness, weakness or a bladder or bowel change, or a stiff neck, severe headache, dislike of light or a fit',
      },
    ],
    checkWhen: 'nightPain|restPain|ivdu|immuno',
    question: 'Do you have a fever or feel hot and shivery?',
  },
  {
    id: 'spinal-cancer-mscc',
    kind: 'condition',
    title: 'Cancer affecting the spine (incl. MSCC)',
    cues: { msccTerm: 9, cancer: 3, weightLossQ: 3, nightPain: 0.5, restPain: 0.5, bandPain: 2 },
    requires: 'msccTerm|cancer|weightLossQ',
    escalations: [
      {
        when: `bandPain|legSymptom|${LEG_NEURO}|armNumb|armRadiating|walkDifficulty|${BLADDER_BOWEL}`,
        level: E,
        label:
          'Band-like or shooting pain, arm or leg weakness or numbness, difficulty walking, or a bladder or bowel change',
      },
    ],
    checkWhen: 'nightPain|restPain|weightLossPlain',
    question: 'Have you ever had cancer?',
  },
  {
    id: 'spinal-cord-compression',
    kind: 'condition',
    title: 'Spinal cord compression',
    // FACTS.md §6.2: an emergency checklist. Told without its name: band-like pain round the body
    // with legs that are weak, clumsy or catching ("a band round my ribs like a corset, my legs
    // wobble and I keep catching my toes").
    cues: { cordCompressionTerm: 9, bandPain: 4, walkDifficulty: 2, footDrop: 2, legWeak: 2, weakness: 1 },
    requires: 'cordCompressionTerm|bandPain+walkDifficulty|bandPain+footDrop|bandPain+legWeak',
  },
  {
    id: 'abdominal-aortic-aneurysm',
    kind: 'condition',
    title: 'Abdominal aortic aneurysm (AAA)',
    cues: { aaaTerm: 8, bellyPulse: 6, suddenAbdoBack: 5, suddenSevere: 1, faint: 1, bellyPain: 0.5 },
    requires: 'aaaTerm|bellyPulse|suddenAbdoBack',
    escalations: [
      {
        when: 'suddenAbdoBack|aaaTerm+backOrBellyPain',
        level: E,
        label: 'Sudden severe tummy or back pain with collapse or dizziness, or new pain with a known AAA',
      },
    ],
  },
  {
    id: 'kidney-stones',
    kind: 'condition',
    title: 'Kidney stones',
    cues: {
      stoneTerm: 9,
      colicky: 3,
      groinRadiation: 3,
      flankPain: 2,
      bloodUrine: 3,
      nausea: 0.5,
      retention: 1,
      lowOutput: 1.5,
      dysuria: 1,
    },
    // Pain that comes and goes for months or years is no stone's colic, nor a back gone into
    // spasm after carrying something.
    requires:
      'stoneTerm|colicky+!pregOrPost+!longStanding+!lifting|groinRadiation|flankPain|bloodUrine|retention',
    escalations: [
      {
        // FACTS.md §1 kidney-stones: painkillers not working and a single kidney too (issue 13 #3).
        when: 'fever|veryUnwell|retention|vomitNoFluids|pregnant|elderly+collapseSign|painkillersFail|singleKidney',
        level: E,
        label:
          'Fever or shivering, feeling very unwell, unable to pee, unable to keep fluids down, pain that painkillers do not control, pregnancy, a single kidney, or faintness over about 60',
      },
    ],
  },
  {
    id: 'post-massage-soreness',
    kind: 'guidance',
    title: 'Soreness after a massage',
    cues: {
      postMassageTerm: 8,
      afterMassageWord: 3.5,
      neckMassage: 1,
      deepTissue: 1.5,
      pain: 1,
      mild: 1.5,
      // Not normal soreness (§4.2): these point to massage-related-injury instead.
      daysLater: -1,
      gettingWorse: -2.5,
      severe: -1.5,
      afterMassageNerve: -2,
      bruise: -1,
    },
    requires: `${AFTER_MASSAGE}`,
    escalations: AFTER_MASSAGE_ESCALATIONS,
  },
  {
    id: 'massage-related-injury',
    kind: 'guidance',
    title: 'Injury or warning signs after a massage',
    cues: {
      massageInjuryTerm: 8,
      afterMassageWord: 2.5,
      afterMassageNerve: 6,
      neckMassage: 1.5,
      gettingWorse: 2.5,
      daysLater: 1,
      bruise: 2.5,
      legSens: 1.5,
      sensLoss: 1,
      armNumb: 2.5,
      // A face drooping or an arm that won't lift after a massage (§4.2 stroke row), on pages too.
      fastSigns: 2.5,
      speech: 2,
      vision: 2,
      severeHeadache: 2,
      suddenHeadache: 1.5,
      dizzy: 1,
      muscleRhabdo: 7,
      darkUrine: 1.5,
      breathless: 1.5,
      chestPainNear: 1,
      // §4.2: one swollen, warm or painful calf after a massage is this entry's urgent row.
      swollenLeg: 2.5,
      sharp: 1,
      breathPain: 1.5,
      severe: 1,
      fever: 0.5,
      hardPressure: 2.5,
      pressureInjury: 6,
    },
    requires: `${AFTER_MASSAGE}|hardPressure+notImproving|hardPressure+gettingWorse|hardPressure+bruise|massage+bruise|massage+gettingWorse|massage+armNumb|massage+darkUrine|massage+legSens|massage+swollenLeg|massage+calfPain|hardPressure+breathPain`,
    escalations: AFTER_MASSAGE_ESCALATIONS,
    // §4.2: after a neck massage a sudden headache alone is the stroke row ("a sudden, severe or
    // unusual headache"). Face, arm or speech signs are a possible stroke even when they pass (a mini-stroke);
    // only pins and needles in the limb lain on that clear within a minute or two are not
    // (positionalArm masks those), so a passing arm sign alone stays out of the safety net.
    core: 'fastSigns+!transient|speech|fastSigns+confusion|vision+dizzy|vision+walkDifficulty|neckMassage+dizzy+walkDifficulty|neckMassage+severeHeadache|neckMassage+suddenHeadache|neckMassage+vision|neckMassage+headache+walkDifficulty',
    coreQuestion: 'Face, arm or speech changes can be a stroke: call 999 (911 in the US) now',
  },
  {
    id: 'dvt',
    kind: 'condition',
    title: 'Deep vein thrombosis (DVT)',
    cues: {
      dvtTerm: 9,
      swollenLeg: 4,
      calfPain: 3,
      redHotLeg: 3,
      calf: 0.5,
      flight: 1,
      surgery: 0.5,
      clot: 2,
      breathless: 0.5,
      afterMassageWord: 0.5,
    },
    requires: 'dvtTerm|swollenLeg|calfPain|clot+leg',
    escalations: [
      {
        when: 'breathless|breathPain|coughBlood|chestPainNear',
        level: E,
        label: 'Breathlessness, chest pain or coughing up blood',
      },
    ],
  },
  {
    id: 'pulmonary-embolism',
    kind: 'condition',
    title: 'Pulmonary embolism',
    cues: {
      peTerm: 9,
      clotStory: 6,
      breathless: 2,
      chestPainNear: 1.5,
      coughBlood: 1.5,
      swollenLeg: 4,
      afterMassageWord: 0.5,
      clot: 1,
      // A sore calf with breathlessness or pain on breathing in: the classic clot story.
      calfPain: 2,
      breathPain: 3,
      // A long flight or an operation in the weeks before: the usual way a clot starts (FACTS §1).
      flight: 2,
      surgery: 2,
    },
    requires:
      'peTerm|clotStory|breathless+swollenLeg|chestPainNear+swollenLeg|coughBlood+swollenLeg|breathless+chestPainNear+afterMassageWord|breathless+clot|coughBlood+clot|breathless+calfPain|breathPain+calfPain|breathless+flight+sudden|breathPain+flight|coughBlood+surgery|breathless+surgery+breathPain|breathless+breathPain+sudden+!fever+!cough|breathless+coughBlood+sudden+!fever',
  },
  {
    id: 'spinal-stenosis',
    kind: 'condition',
    title: 'Spinal stenosis',
    cues: { stenosisTerm: 9, walkStand: 2, sitRelief: 3, legsPlural: 1, longStanding: 1.5, elderly: 0.5 },
    requires: 'stenosisTerm|walkStand+sitRelief|sitRelief+leg|walkStand+legsPlural',
    escalations: [
      { when: 'legWeak+gettingWorse', level: U, actNow: true, label: 'Leg weakness that is getting worse' },
      {
        when: `saddleNumb|${BLADDER_BOWEL}|sudden+legsPlural|restPain+bilateralSens|restPain+bilateralWeak`,
        level: E,
        label: 'A sudden change, numbness or weakness in both legs at rest, or a bladder or bowel change',
      },
    ],
  },
  {
    id: 'shingles',
    kind: 'condition',
    title: 'Shingles',
    cues: { shinglesTerm: 9, bandRash: 4, rash: 2, pain: 0.5 },
    requires: 'shinglesTerm|bandRash|rash+pain',
  },
  {
    id: 'coccydynia',
    kind: 'condition',
    title: 'Tailbone pain (coccydynia)',
    raisedByRedFlags: true,
    cues: { tailbonePain: 7 },
    escalations: [
      {
        when: 'notImproving|gettingWorse|fever',
        level: G,
        label: 'Not improving, or with other warning signs',
      },
    ],
  },
  {
    id: 'upper-back-pain',
    kind: 'condition',
    title: 'Upper back pain',
    raisedByRedFlags: true,
    cues: {
      upperBackTerm: 7,
      upperBackPain: 5,
      neckPain: 2.5,
      bladePain: 5,
      betweenBlades: 1.5,
      desk: 2,
      shoulderBlade: 0.5,
      upperSitePain: 2,
    },
    requires: 'upperBackTerm|upperBackPain|bladePain|betweenBlades|upperBack+desk|upperSitePain',
    escalations: [
      { when: 'notImproving', level: G, label: 'Not easing after about 6 weeks' },
      {
        when: 'thoracicFeature',
        level: U,
        label: 'Constant, getting worse, not eased by rest, or with feeling unwell',
      },
      {
        when: 'suddenUpperBack',
        level: E,
        label: 'Sudden severe or tearing pain, or with breathlessness, sweating or collapse',
      },
    ],
    checks: ['rf-thoracic'],
  },
  {
    id: 'rhabdomyolysis',
    kind: 'condition',
    title: 'Rhabdomyolysis (muscle breakdown)',
    // Dark pee with weak muscles is enough to require it (below): its cues then rank it, with
    // passing very little (§1 back-muscle-inflammation, §4.2).
    cues: { rhabdoTerm: 9, muscleRhabdo: 6, darkUrine: 3, lowOutput: 1.5, weakness: 1 },
    // Cola-dark pee after a hard first workout is the muscle breakdown's own story (§6.2).
    requires:
      'rhabdoTerm|muscleRhabdo|darkUrine+weakness|darkUrine+legDay+!urineCleared+!dehydrationLookalike|darkUrine+exerciseCause+!urineCleared+!dehydrationLookalike',
  },
  // ---------------------------------------------------------------- §2 red flags
  {
    id: 'rf-saddle-numbness',
    kind: 'red-flag',
    title: 'Numbness around the genitals, bottom or inner thighs',
    cues: { saddleNumb: 8, saddleTerm: 8 },
    core: 'saddleArea+sensLoss+!transient',
    coreQuestion:
      'Numbness or tingling between the legs or around the bottom with back pain can be an emergency: go to A&E or call 999 now',
  },
  {
    id: 'rf-bladder-change',
    kind: 'red-flag',
    title: 'New bladder problems',
    cues: { retention: 7, bladderLoss: 7, bladderLeakCES: 6, lowOutput: 1 },
    requires: 'retention|bladderLoss|bladderLeakCES',
    question: 'Do you need to pee but can\u2019t, or have you lost control of your bladder?',
  },
  {
    id: 'rf-bowel-change',
    kind: 'red-flag',
    title: 'New loss of bowel control or feeling',
    cues: { bowelLoss: 8, bowelLeakCES: 6 },
    question: 'Have you lost control of your bowels or stopped feeling when you need to go?',
  },
  {
    id: 'rf-sexual-change',
    kind: 'red-flag',
    title: 'New loss of genital feeling or erection problems',
    cues: { sexualCES: 7, sexualLoss: 1 },
    requires: 'sexualCES',
  },
  {
    id: 'rf-bilateral-leg',
    kind: 'red-flag',
    title: 'New symptoms in both legs',
    cues: {
      bilateralSens: 7,
      bilateralWeak: 7,
      bilateralPain: 6,
      bilateralSciatica: 7,
      legsPlural: 0.5,
      legSymptom: 0.5,
    },
    // §2 note: long-standing both-leg symptoms that come with walking are spinal stenosis; then
    // this row is a check unless something changed, is at rest with numbness or weakness, or CES.
    // ("now both thighs ache" after a new spin class is the class: legDay.)
    requires: `${BILATERAL_NEW}|otherSide+leg+!stenosisStable+!legDay|otherSide+sciaticaTerm+!stenosisStable`,
    question: 'Do you have numbness, tingling or weakness in both legs?',
    core: 'legsPlural+sensLoss+!stenosisStable+!transient+!legSensKnown|legsPlural+weakness+!stenosisStable+!muscleAcheNoCause+!legDay+!transient+!needleFaint|otherSide+leg+!stenosisStable+!legDay',
    coreQuestion:
      'Symptoms in both legs with back pain can be an emergency: call 999 (911 in the US) or go to A&E now',
  },
  {
    id: 'rf-progressive-weakness',
    kind: 'red-flag',
    title: 'Leg weakness that is severe or getting worse, or foot drop',
    cues: { legWeak: 6, footDrop: 7, gaitChange: 6, bilateralWeak: 1, weakness: 1, painSeverity: 0.5 },
    requires: 'legWeak|footDrop|gaitChange|weakness+leg+!stenosisStable+!muscleAcheNoCause+!legDay',
    escalations: [
      {
        when: 'bilateralWeak|fastOnset+legWeak|sudden+legWeak|fastOnset+footDrop|sudden+footDrop',
        level: E,
        label: 'Weakness coming on fast, or in both legs',
      },
    ],
    question: 'Is either leg weak, or do you trip over your foot?',
  },
  {
    id: 'rf-major-trauma',
    kind: 'red-flag',
    title: 'Back pain after a serious accident',
    cues: { majorTrauma: 8 },
  },
  {
    id: 'rf-minor-trauma-fragile',
    kind: 'red-flag',
    title: 'Back pain after a minor fall with weak bones or older age',
    cues: { fragileFall: 7, asFall: 8, fall: 1 },
    // FACTS.md §2: back pain after the fall; "slipped… no back pain at all" is not this flag.
    requires:
      'fragileFall+backOrBellyPain|fragileFall+tailbonePain|fragileFall+back|fragileFall+backWord|fragileFall+painSeverity|fragileFall+painGesture|fragileFall+cantWithVerb|asFall',
    escalations: [
      {
        when: 'asFall',
        level: E,
        label: 'Ankylosing spondylitis or a fused spine: go to an emergency department and say you have AS',
      },
    ],
    question: 'Are you over about 70, or do you have osteoporosis or take long-term steroids?',
  },
  {
    id: 'rf-chest-pain',
    kind: 'red-flag',
    title: 'Back pain with chest pain',
    cues: { chestPainNear: 8, chestTight: 7, heartAttackPain: 7, armJawSpread: 6, chestFeel: 6 },
    requires: 'chestPainNear|chestTight|heartAttackPain|armJawSpread|chestFeel+collapseSign',
    core: 'chestCore|heartAttackTerm',
    coreQuestion:
      'Chest pain, tightness or pressure with back pain can be an emergency: call 999 (911 in the US) now',
  },
  {
    id: 'rf-sudden-abdo-back',
    kind: 'red-flag',
    title: 'Sudden severe tummy or back pain with collapse signs',
    cues: { suddenAbdoBack: 8, suddenSevere: 0.5, faint: 0.5 },
    requires: 'suddenAbdoBack',
    question: 'Did you feel faint, dizzy, clammy or breathless with the pain?',
    // Not a faint in a sauna or hot tub that passed once cooled down (plainFaint), nor the sweat of a
    // hot bath (heatSweat), nor a faint at a needle or giving blood (needleFaint).
    // FACTS.md §2 names dizziness too: with pain that began today in someone at risk (over 60, a
    // smoker, high blood pressure), not after lifting or a workout — "67, pain in his left side and
    // back since this afternoon, went dizzy when he stood up".
    core: 'backOrBellyPain+faint+!plainFaint+!needleFaint|backOrBellyPain+clammy+!plainFaint+!heatSweat+!workoutSweat+!needleFaint|backOrBellyPain+dizzy+aaRisk+fastOnset+!lifting+!exerciseCause+!plainFaint+!needleFaint',
    coreQuestion:
      'Back or tummy pain with fainting, dizziness or cold, clammy skin can be an emergency: call 999 now',
  },
  {
    id: 'rf-sudden-upper-back',
    kind: 'red-flag',
    title: 'Sudden severe upper back pain, or pain with breathlessness or collapse',
    cues: { suddenUpperBack: 8, dissectionTerm: 8, tearing: 0.5 },
    requires: 'suddenUpperBack|dissectionTerm',
    question: 'Did the pain come on suddenly and severely, or with breathlessness or a cold sweat?',
    core: 'tearing+back+!lifting+!exerciseCause|tearing+upperSite+!mechanicalStrain+!midRep|upperSitePain+clammy|upperSitePain+breathless',
    coreQuestion:
      'Tearing back pain, or back pain with a cold sweat or breathlessness, can be an emergency: call 999 now',
  },
  {
    id: 'rf-fever',
    kind: 'red-flag',
    title: 'Back pain with a fever',
    // The flu note (FACTS.md §2): flu or COVID with back ache in someone over 65 or pregnant is
    // this row's urgent GP appointment or 111 even when no temperature is told.
    cues: { fever: 5, meningism: 5, backPainNear: 0.5, backWord: 0.5, fluWord: 4 },
    // "The emergency signs apply in every case": flu with very hard breathing or blue lips.
    requires: `fever|meningism|fluWord+elderly|fluWord+pregnant|${FLU_EMERGENCY}`,
    escalations: [
      {
        when: `confusion|${FEVER_EMERGENCY}`,
        level: E,
        label:
          'Confused or drowsy, very breathless, blue or blotchy skin, a rash that does not fade, a stiff neck or dislike of light, or a fit',
      },
    ],
    question: 'Do you have a high temperature or feel hot and shivery?',
  },
  {
    id: 'rf-weight-loss',
    kind: 'red-flag',
    title: 'Losing weight without trying',
    cues: { weightLossQ: 8, weightLossPlain: 2 },
    requires: 'weightLossQ',
    question: 'Have you lost weight without trying?',
  },
  {
    id: 'rf-cancer-history',
    kind: 'red-flag',
    title: 'Back pain with a history of cancer',
    history: true,
    // Band-like pain in someone with cancer is the classic start of spinal cord compression.
    cues: {
      cancer: 5,
      cancerTreatment: 4.5,
      msccTerm: 2,
      bandPain: 2,
      // With cancer behind them, new leg signs are the cord-compression story: this card leads.
      legWeak: 3,
      walkDifficulty: 2,
      footDrop: 3,
      bilateralWeak: 3,
      bilateralSens: 3,
      legSens: 2,
    },
    // Cancer treatment (chemo, prostate hormone injections) tells the history without the word.
    requires: `cancer+pain|${withBack('cancer')}|cancerTreatment+pain|${withBack('cancerTreatment')}|msccTerm`,
    escalations: [
      {
        when: `bandPain|legSymptom|${LEG_NEURO}|armNumb|armRadiating|walkDifficulty|${BLADDER_BOWEL}`,
        level: E,
        label:
          'Band-like or shooting pain, arm or leg weakness or numbness, difficulty walking, or a bladder or bowel change',
      },
    ],
    question: 'Have you ever had cancer?',
  },
  {
    id: 'rf-night-rest-pain',
    kind: 'red-flag',
    title: 'Constant pain, or pain worse at night',
    cues: { nightPain: 5, restPain: 4.5 },
    // §2 "not this flag": night pain that eases once up and moving is the inflammatory pattern.
    // Waking sore after sleeping awkwardly is the pillow, not night pain.
    // Pain at rest that movement eases is that pattern too ("worse if I sit still, better after a run").
    requires: 'nightPain+!betterExercise+!positionRelief+!sleptAwkward|restPain+!betterExercise',
    question: 'Is the pain constant, or worse at night?',
  },
  {
    id: 'rf-lump-deformity',
    kind: 'red-flag',
    title: 'A lump in the back or a change in its shape',
    cues: { lumpBack: 7, lump: 2, deformity: 3 },
    requires: 'lumpBack|deformity+back+!lifelong|lump+gettingWorse',
  },
  {
    id: 'rf-thoracic',
    kind: 'red-flag',
    title: 'Constant or worsening pain between the shoulder blades',
    cues: { betweenBlades: 3, bladePain: 2, upperBackPain: 1, thoracicFeature: 3, suddenUpperBack: 2 },
    requires: 'thoracicFeature|suddenUpperBack',
    escalations: [
      {
        when: 'suddenUpperBack',
        level: E,
        label: 'Sudden severe or tearing pain, or with breathlessness, sweating or collapse',
      },
    ],
    question: 'Is the pain between your shoulder blades constant, getting worse or not eased by rest?',
  },
  {
    id: 'rf-cough-sneeze-strain',
    kind: 'red-flag',
    title: 'Pain worse when coughing, sneezing or straining',
    cues: { coughSneeze: 6 },
    // §2: when the pain made worse is sciatica-pattern leg pain, this row is a check.
    requires: 'coughSneeze+!sciaticaTerm+!legSymptom+!discTerm',
    question: 'Is the pain worse when you cough, sneeze or strain on the toilet?',
  },
  {
    id: 'rf-infection-risk',
    kind: 'red-flag',
    title: 'Higher risk of a spine infection',
    cues: { ivdu: 3, immuno: 3, spinalProcedureCtx: 2, recentUti: 1 },
  },
  {
    id: 'rf-age',
    kind: 'red-flag',
    title: 'New back pain under about 20 or over about 50',
    cues: { elderly: 3 },
  },
  {
    id: 'rf-no-improvement',
    kind: 'red-flag',
    title: 'Not improving after a few weeks',
    cues: { notImproving: 5, gettingWorse: 3 },
    requires: `notImproving+pain|${withBack('notImproving')}|${withBack('gettingWorse')}`,
    question: 'Has it not improved after a few weeks, or is it getting worse?',
  },
  {
    id: 'rf-inflammatory-pattern',
    kind: 'red-flag',
    title: 'Inflammatory pattern (morning stiffness, better with exercise)',
    cues: { morningStiff: 4, betterExercise: 3, secondHalfNight: 2, longStanding: 0.5 },
  },
  {
    id: 'rf-pregnancy',
    kind: 'red-flag',
    title: 'Back pain in pregnancy with warning signs',
    cues: { pregnancyWarning: 7 },
    requires: 'pregnancyWarning',
    escalations: [
      {
        when: `heavyBleeding|severe+bellyPain|restPain+bellyPain|hardBelly|faint|dizzy|${CES}`,
        level: E,
        label: 'Heavy bleeding, severe or constant tummy pain, fainting or dizziness',
      },
    ],
    checkWhen: 'pregOrPost',
    question: 'Are you pregnant or have you given birth in the last 4 weeks?',
    core: 'pregOrPost+heavyBleeding|pregOrPost+faint',
    coreQuestion: 'Heavy bleeding or fainting in pregnancy can be an emergency: call 999 now',
  },
  {
    id: 'rf-recent-spinal-procedure',
    kind: 'red-flag',
    title: 'Problems after an epidural, spinal injection or spine surgery',
    // The signs that follow the procedure count only with it (requires): new leg numbness or
    // weakness, or a bladder or bowel change, after an epidural or spine operation is this flag's
    // emergency (a bleed or abscess by the spine), told first with the procedure named.
    cues: {
      spinalProcedureCtx: 7,
      fever: 3,
      retention: 5,
      bladderLoss: 5,
      bowelLoss: 5,
      bilateralSens: 4,
      bilateralWeak: 4,
      legSens: 4,
      legWeak: 4,
    },
    requires: `spinalProcedureCtx+fever|spinalProcedureCtx+siteProblem|spinalProcedureCtx+skinRedHot|spinalProcedureCtx+severe|spinalProcedureCtx+gettingWorse|spinalProcedureCtx+${LEG_NEURO.split('|').join('|spinalProcedureCtx+')}|spinalProcedureCtx+${BLADDER_BOWEL.split('|').join('|spinalProcedureCtx+')}`,
    escalations: [
      {
        when: `${LEG_NEURO}|sensLoss|weakness|${BLADDER_BOWEL}`,
        level: E,
        label: 'New numbness or weakness in the legs, or a bladder or bowel change',
      },
    ],
    question: 'Have you had an epidural, spinal injection or spine operation in the last 6 weeks?',
  },
  // ---------------------------------------------------------------- §3 contraindications
  ci('ci-fever-acute-infection', 'Fever or acute infection', {
    fever: 5,
    cold: 5,
    unwell: 2,
    kidneyInfectionTerm: 3,
    pneumoniaTerm: 3,
    diseaseToTreat: 2,
  }),
  ci('ci-dvt-clot', 'Blood clot or DVT', { dvtTerm: 6, clot: 6, swollenLeg: 4, calfPain: 2 }),
  ci('ci-red-flag-pain', 'Back pain with a red flag', {}),
  ci('ci-acute-abdomen', 'Suspected abdominal emergency', {
    pancreasTerm: 4,
    gallTerm: 4,
    ectopicTerm: 4,
    stoneTerm: 3,
    aaaTerm: 2,
  }),
  ci('ci-recent-major-trauma', 'Recent serious injury', { majorTrauma: 4, injuryTerm: 3 }),
  ci('ci-intoxication', 'Alcohol or drugs', { intoxicated: 7 }),
  ci('ci-anticoagulants-bleeding', 'Blood thinners or a bleeding disorder', {
    bloodThinner: 8,
    bleedingDisorder: 8,
    bigBruise: 1,
  }),
  ci('ci-osteoporosis', 'Osteoporosis or weak bones', { osteoporosis: 8, fragileBones: 2 }),
  ci('ci-cancer', 'Cancer', { cancer: 6, cancerTreatment: 5 }),
  ci('ci-pregnancy', 'Pregnancy', { pregnant: 6 }),
  ci('ci-heart-disease', 'Heart problems', { heartCondition: 7, bloodPressure: 2 }),
  ci('ci-uncontrolled-hypertension', 'Very high blood pressure', { bloodPressure: 8 }),
  ci('ci-damaged-blood-vessels', 'Damaged blood vessels', { vessels: 8 }),
  ci('ci-fragile-skin-diabetes', 'Fragile skin or diabetes', { diabetes: 8 }),
  ci('ci-disc-radiculopathy', 'Slipped disc or sciatica', { discTerm: 7, sciaticaTerm: 6 }),
  ci('ci-recent-surgery', 'Recent operation', { surgery: 7 }),
  ci('ci-axspa-fused-spine', 'Ankylosing spondylitis or a fused spine', { asDiagnosis: 7 }),
  ci('ci-trauma-history', 'History of abuse', { abuse: 8 }),
  ci('ci-lymphoedema', 'Lymphoedema', { lymphedema: 8 }),
  ci('ci-oil-allergy', 'Allergy to massage oils', { allergy: 8 }),
  ci('ci-open-wound-burn', 'Wounds, burns or a new tattoo', { wound: 8 }),
  ci('ci-skin-infection', 'Skin infection or rash', {
    skinInfection: 8,
    skinRedHot: 4,
    rash: 3,
    shinglesTerm: 4,
  }),
  ci('ci-recent-fracture', 'Recent fracture', { fracture: 7, fractureTerm: 3 }),
  ci('ci-acute-strain', 'Fresh strain with swelling or bruising', { sprainSwollen: 7, strainTerm: 1.5 }),
  ci('ci-acute-inflammation', 'Acute inflammation or a flare', { inflammationFlare: 7 }),
  ci('ci-tumour-site', 'Tumour or radiotherapy area', { tumourWord: 2, cancer: 2, cancerTreatment: 3 }),
  ci('ci-damaged-nerves', 'Damaged nerves', { nerveDamage: 8 }),
  ci('ci-varicose-veins', 'Varicose veins', { varicose: 8 }),
  ci('ci-undiagnosed-lump', 'Undiagnosed lump or swelling', { lump: 6 }),
  ci('ci-surgical-site', 'Site of a recent operation', { surgery: 3, siteProblem: 1 }),
  ci('ci-radiation-inflammation', 'Skin inflamed by radiotherapy', { cancerTreatment: 4 }),
  ci('ci-known-aneurysm', 'Known aneurysm', { aaaTerm: 6 }),
  ci('ci-neck-front', 'Front and sides of the neck', { neckFront: 6, strokeHistory: 3 }),
  ci('ci-implanted-device', 'Pacemaker or implanted device', { implant: 8 }),
  ci('ci-recent-vaccination', 'Recent vaccination', { vaccine: 8 }),
  ci('ci-recent-spinal-injection', 'Recent spinal injection or epidural', { procedure: 6 }),
  // ---------------------------------------------------------------- §4, §6.2 guidance cards
  {
    id: 'massage',
    kind: 'guidance',
    title: 'Massage: before you book',
    cues: { massage: 2.5, acuteMassageQ: 1 },
  },
  {
    id: 'massage-practitioner',
    kind: 'guidance',
    title: 'Massage therapists',
    cues: { therapistTerm: 5 },
  },
  {
    id: 'spinal-manipulation',
    kind: 'guidance',
    title: 'Spinal manipulation (chiropractic, osteopathy)',
    cues: { manipulationTerm: 7 },
  },
  // ---------------------------------------------------------------- §5 myths
  myth('myth-m1', 'Myth: massage removes tumours or salt deposits', { removeTumour: 8, saltDeposit: 4 }),
  myth('myth-m2', 'Myth: "salt deposits" in the spine', { saltDeposit: 8 }),
  myth('myth-m3', 'Myth: massage rejuvenates the skin', { rejuvenate: 8 }),
  myth('myth-m4', 'Myth: massage eliminates back pain', { curePain: 7 }),
  myth('myth-m5', 'Myth: massage restores joints and ligaments', { restoreJoints: 8 }),
  myth('myth-m6', 'Myth: massage normalises the nervous system and metabolism', { nervousMetabolism: 7 }),
  myth('myth-m7', 'Myth: massage improves circulation and lymph flow', { circulation: 7 }),
  myth('myth-m8', 'Myth: massage flushes out toxins', { toxins: 8 }),
  myth('myth-m9', 'Myth: a chilled lower back causes back pain', { coldCause: 5, chillCause: 3 }),
  myth('myth-m10', 'Myth: a deformed vertebra damages internal organs', { organs: 8 }),
  myth('myth-m11', 'Myth: back pain becomes permanent', { permanent: 8 }),
  myth('myth-m12', 'Myth: pain after massage is normal because muscles were tense', { relaxedNormal: 7 }),
  myth('myth-m13', 'Myth: massage treats kidney, gut or lung infections', { treatDisease: 8 }),
];

function ci(id: string, title: string, cues: Record<string, number>): Profile {
  return { id, kind: 'contraindication', title, cues };
}

function myth(id: string, title: string, cues: Record<string, number>): Profile {
  return { id, kind: 'myth', title, cues };
}

/** Words after "massage" that make it a question about having one (§7 query intent). */
const INTENT_NEXT = [
  'with',
  'while',
  'whilst',
  'if',
  'during',
  'when',
  'on',
  'for',
  'and',
  'in',
  'before',
  'despite',
  'over',
  'to',
  'after',
];
const BEFORE_MASSAGE_POST = ['after', 'since', 'following', 'from', 'post', 'during'];
const MASSAGE_WORDS = ['massage', 'masseuse', 'masseur', 'shiatsu', 'reflexology', 'rubdown', 'backrub'];

/**
 * The lookup's query-intent and ordering rules (FACTS.md §7), as data: which features make a
 * query a myth or massage-safety question, and which entry answers "massage with a red flag".
 */
export const LOOKUP_RULES = {
  /** Any of these features: a question about a §5 myth. */
  mythFeatures: ['mythQ', 'removeTumour', 'treatDisease', 'toxins'],
  /** Any of these: a question about having a massage. */
  massageQuestionFeatures: ['acuteMassageQ'],
  massageWords: MASSAGE_WORDS,
  /** A massage word followed by one of these (or nothing) asks about having one. */
  intentNext: INTENT_NEXT,
  /** One of these up to 4 words before the massage word: it is about after a massage instead. */
  afterWords: BEFORE_MASSAGE_POST,
  /**
   * A massage word followed by one of these tells of a past massage ("massage on Tuesday", "the
   * massage was"), not a question about having one, when the query reports a symptom.
   */
  narrativeNext: ['was', 'on', 'yesterday', 'last', 'earlier', 'today', 'ago', 'this', 'at', 'the'],
  /**
   * "had a leg massage after the marathon and my calf is now hot": a massage word a few words after
   * one of these tells a massage that happened (when a symptom is reported), whatever follows it.
   */
  narrativeBefore: ['had', 'got'],
  /**
   * "had a sports massage and now there's a huge bruise": a massage word, "and", then one of these
   * tells what followed a massage, not a question about having one (when a symptom is reported).
   */
  narrativeAfterAnd: ['now', 'then', 'afterwards', 'later', 'since', 'ever', 'overnight'],
  /** Features that make a massage-word query about symptoms, not about having one. */
  symptomFeatures: ['pain', 'afterMassageWord'],
  /** Features that say a massage is in the story (contraindications count fully only then). */
  massageFeatures: ['massage', 'therapistTerm'],
  /** §3.1: asking about massage while reporting an urgent red flag. */
  redFlagMassageEntry: 'ci-red-flag-pain',
  /**
   * Any of these: the text says it is not the writer's own story (a study question); a page paints
   * no red flag for it, and a lookup that reports nothing but asks about a sign answers with the
   * entries as information, without a level of care for the asker.
   */
  notAReportFeatures: ['notAboutMe'],
  /**
   * Entries whose escalations a page does not read (lib/lookup/context-analysis.ts reads every
   * other entry's): each repeats signs a §2 red flag already reads on pages with its own care
   * (sciatica in both legs, a fused spine's fall) or escalates the ordinary soreness after a massage.
   * On the snippet banks, reading them added false escalations and no true one (issue 8, eighteenth
   * session). The muscle and skin entry (back-muscle-inflammation) is read since the nineteenth:
   * red, hot, swollen skin over the back told in lay words escalated 12 more signs for 4 more
   * near-misses across 3,819.
   */
  /**
   * Conditions whose own base level (urgent same day) a page sentence reports too: told in lay
   * words near a back term, a one-sided band of blisters is the urgent
   * part of the story, whatever the term's own card says. Other conditions report only their
   * escalations: on the snippet banks their base levels escalated far more near-misses than signs.
   */
  pageReportsBase: ['shingles'],
  pageEscalationsLeftOut: ['post-massage-soreness', 'sciatica-herniated-disc', 'axial-spondyloarthritis'],
  /** A body, pain or symptom word: such a query never gets an empty answer (issue 8). */
  reportFeatures: [
    'pain',
    'back',
    'backWord',
    'backWent',
    'neck',
    'leg',
    'arm',
    'chest',
    'belly',
    'flank',
    'groin',
    'pelvic',
    'buttock',
    'tailbone',
    'shoulderBlade',
    'jaw',
    'sensLoss',
    'weakness',
    'fever',
    'nausea',
    'dizzy',
    'faint',
    'headache',
    'breathless',
    'swelling',
    'bruise',
    'rash',
    'lump',
    'retention',
    'bladderLoss',
    'stressLeak',
    'bowelLoss',
    'dysuria',
    'cough',
    'unwell',
    'legSymptom',
    'sciaticaTerm',
    'discTerm',
    'fall',
    'majorTrauma',
    'injuryTerm',
    'skinRedHot',
  ],
  /**
   * Topics that are no report of a symptom but still never get an empty answer ("pacemaker ok for
   * face down massage"): the closest entries, else the topic's fallback.
   */
  topicFeatures: ['massage'],
  /** When nothing scores MIN_SCORE, the closest entries from this score on are shown. */
  closestMinScore: 1,
  /** Entries a feared part brings after the reported ones, without a level (rank.ts withFeared). */
  fearedExtra: 2,
  /**
   * Weight told as numbers that fall ("82 kg on 1 January, 79 kg in March, 74 kg now"): read as
   * this feature (lib/lookup/readings.ts) when the text says the numbers are a weight and the last
   * is at least `minDropKg` below the first (§2 rf-weight-loss: about 5% or more over months).
   */
  weightSeries: {
    feature: 'weightLossWord',
    cues: ['weight', 'weigh', 'weighed', 'weighs', 'weighing', 'scales'],
    kgPerUnit: {
      kg: 1,
      kgs: 1,
      kilo: 1,
      kilos: 1,
      kilograms: 1,
      lb: 0.4536,
      lbs: 0.4536,
      pound: 0.4536,
      pounds: 0.4536,
      st: 6.35,
      stone: 6.35,
    } as Record<string, number>,
    minDropKg: 3,
  },
  /**
   * Single readings written as numbers (issue 8, bank P43: nurses' shorthand and gadgets), read by
   * lib/lookup/readings.ts. A heart rate of 100 or more at rest is a fast heartbeat (§2
   * rf-sudden-abdo-back lists "a fast heartbeat"); an oxygen saturation below 94% is breathlessness
   * that shows (§1 pulmonary-embolism, pneumonia); "32/40" is weeks of pregnancy (the obstetric
   * shorthand, weeks out of 40).
   */
  /** Words after a "but" that tell news of now after care given to someone (lib/lookup/whose.ts). */
  newsAfterBut: ['now', 'new', 'today', 'tonight', 'recently', 'lately', 'past', 'again'],
  readings: {
    heartRate: { feature: 'racingHeart', cues: ['hr', 'pulse', 'bpm', 'heart', 'rate'], min: 100, max: 250 },
    oxygen: { feature: 'breathless', cues: ['sats', 'sat', 'spo2', 'oxygen', 'o2'], below: 94, min: 50 },
    gestation: { feature: 'pregnant', over: '40', min: 4, max: 42 },
  },
  /** Otherwise the first fallback whose region the query names. */
  fallbacks: [
    { when: 'upperBack|betweenBlades|shoulderBlade|neck', ids: ['upper-back-pain', 'rf-no-improvement'] },
    {
      when: 'leg|buttock|calf|legSymptom|sciaticaTerm|discTerm',
      ids: ['sciatica-herniated-disc', 'rf-no-improvement'],
    },
    { when: 'belly|flank|groin|pelvic|dysuria', ids: ['kidney-stones', 'rf-no-improvement'] },
    { when: 'retention|bladderLoss|bowelLoss', ids: ['cauda-equina-syndrome', 'rf-bladder-change'] },
    // A small leak on a sneeze or a laugh, unchanged for years: the GP, not the emergency entries.
    { when: 'stressLeak', ids: ['rf-no-improvement'] },
    // Tender where it was worked on or trained, only when pressed: the chest wall.
    { when: 'chestWall+massage|chestWall+handsOn', ids: ['post-massage-soreness', 'massage-related-injury'] },
    { when: 'chestWall', ids: ['muscle-strain', 'rf-no-improvement'] },
    { when: 'chest|jaw', ids: ['rf-chest-pain'] },
    { when: 'lump|swelling', ids: ['rf-lump-deformity', 'rf-no-improvement'] },
    { when: 'rash|skinRedHot|bruise', ids: ['back-muscle-inflammation', 'rf-no-improvement'] },
    {
      when: 'pain|back|backWord|backWent|tailbone|fall|majorTrauma|injuryTerm|arm|sensLoss|weakness',
      ids: ['nonspecific-low-back-pain', 'muscle-strain', 'rf-no-improvement'],
    },
    {
      when: 'fever|nausea|dizzy|faint|headache|breathless|unwell|cough',
      ids: ['rf-fever', 'rf-no-improvement'],
    },
    { when: 'massage', ids: ['massage'] },
  ],
  /** A red flag found only by its own words needs a whole-phrase hit at least this strong. */
  redFlagTextOnlyMin: 6,
  /** Score of a safety-net result (below a full match of the same level). */
  safetyNetScore: 4,
};
