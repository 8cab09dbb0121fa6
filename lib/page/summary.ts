// The popup's "on this page" list (messages.ts PageSummary): one row per concept with its
// count, red flags first.
import type { PageSummary } from '../messages';
import type { PageMatch } from './match-store';

export function summarize(matches: readonly PageMatch[], url: string, disabled = false): PageSummary {
  const rows = new Map<
    string,
    {
      conceptId: string;
      count: number;
      terms: Map<string, number>;
      redFlag: boolean;
      urgent: boolean;
      claim: boolean;
    }
  >();
  for (const m of matches) {
    let row = rows.get(m.conceptId);
    if (!row) {
      row = {
        conceptId: m.conceptId,
        count: 0,
        terms: new Map(),
        redFlag: m.category === 'red-flag',
        urgent: false,
        claim: m.claim === true,
      };
      rows.set(m.conceptId, row);
    }
    row.count++;
    // A concept is marked urgent when any of its matches is escalated in context (DESIGN.md §3).
    if (m.urgent) row.urgent = true;
    const term = m.claim ? m.term : m.term.toLowerCase();
    row.terms.set(term, (row.terms.get(term) ?? 0) + 1);
  }
  const items = [...rows.values()]
    .map((r) => ({
      conceptId: r.conceptId,
      // The commonest wording on this page names the row.
      term: [...r.terms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
      count: r.count,
      redFlag: r.redFlag,
      urgent: r.urgent,
      claim: r.claim,
    }))
    .sort(
      (a, b) => Number(b.redFlag) - Number(a.redFlag) || b.count - a.count || a.term.localeCompare(b.term),
    )
    .map(({ conceptId, term, count, urgent, claim }) =>
      // A claim row (issue 12): `term` holds the claim's first wording on the page.
      claim
        ? { conceptId, term, count, claim }
        : urgent
          ? { conceptId, term, count, urgent }
          : { conceptId, term, count },
    );
  return { url, items, total: matches.length, disabled };
}
