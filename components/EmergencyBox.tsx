// The red box (FACTS.md §0.1 "How to show it"): "Get help urgently if you also have…", the only
// part of a card styled as a red flag. Each row names its level in words and with an icon, so the
// message does not rely on colour; emergency rows name the local number.
import type { CardEscalation, CardRedFlag } from '../lib/card-data';
import { Icon, LEVEL_ICONS } from './Icon';
import { levelShort } from './UrgencyBadge';

export interface EmergencyBoxProps {
  escalations: CardEscalation[];
  redFlags: CardRedFlag[];
  emergencyNumber: string;
  heading?: string;
}

export function EmergencyBox({
  escalations,
  redFlags,
  emergencyNumber,
  heading = 'Get help urgently if you also have…',
}: EmergencyBoxProps) {
  if (escalations.length === 0 && redFlags.length === 0) return null;
  return (
    <section class="bc-emergency" aria-label={heading}>
      <h3 class="bc-emergency-heading">
        <Icon name="alert" />
        {heading}
      </h3>
      <ul class="bc-escalations">
        {escalations.map((e) => (
          <li key={e.when} class={`bc-escalation bc-level-${e.level}`} data-level={e.level}>
            <span class="bc-escalation-level">
              <Icon name={LEVEL_ICONS[e.level]} />
              {e.actNow ? 'Get advice now' : levelShort(e.level, emergencyNumber)}
            </span>{' '}
            <span class="bc-escalation-when">{e.when}</span>
          </li>
        ))}
        {redFlags
          .filter((r) => r.level)
          .map((r) => (
            <li key={r.id} class={`bc-escalation bc-level-${r.level}`} data-level={r.level}>
              <span class="bc-escalation-level">
                <Icon name={LEVEL_ICONS[r.level!]} />
                {r.actNow ? 'Get advice now' : levelShort(r.level!, emergencyNumber)}
              </span>{' '}
              <span class="bc-escalation-when">{r.title}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}

/** A red-flag entry's own lead box: its level, what to do, and why a doctor checks. */
export function LeadWarning({
  level,
  advice,
  actNowLine,
  emergencyNumber,
}: {
  level: CardEscalation['level'];
  advice: string;
  actNowLine?: string;
  emergencyNumber: string;
}) {
  const heading = level === 'emergency' ? `Call ${emergencyNumber} now` : 'Get medical advice today';
  return (
    <section class={`bc-emergency bc-lead bc-level-${level}`} data-level={level} aria-label={heading}>
      <h3 class="bc-emergency-heading">
        <Icon name={LEVEL_ICONS[level]} />
        {heading}
      </h3>
      <p class="bc-urgency-advice">{advice}</p>
      {actNowLine && <p class="bc-act-now">{actNowLine}</p>}
    </section>
  );
}
