import type { Notices } from '../schema';

// FACTS.md §0.2 caveat, §0.3 disclaimer, §2 evidence caveat — in our own words.
export const notices: Notices = {
  disclaimer:
    'Most back pain is not serious and eases within a few weeks. BackCheck gives general information only: it is not medical advice and cannot diagnose you. Rarely, back pain is a sign of something serious, so if you have any warning sign shown in red, get medical help straight away. If you are not sure, ask a doctor, a pharmacist or your local health advice line. Do not let massage put off seeing a health professional.',
  contraindicationCaveat:
    'Published lists of reasons not to have massage disagree with each other: one review of 21 sources found anywhere from 3 to 86 listed, mostly without references. Treat these as commonly given precautions, not settled rules.',
  redFlagCaveat:
    'Single warning signs are imperfect and often turn out to be nothing serious. Their job is to get you checked, not to diagnose you.',
  reviewed: '2026-11-25',
};
