// Structural test of the bundled knowledge (DESIGN.md §3 contracts, FACTS.md §0–§6).
// That every FACTS.md id has an entry is checked against the specification itself by the
// conformance suite (facts.conformance.test.ts), which needs ../shared.
// The data is not parsed at run time (index.ts), so this test is where every entry is checked
// against the schema and every cross-reference, source key and urgency rule is enforced.
import { describe, expect, test } from 'vitest';
import { entries, getEntry, getSource, notices, sources, URGENCY_LEVELS } from './index';
import { getLexicon } from './lexicon';
import type { Entry, Urgency } from './schema';
import { Entry as EntrySchema, Notices, Source } from './schema';

const rank = (level: Urgency): number => URGENCY_LEVELS.indexOf(level);
const byId = entries.map((e) => [e.id, e] as const);

/** Every id an entry points at (FACTS.md cross-references), with the field it came from. */
function referencedIds(e: Entry): Array<[field: string, id: string]> {
  const refs: Array<[string, string]> = [];
  const add = (field: string, ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) refs.push([field, id]);
  };
  add('related', e.related);
  if (e.kind === 'condition') {
    add('redFlags', e.redFlags);
    add('contraindications', e.contraindications);
    add('pointsTo', e.pointsTo);
  }
  if (e.kind === 'red-flag') add('conditions', e.conditions);
  if ('urgency' in e && e.urgency) {
    for (const esc of e.urgency.escalations) if (esc.goTo) refs.push(['escalations.goTo', esc.goTo]);
  }
  return refs;
}

/** Every (level, actNow) pair an entry carries: base, escalations and guidance rows. */
function levels(e: Entry): Array<{ where: string; level: Urgency; actNow?: boolean }> {
  const out: Array<{ where: string; level: Urgency; actNow?: boolean }> = [];
  if ('urgency' in e && e.urgency) {
    out.push({ where: 'base', level: e.urgency.base, actNow: e.urgency.actNow });
    for (const esc of e.urgency.escalations) out.push({ where: `escalation "${esc.when}"`, ...esc });
  }
  if (e.kind === 'guidance') for (const r of e.rows ?? []) out.push({ where: `row "${r.situation}"`, ...r });
  return out;
}

// Keys whose values are ids, keys, dates or lookup-only phrases, never text shown as a statement.
const NON_TEXT_KEYS = new Set([
  'id',
  'kind',
  'sources',
  'reviewed',
  'related',
  'redFlags',
  'contraindications',
  'pointsTo',
  'conditions',
  'goTo',
  'signals',
  'level',
  'base',
  'status',
  'category',
  'accuracy',
]);

/** The text of an entry a user can read, except the seed's own claim (quoted as a claim). */
function userFacingText(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => userFacingText(v, path));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      if (NON_TEXT_KEYS.has(k)) return [];
      if (k === 'claim' && path.at(-1) === 'seed') return [];
      return userFacingText(v, [...path, k]);
    });
  }
  return [];
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A myth's claim split into its quoted phrases (FACTS.md §5 rows quote one or two). */
const claimPhrases = (claim: string): string[] =>
  claim
    .split(/\s+\/\s+/)
    .map((p) => normalise(p).replace(/^[\s'.,;:]+|[\s'.,;:]+$/g, ''))
    .filter((p) => p.length > 0);

describe('entries as a whole', () => {
  test('there are entries', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test('ids are unique', () => {
    const ids = entries.map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  test('getEntry returns the entry with that id', () => {
    for (const e of entries) expect(getEntry(e.id)).toBe(e);
  });

  // Every highlight has a card (DESIGN.md §3): each lexicon concept, and each id a term adds.
  test('every lexicon concept and every "also" id is an entry', () => {
    const ids = getLexicon().flatMap((g) => [
      g.concept,
      ...(g.also ?? []),
      ...g.terms.flatMap((t) => t.also ?? []),
    ]);
    expect(ids.length).toBeGreaterThan(50);
    const missing = ids.filter((id) => getEntry(id) === undefined);
    expect(missing).toEqual([]);
  });
});

describe.each(byId)('entry %s', (_id, entry) => {
  test('parses with the Entry schema', () => {
    const r = EntrySchema.safeParse(entry);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 1)).toBe(true);
  });

  test('has at least one source, and every source key resolves', () => {
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const key of entry.sources) expect(getSource(key), `unknown source ${key}`).toBeDefined();
  });

  test('has a valid reviewed date', () => {
    expect(entry.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const d = new Date(`${entry.reviewed}T00:00:00Z`);
    expect(Number.isNaN(d.getTime())).toBe(false);
    expect(d.toISOString().slice(0, 10)).toBe(entry.reviewed);
  });

  test('every referenced id resolves', () => {
    const missing = referencedIds(entry)
      .filter(([, id]) => getEntry(id) === undefined)
      .map(([field, id]) => `${field}: ${id}`);
    expect(missing, missing.join('; ')).toEqual([]);
  });

  test('act_now only on urgent-same-day levels (FACTS.md §0.1)', () => {
    const wrong = levels(entry).filter((l) => l.actNow && l.level !== 'urgent-same-day');
    const where = wrong.map((l) => l.where);
    expect(where, where.join('; ')).toEqual([]);
  });

  test('escalations are higher than the base level (FACTS.md §0.1)', () => {
    if (!('urgency' in entry) || !entry.urgency) return;
    const { base, actNow, escalations } = entry.urgency;
    // Raising a plain urgent-same-day base to "act now" counts as higher too (§0.1 act_now).
    const higher = (esc: (typeof escalations)[number]) =>
      rank(esc.level) > rank(base) ||
      (esc.level === base && base === 'urgent-same-day' && !!esc.actNow && !actNow);
    const notHigher = escalations.filter((esc) => !higher(esc));
    const listed = notHigher.map((esc) => `${esc.when} (${esc.level} vs base ${base})`);
    expect(listed, listed.join('; ')).toEqual([]);
  });
});

describe('pointer entries (FACTS.md §0.1)', () => {
  test.each([['gynaecological-causes'], ['injured-inflamed-vertebra']])(
    '%s points to entries and has no urgency',
    (id) => {
      const e = getEntry(id);
      expect(e?.kind).toBe('condition');
      if (e?.kind !== 'condition') return;
      expect(e.pointsTo?.length ?? 0).toBeGreaterThan(0);
      expect(e.urgency).toBeUndefined();
    },
  );

  const conditions = entries.filter((e) => e.kind === 'condition');
  test.each(conditions.map((e) => [e.id, e]))('%s: a condition without urgency is a pointer', (_id, e) => {
    if (e.kind !== 'condition' || e.urgency) return;
    expect(e.pointsTo?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('context-only red flags (FACTS.md §0.1, §2)', () => {
  test.each([['rf-infection-risk'], ['rf-age']])('%s is context-only', (id) => {
    const e = getEntry(id);
    expect(e?.kind).toBe('red-flag');
    if (e?.kind === 'red-flag') expect(e.contextOnly).toBe(true);
  });

  const flags = entries.filter((e) => e.kind === 'red-flag');
  test.each(flags.map((e) => [e.id, e]))('%s: urgency iff not context-only', (_id, e) => {
    if (e.kind !== 'red-flag') return;
    if (e.contextOnly) expect(e.urgency).toBeUndefined();
    else expect(e.urgency).toBeDefined();
  });
});

describe('the myth-claim checker', () => {
  // The check below is only as good as the text it collects: it must see every shown string
  // and skip only the seed's own quoted claim and non-text fields.
  const sample = {
    id: 'x-salt-deposits',
    summary: 'Shown text',
    seed: { claim: 'Quoted seed claim', note: 'A shown note' },
    urgency: { base: 'self-care', escalations: [{ when: 'Shown when', signals: ['lookup phrase'] }] },
    points: ['A shown point'],
  };
  test.each([
    ['shown text', true],
    ['a shown note', true],
    ['shown when', true],
    ['a shown point', true],
    ['quoted seed claim', false],
    ['lookup phrase', false],
    ['x-salt-deposits', false],
  ])('collects %s: %s', (text, shown) => {
    expect(userFacingText(sample).map(normalise).includes(text)).toBe(shown);
  });

  test.each([
    ['"eliminate pain" / "removing back pain"', ['eliminate pain', 'removing back pain']],
    [
      'you can get rid of existing tumors and salt deposits',
      ['you can get rid of existing tumors and salt deposits'],
    ],
    ['It is a violation of the internal organs.', ['it is a violation of the internal organs']],
  ])('splits the claim %s', (claim, phrases) => {
    expect(claimPhrases(claim)).toEqual(phrases);
  });
});

describe('myths are never shown as fact (FACTS.md §5)', () => {
  const myths = entries.filter((e) => e.kind === 'myth');
  const others = entries.filter((e) => e.kind !== 'myth');
  const otherText = others.map((e) => [e.id, userFacingText(e).map(normalise)] as const);

  test('all 13 myth cards exist', () => {
    expect(myths.map((m) => m.id).sort()).toEqual(
      Array.from({ length: 13 }, (_, i) => `myth-m${i + 1}`).sort(),
    );
  });

  test.each(myths.map((m) => [m.id, m]))('%s: the claim is short and appears in no other card', (_id, m) => {
    if (m.kind !== 'myth') return;
    const phrases = claimPhrases(m.claim);
    expect(phrases.length).toBeGreaterThan(0);
    for (const p of phrases) expect(p.split(' ').length).toBeLessThanOrEqual(12);
    const found = otherText.flatMap(([id, texts]) =>
      phrases.filter((p) => texts.some((t) => t.includes(p))).map((p) => `${id}: "${p}"`),
    );
    expect(found, found.join('; ')).toEqual([]);
  });
});

describe('sources and notices', () => {
  test.each(sources.map((s) => [s.id, s]))('source %s parses', (_id, s) => {
    expect(Source.safeParse(s).success).toBe(true);
    if (s.id !== 'PRACT' && s.id !== 'GEN') expect(s.url).toMatch(/^https?:\/\//);
  });

  test('source keys are unique', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  test('the disclaimer exists (FACTS.md §0.3)', () => {
    expect(Notices.safeParse(notices).success).toBe(true);
    expect(notices.disclaimer).toMatch(/not medical advice/i);
    expect(notices.disclaimer).toMatch(/diagnos/i);
    expect(notices.contraindicationCaveat.length).toBeGreaterThan(0);
  });
});
