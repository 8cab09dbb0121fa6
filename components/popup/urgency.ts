// Plain-language labels for the four urgency levels (FACTS.md §0.1), shared by popup parts.
import type { Urgency } from '../../lib/knowledge/schema';

export const URGENCY_LABEL: Record<Urgency, string> = {
  emergency: 'Emergency',
  'urgent-same-day': 'Get advice today',
  'see-gp-soon': 'See a GP soon',
  'self-care': 'Usually self-care',
};

/** The one-line action shown with an emergency: the regional number comes from settings. */
export function callNowText(emergencyNumber: string): string {
  return `Call ${emergencyNumber} now`;
}

export const KIND_LABEL = {
  condition: 'Condition',
  'red-flag': 'Warning sign',
  contraindication: 'Massage precaution',
  myth: 'Myth check',
  guidance: 'Guidance',
} as const;
