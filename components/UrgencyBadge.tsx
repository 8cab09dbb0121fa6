// The card heading: the entry's base level (FACTS.md §0.1), with icon and words, its advice and
// the act_now line. Never an escalation: those live in EmergencyBox.
import type { CardLevel } from '../lib/card-data';
import type { Urgency } from '../lib/knowledge/index';
import { Icon, LEVEL_ICONS } from './Icon';

/** Short level words for badges and escalation rows; the emergency one names the number. */
export function levelShort(level: Urgency, emergencyNumber: string): string {
  switch (level) {
    case 'emergency':
      return `Emergency: call ${emergencyNumber}`;
    case 'urgent-same-day':
      return 'Get advice today';
    case 'see-gp-soon':
      return 'See a GP soon';
    default:
      return 'Self-care';
  }
}

export function UrgencyBadge({ urgency, emergencyNumber }: { urgency: CardLevel; emergencyNumber: string }) {
  const label = urgency.level === 'emergency' ? `Emergency: call ${emergencyNumber} now` : urgency.label;
  return (
    <div class={`bc-urgency bc-level-${urgency.level}`} data-level={urgency.level}>
      <p class="bc-urgency-label">
        <Icon name={LEVEL_ICONS[urgency.level]} />
        <strong>{label}</strong>
      </p>
      <p class="bc-urgency-advice">{urgency.advice}</p>
      {urgency.actNowLine && <p class="bc-act-now">{urgency.actNowLine}</p>}
    </div>
  );
}
