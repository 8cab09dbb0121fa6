// How each entry presents in people's own words, and what escalates it (issue 8, DESIGN.md §2
// "the entries, incl. how each presents in lay words and what escalates it"). The data lives in
// data/lay-signals.ts (words → parts of a story: body sites, sensations, spread, lost functions,
// events, time course, the person) and data/presentations.ts (entries as combinations of those
// parts). lib/lookup is a generic engine over this; it holds no medical data.
// Validated by presentations.test.ts; `zod/mini` as in schema.ts.
import { z } from 'zod/mini';
import { Urgency } from './schema';

const featureId = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'feature ids are camelCase'));
/** A feature expression: "a+b|c+!d" = (a and b) or (c and not d). */
const expr = z.string().check(z.regex(/^!?[a-zA-Z0-9]+([+|]!?[a-zA-Z0-9]+)*$/, 'a feature expression'));

/** A part of a story, told by phrase patterns (lib/lookup/patterns.ts describes the syntax). */
export const LexicalFeature = z.object({
  id: featureId,
  patterns: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Max filler tokens between slots (default 2). */
  gap: z.optional(z.number()),
  /** Lost-function or "not improving" phrasing: a positive finding (FACTS.md §6.1 N). */
  positive: z.optional(z.boolean()),
  /**
   * A look-alike: where this feature matches, overlapping matches of these features are not
   * findings ("hay fever" is no fever; "sleeping right through the night" is no night pain).
   */
  masks: z.optional(z.array(featureId)),
  /**
   * A figure of speech ("nearly gave me a heart attack", "broke my back working doubles"): its words
   * name nothing, so the free-text index does not read them either.
   */
  idiom: z.optional(z.boolean()),
});
export type LexicalFeature = z.infer<typeof LexicalFeature>;

/** A combination of parts: all of `all` (within `window` tokens of one sentence, if given). */
export const CompoundFeature = z.object({
  id: featureId,
  all: z.array(featureId).check(z.minLength(1)),
  window: z.optional(z.number()),
  anyOf: z.optional(z.array(featureId)),
  none: z.optional(z.array(featureId)),
});
export type CompoundFeature = z.infer<typeof CompoundFeature>;

/**
 * An escalation as the lookup reads it: when the query reports `when`, the entry's level rises
 * to `level`. The level must be one the entry's own urgency model declares (the knowledge entry
 * is the one source of levels; presentations.test.ts checks this), and act_now is read from it.
 */
export const EscalationRule = z.object({
  when: expr,
  level: Urgency,
  actNow: z.optional(z.boolean()),
  /** Plain words for the first line of the result (FACTS.md §0.1 "the matched escalation"). */
  label: z.string().check(z.minLength(1)),
});
export type EscalationRule = z.infer<typeof EscalationRule>;

/** How one entry presents: its parts with weights, combination rules, escalations and checks. */
export const Presentation = z.object({
  id: z.string(),
  kind: z.enum(['condition', 'red-flag', 'contraindication', 'myth', 'guidance']),
  title: z.string(),
  /** Feature → weight. A result needs a total of at least MIN_SCORE. */
  cues: z.record(z.string(), z.number()),
  /** Result only when this holds; otherwise, if any cue matched, a check (§7 combination rows). */
  requires: z.optional(expr),
  escalations: z.optional(z.array(EscalationRule)),
  /** Ids to ask about when this is a result. */
  checks: z.optional(z.array(z.string())),
  /** When this holds (and `requires` does not), the entry is a check; default: a cue of weight ≥ 1. */
  checkWhen: z.optional(expr),
  /** Question shown when this entry is a check. */
  question: z.optional(z.string()),
  /** "Any §2 red flag → that row's level" (§1 entries that say so). */
  raisedByRedFlags: z.optional(z.boolean()),
  /**
   * The safety net (issue 8 Build 3): the core of an emergency red flag. When the query touches
   * it without meeting the whole flag, the flag comes first as a "could this be…?" result.
   */
  core: z.optional(expr),
  /** The "could this be…?" question shown with a core-only match. */
  coreQuestion: z.optional(z.string()),
  /**
   * A red flag that is history by nature ("treated for breast cancer last year"): on a page, its
   * parts still count when told with a past word, unless the story is over ("God rest her").
   */
  history: z.optional(z.boolean()),
});
export type Presentation = z.infer<typeof Presentation>;
export type Profile = Presentation;
