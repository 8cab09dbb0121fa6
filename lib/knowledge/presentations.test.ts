// The lay-language part of the knowledge (issue 8): every presentation and signal validates
// against the schema, every feature an expression names exists, and the entry is the one source
// of levels: a presentation may only raise an entry to a level the entry itself declares.
import { describe, expect, test } from 'vitest';
import { evalExpr, exprIds } from '../lookup/expr';
import { getEntry } from './index';
import { COMPOUND, LEXICAL, LOOKUP_RULES, PRESENTATIONS } from './lay';
import { CompoundFeature, LexicalFeature, Presentation } from './presentation-schema';

const featureIds = new Set([...LEXICAL.map((f) => f.id), ...COMPOUND.map((f) => f.id)]);
const rows = PRESENTATIONS.map((p) => [p.id, p] as const);

describe('lay signals', () => {
  test.each(LEXICAL.map((f) => [f.id, f] as const))('%s validates', (_id, f) => {
    expect(LexicalFeature.safeParse(f).success).toBe(true);
  });
  test.each(COMPOUND.map((f, i) => [`${f.id} #${i}`, f] as const))('%s validates and resolves', (_id, f) => {
    expect(CompoundFeature.safeParse(f).success).toBe(true);
    for (const id of [...f.all, ...(f.anyOf ?? []), ...(f.none ?? [])]) expect(featureIds).toContain(id);
  });
});

describe('presentations', () => {
  test.each(rows)('%s validates, names an entry of its kind and known features', (id, p) => {
    const parsed = Presentation.safeParse(p);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const entry = getEntry(id);
    expect(entry, `${id} has no knowledge entry`).toBeDefined();
    expect(p.kind).toBe(entry?.kind);
    const exprs = [p.requires, p.checkWhen, p.core, ...(p.escalations ?? []).map((e) => e.when)];
    for (const e of exprs) if (e) for (const f of exprIds(e)) expect(featureIds, `${id}: ${e}`).toContain(f);
    for (const f of Object.keys(p.cues)) expect(featureIds, id).toContain(f);
    for (const c of p.checks ?? []) expect(getEntry(c), `${id} checks ${c}`).toBeDefined();
  });

  // A requirement exists to ask for more than back pain. "fever+back|backWord" reads "(fever and
  // back) or backWord": three entries once let any back pain through that way.
  test.each(rows.filter(([, p]) => p.requires))(
    '%s: back pain alone does not meet its requirement',
    (id, p) => {
      const backPainOnly = new Set([
        'back',
        'backWord',
        'backWent',
        'backPainNear',
        'backPainFar',
        'lowerBack',
        'pain',
      ]);
      expect(evalExpr(p.requires ?? '', backPainOnly), `${id}: ${p.requires}`).toBe(false);
    },
  );

  test.each(rows)('%s raises only to levels its entry declares', (id, p) => {
    const entry = getEntry(id);
    const u = entry && 'urgency' in entry ? entry.urgency : undefined;
    for (const esc of p.escalations ?? []) {
      const rows = entry?.kind === 'guidance' ? (entry.rows ?? []) : [];
      const declared =
        esc.level === u?.base ||
        u?.escalations.some((x) => x.level === esc.level) ||
        rows.some((r) => r.level === esc.level);
      expect(declared, `${id}: ${esc.label} → ${esc.level}`).toBe(true);
    }
  });

  test.each(rows.filter(([, p]) => p.core))(
    '%s: a safety-net core only on an entry with an emergency level',
    (id, p) => {
      const entry = getEntry(id);
      const u = entry && 'urgency' in entry ? entry.urgency : undefined;
      const rows = entry?.kind === 'guidance' ? (entry.rows ?? []) : [];
      const emergency =
        u?.base === 'emergency' ||
        u?.escalations.some((x) => x.level === 'emergency') ||
        rows.some((r) => r.level === 'emergency');
      expect(emergency).toBe(true);
      expect(p.coreQuestion).toBeTruthy();
    },
  );

  test('every entry with an urgency level can be found by the lookup', () => {
    const profiled = new Set(PRESENTATIONS.map((p) => p.id));
    const missing = [...PRESENTATIONS.map((p) => p.id)].filter((id) => !getEntry(id));
    expect(missing).toEqual([]);
    expect(profiled.size).toBe(PRESENTATIONS.length);
  });
});

describe('compound features are built in order', () => {
  // addCompounds (lib/lookup/features.ts) makes one pass: a compound that reads (all, anyOf or
  // none) a feature some compound defines later sees it missing, and its `none` silently fails.
  test('every compound reads only features whose compound definitions all come before it', () => {
    const lastDefined = new Map<string, number>();
    for (const [i, c] of COMPOUND.entries()) lastDefined.set(c.id, i);
    const late = COMPOUND.flatMap((c, i) =>
      [...c.all, ...(c.anyOf ?? []), ...(c.none ?? [])]
        .filter((f) => f !== c.id && (lastDefined.get(f) ?? -1) > i)
        .map((f) => `${c.id} (#${i}) reads ${f}, defined again at #${lastDefined.get(f)}`),
    );
    expect(late).toEqual([]);
  });
});

describe('never an empty answer (issue 8 Build 3)', () => {
  test('every body, pain or symptom word has a region fallback, so a story told only as past still gets one', () => {
    const orphans = LOOKUP_RULES.reportFeatures.filter(
      (f) => !LOOKUP_RULES.fallbacks.some((fb) => evalExpr(fb.when, new Set([f]))),
    );
    expect(orphans).toEqual([]);
  });
});
