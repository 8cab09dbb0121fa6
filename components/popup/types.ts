// Shapes the popup components take as props. They mirror lib/lookup's LookupResult (DESIGN.md
// §3) structurally, so the components stay plain props-in/markup-out and are testable alone.
import type { Urgency } from '../../lib/knowledge/schema';

export interface ResultItem {
  id: string;
  title: string;
  kind: 'condition' | 'red-flag' | 'contraindication' | 'myth' | 'guidance';
  urgency?: Urgency;
  /** Shown with urgent-same-day: act now rather than later today (FACTS.md §0.1 act_now). */
  actNow?: boolean;
  score?: number;
  /** The escalation the query reported (e.g. "A red flag you reported"), shown under the title. */
  matchedEscalation?: string;
}

/** A "Do you also have…?" item shown under the results (FACTS.md §7 role `check`). */
export interface CheckItem {
  id: string;
  /** The question, or the entry title when the lookup gives no question. */
  question: string;
  urgency?: Urgency;
}

export interface SearchOutcome {
  results: ResultItem[];
  checks: CheckItem[];
  /** No close match: the results are the closest entries (issue 8: say who to call). */
  unsure?: boolean;
}
