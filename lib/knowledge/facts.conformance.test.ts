// Conformance (needs ../shared): every id FACTS.md defines has an entry (DESIGN.md §3). Runs in
// `npm run test:conformance`; FACTS.md missing there is a failure, never an empty id list.
import { describe, expect, test } from 'vitest';
import { FACTS_MD, readShared } from '../../tests/conformance/shared';
import { getEntry } from './index';

/**
 * The ids FACTS.md defines: §1 `#### id:` headings (and the split sub-entries in bold), the
 * backticked first column of the §2/§3 tables, myth-m1…m13 from the §5 rows, and the §6 concept
 * group ids (`**\`id\`**`, including the §6.2 card list). Read from the specification itself so
 * that a new FACTS.md id without an entry fails here.
 */
function factsIds(): string[] {
  const lines = readShared(FACTS_MD).split('\n');
  const ids = new Set<string>();
  let section = 0;
  for (const line of lines) {
    const heading = /^## (\d+)\./.exec(line);
    if (heading) {
      section = Number(heading[1]);
      continue;
    }
    const bold = /^(?:- )?\*\*`([a-z0-9-]+)`\*\*/.exec(line);
    if (section === 1) {
      const h = /^#### id: `([a-z0-9-]+)`/.exec(line);
      if (h) ids.add(h[1]);
      if (bold) ids.add(bold[1]);
    } else if (section === 2 || section === 3) {
      const row = /^\| `([a-z0-9-]+)` \|/.exec(line);
      if (row) ids.add(row[1]);
    } else if (section === 5) {
      const row = /^\| M(\d+) \|/.exec(line);
      if (row) ids.add(`myth-m${row[1]}`);
    } else if (section === 6 && bold) {
      ids.add(bold[1]);
    }
  }
  return [...ids];
}

const FACTS_IDS = factsIds();

describe('the FACTS.md id list this test reads', () => {
  // Guards the parser itself: if FACTS.md's layout changed, the id checks below would be vacuous.
  test.each([
    ['cauda-equina-syndrome'],
    ['post-massage-soreness'],
    ['endometriosis'],
    ['rf-saddle-numbness'],
    ['rf-age'],
    ['ci-fever-acute-infection'],
    ['ci-recent-spinal-injection'],
    ['myth-m1'],
    ['myth-m13'],
    ['massage'],
    ['spinal-manipulation'],
    ['rhabdomyolysis'],
  ])('includes %s', (id) => {
    expect(FACTS_IDS).toContain(id);
  });
});

describe('every FACTS.md id has an entry', () => {
  test.each(FACTS_IDS.map((id) => [id]))('%s', (id) => {
    expect(getEntry(id), `no entry for FACTS.md id ${id}`).toBeDefined();
  });
});
