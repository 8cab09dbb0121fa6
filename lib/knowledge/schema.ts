// One Zod schema for every kind of knowledge entry (FACTS.md §0–§6). Types come from here
// (z.infer) and nowhere else. `zod/mini` keeps the shipped bundles small (DESIGN.md §4);
// parsing happens in tests and at build time, never on page load.
import { z } from 'zod/mini';

import { URGENCY_LEVELS } from './levels';

export { URGENCY_LEVELS };
export const Urgency = z.enum(URGENCY_LEVELS);
export type Urgency = z.infer<typeof Urgency>;

/** FACTS.md §0.2: massage status of a condition while it is active. */
export const MassageStatus = z.enum(['absolute', 'relative', 'local', 'none']);
export type MassageStatus = z.infer<typeof MassageStatus>;

/** Lookup/card kinds (DESIGN.md §3 `LookupResult.kind`). */
export const EntryKind = z.enum(['condition', 'red-flag', 'contraindication', 'myth', 'guidance']);
export type EntryKind = z.infer<typeof EntryKind>;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
const text = z.string().check(z.minLength(1));
const sourceKey = z.string().check(z.regex(/^(S\d+|PRACT|GEN)$/, 'a FACTS.md §0.4 source key'));

/** One source of the FACTS.md §0.4 key. `url` is empty only for PRACT/GEN. */
export const Source = z.object({
  id: sourceKey,
  org: text,
  title: text,
  url: z.string(),
});
export type Source = z.infer<typeof Source>;

/**
 * An escalation (FACTS.md §0.1): a plain-language condition and the higher level that applies
 * when the user reports it. `signals` are the lay phrases or lexicon concept ids that indicate it
 * in a query; `goTo` names the entry it sends the user to, if any (e.g. `rf-progressive-weakness`).
 */
export const Escalation = z.object({
  when: text,
  level: Urgency,
  actNow: z.optional(z.boolean()),
  signals: z.optional(z.array(text)),
  goTo: z.optional(id),
});
export type Escalation = z.infer<typeof Escalation>;

/** Base level, escalations, and the `act_now` flag (allowed only on urgent-same-day). */
export const UrgencyInfo = z.object({
  base: Urgency,
  actNow: z.optional(z.boolean()),
  /** What to do, in the words a card shows under the level (e.g. "call the cancer team's 24-hour line"). */
  advice: z.optional(text),
  escalations: z.array(Escalation),
});
export type UrgencyInfo = z.infer<typeof UrgencyInfo>;

/** A condition's massage status while it is active, with the reason in plain words. */
export const MassageInfo = z.object({
  status: MassageStatus,
  note: z.optional(text),
});
export type MassageInfo = z.infer<typeof MassageInfo>;

/** What the seed article claimed about this entry and how accurate it is (FACTS.md §1). */
export const SeedAssessment = z.object({
  claim: text,
  accuracy: z.enum(['accurate', 'partly accurate', 'misleading', 'unsupported', 'false']),
  note: text,
});
export type SeedAssessment = z.infer<typeof SeedAssessment>;

/** Fields every entry has (DESIGN.md §3: id, title, kind, sources, reviewed). */
const base = {
  id,
  title: text,
  /** One or two plain sentences: what it is. */
  summary: text,
  /** Other names people use; also fed to the symptom lookup. */
  aka: z.optional(z.array(text)),
  sources: z.array(sourceKey).check(z.minLength(1)),
  /** ISO date (YYYY-MM-DD) of the last review of this entry against FACTS.md. */
  reviewed: z.iso.date(),
  /** Cross-references by id; every one must resolve (structural test). */
  related: z.optional(z.array(id)),
  /** Places where sources disagree, shown to the user as such (never hidden). */
  disagreements: z.optional(z.array(text)),
  /** Caveats about evidence quality ("verify", "practitioner opinion only"). */
  evidenceNotes: z.optional(z.array(text)),
};

/** FACTS.md §1 conditions, the split gynaecological ones, and §6.2 lexicon-only medical cards. */
export const ConditionEntry = z.object({
  ...base,
  kind: z.literal('condition'),
  /** Typical features or causes, one short plain sentence each. */
  features: z.array(text),
  /** Condition-specific warning signs (the general ones are the rf-* entries). */
  warningSigns: z.array(text),
  /** Absent only on pointer entries (`gynaecological-causes`, `injured-inflamed-vertebra`). */
  urgency: z.optional(UrgencyInfo),
  massage: z.optional(MassageInfo),
  /** Red flags that apply to this condition (ids of rf-* entries). */
  redFlags: z.optional(z.array(id)),
  /** Contraindication ids that apply to this condition. */
  contraindications: z.optional(z.array(id)),
  /** Pointer entries only: the specific entries this umbrella routes to. */
  pointsTo: z.optional(z.array(id)),
  seed: z.optional(SeedAssessment),
});
export type ConditionEntry = z.infer<typeof ConditionEntry>;

/** FACTS.md §2 red flags. Context-only rows (`rf-infection-risk`, `rf-age`) have no urgency. */
export const RedFlagEntry = z.object({
  ...base,
  kind: z.literal('red-flag'),
  /** Why a doctor checks, written so the card does not lead with a frightening cause. */
  why: text,
  urgency: z.optional(UrgencyInfo),
  contextOnly: z.optional(z.boolean()),
  /** Combination rows need a second reported feature before they become a lookup result (§7). */
  combination: z.optional(z.boolean()),
  /** Conditions this flag points to (ids). */
  conditions: z.optional(z.array(id)),
});
export type RedFlagEntry = z.infer<typeof RedFlagEntry>;

/** FACTS.md §3 massage contraindications. */
export const ContraindicationEntry = z.object({
  ...base,
  kind: z.literal('contraindication'),
  category: z.enum(['absolute', 'relative', 'local']),
  /** What the person should do and why (short reason / adaptation). */
  reason: text,
  /**
   * The advice is to put the massage off for now (issue 13 #8): the card's status then says
   * "Put the massage off for now", never "Massage only if adapted" above "Put the massage off".
   */
  postpone: z.optional(z.boolean()),
  /** When a relative/local row must be treated as absolute (e.g. very low platelets). */
  treatAsAbsoluteWhen: z.optional(text),
});
export type ContraindicationEntry = z.infer<typeof ContraindicationEntry>;

/** A row of FACTS.md §4.2 (or a "normal" row): a situation and the level it calls for. */
export const GuidanceRow = z.object({
  situation: text,
  level: Urgency,
  actNow: z.optional(z.boolean()),
  why: text,
  normal: z.optional(z.boolean()),
});
export type GuidanceRow = z.infer<typeof GuidanceRow>;

/**
 * FACTS.md §4 guidance (`post-massage-soreness`, `massage-related-injury`) and the §6.2 cards for
 * `massage`, `massage-practitioner` and `spinal-manipulation`.
 */
export const GuidanceEntry = z.object({
  ...base,
  kind: z.literal('guidance'),
  /** Key points, plain sentences. */
  points: z.array(text),
  urgency: z.optional(UrgencyInfo),
  /** Situations and their levels (§4.2). */
  rows: z.optional(z.array(GuidanceRow)),
});
export type GuidanceEntry = z.infer<typeof GuidanceEntry>;

/** FACTS.md §5 myths: the card holds the correction; the claim is only ever quoted as a claim. */
export const MythEntry = z.object({
  ...base,
  kind: z.literal('myth'),
  /** The seed's claim, quoted (≤ 12 words), always presented as "the claim". */
  claim: text,
  verdict: z.enum(['false', 'false and potentially harmful', 'unsupported', 'overstated', 'misleading']),
  /** What is actually known, in plain words. */
  correction: text,
});
export type MythEntry = z.infer<typeof MythEntry>;

export const Entry = z.discriminatedUnion('kind', [
  ConditionEntry,
  RedFlagEntry,
  ContraindicationEntry,
  GuidanceEntry,
  MythEntry,
]);
export type Entry = z.infer<typeof Entry>;

/**
 * A lexicon term of FACTS.md §6. `ctx` names the §6.1 rule it needs (see lib/match), `lookup`
 * marks [lookup]-only terms, `component` marks combination red-flag components (§6.1 C1),
 * `also` lists extra entry ids the card or lookup surfaces.
 */
export const LexiconTerm = z.object({
  text,
  ctx: z.optional(z.boolean()),
  lookup: z.optional(z.boolean()),
  component: z.optional(z.boolean()),
  abbr: z.optional(z.boolean()),
  also: z.optional(z.array(id)),
  /** Id of the §6.1 rule lib/match applies to this term (e.g. `disc`, `abbr-expansion`). */
  rule: z.optional(z.string()),
  /** Overrides the group's *(anchor)* mark for this term (§6.1 D5: "flank pain", back/lumbar strains). */
  anchor: z.optional(z.boolean()),
});
export type LexiconTerm = z.infer<typeof LexiconTerm>;

/** A §6 concept group: its id is an entry id, so every highlight has a card. */
export const LexiconGroup = z.object({
  concept: id,
  anchor: z.optional(z.boolean()),
  neverDrop: z.optional(z.boolean()),
  component: z.optional(z.boolean()),
  also: z.optional(z.array(id)),
  terms: z.array(LexiconTerm).check(z.minLength(1)),
});
export type LexiconGroup = z.infer<typeof LexiconGroup>;

/** The disclaimer (§0.3) and the contraindication caveat (§0.2), in our own words. */
export const Notices = z.object({
  disclaimer: text,
  contraindicationCaveat: text,
  redFlagCaveat: text,
  reviewed: z.iso.date(),
});
export type Notices = z.infer<typeof Notices>;

/**
 * How a sentence asserting a FACTS.md §5 myth is recognised on a page (issue 12): a compositional
 * reading, not a phrase list. A sentence asserts the myth when every `needs` group occurs in it
 * (or in its context: the sentence introducing a list, or the previous sentence when this one
 * starts with "It", "This", "Because"…), and an `effects` phrase and a `targets` phrase occur
 * within `reach` words of each other, in either order ("massage dissolves salt deposits", "salt
 * deposits are removed by massage"), unless the shared cues of `ClaimReading` defuse it.
 * Strings are regular-expression fragments, matched case-insensitively on whole words.
 */
export const MythClaim = z.object({
  myth: id,
  /**
   * Groups that must all be present: the shared treatment anchors ("treatment") or an inline
   * fragment list, where "@treatment" stands for the treatment anchors.
   */
  needs: z.array(z.union([z.literal('treatment'), z.array(text).check(z.minLength(1))])),
  effects: z.array(text).check(z.minLength(1)),
  targets: z.array(text).check(z.minLength(1)),
  /** Whole claim phrases that hold their effect and target at once ("detoxifies the body"). */
  phrases: z.optional(z.array(text)),
  /** Most words between the effect and the target (default 5). */
  reach: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(20))),
  /** Hedges ("may", "for a short time") make the sentence a true statement, not this claim. */
  hedgeable: z.optional(z.boolean()),
  /** Anything matching one of these in the sentence or its paragraph: not this claim (e.g. MLD). */
  unless: z.optional(z.array(text)),
});
export type MythClaim = z.infer<typeof MythClaim>;

/** The cues every claim reading shares (issue 12): anchors, negation, reported speech, hedges. */
export const ClaimReading = z.object({
  /** Treatment anchors: massage and its kinds, rubbing, kneading, a massage gun… */
  treatment: z.array(text).check(z.minLength(1)),
  /** Words that negate an effect when they come shortly before it in the same clause. */
  negation: z.array(text).check(z.minLength(1)),
  /** Reported speech before the effect ("some spas claim", "supposedly"): the text does not assert it. */
  reported: z.array(text),
  /** Endorsement that turns reported speech back into an assertion ("and she was right"). */
  endorsed: z.array(text),
  /** Debunk cues: in the sentence, or opening the next sentence, they reject the claim. */
  rejected: z.array(text),
  hedges: z.array(text),
  /**
   * Words right before a target that make it describe people who have it, not what the treatment
   * acts on ("may ease anxiety in people with cancer", "helps patients with pneumonia relax").
   */
  holders: z.array(text),
  /** A sentence opening with one of these may take its anchors from the previous sentence. */
  continuations: z.array(text),
});
export type ClaimReading = z.infer<typeof ClaimReading>;
