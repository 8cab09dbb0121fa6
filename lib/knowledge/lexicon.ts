// The FACTS.md §6 term lexicon as data. Pure: no DOM, no browser API.
//
// Each group is written in a compact form close to §6 so it can be checked against FACTS.md line
// by line: terms separated by ";", with these markers after a term:
//   [ctx:rule]  the term has a §6.1 rule (match condition or card rule); `rule` names it in lib/match
//   [rule:rule] a §6.1 rule that FACTS.md does not mark [ctx] (a card rule or a rejection)
//   [lookup]    symptom lookup only, never highlighted (§6 markers)
//   [comp]      a component term of a combination red flag (§6.1 C1)
//   [abbr]      an abbreviation: case-sensitive, never pluralised (§6 rule 4, §6.1 A)
//   [anchor] / [noanchor]  overrides the group's *(anchor)* mark (§6.1 D5)
//   (also: id, id)  extra entry ids the card or lookup surfaces
// "(s)" in FACTS.md is dropped here: §6 rule 3 generates those plurals anyway.
import type { LexiconGroup, LexiconTerm } from './schema';

interface GroupSpec {
  concept: string;
  anchor?: boolean;
  neverDrop?: boolean;
  component?: boolean;
  also?: string[];
  /** Rule applied to every term of the group unless a term names its own. */
  rule?: string;
  terms: string;
}

const MARKER = /\[(ctx|rule)(?::([a-z0-9-]+))?\]|\[(lookup|comp|abbr|anchor|noanchor)\]|\(also:\s*([^)]*)\)/g;

function parseTerms(spec: string, groupRule: string | undefined): LexiconTerm[] {
  return spec
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((raw) => {
      const term: LexiconTerm = { text: raw.replace(MARKER, '').replace(/\s+/g, ' ').trim() };
      for (const m of raw.matchAll(MARKER)) {
        if (m[1] === 'ctx') term.ctx = true;
        if (m[1] && m[2]) term.rule = m[2];
        if (m[3] === 'lookup') term.lookup = true;
        if (m[3] === 'comp') term.component = true;
        if (m[3] === 'abbr') term.abbr = true;
        if (m[3] === 'anchor') term.anchor = true;
        if (m[3] === 'noanchor') term.anchor = false;
        if (m[4]) term.also = m[4].split(',').map((s) => s.trim());
      }
      if (!term.rule && groupRule) term.rule = groupRule;
      return term;
    });
}

function group(spec: GroupSpec): LexiconGroup {
  const { terms, rule, ...rest } = spec;
  return { ...rest, terms: parseTerms(terms, rule) };
}

/**
 * FACTS.md §6, every group in order. Written as a function so that merely loading this module
 * (the content script does, on every page) parses nothing: the terms are parsed on the first
 * `getLexicon()` call, i.e. the first scan that hits a term (DESIGN.md §5 start-up).
 */
function parseLexicon(): LexiconGroup[] {
  return [
    group({
      concept: 'nonspecific-low-back-pain',
      anchor: true,
      terms: `lower back pain; low back pain; low-back pain; lower-back pain; back pain; back pains;
      backpain; backache; back ache; back-ache; lumbago; lumbar pain; lumbar back pain;
      lumbosacral pain; sore back; bad back; aching back; stiff back; my back hurts; hurt my back;
      pain in my lower back; pain in the lower back; threw my back out; threw out my back;
      throw my back out; put my back out; done my back in; did my back in; back went out;
      back gave out; crick in my back; cricked my back; ricked my back; tweaked my back;
      twinge in my back; back spasm; mechanical back pain; non-specific back pain;
      LBP [ctx:abbr-coterm] [abbr]`,
    }),
    group({
      concept: 'muscle-strain',
      // §6 / §6.1 R "pulled muscle": the card is the generic "muscle strain" label unless the
      // match contains "back" or "lumbar" (those terms are also the group's anchors; lib/match).
      terms: `pulled muscle; pulled back muscle [anchor]; back strain [anchor]; lumbar strain [anchor];
      strained back [anchor]; muscle strain; sprained back [anchor]; back sprain [anchor];
      back injury [anchor] (also: spinal-injury-trauma); muscle spasm; muscle knot;
      knots in my back [anchor]; knots in my shoulders; myalgia [ctx:myalgia];
      delayed onset muscle soreness (also: post-massage-soreness);
      DOMS [ctx:abbr-coterm] [abbr] (also: post-massage-soreness)`,
    }),
    group({
      concept: 'sciatica-herniated-disc',
      anchor: true,
      terms: `sciatica; sciatic pain; sciatic nerve pain; slipped disc; slipped disk; slipped a disc;
      slipped a disk; herniated disc; herniated disk; herniated a disc; disc herniation;
      disk herniation; prolapsed disc; prolapsed disk; disc prolapse; disc protrusion;
      bulging disc; bulging disk; ruptured disc; ruptured disk; disc bulge;
      pinched nerve [rule:nerve-neck]; trapped nerve [rule:nerve-neck]; radiculopathy;
      lumbar radiculopathy; radicular pain; nerve root pain; pain down my leg; pain down the leg;
      shooting leg pain; pins and needles in my leg; numb leg; degenerative disc disease;
      degenerative disc; degenerative disk; disc [ctx:disc]; disk [ctx:disc]`,
    }),
    group({
      concept: 'upper-back-pain',
      anchor: true,
      neverDrop: true,
      also: ['rf-thoracic'],
      terms: `upper back pain; mid-back pain; middle back pain; pain between my shoulder blades;
      pain between the shoulder blades`,
    }),
    group({
      concept: 'spinal-stenosis',
      anchor: true,
      terms: `spinal stenosis; lumbar stenosis; lumbar spinal stenosis; narrowing of the spinal canal;
      neurogenic claudication`,
    }),
    group({
      concept: 'coccydynia',
      anchor: true,
      terms: 'coccydynia; coccygodynia; tailbone pain; coccyx pain; sore tailbone',
    }),
    group({
      concept: 'cauda-equina-syndrome',
      anchor: true,
      neverDrop: true,
      terms: `cauda equina syndrome; cauda equina; saddle anaesthesia; saddle anesthesia; saddle numbness;
      saddle area [ctx:saddle-area]; numb groin; numbness in the groin; numb between legs;
      loss of bladder or bowel control; loss of bowel or bladder control;
      difficulty controlling your bladder or bowels; difficulty controlling your bowels or bladder;
      numbness between my legs; numbness around genitals; numb genitals; numb private parts;
      numb down below [ctx:saddle-numb]; numb crotch [ctx:saddle-numb]; numb bum [ctx:saddle-numb];
      numb bottom [ctx:saddle-numb]; numb butt [ctx:saddle-numb]; numb buttocks [ctx:saddle-numb];
      numb backside [ctx:saddle-numb]; back passage [ctx:saddle-area]; can't feel when I wipe;
      loss of bladder control; lost control of my bladder; can't control my bladder;
      loss of bowel control; lost control of my bowels; can't control my bowels;
      bowel incontinence [ctx:ces-bladder]; incontinence [ctx:ces-bladder];
      incontinent [ctx:ces-bladder]; urinary incontinence [ctx:ces-bladder];
      faecal incontinence [ctx:ces-bladder]; fecal incontinence [ctx:ces-bladder];
      wet myself [ctx:soiled]; wetting myself [ctx:soiled]; peed myself [ctx:soiled];
      peeing myself [ctx:soiled]; pooed myself [ctx:soiled]; pooing myself [ctx:soiled];
      pooped myself [ctx:soiled]; pooping myself [ctx:soiled]; soiled myself;
      can't pee; cannot pee; can't wee; can't urinate; unable to pee; unable to urinate;
      need to pee but can't; need to go but can't; difficulty peeing [ctx:ces-bladder];
      difficulty urinating [ctx:ces-bladder]; trouble peeing [ctx:ces-bladder];
      trouble urinating [ctx:ces-bladder]; urinary retention; don't know when I need to pee;
      don't know when I need to poo;
      both legs numb; both legs weak; legs giving way [comp]; jelly legs [comp];
      sciatica in both legs; CES [ctx:abbr-expansion] [abbr]`,
    }),
    group({
      concept: 'rf-chest-pain',
      neverDrop: true,
      component: true,
      terms: `chest pain; chest tightness [ctx:tight-chest]; tight chest [ctx:tight-chest]; chest pressure;
      pain spreading to my arm; pain spreading to my jaw; heart attack [ctx:heart-attack]`,
    }),
    group({
      concept: 'rf-sudden-abdo-back',
      neverDrop: true,
      component: true,
      terms: `collapsed [ctx:collapsed]; passed out [ctx:passed-out]; passing out [ctx:passed-out];
      fainted [ctx:faint]; fainting [ctx:faint]; felt faint [ctx:faint]; feel faint [ctx:faint];
      feeling faint [ctx:faint]; blacked out [ctx:passed-out];
      cold and clammy; burst aneurysm [ctx:burst-aneurysm]`,
    }),
    group({
      concept: 'rf-sudden-upper-back',
      neverDrop: true,
      component: true,
      terms: 'tearing pain [ctx:tearing-pain]; ripping pain [ctx:tearing-pain]; aortic dissection',
    }),
    group({
      concept: 'pulmonary-embolism',
      neverDrop: true,
      terms: `pulmonary embolism; pulmonary embolus; PE [ctx:abbr-expansion] [abbr]; blood clot in the lung;
      clot on the lung`,
    }),
    group({
      concept: 'rf-fever',
      neverDrop: true,
      component: true,
      terms: `fever [ctx:fever]; feverish [ctx:feverish]; high temperature [ctx:temperature];
      temperature [ctx:temperature]; hot and shivery; shivering [ctx:chills]; chills [ctx:chills];
      rigors [ctx:rigors];
      stiff neck [lookup] [ctx:meningitis]; neck stiffness [lookup] [ctx:meningitis];
      dislike of bright light [lookup] [ctx:meningitis]; sensitive to light [lookup] [ctx:meningitis]`,
    }),
    group({
      concept: 'rf-weight-loss',
      neverDrop: true,
      component: true,
      terms: `unexplained weight loss; losing weight without trying; losing weight [ctx:weight-loss];
      lost weight [ctx:weight-loss]; weight loss [ctx:weight-loss]`,
    }),
    group({
      concept: 'rf-night-rest-pain',
      neverDrop: true,
      component: true,
      terms: `worse at night; night pain; pain at night; nighttime pain; night-time pain;
      wakes me up [ctx:wakes-me-up]; pain at rest`,
    }),
    group({
      concept: 'rf-progressive-weakness',
      neverDrop: true,
      component: true,
      terms: `foot drop; dropped foot; leg weakness; weak leg; legs give way; legs won't hold me;
      can't lift my foot; foot slapping; tripping [ctx:pain-or-leg]; unsteady [ctx:pain-or-leg]`,
    }),
    group({
      concept: 'rf-thoracic',
      anchor: true,
      neverDrop: true,
      terms: `between my shoulder blades [ctx:shoulder-blades];
      between the shoulder blades [ctx:shoulder-blades]`,
    }),
    group({
      concept: 'rf-inflammatory-pattern',
      neverDrop: true,
      component: true,
      terms: 'morning stiffness; stiff in the morning',
    }),
    group({
      concept: 'spinal-injury-trauma',
      anchor: true,
      neverDrop: true,
      terms: `spinal injury; spinal cord injury; broke my back [ctx:broke-my-back];
      car accident [ctx:car-accident] [comp]; car crash [ctx:car-accident] [comp]; fell from height;
      had a fall [comp]`,
    }),
    group({
      concept: 'rf-recent-spinal-procedure',
      neverDrop: true,
      rule: 'spinal-procedure',
      terms: `epidural [lookup] [ctx]; spinal anaesthetic [lookup] [ctx]; spinal anesthetic [lookup] [ctx];
      spinal injection [lookup] [ctx]; spine surgery [lookup] [ctx]; back surgery [lookup] [ctx]`,
    }),
    group({
      concept: 'vertebral-fracture-deformity',
      anchor: true,
      terms: `vertebral fracture; spinal fracture; spine fracture; fractured spine; compression fracture;
      vertebral compression fracture; crush fracture; wedge fracture; fractured vertebra;
      collapsed vertebra; broken back; broken vertebra; osteoporotic fracture; fragility fracture;
      kyphosis [ctx:kyphosis]; dowager's hump; widow's hump; hunched back;
      loss of height [ctx:loss-of-height]`,
    }),
    group({
      concept: 'ci-osteoporosis',
      also: ['vertebral-fracture-deformity'],
      terms: 'osteoporosis; osteopenia; brittle bones; thinning bones',
    }),
    group({
      concept: 'back-muscle-inflammation',
      terms: 'myositis; polymyositis; dermatomyositis; cellulitis; skin infection; red hot swollen skin',
    }),
    group({
      concept: 'rhabdomyolysis',
      neverDrop: true,
      terms: `rhabdomyolysis; rhabdo [ctx:rhabdo]; dark urine [ctx:dark-urine]; cola-coloured urine;
      cola-colored urine; tea-coloured urine; tea-colored urine`,
    }),
    group({
      concept: 'axial-spondyloarthritis',
      anchor: true,
      terms: `ankylosing spondylitis; axial spondyloarthritis; axSpA; spondyloarthritis; spondylitis;
      Bechterew's disease; Bekhterev's disease; sacroiliitis; inflammatory back pain;
      AS [ctx:abbr-coterm] [abbr]`,
    }),
    group({
      concept: 'pyelonephritis',
      terms: `pyelonephritis; kidney infection; renal infection; upper urinary tract infection;
      water infection; urine infection; UTI [ctx:abbr-coterm] [abbr]; bladder infection [ctx:uti];
      kidney pain; flank pain [anchor] (also: kidney-stones)`,
    }),
    group({
      concept: 'prostatitis',
      terms: `prostatitis; acute prostatitis; chronic prostatitis; chronic pelvic pain syndrome;
      inflamed prostate`,
    }),
    group({ concept: 'endometriosis', terms: 'endometriosis; adenomyosis' }),
    group({
      concept: 'period-pain',
      terms: `period pain [ctx:period-pain]; period cramps; menstrual cramps; menstrual pain; painful periods;
      dysmenorrhoea; dysmenorrhea`,
    }),
    group({
      concept: 'gynaecological-causes',
      terms: 'pelvic pain (also: prostatitis); gynaecological disease; gynecological disease',
    }),
    group({
      concept: 'pelvic-inflammatory-disease',
      terms: 'pelvic inflammatory disease; PID [ctx:abbr-coterm] [abbr]',
    }),
    group({ concept: 'ectopic-pregnancy', terms: 'ectopic pregnancy; tubal pregnancy' }),
    group({
      concept: 'acute-cholecystitis',
      terms: `cholecystitis; acute cholecystitis; gallbladder inflammation; inflamed gallbladder;
      gallbladder attack; gallbladder pain; gall bladder; gallstones [rule:gallstones];
      gallstone [rule:gallstones]; biliary colic`,
    }),
    group({
      concept: 'acute-pancreatitis',
      terms: 'pancreatitis; acute pancreatitis; inflamed pancreas',
    }),
    group({
      concept: 'pneumonia',
      terms: 'pneumonia; chest infection; lung infection; pleurisy; pleuritic pain',
    }),
    group({
      concept: 'spinal-infection',
      anchor: true,
      terms: `discitis; spondylodiscitis; vertebral osteomyelitis; spinal infection; spinal abscess;
      epidural abscess`,
    }),
    group({
      concept: 'spinal-cancer-mscc',
      anchor: true,
      neverDrop: true,
      terms: `spinal metastases; bone metastases; spinal metastasis; metastatic spinal cord compression;
      MSCC [ctx:abbr-expansion] [abbr]; spinal tumour; spinal tumor; secondary bone cancer; bone cancer;
      cancer in my spine; cancer spread to my bones`,
    }),
    group({
      concept: 'spinal-cord-compression',
      anchor: true,
      neverDrop: true,
      terms: `spinal cord compression; cord compression [rule:cord-compression]; compressed spinal cord`,
    }),
    group({
      concept: 'abdominal-aortic-aneurysm',
      neverDrop: true,
      terms: `abdominal aortic aneurysm; aortic aneurysm; AAA [ctx:abbr-expansion] [abbr];
      triple A [ctx:abbr-expansion]; ruptured aneurysm`,
    }),
    group({
      concept: 'kidney-stones',
      terms: `kidney stone; renal stone; passing a stone; renal colic; ureteric colic; renal calculi;
      nephrolithiasis; urolithiasis; stone [ctx:stone]`,
    }),
    group({
      concept: 'dvt',
      terms: `deep vein thrombosis; DVT [ctx:abbr-expansion] [abbr]; blood clot in leg; clot in my leg;
      blood clot [ctx:blood-clot]; swollen calf; calf swollen; calf pain [ctx:calf-pain]`,
    }),
    group({
      concept: 'shingles',
      terms: 'shingles [ctx:shingles]; shingles rash; herpes zoster',
    }),
    group({
      concept: 'ci-anticoagulants-bleeding',
      terms: `blood thinners; blood thinner; anticoagulant; warfarin; apixaban; rivaroxaban;
      dabigatran; edoxaban; heparin; bleeding disorder; haemophilia; hemophilia; low platelets;
      thrombocytopenia; blood-thinning medication; blood-thinning drugs; blood-thinning medicine`,
    }),
    group({
      concept: 'ci-recent-fracture',
      terms: 'recent fracture; broken bone; fractured bone; fracture [ctx:massage-context]',
    }),
    group({
      concept: 'ci-pregnancy',
      terms: `pregnancy massage; prenatal massage; pre-natal massage; antenatal massage;
      high-risk pregnancy; high risk pregnancy; pregnancy [ctx:massage-context];
      pregnant [ctx:massage-context]`,
    }),
    group({
      concept: 'post-massage-soreness',
      anchor: true,
      terms: `sore after massage; sore after a massage; sore after my massage; achy after massage;
      hurts after massage; pain after massage; pain after a massage; post-massage soreness;
      post-massage pain; massage soreness; sore after deep tissue`,
    }),
    group({
      concept: 'massage-related-injury',
      anchor: true,
      terms: `bruised after massage; bruising after massage; bruise after massage; bruises from massage;
      injured during massage; massage injury; massage made it worse`,
    }),
    group({
      concept: 'cold-exposure-back',
      anchor: true,
      terms: 'caught a chill; chill in my back; cold in my back; sat in a draught; sat in a draft',
    }),
    group({
      concept: 'massage',
      anchor: true,
      // §6.1 M: figurative, cooking and other-practice uses of massage terms are rejected.
      rule: 'massage-sense',
      terms: `massage; back massage; deep tissue massage; deep-tissue massage; Swedish massage;
      sports massage; Thai massage; shiatsu; tui na; tuina; acupressure; trigger point therapy;
      trigger point [ctx:trigger-point]; pressure point [ctx:pressure-point];
      myofascial release; hot stone massage; aromatherapy massage; reflexology;
      lymphatic drainage massage; manual lymphatic drainage; remedial massage; therapeutic massage;
      medical massage; chair massage; massage chair; Indian head massage; back rub; backrub;
      rubdown; Swedish [ctx:swedish-thai]; Thai [ctx:swedish-thai]; massage gun; percussion massager;
      cupping [ctx:cupping]; gua sha`,
    }),
    group({
      concept: 'spinal-manipulation',
      anchor: true,
      terms: `spinal manipulation; chiropractic adjustment; chiropractic; chiropractor; chiro [ctx:chiro];
      osteopath; crack my back; neck manipulation`,
    }),
    group({
      concept: 'massage-practitioner',
      anchor: true,
      terms: `masseur; masseuse; massage therapist; registered massage therapist;
      RMT [ctx:abbr-coterm] [abbr]; licensed massage therapist; LMT [ctx:abbr-coterm] [abbr];
      sports massage therapist; bodyworker; massage parlour [ctx:massage-parlour];
      massage parlor [ctx:massage-parlour]; massage salon`,
    }),
  ];
}

let parsed: readonly LexiconGroup[] | undefined;

/** The §6 lexicon, parsed on the first call and cached (the same array every time). */
export function getLexicon(): readonly LexiconGroup[] {
  parsed ??= parseLexicon();
  return parsed;
}

/**
 * A read-only array that fills itself from `getLexicon()` the first time anything looks at it:
 * every operation first copies the parsed groups into the (initially empty) target, then acts on
 * the target, so it behaves as a plain array (and Proxy invariants hold).
 */
function lazyLexicon(): readonly LexiconGroup[] {
  const target: LexiconGroup[] = [];
  let filled = false;
  const fill = (): LexiconGroup[] => {
    if (!filled) {
      filled = true;
      target.push(...getLexicon());
    }
    return target;
  };
  return new Proxy(target, {
    get: (_, key) => Reflect.get(fill(), key),
    has: (_, key) => Reflect.has(fill(), key),
    ownKeys: () => Reflect.ownKeys(fill()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(fill(), key),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/**
 * FACTS.md §6, every group in order: the same groups as `getLexicon()`, for callers that want a
 * plain value (tests, Node tools, the knowledge checks). Loading it costs nothing; the first
 * access parses the lexicon. Matching code calls `getLexicon()` instead.
 */
export const lexicon: readonly LexiconGroup[] = /* @__PURE__ */ lazyLexicon();

/** True for a term that is used only by the symptom lookup and never highlighted (§6 [lookup]). */
export function isLookupOnly(term: LexiconTerm): boolean {
  return term.lookup === true;
}
