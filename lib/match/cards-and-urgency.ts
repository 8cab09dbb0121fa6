// The last step of a scan, once the accepted matches are known: card variants that depend on other
// matches (FACTS.md §6.1 R) and which matches are escalated by a red flag in their context
// (DESIGN.md §3: painted under `backcheck-urgent`; no other term is).
//
// Escalators — the red flag that makes its context urgent:
// - an accepted component term (§6.1 C1: it already has a back anchor within ±1 sentence) whose
//   red flag is at least `urgent-same-day` in §2. `rf-inflammatory-pattern` ("morning
//   stiffness") is a component too, but its base level is `see-gp-soon`: back pain with morning
//   stiffness is worth a GP visit, not an urgent one, so it escalates nothing;
// - a CES bladder term that gets the CES card (§6.1 R: back anchor, leg or numbness words, or a
//   sudden onset in its sentence). One showing the neutral bladder note is never urgent (§6.1 R);
// - each only when reported as happening now (report-status.ts): not denied, hypothetical, asked
//   about or past ("no weakness in either leg", "if you ever get a fever");
// - a cauda equina sign (a `cauda-equina-syndrome` term that is not a name of the syndrome:
//   "saddle numbness", "can't pee", "both legs weak") with another back anchor within ±1
//   sentence: that is the §2 emergency combination itself (`rf-saddle-numbness`,
//   `rf-bladder-change`, `rf-bilateral-leg` …: back pain with the sign).
// The back anchors (§6.1 D5) within ±1 sentence of an escalator are escalated with it ("back pain
// with a fever": both). Here "sentence" is the local D2 sentence (sentences.ts), without D3's list
// merging: D3 lets a fever in one list item meet the back pain of the list's introduction (C1),
// but it would also make every back term of a long list of causes urgent because one item
// mentions a temperature. Nothing else is: not "back pain" alone, and not the anchors that name a
// treatment rather than a complaint ("massage", "chiropractor": §6 marks them anchors so a red flag
// on a massage page is found, but the massage itself is not what the red flag makes urgent).
import type { CompiledTerm } from './compile';
import { reportStatus } from './report-status';
import type { TextModel } from './sentences';
import type { Candidate } from './window';

/** Components whose §2 red flag is below `urgent-same-day` (urgency.test.ts checks this list). */
export const NON_ESCALATING_COMPONENTS: ReadonlySet<string> = new Set(['rf-inflammatory-pattern']);

const CES = 'cauda-equina-syndrome';
/** Anchor groups naming a practice or practitioner, not a back complaint. */
const TREATMENT_ANCHORS = new Set(['massage', 'massage-practitioner', 'spinal-manipulation']);
/** Names of the syndrome, not signs of it: "cauda equina syndrome is rare" escalates nothing. */
const CES_NAMES = new Set(['cauda equina syndrome', 'cauda equina', 'CES']);

/** §6.1 D5 for an accepted match: a neutral bladder note or a deferred condition is no anchor. */
function isAnchor(c: Candidate): boolean {
  return (
    c.term.anchor && !c.needsAnchorInSentence && !c.needsMassageInParagraph && c.card !== 'neutral-bladder'
  );
}

function isCesSign(t: CompiledTerm): boolean {
  return t.concept === CES && !t.isBackWord && !CES_NAMES.has(t.text) && t.rule !== 'ces-bladder';
}

/**
 * "sciatica in both legs" is the whole §2 combination in one term (back-related leg pain, now in
 * both legs): its own words are its back anchor.
 */
const namesSciatica = (t: CompiledTerm) => /\bsciatica\b/i.test(t.text);

const near = (sents: ReadonlySet<number>, s: number) => sents.has(s) || sents.has(s - 1) || sents.has(s + 1);

/**
 * Sets card variants and `urgent` on the accepted matches of one text; returns them all, sorted.
 * `anchorSentences`: sentences holding a back anchor (§6.1 D5), the "back" rule detections included.
 */
export function applyCardsAndUrgency(
  selected: Candidate[],
  backs: Candidate[],
  anchorSentences: ReadonlySet<number>,
  m: TextModel,
): Candidate[] {
  // Anchors other than cauda equina signs: a sign needs back pain beside it to be the §2 flag.
  const plainAnchors = new Set<number>();
  for (const c of selected)
    if (isAnchor(c) && !isCesSign(c.term) && c.term.rule !== 'ces-bladder') plainAnchors.add(c.sent);
  for (const b of backs) plainAnchors.add(b.sent);

  /** Local (D2) sentences of the escalators. */
  const urgentSentences = new Set<number>();
  const escalate = (c: Candidate) => {
    c.urgent = true;
    urgentSentences.add(m.tokLocal[c.t0]);
  };
  for (const c of selected) {
    const t = c.term;
    // §6.1 R: a CES bladder term with a back anchor in its sentence is a CES sign after all.
    if (t.rule === 'ces-bladder' && c.card === 'neutral-bladder' && anchorSentences.has(c.sent))
      c.card = undefined;
    // Issue 8: a sign that is denied, imagined, asked about or past is shown but escalates nothing.
    const now = () => reportStatus(m, c.t0, c.t1) === 'now';
    if (t.rule === 'ces-bladder' && c.card === undefined) {
      if (now()) escalate(c);
    } else if (t.component && !NON_ESCALATING_COMPONENTS.has(t.concept)) {
      if (now()) escalate(c);
    } else if (isCesSign(t) && (near(plainAnchors, c.sent) || namesSciatica(t)) && now()) escalate(c);
    if (t.concept === 'muscle-strain' && !/back|lumbar/i.test(t.text)) c.card = 'generic-muscle-strain';
    if (t.concept === 'rf-thoracic') c.card = 'upper-back-pain';
  }
  const all = [...selected, ...backs].sort((a, b) => a.start - b.start);
  if (urgentSentences.size > 0) {
    for (const c of all) {
      if (c.urgent || TREATMENT_ANCHORS.has(c.term.concept) || !(c.term.isBackWord || isAnchor(c))) continue;
      if (near(urgentSentences, m.tokLocal[c.t0])) c.urgent = true;
    }
  }
  return all;
}
