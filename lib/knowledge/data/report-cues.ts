// How a sentence tells a finding (issue 8): denied ("no fever"), asked about or feared ("what if
// my legs go numb?"), or told as past history ("years ago I couldn't pee"). Shared by the symptom
// lookup (lib/lookup/negation.ts), the page analysis (lib/lookup/context-analysis.ts) and the
// matcher's escalation (lib/match/report-status.ts); a module of its own so the page bundle can
// carry these few words without the rest of the lay-language data.

/** Negation cues (§6.1 N): only a denied symptom is dropped. */
export const NEGATION_CUES = new Set([
  'no',
  'not',
  'without',
  'never',
  'denies',
  'deny',
  'denied',
  'nor',
  'neither',
  'none',
  // Scots: "nae numbness doon below".
  'nae',
  // Tagalog: "wala naman akong lagnat" (I have no fever), "walang pamamanhid" (no numbness).
  'wala',
  'walang',
]);

/**
 * "Nothing" denies what it names, "nothing numb between my legs", or what follows "nothing odd down
 * below"; it denies nothing else ("nothing helps the pain" still reports the pain).
 */
export const NOTHING_ODD: ReadonlySet<string> = new Set([
  'odd',
  'unusual',
  'strange',
  'weird',
  'funny',
  'wrong',
  'different',
  'abnormal',
  'new',
  'untoward',
  // "nothing changed down below".
  'changed',
  // "nothing numb down below": the place after the numbness is denied with it.
  'numb',
  'tingly',
  'amiss',
  // "nothing in my arms or jaw", "nothing down below" ("I feel nothing down there" is a lost
  // feeling: that pattern holds its "nothing").
  'in',
  'on',
  'down',
  'into',
]);

/** Words that end a negation's scope: "no fever and my legs are numb". */
export const SCOPE_BREAKERS = new Set([
  'and',
  'but',
  'although',
  'though',
  'however',
  'yet',
  'except',
  'whereas',
  'now',
  'then',
  'since',
  'because',
  'so',
  'just',
  'only',
  'also',
  'plus',
  'after',
  'when',
  'while',
  'which',
  'that',
]);

/**
 * Hypotheticals (issue 8): a symptom after one of these, in the same sentence, is asked about,
 * not reported ("what if my legs go numb?", "in case I ever lose control of my bladder").
 */
/** Courtesy, not a hypothetical: "copying my replies in case it's useful: …". */
export const POLITE_ASIDES: readonly string[][] = [
  // "it's" is read as "it" (the tokeniser drops the contraction).
  ['in', 'case', 'it', 'useful'],
  ['in', 'case', 'it', 'helpful'],
  ['in', 'case', 'it', 'is', 'useful'],
  ['in', 'case', 'it', 'is', 'helpful'],
  ['in', 'case', 'it', 'helps'],
  ['in', 'case', 'that', 'helps'],
  ['in', 'case', 'you', 'need'],
  ['in', 'case', 'anyone'],
];
export const HYPOTHETICAL_CUES: readonly string[][] = [
  ['what', 'if'],
  // "I keep picturing myself slipping on the ice, landing on my spine…": imagined.
  ['keep', 'picturing'],
  ['keep', 'imagining'],
  ['kept', 'picturing'],
  ['kept', 'imagining'],
  // "the thought that I could end up with cola-coloured pee".
  ['the', 'thought', 'that'],
  // Advice retold: "the nurse said if the site goes red…, ring the unit".
  ['said', 'if'],
  ['says', 'if'],
  // Singapore and Nigerian English: "my physio say if backache plus chest pain must go A&E".
  ['say', 'if'],
  ['told', 'me', 'if'],
  // "My friend ask me if the Thai massage make my legs numb. No!"
  ['ask', 'me', 'if'],
  ['asked', 'me', 'if'],
  ['asks', 'me', 'if'],
  ['told', 'us', 'if'],
  ['what', 'happens', 'if'],
  ['what', 'would', 'happen'],
  ['in', 'case'],
  ['if', 'ever'],
  ['if', 'i', 'ever'],
  // A rule told about anyone: "If a client who has been treated for cancer ever mentions…".
  ['if', 'a', 'client'],
  ['if', 'a', 'patient'],
  ['if', 'a', 'customer'],
  // A question or rule put to anyone: "If you've had breast cancer, how long afterwards…".
  ['if', 'you'],
  // Text-speak "u": "what should u do if u ever get numbness round ur bum".
  ['if', 'u'],
  ['hypothetically'],
  // "Suppose an elderly person with osteoporosis has a fall, is it safe to…".
  ['suppose'],
  ['supposing'],
  ['if', 'your'],

  ['worry', 'if'],
  ['worried', 'if'],
  ['worry', 'about'],
  ['watch', 'out', 'for'],
  ['look', 'out', 'for'],
  ['watch', 'for'],
  ['warning', 'signs'],
  ['signs', 'to'],
  ['told', 'me', 'to'],
  ['should', 'i', 'ever'],
  // An inverted "if": "Should your back pain come with a fever, ring…".
  ['should', 'your'],
  ['should', 'you'],
  ['should', 'any'],
  ['should', 'a'],
  ['should', 'there', 'be'],
  // "should it ever spread into my chest…, ring 999" (not a bare "should it": "should it be this
  // numb?" asks about a sign the person has).
  // "Midwife said that should my backache ever come in waves…".
  ['should', 'my'],
  ['should', 'his'],
  ['should', 'her'],
  ['should', 'it', 'ever'],
  ['should', 'this', 'ever'],
  ['should', 'she', 'ever'],
  ['should', 'he', 'ever'],
  ['should', 'they', 'ever'],
  ['if', 'it', 'ever'],
  ['if', 'this', 'ever'],
  ['if', 'they', 'ever'],
  // A drill or a course: "what to do if someone with back pain collapsed".
  ['what', 'to', 'do', 'if'],
  ['one', 'day'],
  ['paranoid', 'about'],
  ['would', 'mean'],
  ['could', 'it', 'be'],
  ['is', 'it', 'possible'],
  // Read or heard about, or feared as what might come ("terrified of getting it"). Not a bare
  // "scared of" / "worried about": "worried about dad, he can't pee" reports.
  ['read', 'about'],
  // "the thought of a fall terrifies me".
  ['the', 'thought', 'of'],
  // "My biggest fear… is waking up not able to feel when I wipe", "Imagine putting off A&E…".
  ['biggest', 'fear'],
  ['imagine'],
  ['nightmare', 'scenario'],
  // A doctor's question retold: "she asked about numbness down there".
  ['asked', 'about'],
  ['asked', 'me', 'about'],
  ['asked', 'if'],
  ['asked', 'whether'],
  // Advice: "ring if the back pain round the epidural gets worse", "call 999 if your legs go numb".
  // A discharge or safety-net sheet: "Return if numbness around saddle area, difficulty passing urine".
  ['return', 'if'],
  ['come', 'back', 'if'],
  ['seek', 'help', 'if'],
  ['ring', 'if'],
  ['call', 'if'],
  ['phone', 'if'],
  ['contact', 'if'],
  ['ring', 'us', 'if'],
  ['call', 'us', 'if'],
  // Read about or feared: "read online about spinal cord compression and now I'm scared",
  // "worried I'm having a heart attack because my shoulder blade aches".
  ['read', 'online', 'about'],
  // "I've read sudden severe back pain can be an aneurysm bursting", "I read that…": what was read
  // is not what happens ("…no dizziness, colour's normal" is the report).
  ['i', 'read'],
  ['have', 'read'],
  ['had', 'read'],
  ['read', 'that'],
  // "I saw something online about a spine condition that causes leaking", "an article about…".
  ['something', 'online', 'about'],
  // "Read online it could be cauda equina and now I can't sleep".
  ['read', 'online', 'it'],
  ['read', 'online', 'that'],
  ['an', 'article', 'about'],
  ['a', 'video', 'about'],
  ['a', 'post', 'about'],
  ['googled'],
  ['reading', 'about'],
  ['read', 'up', 'on'],
  ['worried', 'i', 'am', 'having'],
  ['scared', 'i', 'am', 'having'],
  ['worried', 'it', 'is', 'a'],
  // "the physio asked all the scary questions about my back pain, any change in feeling…".
  ['questions', 'about'],
  ['asked', 'all', 'the'],
  // A checklist's or a stranger's question retold: "the checklist asks whether a sneeze…".
  ['asks', 'whether'],
  ['asks', 'if'],
  ['asking', 'whether'],
  // A rule for anyone in someone's care: "any resident over 70 who complains of back pain after
  // even a minor fall must be assessed".
  // A question put to other practitioners or a talk given to everyone: "Has anyone had a client
  // whose…", "the talk we give every patient with bone metastases – band-like pain… means ring".
  // "heart attack signs can be upper back pain", "convinced it's bone cancer (it was the mattress)",
  // "always ask about blood thinners… pregnancy".
  ['signs', 'can'],
  ['convinced', 'it'],
  ['always', 'ask'],
  ['ask', 'about'],
  ['has', 'anyone', 'had'],
  ['has', 'anyone', 'ever'],
  ['have', 'any', 'of', 'you'],
  ['every', 'patient'],
  ['every', 'client'],
  ['signs', 'we'],
  ['we', 'ask', 'about'],
  ['any', 'resident'],
  ['any', 'patient'],
  ['any', 'client'],
  ['any', 'pupil'],
  ['anyone', 'who'],
  ['anybody', 'who'],
  // Anyone at all: "if someone's upper back pain came on like something tearing…".
  ['if', 'someone'],
  ['if', 'somebody'],
  ['if', 'a', 'person'],
  // "Suppose it starts going down both legs, is it more serious?".
  ['suppose', 'it'],
  ['suppose', 'my'],
  ['suppose', 'she'],
  ['suppose', 'he'],
  ['supposing'],
  ['imagine', 'if'],
  // "If she did take a tumble, would that change things?".
  ['if', 'she', 'did'],
  ['if', 'he', 'did'],
  ['if', 'they', 'did'],
  ['if', 'she', 'ever'],
  ['if', 'he', 'ever'],
  ['if', 'she', 'were'],
  ['if', 'he', 'were'],
  // "Your GP will probably ask whether you've lost weight without meaning to".
  // "…but that if I suddenly couldn't pee, I was to go straight to A&E".
  ['that', 'if'],
  ['ask', 'whether'],
  ['ask', 'if'],
  ['will', 'ask'],
  ['may', 'ask'],
  // Lists of warning signs and where to go with them (issue 8, bank Q3).
  ['signs', 'include'],
  ['symptoms', 'include'],
  ['seek', 'emergency'],
  ['seek', 'urgent'],
  ['seek', 'medical'],
  ['worth', 'knowing'],
  ['should', 'know'],
  ['wanted', 'to', 'know', 'if'],
  ['wanted', 'to', 'know', 'whether'],
  // Experts quoted: "specialists stress that a sudden tearing pain … warrants a 999 call".
  ['stress', 'that'],
  ['stresses', 'that'],
  ['warn', 'that'],
  ['warns', 'that'],
  ['checked', 'for'],
  ['read', 'that'],
  ['reading', 'that'],
  ['heard', 'that'],
  ['apparently'],
  ['reading', 'about'],
  ['heard', 'about'],
  ['terrified', 'of', 'getting'],
  ['scared', 'of', 'getting'],
  ['afraid', 'of', 'getting'],
  ['frightened', 'of', 'getting'],
  ['worried', 'about', 'getting'],
  ['terrified', 'of', 'having'],
  // "terrified of the day my legs give way for real" (a profile bio).
  ['of', 'the', 'day', 'my'],
  ['dread', 'the', 'day'],
  ['scared', 'of', 'having'],
  ['worried', 'about', 'having'],
];

/**
 * A dangerous condition named as a fear ("worried about aneurysm at my age", "scared of a clot",
 * "worried about that cauda equina thing"): the name is asked about, not reported, so it does not
 * tell a known aneurysm or a diagnosed clot. The signs told beside it are read as usual. Not "worried
 * about my aneurysm" (a known one).
 */
const FEAR_WORDS = [
  'worried',
  'worrying',
  'scared',
  'afraid',
  'terrified',
  'concerned',
  'paranoid',
  'frightened',
];
const FEARED_CONDITION_WORDS = [
  'aneurysm',
  'aaa',
  'cauda',
  'ces',
  'clot',
  'clots',
  'dvt',
  'embolism',
  'stroke',
  'sepsis',
  'meningitis',
  'cancer',
  'tumour',
  'tumor',
];
export const FEARED_CONDITION_CUES: readonly string[][] = FEAR_WORDS.flatMap((fear) =>
  ['about', 'of'].flatMap((prep) =>
    [[], ['a'], ['an'], ['that'], ['it', 'being', 'a'], ['it', 'being', 'an']].flatMap((det) =>
      FEARED_CONDITION_WORDS.map((name) => [fear, prep, ...det, name]),
    ),
  ),
);

/**
 * A list of signs, then "None of those are happening": the next sentence denies them all. Only with a
 * verb of being or having next to it ("none of these apply", "I have none of those"), so "None of
 * those painkillers helped" denies nothing.
 */
export const NONE_OF_WORDS: ReadonlySet<string> = new Set(['those', 'these', 'them', 'that', 'which']);
export const NONE_OF_VERBS: ReadonlySet<string> = new Set([
  'are',
  'is',
  'apply',
  'applies',
  'happening',
  'happen',
  'happened',
  'true',
  'fit',
  'fits',
  'have',
  'has',
  'had',
  'got',
]);

/**
 * Leaflet advice: "contact the maternity unit straight away if the site becomes red", "Signs that
 * need urgent care include…", "Anyone with AS who has a fall should go to A&E" tell what to do if,
 * not what is. A sentence with one of ADVICE_TRIGGERS, an advice verb shortly before a place or
 * person that gives care ("call … oncology line", "be checked", "get seen") and no I/me/my is
 * advice as a whole, its opening clause included ("In the six weeks after an epidural, contact…").
 * A person's own report says I, me or my; one about someone else names them without an "if".
 */
export const ADVICE_TRIGGERS: ReadonlySet<string> = new Set([
  'if',
  // "Any elder with back ache who suddenly cannot control motions should be taken to casualty".
  'any',
  'anyone',
  'anybody',
  'whoever',
  'reasons',
  'include',
  'includes',
  'including',
]);
/** Groups a rule is told to: "people who…", "survivors who…", "anyone who…". */
const GROUPS_ADDRESSED: ReadonlySet<string> = new Set([
  'people',
  'survivors',
  'patients',
  'those',
  'clients',
  'adults',
  'elders',
  'seniors',
  'women',
  'men',
  'folks',
  'runners',
  'athletes',
  'mums',
  'moms',
  'mommies',
  'mothers',
  'parents',
  'elderly',
  'everyone',
]);
export const ADVICE_VERBS: ReadonlySet<string> = new Set([
  'ask',
  'book',
  'dial',
  'mention',
  'contact',
  'call',
  'ring',
  'phone',
  'see',
  'seek',
  'tell',
  'visit',
  'speak',
  // "if yours is constant, keeps you awake at night…, talk to your GP".
  'talk',
  'go',
  'get',
  'be',
  'need',
  'needs',
  'refer',
]);
export const CARE_GIVERS: ReadonlySet<string> = new Set([
  'unit',
  'doctor',
  'gp',
  'midwife',
  'nurse',
  'team',
  'surgery',
  'hospital',
  '999',
  '111',
  '911',
  '000',
  '112',
  'ambulance',
  'pharmacist',
  'help',
  'advice',
  'attention',
  'emergency',
  'physio',
  'clinic',
  'care',
  'line',
  'oncology',
  'oncologist',
  'consultant',
  'specialist',
  'therapist',
  'chiropractor',
  'osteopath',
  'e',
  'casualty',
  'taken',
  'seen',
  'checked',
  'assessed',
  'examined',
  'you',
]);
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'im', 'ive']);
/** Words that make a sentence a report about someone else ("he can't feel his legs"). */
const THIRD_PERSON: ReadonlySet<string> = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  'hes',
  'shes',
  'mum',
  'mom',
  'dad',
  'husband',
  'wife',
  'son',
  'daughter',
  'partner',
  'grandad',
  'grandma',
  'gran',
  'nan',
  'baby',
]);
/**
 * Phrases that tell general information, not a report: "…a sudden, ripping pain between the
 * shoulder blades. That is a 999 call", "…can be an early sign of nerve compression", "one of the
 * signs that gets people seen quickly". A sentence with one, and no I/me/my and nobody else named
 * (THIRD_PERSON), says what to do if, not what is.
 */
export const GENERAL_INFO_CUES: readonly string[][] = [
  ['can', 'be', 'a', 'sign'],
  ['can', 'be', 'an', 'early', 'sign'],
  ['can', 'be', 'signs'],
  ['may', 'be', 'a', 'sign'],
  ['is', 'a', '999', 'call'],
  ['a', '999', 'call'],
  ['needs', 'emergency', 'attention'],
  ['need', 'emergency', 'attention'],
  // An FAQ's answer: "…a hot, swollen calf or sudden breathlessness needs urgent help".
  ['needs', 'urgent', 'help'],
  ['need', 'urgent', 'help'],
  ['needs', 'urgent', 'attention'],
  ['need', 'urgent', 'attention'],
  ['one', 'of', 'the', 'signs'],
  ['one', 'of', 'the', 'things'],
  ['red', 'flag'],
  ['red', 'flags'],
  ['checklist'],
  // A care home's or a clinic's rule: "Falls protocol: any resident over 70 who…".
  ['protocol'],
  ['faq'],
  ['get', 'it', 'checked'],
  ['get', 'seen', 'as', 'an', 'emergency'],
  ['is', 'worth', 'an'],
  // "A foot that catches on rugs … is worth a same-day call to your GP".
  ['worth', 'a', 'same'],
  // "A fever on its own is usually a cold": what tends to be, said of nobody.
  ['is', 'usually', 'a'],
  ['is', 'usually', 'just'],
  ['on', 'its', 'own', 'is'],
  ['deserves', 'a'],
  ['the', 'kind', 'to'],
  ['a', 'job', 'for'],
  ['is', 'not', 'a'],
  ['list', 'of', 'reasons'],
  // "The leaflet says that … needs a call to the maternity unit".
  // Posts that teach (page bank Q10): "When back pain needs 999: numbness around your bottom…",
  // "Tip for everyone in this group: … are the ones to get seen the same day", "midwives want to
  // hear straight away about bleeding", "even a small fall can break a bone in the spine",
  // "…should be checked the same day", "trouble peeing? That's a different story".
  ['needs', '999'],
  ['means', '999'],
  // Warning-sign lists, FAQs, handouts and awareness posts (page bank Q14).
  ['generally'],
  ['readers'],
  ['can', 'mean'],
  ['may', 'mean'],
  ['can', 'signal'],
  ['refresher'],
  // A moderator's pinned note: "reminder: … numbness between your legs = emergency, go and get checked".
  ['reminder'],
  ['go', 'and', 'get', 'checked'],
  ['why', 'do', 'we', 'ask'],
  ['needs', 'a', 'doctor'],
  ['need', 'a', 'doctor'],
  ['is', 'a', 'reason', 'to'],
  ['time', 'matters'],
  // Quizzes, training scenarios, policies, product warnings, charity reminders (page bank Q15).
  ['quiz'],
  ['scenario'],
  ['policy'],
  ['reminder', 'for'],
  ['reminds'],
  ['midwives', 'say'],
  ['deserves', 'same'],
  ['do', 'not', 'use'],
  ['what', 'does'],
  // A first-aid course, an awareness week, a care home's rule, advice to readers (page bank Q12).
  ['means', 'ringing'],
  ['means', 'calling'],
  ['first', 'aid', 'course'],
  ['awareness', 'week'],
  ['if', 'a', 'resident'],
  ['do', 'not', 'ignore'],
  ['mean', '999'],
  ['need', '999'],
  ['tip', 'for'],
  ['the', 'ones', 'to'],
  ['want', 'to', 'hear'],
  ['wants', 'to', 'hear'],
  ['can', 'break'],
  ['can', 'crack'],
  ['can', 'appear'],
  ['even', 'if', 'you'],
  ['should', 'be', 'checked'],
  ['should', 'be', 'seen'],
  ['a', 'different', 'story'],
  ['leaflet', 'says'],
  // Handouts and newsletters (page bank Q20), columns ("Health corner: after a fall… should get").
  ['health', 'corner'],
  ['should', 'get'],
  ['handout'],
  ['newsletter'],
  // Pinned rules, listicles, FAQs and news items (page bank Q19).
  ['pinned'],
  ['signs', 'your'],
  ['what', 'matters', 'is'],
  ['urged', 'to'],
  ['what', 'doctors', 'want'],
  // "Tip from my physiotherapy course: … is not for massage, it is for ambulance" (page bank Q16).
  ['tip', 'from'],
  ['is', 'for', 'ambulance'],
  ['not', 'for', 'massage'],
  ['article', 'says'],
  ['website', 'says'],
  // "For anyone reading this: back pain with numbness around your bum… is an emergency" (bank Q24).
  ['for', 'anyone', 'reading'],
  // News and manuals: "…should be treated as an emergency, according to NHS guidance";
  // "Signs of a spinal injury after a fall include…"; exam questions.
  ['should', 'be', 'treated'],
  ['according', 'to'],
  ['signs', 'of', 'a'],
  ['which', 'diagnosis'],
  ['most', 'appropriate'],
  ['most', 'likely', 'diagnosis'],
  ['is', 'an', 'emergency'],
  ['are', 'an', 'emergency'],
  ['is', 'a', 'medical', 'emergency'],
  ['should', 'never', 'be', 'ignored'],
  ['never', 'ignore'],
  // Health Q&A and FAQs (page bank Q46): "…is a reason for an urgent GP appointment", "kidney pain
  // tends to sit higher…", "…needs a call to your GP or 111 today", "which of these…".
  ['is', 'a', 'reason', 'for'],
  ['are', 'a', 'reason', 'for'],
  ['tends', 'to'],
  ['tend', 'to'],
  ['needs', 'a', 'call'],
  ['need', 'a', 'call'],
  ['which', 'of', 'these'],
];

/**
 * Is the sentence of words first..last advice as a whole (the rule above)? `word(i)` is word i in
 * lower case: the page's TextModel and the lookup's tokens both read sentences through it.
 */
export function isAdviceSentence(word: (i: number) => string, first: number, last: number): boolean {
  let trigger = false;
  let advice = false;
  let someone = false;
  let general = false;
  for (let i = first; i <= last; i++) {
    const w = word(i);
    if (FIRST_PERSON.has(w)) return false;
    if (THIRD_PERSON.has(w)) someone = true;
    if (!general)
      general = GENERAL_INFO_CUES.some((cue) => cue.every((c, k) => i + k <= last && word(i + k) === c));
    if (ADVICE_TRIGGERS.has(w)) trigger = true;
    // "cancer survivors who get new back pain should call their oncologist": a group, not a person.
    if (w === 'who' && i > first && GROUPS_ADDRESSED.has(word(i - 1))) trigger = true;
    // "for pregnant mommies, backache with bleeding… means go to the hospital".
    if (
      w === 'for' &&
      i + 1 <= last &&
      (GROUPS_ADDRESSED.has(word(i + 1)) || (i + 2 <= last && GROUPS_ADDRESSED.has(word(i + 2))))
    )
      trigger = true;
    if (ADVICE_VERBS.has(w))
      for (let k = i + 1; k <= i + 4 && k <= last; k++) if (CARE_GIVERS.has(word(k))) advice = true;
  }
  return (trigger && advice) || (general && !someone);
}

/**
 * Fears: a sign after one of these is feared only when a future or "might" follows within a few
 * words ("terrified that I'll lose control"); "worried that I've dropped 8 kilos" reports.
 */
export const FEAR_CUES: readonly string[][] = [
  // "worried she might lose control of her bladder afterwards", "scared I'd end up with foot drop".
  ['worried', 'she'],
  ['worried', 'he'],
  ['worried', 'i'],
  // "worried a deep tissue massage might leave me with…".
  ['worried', 'a'],
  ['worried', 'the'],
  ['scared', 'i'],
  ['afraid', 'i'],
  ['terrified', 'i'],
  ['terrified', 'that'],
  ['paranoid', 'that'],
  ['scared', 'that'],
  ['afraid', 'that'],
  ['worried', 'that'],
  ['worry', 'that'],
  ['frightened', 'that'],
  ['panic', 'that'],
  // "Part of me worries I'll end up with numb legs".
  ['worries', 'i'],
  ['worries', 'that'],
  // "I was scared the massage chair might set off contractions or bleeding".
  ['scared', 'the'],
  ['worried', 'the'],
  ['afraid', 'the'],
  ['frightened', 'the'],
  ['terrified', 'the'],
  ['nervous', 'the'],
];

/** Words that make a fear about what may come: "…that I'll / it might / it could / it's going to…". */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will',
  'll',
  'would',
  'might',
  'may',
  'could',
  'going',
  'gonna',
  'end',
  'one',
  'someday',
]);

/** "if" + one of these within three words is a future condition, not a report ("if my legs go numb"). */
export const CONDITIONAL_VERBS = new Set([
  'go',
  'get',
  'become',
  'develop',
  'start',
  'ever',
  'happen',
  'turn',
  'spread',
  'lose',
  'stop',
  'come',
  // The page's matcher reads words as written: "if the site goes red".
  'goes',
  'gets',
  'becomes',
  'develops',
  'starts',
  'turns',
  'spreads',
  'happens',
  'comes',
]);

/** A finding followed by one of these denies it: "bladder fine", "walking normally", "legs are ok". */
/** "no problems getting or keeping an erection": a denied trouble word reaches further than a plain denial (lib/lookup/negation.ts). */
/** A named problem that closes a denial ("no wee probs, bad back": the back is told afresh). */
export const DENIED_PROBLEMS: ReadonlySet<string> = new Set([
  'problem',
  'problems',
  'issues',
  // Unpunctuated: "never had kidney trouble suddenly pain in my left side" (the pain is told afresh).
  'trouble',
  'probs',
]);
/** Words that tie a denied problem to what follows: "no problems with my bladder", "problems passing urine". */
export const PROBLEM_LINKS: ReadonlySet<string> = new Set([
  'with',
  'getting',
  'keeping',
  'in',
  'on',
  'of',
  'to',
  'from',
  'down',
  'there',
  'passing',
  'doing',
  'going',
  'or',
  'nor',
  'and',
]);

export const TROUBLE_WORDS = new Set([
  // "not a hint of a temperature", "no sign of any numbness".
  'hint',
  'sign',
  'trace',
  'whiff',
  'problem',
  'problems',
  'trouble',
  'issue',
  'issues',
  'difficulty',
  'difficulties',
]);
/** "Chest pain? None at all.", "Temperature? Zero": a finding asked, then denied in the next breath. */
export const ANSWER_DENIALS: ReadonlySet<string> = new Set([
  'none',
  'zero',
  'no',
  'nope',
  'nothing',
  'nil',
  'never',
  'nah',
]);
/**
 * Answers that deny a question in a pasted form or transcript ("Q: between your legs? A: normal",
 * "Q: other leg? A: untouched"): only as the whole answer's first word, after its label.
 */
export const FORM_ANSWER_DENIALS: ReadonlySet<string> = new Set([
  ...ANSWER_DENIALS,
  'normal',
  'fine',
  'untouched',
  'ok',
  'okay',
  'negative',
]);
/**
 * Words that make a question the writer's own ("can she get a massage? no pain right now"), not a
 * form's line ("weakness in your legs? No"): its answer does not deny it.
 */
export const OWN_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'i',
  'she',
  'he',
  'we',
  'they',
  'can',
  'could',
  'should',
  'would',
  'will',
  'do',
  'does',
  'is',
  'are',
  'am',
]);
/** The label of an answer in a pasted transcript: "A: no", "Me: fine", "Answer: none". */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer', 'me', 'reply', 'ans']);
/**
 * Who a clause is about (lib/lookup/whose.ts): people other than the writer. A relative (RELATIVES)
 * counts too, after "my" or "our"; these count with any determiner or none ("a man collapsed").
 * Not "they": "they found a bulge on my aorta" is the doctors, telling the writer's own history.
 */
export const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  'friend',
  'mate',
  'neighbour',
  'neighbor',
  'colleague',
  'coworker',
  'workmate',
  'flatmate',
  'housemate',
  'roommate',
  'teammate',
  'boss',
  'toddler',
  'baby',
  'child',
  'kid',
  'son',
  'daughter',
  'man',
  'woman',
  'guy',
  'bloke',
  // "A lad on my team had cauda equina surgery last season".
  'lad',
  'lass',
  'fella',
  'girl',
  'boy',
  'lady',
  'someone',
  'somebody',
  'character',
  'patient',
  'client',
  'he',
  'she',
  'him',
  'his',
  'her',
]);
/**
 * Groups and places a writer shares with someone else: "a lad on my team had…", "a woman at our
 * gym": the "my" names no part of the writer, so the story stays that person's.
 */
export const SHARED_GROUPS: ReadonlySet<string> = new Set([
  'team',
  'squad',
  'crew',
  'club',
  'class',
  'course',
  'shift',
  'ward',
  'unit',
  'street',
  'road',
  'office',
  'gym',
  'church',
  'group',
  'choir',
]);
/**
 * Animals whose symptoms a writer tells, after "my", "our", "his" or "her" ("our dachshund's slipped
 * disc"): never a person's red flag (lib/lookup/whose.ts). "Walking the dog" is an activity.
 */
export const PETS: readonly string[] = [
  'dog',
  'dogs',
  'puppy',
  'pup',
  'cat',
  'dachshund',
  'spaniel',
  'labrador',
  'collie',
  'terrier',
  'pony',
  'mare',
  'gelding',
  'vet',
];
/**
 * Another person's episode that is taken care of, over, or only watched or read: "he's been
 * admitted", "the GP saw him and said it's a virus", "she was rushed in for surgery", "last year",
 * "watched Holby City where a man collapsed". With the writer's own symptoms in the same query,
 * what such a sentence tells about the other person is their story, not the writer's report.
 */
export const OTHERS_DONE_CUES: readonly string[][] = [
  // Not "he admitted that…" (owned up), and no time alone ("treated two years ago"): a relative's
  // old cancer is exactly what makes their new back pain urgent.
  ['been', 'admitted'],
  ['was', 'admitted'],
  ['got', 'admitted'],
  ['admitted', 'to'],
  ['in', 'theatre'],
  ['intensive', 'care'],
  ['is', 'stable'],
  ['now', 'stable'],
  ['rushed', 'in'],
  ['rushed', 'to'],
  ['blue', 'lighted'],
  ['in', 'hospital'],
  ['in', 'intensive'],
  ['had', 'surgery'],
  ['for', 'surgery'],
  ['operated'],
  ['antibiotics'],
  ['gp', 'saw'],
  ['doctor', 'saw'],
  ['saw', 'the', 'gp'],
  ['saw', 'the', 'doctor'],
  ['all', 'clear'],
  ['recovered'],
  ['recovering'],
];
/**
 * Watched on a screen (not "watched cartoons" at home, not "they're watching my aneurysm"): what
 * such a sentence tells is nobody's report unless the writer says it is theirs ("a crash replay").
 */
/**
 * "Fine" followed by an earlier time tells what it was, not what it is: "legs getting weaker by the
 * hour fine at lunch now I need the wall" (unpunctuated) is no denial; "bladder fine at the moment"
 * still is. Each entry: the word after "fine", and the words that may follow it (empty: any).
 */
export const WAS_FINE_THEN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'at',
    new Set(['lunch', 'lunchtime', 'breakfast', 'dinner', 'teatime', 'noon', 'midday', 'work', 'school']),
  ],
  ['this', new Set(['morning', 'afternoon', 'evening'])],
  ['last', new Set(['night', 'week', 'weekend'])],
  ['yesterday', new Set<string>()],
  ['earlier', new Set<string>()],
  ['until', new Set<string>()],
  ['till', new Set<string>()],
  ['til', new Set<string>()],
  ['before', new Set<string>()],
]);

/**
 * PAST_CUES that date only their own clause: "My dad (72, used to smoke) suddenly got awful lower
 * back pain" — the habit is past, the pain is now.
 */
export const CLAUSE_ONLY_PAST_CUES: readonly string[][] = [['used', 'to']];

/**
 * Harmless causes told beside a sign on a page (issue 8, bank Q30): "felt faint after giving
 * blood", "cold and clammy after a January sea dip", "legs giving way by the last hill of parkrun",
 * "tripping over the dog's toys", pins and needles from sitting on a foot. The sign (its words as
 * found, lower case) is explained, not reported, when one of its causes stands within a few words
 * in the same sentence. Chest signs have no harmless cause here: none is safe to assume.
 */
export const HARMLESS_CAUSES: readonly { signs: readonly string[]; causes: readonly string[][] }[] = [
  {
    signs: [
      'felt faint',
      'faint',
      'fainted',
      'fainting',
      'light-headed',
      'lightheaded',
      'light headed',
      'dizzy',
    ],
    causes: [
      ['giving', 'blood'],
      ['gave', 'blood'],
      ['blood', 'donation'],
      ['blood', 'test'],
      ['too', 'fast'],
      ['too', 'quickly'],
    ],
  },
  {
    signs: ['cold and clammy', 'clammy', 'cold sweat'],
    causes: [['dip'], ['sea'], ['cold', 'water'], ['ice', 'bath'], ['plunge'], ['swim'], ['swimming']],
  },
  {
    signs: [
      'legs giving way',
      'jelly legs',
      'legs like jelly',
      'legs gave way',
      'unsteady',
      'unsteady on my feet',
    ],
    causes: [
      ['parkrun'],
      ['marathon'],
      ['hill'],
      ['sprints'],
      ['leg', 'day'],
      ['squats'],
      ['race'],
      ['glasses', 'of'],
      ['wine'],
      ['fizz'],
      ['pints'],
    ],
  },
  { signs: ['tripping', 'tripped'], causes: [['toys'], ['toy']] },
];

/**
 * Frames that tell a story nobody is living now (issue 8, page bank Q28): a teaching case or exam
 * question, fiction or fan fiction, song lyrics, a memorial or eulogy, a history. A red flag in the
 * frame's sentence or any later one of the same text is the story's, not a report — unless that
 * sentence speaks for the writer or tells today (FRAME_BREAKERS): "RIP Dad. Tonight my own back…".
 */
export const STORY_FRAME_CUES: readonly string[][] = [
  ['case', 'for', 'discussion'],
  ['case', 'study'],
  // Practitioners' pages: "CPD write-up:", "Role-play scenario for our CPD group".
  ['cpd'],
  ['role', 'play'],
  ['roleplay'],
  ['looking', 'back', 'at'],
  ['worked', 'example'],
  ['teaching', 'example'],
  ['teaching', 'case'],
  ['clinical', 'vignette'],
  ['case', 'vignette'],
  ['osce', 'station'],
  ['learning', 'point'],
  ['exam', 'question'],
  ['which', 'investigation'],
  ['which', 'of', 'the', 'following'],
  ['fan', 'fiction'],
  ['fanfic'],
  ['prompt', 'fill'],
  ['web', 'serial'],
  ['the', 'novel'],
  ['lyrics'],
  // Not "RIP": lower-cased it is a tear ("sudden rip between shoulder blades").
  ['rest', 'in', 'peace'],
  ['eulogy'],
  ['in', 'loving', 'memory'],
  ['obituary'],
  ['historians'],
];
/** A sentence with one of these is the writer's own or today's, whatever frame came before. */
export const FRAME_BREAKERS: ReadonlySet<string> = new Set([
  ...FIRST_PERSON,
  'now',
  'today',
  'tonight',
  'currently',
  'yesterday',
]);

export const SCREEN_CUES: readonly string[][] = [
  ['watched', 'casualty'],
  ['watching', 'casualty'],
  ['on', 'casualty'],
  ['on', 'tv'],
  ['on', 'the', 'telly'],
  ['on', 'telly'],
  ['episode'],
  ['documentary'],
  ['drama'],
  ['replay'],
  ['in', 'a', 'film'],
  ['in', 'the', 'film'],
  ['holby'],
];
/**
 * An episode checked and cleared: "heart tests and a scan were all clear", "the ECG and bloods were
 * normal and said anxiety", "my aneurysm screening last month was normal". What the sentence tells
 * (up to a word that returns to now: "…but now…") is over, not the current report.
 */
export const CLEARED_CUES: readonly string[][] = [
  ['all', 'clear'],
  ['came', 'back', 'normal'],
  ['came', 'back', 'clear'],
  ['came', 'back', 'fine'],
  ['ruled', 'out'],
  ['nothing', 'found'],
  ['found', 'nothing'],
  ['said', 'anxiety'],
];
/** A test, then within a few words of its clause one of CLEARED_RESULTS: "ECG and bloods which were normal". */
export const CLEARED_TESTS: ReadonlySet<string> = new Set([
  'scan',
  'scans',
  'screening',
  'test',
  'tests',
  'ecg',
  'bloods',
  'xray',
  'mri',
  'ct',
  'ultrasound',
  'results',
  // "full cardiac workup incl stress test and angiogram was clean".
  'angiogram',
  'workup',
  'echo',
]);
export const CLEARED_RESULTS: ReadonlySet<string> = new Set(['normal', 'clear', 'fine', 'negative', 'clean']);
/** Before "without", these make what follows a need, not a denial ("can hardly stand without help"). */
export const INABILITY_BEFORE_WITHOUT: ReadonlySet<string> = new Set([
  'cant',
  'hardly',
  'barely',
  'unable',
  'struggle',
  'struggles',
  'struggling',
  'struggled',
]);
/** What follows is named only to be ruled out: "nothing to do with the crash", "unrelated to the fall". */
export const RULED_OUT_CUES: readonly (readonly string[])[] = [
  ['nothing', 'to', 'do', 'with'],
  ['unrelated', 'to'],
];
export const POST_DENIALS = new Set(['fine', 'normal', 'normally', 'ok', 'okay', 'unaffected', 'alright']);

/** Normal body temperatures (°C from 35 to below 37.5, °F from 95 to below 99.5; §2 rf-fever). */
const NORMAL_READINGS: readonly (readonly [number, number])[] = [
  [35, 37.5],
  [95, 99.5],
];
/** Words that name a temperature reading: "took my temperature three times, 36.8 every time". */
export const READING_WORDS: ReadonlySet<string> = new Set([
  'temperature',
  'temp',
  'temps',
  'thermometer',
  'fever',
  'feverish',
  'febrile',
]);
/** The lookup's findings that a normal reading after them denies. */
export const READING_FINDINGS: ReadonlySet<string> = new Set(['fever']);
/**
 * Whether a decimal reading ("36" "." "8") is a normal temperature. Only a number with its decimal
 * counts: "36 hours" is no reading.
 */
export function isNormalReading(whole: string, decimals: string): boolean {
  const digits = /^\d+/.exec(decimals)?.[0];
  if (!/^\d+$/.test(whole) || !digits) return false;
  const value = Number(`${whole}.${digits}`);
  return NORMAL_READINGS.some(([from, below]) => value >= from && value < below);
}

/** Words that may stand between a finding and its post-denial ("legs are fine"). */
export const POST_DENIAL_FILLERS = new Set([
  'is',
  'are',
  'seem',
  'seems',
  'feel',
  'feels',
  'all',
  'both',
  'completely',
  'totally',
  'perfectly',
  'still',
  'working',
  // "temperature's been normal", "temperature has been back to normal".
  'been',
  'has',
  'was',
  'back',
  'to',
]);

/**
 * Told as past history, not as now (issue 8 Build 4): a red flag in a sentence with one of these
 * does not escalate a term on a page ("years ago I couldn't pee for a day").
 */
export const PAST_CUES: readonly string[][] = [
  // A patient described, not a report: "Case study 14: a 56-year-old man presented with…".
  ['case', 'study'],
  ['presented', 'with'],
  // An exam question: "Q14. A 45-year-old woman presents with low back pain, bilateral sciatica…".
  ['presents', 'with'],
  ['present', 'with'],
  // "remember when my bad back had me up every night pacing? that was march".
  ['remember', 'when'],
  ['years', 'ago'],
  ['year', 'ago'],
  ['last', 'year'],
  ['last', 'yr'],
  ['last', 'winter'],
  ['last', 'summer'],
  ['last', 'spring'],
  ['last', 'autumn'],
  // A therapist's old case: "Early in my career a client told me one calf had swollen up".
  ['early', 'in', 'my', 'career'],
  ['earlier', 'in', 'my', 'career'],
  // A festival a year back: "Last Diwali I slipped a disc", "last Christmas", "last Eid".
  ...[
    'christmas',
    'easter',
    'diwali',
    'eid',
    'ramadan',
    'thanksgiving',
    'hanukkah',
    'holi',
    'passover',
    'raya',
    'deepavali',
    'navratri',
    'hogmanay',
  ].map((day) => ['last', day]),
  // An illness told as an episode: "had flu last week with a fever".
  ['had', 'flu'],
  ['had', 'the', 'flu'],
  ['had', 'a', 'cold'],
  ['had', 'covid'],
  ['used', 'to'],
  ['in', 'the', 'past'],
  ['back', 'in'],
  ['when', 'i', 'was'],
  ['long', 'time', 'ago'],
  ['as', 'a', 'child'],
  ['decade', 'ago'],
  ['decades', 'ago'],
  ['once', 'had'],
  ['years', 'back'],
  ['back', 'then'],
  ['turned', 'out'],
  ['all', 'sorted'],
  ['settled', 'completely'],
  ['no', 'trouble', 'since'],
  // "…temp's normal since".
  ['normal', 'since'],
  // "Had my baby 10 months ago": months, not the weeks after a birth.
  ['months', 'ago'],
];

/** People a writer tells about: "my late dad", "my dad had a burst aneurysm years back". */
export const RELATIVES: readonly string[] = [
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'gran',
  'granny',
  'nan',
  'nana',
  'grandma',
  'grandmother',
  'grandad',
  'granddad',
  'grandpa',
  'grandfather',
  'husband',
  'wife',
  'partner',
  'brother',
  'sister',
  'uncle',
  'aunt',
  'auntie',
  'friend',
  'cousin',
  'mammy',
  'mam',
  'mummy',
  'mama',
  'daddy',
  'papa',
  'niece',
  'nephew',
  'stepdad',
  'stepmum',
  'stepmom',
  'grandson',
  'granddaughter',
  'inlaws',
];

/**
 * Told as long past, for the symptom lookup: a clause with one of these (or "in 2009", "in the
 * 80s") tells history, not what the person asks about now ("broke my back in a crash 20 years
 * ago, healed fine"). Fewer than PAST_CUES: "when I was lifting…" or "used to be able to walk"
 * often tell how a sign began now.
 */
/** Words after "when I was" that tell a younger age: "when I was younger", "when I was at school". */
export const YOUNGER_AGE_WORDS: ReadonlySet<string> = new Set([
  'younger',
  'little',
  'young',
  'small',
  'teenager',
  'student',
  'baby',
  'child',
  'kid',
  'school',
  'uni',
]);
/** Units that make a number after "when I was" a stage of now, not an age: "when I was 8 weeks". */
export const STAGE_UNITS: ReadonlySet<string> = new Set([
  'week',
  'weeks',
  'wks',
  'wk',
  'month',
  'months',
  'day',
  'days',
  'hour',
  'hours',
  'mins',
  'minutes',
]);

export const DISTANT_PAST_CUES: readonly string[][] = [
  ['years', 'ago'],
  ['year', 'ago'],
  // Typed short: "2 yrs ago my sciatica got so bad…".
  ['yrs', 'ago'],
  ['yr', 'ago'],
  ['yrs', 'back'],
  ['decade', 'ago'],
  ['decades', 'ago'],
  ['long', 'time', 'ago'],
  ['as', 'a', 'child'],
  ['as', 'a', 'kid'],
  ['as', 'a', 'teenager'],
  // An earlier pregnancy or child: "during my first pregnancy", "with my first".
  ['during', 'my', 'first'],
  ['with', 'my', 'first'],
  // A sister's or a friend's first pregnancy: "my sister fainted at 12 weeks with her first".
  ['with', 'her', 'first'],
  ['during', 'her', 'first'],
  ['in', 'my', 'first'],
  ['years', 'back'],
  ['back', 'then'],
  // A death is over: "Uncle died of a burst aneurysm last year" is his story, not a sign now.
  ['died', 'of'],
  // Obituaries and memorials: "died peacefully at home… In his last year the cancer…".
  ['died', 'peacefully'],
  ['passed', 'away'],
  ['in', 'loving', 'memory'],
  ['died', 'from'],
  ['in', 'the', 'past'],
  // "three winters ago", "in my twenties", "ten years after losing control…" (page bank Q2).
  ['winters', 'ago'],
  ['summers', 'ago'],
  ...['teens', 'twenties', 'thirties', 'forties', 'fifties'].map((age) => ['in', 'my', age]),
  ['years', 'after'],
  ['years', 'later'],
  // A story, not a report: "In the novel's final chapter the old fisherman feels a ripping pain".
  ['the', 'novel'],
  ['final', 'chapter'],
  ['in', 'the', 'film'],
  // "my late gran had…": a relative who has died. Only before a relative ("my late shift" is now).
  ...['my', 'our'].flatMap((who) => RELATIVES.map((rel) => [who, 'late', rel])),
];

/**
 * DISTANT_PAST_CUES that tell no past after one of these words: "I'm 24 weeks with my first" is the
 * pregnancy now, not an earlier one; "sudden agony in my lower back then I fainted" is the back.
 */
const PREGNANT_NOW = new Set(['weeks', 'week', 'pregnant', 'expecting', 'preggers', 'preggo']);
/** "…my lower back then I fainted": "back" the body part, not "back then". */
const BODY_BACK = new Set([
  'lower',
  'upper',
  'middle',
  'mid',
  'my',
  'his',
  'her',
  'your',
  'their',
  'our',
  'the',
  'bad',
  'sore',
]);
export const NOW_BEFORE_CUE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['with my first', PREGNANT_NOW],
  ['in my first', PREGNANT_NOW],
  ['back then', BODY_BACK],
]);

/**
 * DISTANT_PAST_CUES that tell no past before one of these words: unpunctuated, "had spondylitis 40
 * years back fused stiff" is the back's state ("…40 years. Back fused…"), not "40 years ago".
 */
const BACK_STATE = new Set([
  'is',
  'fused',
  'hurts',
  'hurting',
  'aches',
  'aching',
  'pain',
  'sore',
  'stiff',
  'feels',
  'killing',
  'gone',
  'locked',
  'bad',
  'worse',
]);
/**
 * The same after "and" and a body part: "sudden massive pain in his belly and back then he
 * collapsed" is the back, not "back then".
 */
const BODY_BEFORE_AND = new Set(
  'belly tummy stomach chest side sides neck leg legs hip hips ribs groin shoulder shoulders bum abdomen head arm arms buttocks'.split(
    ' ',
  ),
);
export const NOW_AFTER_AND_BODY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['back then', BODY_BEFORE_AND],
]);
export const NOW_AFTER_CUE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['years back', BACK_STATE]]);

/** Words that bring a story back to the present: "years ago … but now I can't feel my legs". */
export const BACK_TO_NOW: ReadonlySet<string> = new Set([
  'now',
  'today',
  'tonight',
  'currently',
  'since',
  'again',
]);

/**
 * Times that date an event to the last day or so. Unpunctuated, a long-past story can run straight
 * into one: "spine fused years ago from his arthritis he slipped in the shower last night" — the
 * clause that owns the recent time, from its subject (RECENT_SUBJECTS) on, is told as now.
 */
export const RECENT_TIME_CUES: readonly string[][] = [
  ['yesterday'],
  ['last', 'night'],
  ['this', 'morning'],
  ['this', 'afternoon'],
  ['this', 'evening'],
  ['earlier', 'today'],
  ['today'],
  ['tonight'],
  ['an', 'hour', 'ago'],
  ['hours', 'ago'],
  ['for', 'the', 'past'],
  ['for', 'the', 'last'],
  ['this', 'week'],
  // "Had breast cancer 3 years ago. During the night I got a pain like a tight belt".
  ['during', 'the', 'night'],
  // "…given the all clear. The last few days she's had a pain that wraps round her ribs".
  ['last', 'few', 'days'],
  ['past', 'few', 'days'],
  ['last', 'couple', 'of', 'days'],
  ['past', 'couple', 'of', 'days'],
];
/**
 * A duration that is now only when a present perfect follows it: "breast cancer six years ago
 * for a few days there's been a pain like a tight belt" (typed without stops), "for three days I
 * have had…" — not "in 1998… for two days I couldn't pass water".
 */
export const RECENT_DURATION_CUES: readonly string[][] = [
  ['for', 'a', 'few', 'days'],
  ['for', 'a', 'couple', 'of', 'days'],
  ['for', 'two', 'days'],
  ['for', 'three', 'days'],
  ['for', 'four', 'days'],
  ['for', 'a', 'week'],
  ['for', 'about', 'a', 'week'],
  ['for', 'a', 'fortnight'],
];
export const PRESENT_PERFECT: ReadonlySet<string> = new Set(['have', 'has', 'been', 'is', 'am', 'are']);
/**
 * After a long-past cue only (not "presents with" in an exam question): "prostate cancer treated in
 * 2019 new back pain like a tight belt" — what is new is now.
 */
export const NEW_AFTER_LONG_PAST: ReadonlySet<string> = new Set(['new']);
export const RECENT_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'he',
  'she',
  'we',
  'they',
  'my',
  'his',
  'her',
]);

/**
 * A sentence with one of these is told as now, even after a sentence about long ago: "Had a slipped
 * disc in 2019. This week my back went again…", "…years ago. My legs are numb and I can't pee."
 * Present-tense helpers count ("am", "is", "can"), past ones do not ("was", "could", "had"), so
 * "Years ago my dad had sciatica. He couldn't pee and needed surgery." stays one story of the past.
 */
export const TOLD_AS_NOW: ReadonlySet<string> = new Set([
  ...BACK_TO_NOW,
  'yesterday',
  // "a backache that started a fortnight ago", after a cancer told as five years ago.
  'fortnight',
  'lately',
  'recently',
  'nowadays',
  'suddenly',
  'still',
  'am',
  'is',
  'are',
  'has',
  'have',
  'can',
  'cannot',
  'does',
  'do',
  'keep',
  'keeps',
  'this',
  'these',
  // Contractions as a page's word splitter leaves them: "isn't" → "isn", "I'm" → "m".
  'isn',
  'aren',
  'doesn',
  'don',
  'haven',
  'hasn',
  'm',
  've',
  're',
]);

/** "That was years ago", "It was back in 2015": a sentence opening with these dates the one before it. */
export const DATES_BACK: ReadonlySet<string> = new Set(['that', 'this', 'it', 'all']);
export const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);
/** A clause holding one of these tells its sign as now, after a clause dated long ago: "been like
 * that since the kids years ago, and my back aches after hoovering". */
export const PRESENT_SENSE: ReadonlySet<string> = new Set([
  'aches',
  'hurts',
  'throbs',
  'stings',
  'burns',
  'twinges',
  'tingles',
  'am',
  'is',
  'are',
]);
/** Periods of now after "this" ("this last fortnight his back pain is getting worse"). */
export const THIS_PERIODS: ReadonlySet<string> = new Set([
  'week',
  'fortnight',
  'month',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'year',
  // "had one 2 yrs ago … this time I'm shivering".
  'time',
]);
/** A person's death told: "her dad died when…", "Nan passed away after…" (whose.ts). */
export const DEATH_VERBS: ReadonlySet<string> = new Set(['died', 'passed']);

/**
 * Irregular past verbs: a clause holding one (or a word in -ed) tells an event of its own, so a
 * long-past date in it ("(he died in 2009)") dates only that clause.
 */
export const PAST_EVENT_VERBS: ReadonlySet<string> = new Set([
  'died',
  'had',
  'was',
  'were',
  'did',
  'got',
  'went',
  'broke',
  'fell',
  'took',
  'came',
  'gave',
  'tore',
  'threw',
  'caught',
  'lost',
  'began',
  'became',
  'split',
]);

/**
 * Past-tense words that keep a long-past story going into its next sentence ("…years ago. He
 * couldn't pee and needed surgery."). A sentence without one ("Back pain for 3 weeks, worse at
 * night") is a report of now, whatever came before it.
 */
export const TOLD_AS_PAST: ReadonlySet<string> = new Set([
  // "…we lost my grandad in 2019; he fainted in the garden and never came home".
  'fainted',
  'collapsed',
  'died',
  'was',
  'were',
  'had',
  'did',
  'could',
  'went',
  'got',
  'needed',
  'ended',
  'lost',
  'felt',
  'became',
  'took',
  'said',
  'told',
  'started',
  'began',
  'came',
  'fell',
  'broke',
  'kept',
  'used',
  'recovered',
  'healed',
  'couldn',
  'wasn',
  'weren',
  'didn',
  'hadn',
]);

/**
 * Words that end a hypothetical's or a long past's reach within a sentence and return to what is
 * reported now: "I read that numbness down below is serious, I don't have any, just backache".
 */
export const BACK_TO_REPORT: ReadonlySet<string> = new Set([
  ...BACK_TO_NOW,
  'but',
  'however',
  'though',
  'although',
  'yet',
  'just',
  'only',
  'nowadays',
  'lately',
  'recently',
  // "these days my back aches".
  'these',
]);

/**
 * Told as over, not only as history: the story has ended ("turned out to be a kidney infection",
 * "God rest her"). A red flag that is history by nature (a cancer treated last year) still
 * counts after a PAST_CUES word, but not after one of these.
 */
export const OVER_CUES: readonly string[][] = [
  // "checked at A&E, no fracture found, symptom-free and cleared to train".
  ['symptom', 'free'],
  ['cleared', 'to'],
  ['fully', 'recovered'],
  // "It was a kidney infection, the antibiotics cleared it in one week".
  ['cleared', 'it'],
  ['turned', 'out'],
  ['all', 'sorted'],
  ['god', 'rest'],
  ['all', 'gone'],
  ['long', 'gone'],
  ['cleared', 'up'],
  // "had a fever last week, gone now after the antibiotics".
  ['gone', 'now'],
  // "a fever on Monday, but it settled by Tuesday".
  ['it', 'settled'],
  ['settled', 'by'],
  ['passed', 'away'],
  ['rest', 'in', 'peace'],
];

/** Years and decades told as the past: "in 2015", "in the 80s", "back in the nineties". */
/** Month names: "(March 2021)", "Last March my back pain turned into a crushing chest". */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Words that put a year or decade before them in the past: "in 1998", "for most of 1998", "during the 80s" (not "since 2019", which runs to now). */
export const PAST_TIME_WORDS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'during',
  'throughout',
  // "Story time from 2017:", "(March 2021)".
  'from',
  ...MONTHS,
]);
export const PAST_TIME = /^((19|20)\d\d|(19|20)?\d0s|'\d0s|sixties|seventies|eighties|nineties)$/;

/** Words a question may open with before its question word: "Quick q though, can upper back pain…?" */
export const QUESTION_LEAD_INS: ReadonlySet<string> = new Set([
  // "Sir, should lower back pain get worse when we sneeze?" (a comment to a video's presenter).
  'sir',
  // "Doctor sahab, what is the difference between…?" (a question put to a doctor online).
  'doctor',
  'dr',
  'sahab',
  'saab',
  'ji',
  'madam',
  'maam',
  'doc',
  'quick',
  'question',
  'q',
  'sorry',
  'hi',
  'hey',
  'hello',
  'thanks',
  'so',
  'ok',
  'okay',
  'anyway',
  'though',
  'genuine',
  'random',
  'curious',
  // "In general, are lumps near the spine…?"
  'in',
  'general',
  'generally',
]);

/**
 * "Is it normal that my back pain is worst at night?": a question that asks whether one's own sign
 * is normal reports the sign. After "is it" (or "does it seem"), one of these words, and in the
 * sentence a first-person word (OWN_WORDS): a report, not a question.
 */
export const OWN_REPORT_ASKS: ReadonlySet<string> = new Set([
  'normal',
  'ok',
  'okay',
  'bad',
  'serious',
  'common',
  'worrying',
  'usual',
  'weird',
  'strange',
]);
export const OWN_WORDS: ReadonlySet<string> = new Set(['i', 'my', 'me', 'im', 'mine', 'myself']);

/**
 * Words that make a quotation advice (a page's "Article: 'Back pain with a fever needs a GP
 * today'", a leaflet's "…can be a burst aneurysm"): quoted, with one of these and no I/me/my in it,
 * it tells what to do if, and reports nobody's sign (lib/lookup/context-analysis.ts).
 */
export const QUOTED_ADVICE_WORDS: ReadonlySet<string> = new Set([
  'needs',
  'need',
  'means',
  'call',
  'ring',
  'see',
  'seek',
  'contact',
  'should',
  'can',
  'may',
  'could',
  'warning',
  'sign',
  'signs',
  'urgent',
  'urgently',
  'emergency',
  '999',
  '111',
  '911',
]);

/** First words of a question that asks about a sign rather than reporting it. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'does',
  'do',
  'is',
  'are',
  'should',
  'would',
  'will',
  'what',
  'how',
  'why',
  // "Surely everyone's backache is worse when they lie still?"
  'surely',
  'which',
  'when',
  // "> Did you feel faint or dizzy with it?" (a reply quoting the question put to the writer).
  'did',
]);

/**
 * FACTS.md §6.1 D2: a point after these short forms ends no sentence ("approx. 4 m", "Dr. Patel").
 * The page's sentence splitter (lib/match/sentences.ts) uses them all; the lookup's tokeniser only
 * where lower case or a digit follows, and not "no", "etc" or "st", which end many a typed sentence
 * ("back sore? no. legs numb").
 */
export const NO_SENTENCE_END_AFTER: ReadonlySet<string> = new Set([
  'eg',
  'ie',
  'etc',
  'vs',
  'approx',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
]);
