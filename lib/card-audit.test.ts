// Issue 13 (clinical audit): properties every card must have, checked over EVERY entry and every
// neutral variant, so that a whole kind of fault cannot come back; plus the audit's single
// findings and the FACTS.md "session-2 audit" corrections.
import { describe, expect, test } from 'vitest';
import { ALL_CARDS } from '../tests/unit/all-cards';
import { buildCardData, type CardData } from './card-data';
import { entries, getEntry } from './knowledge/index';
import { fillRegion, REGIONS } from './region';

/** Every line of text the card shows (before region filling). */
function texts(card: CardData): string[] {
  return [
    card.summary,
    card.why ?? '',
    card.urgency?.advice ?? '',
    ...card.details.items,
    ...card.warningSigns,
    ...card.normalRows,
    ...card.urgentEscalations.map((e) => e.when),
    ...card.otherEscalations.map((e) => e.when),
    card.massage?.note ?? '',
  ];
}

/** Rows the red box or the warning-sign list shows. */
function warningRows(card: CardData): number {
  return (
    card.urgentEscalations.length + card.redFlags.filter((r) => r.level).length + card.warningSigns.length
  );
}

/** Ids of the red flags a card shows, directly or through an escalation (or the condition it covers). */
function redFlagsShown(card: CardData): Set<string> {
  const shown = new Set(card.redFlags.map((r) => r.id));
  for (const e of [...card.urgentEscalations, ...card.otherEscalations]) {
    if (!e.goTo) continue;
    shown.add(e.goTo);
    // The CES escalation covers the saddle, bladder, bowel, sexual-function and both-legs rows.
    for (const rf of entries)
      if (rf.kind === 'red-flag' && (rf.conditions ?? []).includes(e.goTo)) shown.add(rf.id);
  }
  return shown;
}

/** The rows "any red flag" means: the general back-pain list, less the context-only rows. */
const GENERAL_RED_FLAGS = (
  (getEntry('nonspecific-low-back-pain') as { redFlags?: string[] }).redFlags ?? []
).filter((id) => {
  const rf = getEntry(id);
  return rf?.kind === 'red-flag' && !rf.contextOnly;
});

describe('a card that says "below" or "these signs" has the rows it promises (#1)', () => {
  test.each(ALL_CARDS)('%s', (_key, card) => {
    const all = texts(card).join('\n');
    if (
      /(warning signs|signs) below|these signs|any of these signs|warning signs (shown )?(above|at the top)/i.test(
        all,
      )
    ) {
      expect(warningRows(card), 'no warning rows follow').toBeGreaterThan(0);
    }
    if (/(list|anything|situation) below/i.test(all)) {
      expect(card.urgentEscalations.length + card.otherEscalations.length).toBeGreaterThan(0);
    }
    if (/checks below/i.test(all)) {
      expect(card.details.items.length + card.contraindications.length).toBeGreaterThan(0);
    }
  });

  test('spinal manipulation shows the stroke (FAST) and cauda equina rows as emergencies (FACTS §6.2)', () => {
    const card = buildCardData('spinal-manipulation')!;
    const emergencies = card.urgentEscalations.filter((e) => e.level === 'emergency').map((e) => e.when);
    expect(emergencies.some((w) => /one side of the body/i.test(w))).toBe(true);
    expect(emergencies.some((w) => /headache/i.test(w))).toBe(true);
    expect(emergencies.some((w) => /genitals|back passage|bladder/i.test(w))).toBe(true);
  });
});

describe('status and advice never contradict (#8)', () => {
  const POSTPONE = /^(put (the )?(massage|session) off|postpone|wait about|do not have (a )?massage)/i;
  test.each(ALL_CARDS.filter(([, c]) => c.massage))('%s', (_key, card) => {
    const first = card.kind === 'contraindication' ? card.details.items[0] : card.massage!.note;
    if (first && POSTPONE.test(first)) expect(['avoid', 'postpone']).toContain(card.massage!.advice);
    if (card.massage!.advice === 'no-known-issue') {
      // An unconditional "no massage" under "no known reason to avoid massage" contradicts it.
      for (const t of texts(card)) expect(t).not.toMatch(/^(do not have (a )?massage|avoid massage)/i);
    }
  });
  test.each(ALL_CARDS.flatMap(([key, c]) => c.contraindications.map((ci) => [key, ci] as const)))(
    '%s lists its precautions with a matching label',
    (_key, ci) => {
      if (POSTPONE.test(ci.reason)) expect(['avoid', 'postpone']).toContain(ci.advice);
    },
  );
});

describe('one clear act_now line (#9)', () => {
  test.each(ALL_CARDS.filter(([, c]) => c.urgency))('%s', (_key, card) => {
    const level = card.urgency!;
    for (const region of REGIONS) {
      const advice = fillRegion(level.advice, region);
      if (level.actNow) {
        // "Get advice now" and "get advice today" in one breath contradict each other.
        expect(advice.replaceAll('later today', ''), region).not.toMatch(/\btoday\b/i);
      } else {
        expect(advice, region).not.toMatch(/not later today/i);
      }
    }
  });
});

describe('same-day cards carry the FACTS §0.1 wording (#10)', () => {
  test.each(ALL_CARDS.filter(([, c]) => c.urgency?.level === 'urgent-same-day'))('%s', (_key, card) => {
    const uk = fillRegion(card.urgency!.advice, 'uk');
    expect(uk).toContain('If you get worse while you wait, or you feel very unwell, go to A&E or call 999.');
  });
  test('the Northern Ireland route is there in the UK wording', () => {
    expect(fillRegion(buildCardData('pyelonephritis')!.urgency!.advice, 'uk')).toContain('Northern Ireland');
  });
});

describe('every red flag an entry names is on its card (#5)', () => {
  test.each(ALL_CARDS)('%s', (key, card) => {
    const shown = redFlagsShown(card);
    const entry = getEntry(card.id);
    // "Any of the red-flag warning signs" (FACTS: "any §2 red flag → that row's level").
    if (texts(card).some((t) => /any (of the )?red[- ]flag/i.test(t))) {
      expect(GENERAL_RED_FLAGS.filter((id) => !shown.has(id) && id !== card.id)).toEqual([]);
    }
    // A neutral variant is its own, calmer card; the entry's escalations are checked on the entry.
    if (!key.includes('~') && entry && 'urgency' in entry && entry.urgency) {
      for (const e of entry.urgency.escalations)
        if (e.goTo?.startsWith('rf-')) expect(shown.has(e.goTo)).toBe(true);
    }
  });

  test('cold exposure lists the same warning signs as everyday back pain', () => {
    const cold = redFlagsShown(buildCardData('cold-exposure-back')!);
    for (const id of [
      'rf-chest-pain',
      'rf-major-trauma',
      'rf-progressive-weakness',
      'rf-minor-trauma-fragile',
    ])
      expect(cold.has(id), id).toBe(true);
    for (const id of ['rf-weight-loss', 'rf-night-rest-pain', 'rf-cancer-history', 'rf-lump-deformity'])
      expect(cold.has(id), id).toBe(true);
    expect(cold.has('rf-sudden-abdo-back')).toBe(true);
  });
});

describe('single findings', () => {
  test('#6 gallstones: the note first, then the cholecystitis card at its own level', () => {
    const note = buildCardData('acute-cholecystitis', 'gallstones-note')!;
    const full = buildCardData('acute-cholecystitis')!;
    expect(note.summary).toMatch(/gallstones/i);
    expect(note.urgency?.level).toBe('urgent-same-day');
    expect(note.urgency?.actNow).toBe(true);
    expect(note.warningSigns).toEqual(full.warningSigns);
    expect(note.warningSigns.join(' ')).toMatch(/pre-eclampsia/);
    const ids = note.urgentEscalations.map((e) => e.when);
    for (const e of full.urgentEscalations) expect(ids).toContain(e.when);
  });

  test('#11 the blood-thinner clause is part of the sudden tummy-and-back row itself', () => {
    const card = buildCardData('rf-sudden-abdo-back')!;
    expect([card.summary, card.why ?? '', card.urgency?.advice ?? ''].join(' ')).toMatch(/blood thinner/i);
  });
});

describe('FACTS.md session-2 audit corrections', () => {
  test.each([['dvt'], ['vertebral-fracture-deformity']])('%s: urgent-same-day with act_now', (id) => {
    const card = buildCardData(id)!;
    expect(card.urgency?.level).toBe('urgent-same-day');
    expect(card.urgency?.actNow).toBe(true);
  });

  test('coccydynia: a fever goes to rf-fever (same day), not the see-a-GP list', () => {
    const card = buildCardData('coccydynia')!;
    const fever = card.urgentEscalations.find((e) => e.goTo === 'rf-fever' && e.level === 'urgent-same-day');
    expect(fever?.when).toMatch(/temperature|fever/i);
    expect(card.otherEscalations.some((e) => /fever|temperature/i.test(e.when))).toBe(false);
  });

  test('ci-heart-disease: worsening angina → same-day advice; chest pain now → emergency', () => {
    const text = buildCardData('ci-heart-disease')!.details.items.join(' ');
    expect(text).toMatch(/angina[^.]*getting worse[^.]*\{urgent-help\}|angina[^.]*\{urgent-help\}/i);
    expect(text).toMatch(/chest pain[^.]*\{emergency\}/i);
  });

  test('ci-uncontrolled-hypertension: chest pain or breathlessness → emergency; severe headache → same day', () => {
    const text = buildCardData('ci-uncontrolled-hypertension')!.details.items.join(' ');
    expect(text).toMatch(/chest pain or breathlessness[^.]*\{emergency\}/i);
    expect(text).toMatch(/severe headache[^.]*\{urgent-help\}/i);
  });
});
