// The hover card at a glance (issue 9): the verdict in one line, NHS-style tiers with at most
// three bullets each, one line on massage, "More about …" for the full entry, a one-line
// disclaimer (FACTS.md §0.3 in short; the full text is in the full entry and the popup) and one
// source line with the review date. View model: lib/glance-card.ts. Props in, markup out.
import type { GlanceCard as GlanceData, TierLevel } from '../lib/glance-card';
import { Icon, LEVEL_ICONS } from './Icon';

export interface GlanceCardProps {
  card: GlanceData;
  titleId?: string;
  moreHref?: string;
  onMore?: (id: string) => void;
  onClose?: () => void;
  /** Echoed on the article for callers that style by variant. */
  variant?: string;
}

const TIER_ICON: Record<TierLevel, 'alert' | 'clock' | 'calendar'> = {
  emergency: 'alert',
  'urgent-same-day': 'clock',
  'see-gp-soon': 'calendar',
};

export function GlanceCard({ card, titleId, moreHref, onMore, onClose, variant }: GlanceCardProps) {
  const headingId = titleId ?? `bc-title-${card.id}`;
  return (
    <article
      class={`bc-card bc-glance bc-kind-${card.kind}`}
      data-concept={card.id}
      data-variant={variant}
      data-level={card.level}
    >
      <header class="bc-header">
        <h2 id={headingId} class="bc-title">
          {card.title}
        </h2>
        {onClose && (
          <button type="button" class="bc-close" onClick={onClose} aria-label="Close">
            <Icon name="close" />
          </button>
        )}
      </header>
      <p class={`bc-verdict${card.level ? ` bc-verdict--${card.level}` : ''}`}>
        {card.level && <Icon name={LEVEL_ICONS[card.level]} />}
        {card.verdict}
      </p>
      {card.tiers.map((tier) => (
        <section key={tier.level} class={`bc-tier bc-tier--${tier.level}`} aria-label={tier.heading}>
          <h3 class="bc-tier__heading">
            <Icon name={TIER_ICON[tier.level]} />
            {tier.heading}
          </h3>
          <ul>
            {tier.bullets.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </section>
      ))}
      {card.massage && <p class="bc-massage-line">{card.massage}</p>}
      {(moreHref || onMore) && (
        <p class="bc-more">
          {moreHref ? (
            <a href={moreHref} target="_blank" rel="noopener noreferrer">
              {card.moreLabel}
            </a>
          ) : (
            <button type="button" onClick={() => onMore!(card.id)}>
              {card.moreLabel}
            </button>
          )}
        </p>
      )}
      <footer class="bc-glance__footer">
        <p class="bc-disclaimer" role="note">
          {card.disclaimer}
        </p>
        <p class="bc-source-line">{card.source}</p>
      </footer>
    </article>
  );
}
