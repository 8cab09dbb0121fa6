// Issue 13 #13: a card's "Reviewed" date means that entry was reviewed. Each entry states its own
// date (no one constant per data file), and the entries changed by the clinical audit carry the
// audit's date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCardData } from '../../lib/card-data';
import { entries, getEntry } from '../../lib/knowledge/index';

const DATA = join(__dirname, '../../lib/knowledge/data');
const FILES = ['conditions.ts', 'red-flags.ts', 'contraindications.ts', 'guidance.ts', 'myths.ts'];
const AUDIT_DATE = '2026-12-04';

/** Entries the issue-13 audit corrected. */
const AUDITED = [
  'spinal-manipulation',
  'cold-exposure-back',
  'kidney-stones',
  'massage-related-injury',
  'post-massage-soreness',
  'acute-cholecystitis',
  'ci-heart-disease',
  'ci-uncontrolled-hypertension',
  'ci-recent-vaccination',
  'rf-progressive-weakness',
  'rf-minor-trauma-fragile',
  'rf-sudden-abdo-back',
  'dvt',
  'vertebral-fracture-deformity',
  'coccydynia',
  'muscle-strain',
];

describe('review dates per entry', () => {
  test('no data file dates all its entries from one shared constant', () => {
    let literal = 0;
    for (const f of FILES) {
      const src = readFileSync(join(DATA, f), 'utf8');
      expect(src, f).not.toMatch(/reviewed:\s*[A-Z_]+\b/);
      literal += [...src.matchAll(/reviewed: '\d{4}-\d{2}-\d{2}'/g)].length;
    }
    expect(literal).toBe(entries.length);
  });

  test.each(AUDITED.map((id) => [id]))('%s carries the audit date on its card', (id) => {
    expect(getEntry(id)?.reviewed).toBe(AUDIT_DATE);
    expect(buildCardData(id)?.reviewed).toBe(AUDIT_DATE);
  });
});
