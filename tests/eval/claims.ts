// Claim-check scores (issue 12) on the frozen blind set tests/eval/fresh/{tune,holdout}/claims.json.
// A claim snippet is found when a flagged span overlaps its `claim` span with the right myth id;
// any other flag (a near-miss snippet flagged at all, or a wrong or misplaced flag in a claim
// snippet) is a false positive, counted once per snippet. Only aggregates are returned, so the
// holdout half's items are never printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../../lib/match/claims.ts';

interface Snippet {
  id: string;
  text: string;
  claim: string | null;
  myth: string | null;
  nearMiss?: string;
}

export interface ClaimScore {
  snippets: number;
  claims: number;
  found: number;
  falsePositives: number;
  precision: number;
  recall: number;
  /** Ids of the snippets that went wrong (tune half only: the holdout keeps its items unread). */
  misses: string[];
}

export function scoreClaims(half: 'tune' | 'holdout'): ClaimScore {
  const path = join(import.meta.dirname, 'fresh', half, 'claims.json');
  const { snippets } = JSON.parse(readFileSync(path, 'utf8')) as { snippets: Snippet[] };
  let claims = 0;
  let found = 0;
  let falsePositives = 0;
  const misses: string[] = [];
  for (const s of snippets) {
    const flags = findClaims(s.text);
    if (s.claim && s.myth) {
      claims++;
      const start = s.text.indexOf(s.claim);
      const end = start + s.claim.length;
      const right = (f: (typeof flags)[number]) => f.mythId === s.myth && f.start < end && start < f.end;
      const ok = flags.some(right);
      if (ok) found++;
      const wrong = flags.some((f) => !right(f));
      if (wrong) falsePositives++;
      if (!ok || wrong) misses.push(s.id);
    } else if (flags.length > 0) {
      falsePositives++;
      misses.push(s.id);
    }
  }
  return {
    snippets: snippets.length,
    claims,
    found,
    falsePositives,
    precision: found + falsePositives === 0 ? 1 : found / (found + falsePositives),
    recall: claims === 0 ? 1 : found / claims,
    misses: half === 'tune' ? misses : [],
  };
}
