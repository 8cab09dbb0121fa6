// Massage status (FACTS.md §0.2: avoid / adapt / avoid the area / no known issue), whether pain
// after a massage is normal (§4), and the contraindications with the §0.2 caveat that lists
// disagree. Icon plus words, never colour alone.
import type { CardData } from '../lib/card-data';
import { Icon } from './Icon';

export function MassageStatus({ card }: { card: CardData }) {
  const { massage, afterMassage, contraindications, contraindicationCaveat } = card;
  if (!massage && !afterMassage && contraindications.length === 0 && !contraindicationCaveat) return null;
  return (
    <section class="bc-section bc-massage" aria-labelledby={`bc-massage-${card.id}`}>
      <h3 id={`bc-massage-${card.id}`}>Massage</h3>
      {massage && (
        <div class={`bc-massage-status bc-massage-${massage.advice}`} data-massage={massage.advice}>
          <p>
            <Icon name={massage.advice === 'no-known-issue' ? 'info' : 'hand'} />
            <strong>{massage.label}.</strong> {massage.explanation}
          </p>
          {massage.note && <p>{massage.note}</p>}
        </div>
      )}
      {contraindications.length > 0 && (
        <ul class="bc-contraindications">
          {contraindications.map((c) => (
            <li key={c.id}>
              <strong>
                {c.title} ({c.label.toLowerCase()}):
              </strong>{' '}
              {c.reason}
            </li>
          ))}
        </ul>
      )}
      {contraindicationCaveat && <p class="bc-caveat">{contraindicationCaveat}</p>}
      {afterMassage && (
        <p class="bc-after-massage">
          <strong>Pain after a massage?</strong> {afterMassage.text}
        </p>
      )}
    </section>
  );
}
