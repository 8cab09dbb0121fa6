// Scoring, urgency and ordering of lookup results (FACTS.md §0.1, §7).
//  - Level: the entry's base, raised by the highest escalation the query reports (§0.1).
//  - Order: any emergency result first, then urgent-same-day, then the rest; relevance order is
//    kept among equals (§7 ranking rule).
//  - Massage-safety questions ("can I have a massage with…", "massage while pregnant") rank the
//    ci-* cards first and show the other cards without a level, unless an emergency is reported
//    (§7 query intent). Myth questions rank the myth cards first in the same way.
//  - Combination rows are results only when their second feature is reported; otherwise, and
//    for context-only rows, they are checks ("Do you also have…?") (§2, §7).
import { type Entry, entries, getEntry, URGENCY_LEVELS, type Urgency } from '../knowledge/index.ts';
import {
  LOOKUP_RULES,
  MIN_SCORE,
  PRESENTATIONS as PROFILES,
  type Presentation as Profile,
} from '../knowledge/lay';
import { evalExpr } from './expr';
import type { FeatureSet } from './features';
import { textScores } from './text-index';

export interface Scored {
  id: string;
  title: string;
  kind: Entry['kind'];
  urgency?: Urgency;
  actNow?: boolean;
  matchedEscalation?: string;
  /** Safety net: the query touches the core of this emergency without meeting all of it. */
  possible?: boolean;
  score: number;
}

export interface Check {
  id: string;
  title: string;
  question: string;
}

export type Intent = 'symptom' | 'massage-safety' | 'myth';

const rank = (u: Urgency | undefined) => (u ? URGENCY_LEVELS.indexOf(u) : -1);
const profileById = new Map(PROFILES.map((p) => [p.id, p]));

const R = LOOKUP_RULES;
const massageWords = new Set<string>(R.massageWords);
const intentNext = new Set<string>(R.intentNext);
const afterWords = new Set<string>(R.afterWords);
const narrativeNext = new Set<string>(R.narrativeNext);
const narrativeAfterAnd = new Set<string>(R.narrativeAfterAnd);
const narrativeBefore = new Set<string>(R.narrativeBefore);
const anyOf = (p: Set<string>, ids: readonly string[]) => ids.some((f) => p.has(f));

export function detectIntent(fs: FeatureSet): Intent {
  const p = fs.present;
  // A myth is something read or heard: "I read a post claiming massage can shrink tumours".
  if (anyOf(p, R.mythFeatures) || anyOf(fs.hypothetical, R.mythFeatures)) return 'myth';
  if (anyOf(p, R.massageQuestionFeatures)) return 'massage-safety';
  const t = fs.tokens;
  // A symptom is reported (so a massage told as past is a story, not a question about having one).
  const told = anyOf(p, R.reportFeatures) && !anyOf(p, R.massageQuestionFeatures);
  for (let i = 0; i < t.length; i++) {
    if (!massageWords.has(t[i].c)) continue;
    let post = false;
    for (let k = Math.max(0, i - 4); k < i; k++) if (afterWords.has(t[k].c)) post = true;
    if (post) continue;
    const next = t[i + 1]?.c;
    if (told) {
      // "had a leg massage after the marathon…", "massage on Tuesday", "massage and now…".
      let had = false;
      for (let k = Math.max(0, i - 3); k < i; k++) if (narrativeBefore.has(t[k].raw)) had = true;
      if (had || (next !== undefined && narrativeNext.has(next))) continue;
      if (next === 'and' && narrativeAfterAnd.has(t[i + 2]?.c ?? '')) continue;
    }
    if (next === undefined || intentNext.has(next)) return 'massage-safety';
    // A massage named with no symptom words ("varicose veins and massage").
    if (!anyOf(p, R.symptomFeatures)) return 'massage-safety';
  }
  return 'symptom';
}

/**
 * An escalation raises the level only when the query points to the entry itself reasonably well,
 * so a faint match (e.g. "pain in my side" for kidney stones) is not pushed to the top by a
 * fever that belongs to another result.
 */
export const ESCALATION_MIN_SCORE = 4.5;

function levelFor(
  profile: Profile | undefined,
  entry: Entry | undefined,
  present: Set<string>,
  score: number,
) {
  const entryUrgency = entry && 'urgency' in entry ? entry.urgency : undefined;
  // The entry is the one source of base levels and act_now (FACTS.md §0.1).
  const base = entryUrgency?.base;
  if (!base) return { level: undefined, actNow: undefined, label: undefined };
  let level: Urgency = base;
  let actNow = entryUrgency?.actNow;
  let label: string | undefined;
  const escalations = score >= ESCALATION_MIN_SCORE ? (profile?.escalations ?? []) : [];
  for (const esc of escalations) {
    const better =
      rank(esc.level) > rank(level) || (esc.level === level && esc.actNow && !actNow && label !== undefined);
    if (better && evalExpr(esc.when, present)) {
      level = esc.level;
      actNow = esc.actNow ?? entryUrgency?.escalations.some((x) => x.level === esc.level && x.actNow);
      label = esc.label;
    } else if (
      esc.level === level &&
      label === undefined &&
      esc.level !== base &&
      evalExpr(esc.when, present)
    ) {
      label = esc.label;
    }
  }
  return { level, actNow: level === 'urgent-same-day' ? actNow : undefined, label };
}

export interface Scoring {
  results: Scored[];
  checks: Check[];
  intent: Intent;
  /** Nothing matched well: the results are the closest entries; show who to call when unsure. */
  unsure: boolean;
}

export function scoreAll(fs: FeatureSet, limit: number): Scoring {
  const scoring = scoreRanked(fs, limit);
  // A study question that reports nothing ("if you get a numb bum with a bad back is that
  // serious? asking for the first aid course, I'm fine myself"): the same entries, as information,
  // with no level of care for the asker. Anything reported keeps its level.
  if (anyOf(fs.present, R.notAReportFeatures) && !anyOf(fs.present, R.reportFeatures))
    return {
      ...scoring,
      results: scoring.results.map(({ urgency: _u, actNow: _a, matchedEscalation: _m, ...rest }) => rest),
    };
  return scoring;
}

function scoreRanked(fs: FeatureSet, limit: number): Scoring {
  const intent = detectIntent(fs);
  // A feared symptom counts when the query is a massage or myth question about it, or when the
  // query reports nothing else ("what if I can't feel when I wipe?").
  let present = fs.present;
  // Otherwise the feared words stay out of the free-text index too: "I read that numbness down
  // below is serious, I don't have any, just backache" is about backache.
  let textMask: Uint8Array = fs.negated.map((v, i) => v | fs.hypotheticalMask[i]);
  if (fs.hypothetical.size && (intent !== 'symptom' || !anyOf(present, R.reportFeatures))) {
    present = new Set([...present, ...fs.hypothetical]);
    textMask = fs.negated;
  }
  const scoringFs = { ...fs, negated: textMask };
  const first = scoreWith(scoringFs, present, intent, limit, MIN_SCORE);
  const finish = (s: Scoring) => withFeared(s, fs, scoringFs, present, intent, limit);
  const reports = anyOf(present, R.reportFeatures);
  // A symptom told with no condition or red flag among the answers (only a myth, a guidance card
  // or a massage caution matched a word: "constipated from codeine, back improving", "hungover,
  // thumping head, back aches") also gets its region's entries, first.
  const unanswered = (results: Scored[]) =>
    intent === 'symptom' &&
    reports &&
    !results.some((r) => r.kind === 'condition' || r.kind === 'red-flag' || r.urgency !== undefined);
  if (first.results.length > 0) {
    if (!unanswered(first.results)) return finish(first);
    return finish({
      ...first,
      results: [...first.results, ...regionEntries(present, first.results)].slice(0, limit),
    });
  }
  if (!(reports || anyOf(present, R.topicFeatures))) {
    // Everything told was long past or someone else's ("…, had gallstones out years ago"): still
    // no empty answer, but only the region's everyday entries, at their base level.
    // A body word only denied ("never had a bad back before… no fever") names the region too.
    const told = new Set([...fs.toldElsewhere, ...fs.denied]);
    if (first.results.length > 0 || !anyOf(told, R.reportFeatures)) return first;
    const region = regionEntries(told, []).filter((r) => r.urgency !== 'emergency');
    return region.length > 0 ? { ...first, results: region.slice(0, limit), unsure: true } : first;
  }
  // Never an empty answer to a query with a body, pain or symptom word (issue 8 Build 3).
  const closest = scoreWith(scoringFs, present, intent, limit, R.closestMinScore);
  if (closest.results.length === 0 || unanswered(closest.results)) {
    const region = regionEntries(present, closest.results);
    // The region's entries answer the symptom; a word-level match comes after them.
    return finish({ ...closest, results: [...region, ...closest.results].slice(0, limit), unsure: true });
  }
  return finish({ ...closest, unsure: true });
}

/**
 * What the query fears beside what it reports ("…no back problems, no numbness. I read about a
 * spine condition that causes leaking and now I'm scared"): the entries the feared part alone
 * would bring, after the reported ones and without a level, so the card the person is worried
 * about is one click away while what they report keeps its own level.
 */
function withFeared(
  scoring: Scoring,
  fs: FeatureSet,
  scoringFs: FeatureSet,
  present: Set<string>,
  intent: Intent,
  limit: number,
): Scoring {
  const merged = [...fs.hypothetical].every((f) => present.has(f));
  if (!fs.hypothetical.size || merged || scoring.results.length >= limit) return scoring;
  const feared = scoreWith(scoringFs, new Set([...present, ...fs.hypothetical]), intent, limit, MIN_SCORE);
  const shown = new Set(scoring.results.map((r) => r.id));
  const extra = feared.results
    .filter((r) => !shown.has(r.id) && (r.kind === 'condition' || r.kind === 'red-flag'))
    .slice(0, R.fearedExtra)
    .map(({ urgency: _u, actNow: _a, matchedEscalation: _m, possible: _p, ...rest }) => rest);
  return extra.length ? { ...scoring, results: [...scoring.results, ...extra].slice(0, limit) } : scoring;
}

/** The first fallback whose region the query names (LOOKUP_RULES.fallbacks), minus those shown. */
function regionEntries(present: Set<string>, shown: Scored[]): Scored[] {
  const region: Scored[] = [];
  for (const fb of R.fallbacks) {
    if (!evalExpr(fb.when, present)) continue;
    for (const id of fb.ids) {
      const e = getEntry(id);
      if (!e || shown.some((r) => r.id === id)) continue;
      const u = 'urgency' in e ? e.urgency?.base : undefined;
      region.push({ id, title: e.title, kind: e.kind, ...(u ? { urgency: u } : {}), score: 0 });
    }
    break;
  }
  return region;
}

/** Whether a symptom is reported in a sentence that names no massage (rank's massage branch). */
function reportedApart(fs: FeatureSet): boolean {
  const massageSentences = new Set(fs.tokens.filter((t) => massageWords.has(t.c)).map((t) => t.sent));
  for (const f of R.reportFeatures)
    if (fs.present.has(f) && fs.matches.get(f)?.some((m) => !massageSentences.has(m.sent))) return true;
  return false;
}

/** Whether a feature the core excludes ("…+!transient") is present. */
function coreExclusionPresent(core: string, present: Set<string>): boolean {
  for (const m of core.matchAll(/!(\w+)/g)) if (present.has(m[1])) return true;
  return false;
}

function scoreWith(
  fs: FeatureSet,
  present: Set<string>,
  intent: Intent,
  limit: number,
  minScore: number,
): Scoring {
  const massageMentioned = anyOf(present, R.massageFeatures);
  const text = textScores(
    fs.tokens.map((t) => t.c),
    fs.negated,
  );

  const ids = new Set<string>(PROFILES.map((p) => p.id));
  for (const e of entries) ids.add(e.id);

  const results: Scored[] = [];
  const checkIds: string[] = [];
  for (const id of ids) {
    const profile = profileById.get(id);
    const entry = getEntry(id);
    const kind = entry?.kind ?? profile?.kind;
    if (!kind) continue;
    let score = 0;
    let cueHit = false;
    for (const [f, w] of Object.entries(profile?.cues ?? {})) {
      if (present.has(f)) {
        score += w;
        if (w >= 1) cueHit = true;
      }
    }
    const asCheck = profile?.checkWhen ? evalExpr(profile.checkWhen, present) || cueHit : cueHit;
    const textScore = text.get(id) ?? 0;
    score += textScore;
    // A red flag is something the person reports: scattered words of its name are not enough
    // (a whole-name phrase is), so "pins and needles in my arm" is not saddle numbness.
    if (kind === 'red-flag' && !cueHit && textScore < R.redFlagTextOnlyMin) score = 0;
    // Named by its words only, while the story rules out what its core needs ("numb down below on
    // the saddle… came back five minutes after I got off"): not reported now.
    if (kind === 'red-flag' && !cueHit && profile?.core && coreExclusionPresent(profile.core, present))
      score = 0;
    if (kind === 'contraindication' && !massageMentioned) score *= 0.4;
    if (kind === 'myth' && intent === 'symptom' && !cueHit) score *= 0.5;
    const contextOnly = entry?.kind === 'red-flag' && entry.contextOnly;
    const requiresOk = profile?.requires ? evalExpr(profile.requires, present) : true;
    if (contextOnly) continue;
    if (score >= minScore && requiresOk) {
      const { level, actNow, label } = levelFor(profile, entry, present, score);
      results.push({
        id,
        title: entry?.title ?? profile?.title ?? id,
        kind,
        urgency: kind === 'contraindication' || kind === 'myth' ? undefined : level,
        ...(actNow ? { actNow } : {}),
        ...(label ? { matchedEscalation: label } : {}),
        score: Math.round(score * 100) / 100,
      });
    } else if (asCheck && !requiresOk && profile?.question) {
      checkIds.push(id);
    }
  }

  // §1 "any §2 red flag → that row's level": raise entries that say so.
  const topRedFlag = results
    .filter((r) => r.kind === 'red-flag')
    .reduce<Urgency | undefined>((m, r) => (rank(r.urgency) > rank(m) ? r.urgency : m), undefined);
  if (topRedFlag) {
    for (const r of results) {
      const p = profileById.get(r.id);
      if (p?.raisedByRedFlags && rank(topRedFlag) > rank(r.urgency)) {
        r.urgency = topRedFlag;
        r.actNow = undefined;
        r.matchedEscalation = 'A red flag you reported';
      }
    }
  }

  // §3.1 ci-red-flag-pain: asking about massage while reporting an urgent or emergency red flag.
  if (intent !== 'symptom' && results.some((r) => r.kind === 'red-flag' && rank(r.urgency) >= 2)) {
    if (!results.some((r) => r.id === R.redFlagMassageEntry)) {
      const e = getEntry(R.redFlagMassageEntry);
      results.push({
        id: R.redFlagMassageEntry,
        title: e?.title ?? R.redFlagMassageEntry,
        kind: 'contraindication',
        score: 6,
      });
    }
  }

  // Safety net (issue 8 Build 3): a query that touches the core of an emergency red flag without
  // meeting all of it gets that flag first, as a "could this be…?" check, whatever the query asks
  // ("can I still have my massage?" after stroke signs gets the emergency first, too).
  for (const p of PROFILES) {
    if (!p.core || !evalExpr(p.core, present)) continue;
    const existing = results.find((r) => r.id === p.id);
    if (existing?.urgency === 'emergency') continue;
    const e = getEntry(p.id);
    if (!e) continue;
    const net: Scored = {
      id: p.id,
      title: e.title,
      kind: e.kind,
      urgency: 'emergency',
      matchedEscalation: p.coreQuestion ?? e.title,
      possible: true,
      score: Math.max(existing?.score ?? 0, R.safetyNetScore),
    };
    if (existing) Object.assign(existing, net);
    else results.push(net);
  }

  results.sort((a, b) => b.score - a.score);
  let ordered: Scored[];
  if (intent === 'symptom') {
    ordered = [
      ...results.filter((r) => r.urgency === 'emergency'),
      ...results.filter((r) => r.urgency === 'urgent-same-day'),
      ...results.filter((r) => r.urgency === 'see-gp-soon' || r.urgency === 'self-care'),
      // Cards without a level (massage-safety, myths, pointers) follow the symptom cards.
      ...results.filter((r) => r.urgency === undefined),
    ];
  } else {
    const first = intent === 'myth' ? 'myth' : 'contraindication';
    const second = intent === 'myth' ? 'contraindication' : 'myth';
    // FACTS.md §7: the urgency ranking applies where a symptom is reported. A massage question
    // that reports one in a sentence of its own ("New nagging pain in my upper back for 10 days…
    // is it ok to go?") keeps a same-day red flag's level and leads with it; a sign named in the
    // question itself ("can I get a massage with a fever") stays a massage question.
    const apart = reportedApart(fs);
    const leads = (r: Scored) =>
      r.urgency === 'emergency' ||
      (apart &&
        r.urgency === 'urgent-same-day' &&
        (r.kind === 'red-flag' || (r.kind === 'condition' && r.actNow === true)));
    // One same-day card leads at most: the massage answer (the contraindication) stays in view.
    const sameDayLead = (kind: Scored['kind']) =>
      results.find((r) => r.kind === kind && leads(r) && r.urgency !== 'emergency');
    const sameDay = sameDayLead('red-flag') ?? sameDayLead('condition');
    const emergencies = [...results.filter((r) => r.urgency === 'emergency'), ...(sameDay ? [sameDay] : [])];
    const rest = results.filter((r) => r.urgency !== 'emergency' && r !== sameDay);
    for (const r of rest) {
      r.urgency = undefined;
      r.actNow = undefined;
      r.matchedEscalation = undefined;
    }
    ordered = [
      ...emergencies,
      ...rest.filter((r) => r.kind === first),
      ...rest.filter((r) => r.kind === second),
      ...rest.filter((r) => r.kind !== first && r.kind !== second),
    ];
  }
  // A myth asked about with little else in it ("the soreness after is toxins coming out, is that
  // true?") brings the cards its entry names as related, after it, so what the soreness really is
  // sits one row below. Where other cards already answer, they keep their places.
  if (intent === 'myth' && ordered.length < 3) ordered = withMythRelated(ordered);
  const shown = ordered.slice(0, limit);

  // Checks: combination rows not yet met, plus the checks of the top results (§7 role `check`).
  const resultIds = new Set(shown.map((r) => r.id));
  for (const r of shown.slice(0, 3)) for (const c of profileById.get(r.id)?.checks ?? []) checkIds.push(c);
  const checks: Check[] = [];
  const seen = new Set<string>();
  for (const id of checkIds) {
    if (seen.has(id) || resultIds.has(id)) continue;
    seen.add(id);
    const p = profileById.get(id);
    const e = getEntry(id);
    checks.push({
      id,
      title: e?.title ?? p?.title ?? id,
      question: p?.question ?? `Do you also have: ${e?.title ?? p?.title ?? id}?`,
    });
  }
  return { results: shown, checks: checks.slice(0, 6), intent, unsure: false };
}

/** The first myth's related entries, placed right after the myths, when not already shown. */
function withMythRelated(ordered: Scored[]): Scored[] {
  const myth = ordered.find((r) => r.kind === 'myth');
  const related = myth ? (getEntry(myth.id)?.related ?? []) : [];
  const have = new Set(ordered.map((r) => r.id));
  const extra: Scored[] = [];
  for (const id of related) {
    const e = getEntry(id);
    if (!e || have.has(id)) continue;
    extra.push({ id, title: e.title, kind: e.kind, score: 0 });
  }
  if (!extra.length) return ordered;
  const lastMyth = ordered.findLastIndex((r) => r.kind === 'myth');
  return [...ordered.slice(0, lastMyth + 1), ...extra, ...ordered.slice(lastMyth + 1)];
}
