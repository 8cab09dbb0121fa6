// Lay-language knowledge for the symptom lookup and the page analysis (issue 8): the words and
// parts of a story (data/lay-signals.ts) and how each entry presents (data/presentations.ts).
// A module of its own, so bundles that need only the entries (the content script's cards) do not
// carry it.
export {
  BACK_TO_NOW,
  BACK_TO_REPORT,
  BRITISH_PREFIXES,
  COMMON_WORDS,
  COMPOUND,
  CONDITIONAL_VERBS,
  DATES_BACK,
  DISTANT_PAST_CUES,
  FEAR_CUES,
  FUTURE_WORDS,
  GENERIC_WORDS,
  HISTORY_FEATURES,
  HYPOTHETICAL_CUES,
  isAdviceSentence,
  isNormalReading,
  LEXICAL,
  MACROS,
  NEGATION_CUES,
  OVER_CUES,
  PAST_BE,
  PAST_CUES,
  PAST_TIME,
  POST_DENIAL_FILLERS,
  POST_DENIALS,
  QUESTION_LEAD_INS,
  QUESTION_OPENERS,
  READING_FINDINGS,
  READING_WORDS,
  REAL_WORD_NEIGHBOURS,
  SCOPE_BREAKERS,
  TOLD_AS_NOW,
  TOLD_AS_PAST,
  TROUBLE_WORDS,
  WORD_FORMS,
} from './data/lay-signals';
export { LOOKUP_RULES, MIN_SCORE, PROFILES as PRESENTATIONS } from './data/presentations';
export type {
  CompoundFeature,
  EscalationRule,
  LexicalFeature,
  Presentation,
} from './presentation-schema';
