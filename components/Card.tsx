// The card (DESIGN.md §1.3): used by the hover card on pages and by the popup's full entry.
// Props in, markup out; no browser API. Order follows FACTS.md §0.1 "How to show it": the base
// level heads the card; rf-* entries lead with their red box; then the "Get help urgently if you
// also have…" box, so warning signs come first in the body; then what it is, features, massage,
// disagreements, sources and the disclaimer.
import type { CardData } from '../lib/card-data';
import type { CardWithContext } from '../lib/card-lead';
import { fillRegionDeep, type Region, regionForNumber } from '../lib/region';
import { Disclaimer } from './Disclaimer';
import { EmergencyBox, LeadWarning } from './EmergencyBox';
import { Icon } from './Icon';
import { MassageStatus } from './MassageStatus';
import { SourceList } from './SourceList';
import { UrgencyBadge } from './UrgencyBadge';

export interface CardProps {
  card: CardData;
  /** From settings.region (EMERGENCY_NUMBERS): "Call 999 now", "Call 911 now"… */
  emergencyNumber: string;
  /**
   * From settings.region: fills the text's number and service placeholders (issue 13). Without
   * it, the region is the one whose number `emergencyNumber` is.
   */
  region?: Region;
  /** Id of the title element, for the dialog's aria-labelledby. */
  titleId?: string;
  /** Link to the full entry (e.g. the popup page with #entry=<id>). */
  moreHref?: string;
  /** Or a callback for "More about this"; called with the entry id. */
  onMore?: (id: string) => void;
  /** Shows a close button when given. */
  onClose?: () => void;
  /** Hover cards hide the longer sections (evidence notes) to stay short. */
  compact?: boolean;
}

function List({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

export function Card({
  card: raw,
  emergencyNumber,
  region,
  titleId,
  moreHref,
  onMore,
  onClose,
  compact,
}: CardProps) {
  // Numbers and services come from the region, never from the text (issue 13).
  const card = fillRegionDeep(raw, region ?? regionForNumber(emergencyNumber));
  const headingId = titleId ?? `bc-title-${card.id}`;
  const lead = card.leadWithWarning && card.urgency;
  // A red flag reported around the term on the page leads, before anything reassuring (issue 8).
  const context = (card as CardWithContext).contextRedFlag;
  return (
    <article class={`bc-card bc-kind-${card.kind}`} data-concept={card.id} data-variant={card.variant}>
      <header class="bc-header">
        <p class="bc-kind">{card.kindLabel}</p>
        <h2 id={headingId} class="bc-title">
          {card.title}
        </h2>
        {onClose && (
          <button type="button" class="bc-close" onClick={onClose} aria-label="Close">
            <Icon name="close" />
          </button>
        )}
      </header>

      {context && (
        <section class="bc-context-flag" role="alert" data-red-flag={context.id} data-level={context.level}>
          <p>
            <strong>{context.title}</strong>: mentioned here.{' '}
            {context.level === 'emergency'
              ? `This can be an emergency: call ${emergencyNumber} now.`
              : `${context.label}.`}
          </p>
          <p>{context.advice}</p>
        </section>
      )}

      {lead ? (
        <LeadWarning
          level={card.urgency!.level}
          advice={card.urgency!.advice}
          actNowLine={card.urgency!.actNowLine}
          emergencyNumber={emergencyNumber}
        />
      ) : (
        card.urgency && <UrgencyBadge urgency={card.urgency} emergencyNumber={emergencyNumber} />
      )}

      <EmergencyBox
        {...(card.urgentHeading ? { heading: card.urgentHeading } : {})}
        escalations={card.urgentEscalations}
        redFlags={card.redFlags}
        emergencyNumber={emergencyNumber}
      />

      {card.myth ? (
        <section class="bc-section bc-myth">
          <h3>What is known</h3>
          <p>{card.myth.correction}</p>
          {card.myth.claim && (
            <p class="bc-claim">
              <strong>The claim</strong> (verdict: {card.myth.verdict}): <q>{card.myth.claim}</q>
            </p>
          )}
        </section>
      ) : (
        <section class="bc-section bc-summary">
          <h3>What it is</h3>
          <p>{card.summary}</p>
          {card.why && (
            <p>
              <strong>Why a doctor checks:</strong> {card.why}
            </p>
          )}
        </section>
      )}

      {card.otherEscalations.length > 0 && (
        <section class="bc-section bc-see-gp">
          <h3>See a GP if</h3>
          <List items={card.otherEscalations.map((e) => e.when)} />
        </section>
      )}

      {card.warningSigns.length > 0 && (
        <section class="bc-section bc-warning-signs">
          <h3>Warning signs</h3>
          <List items={card.warningSigns} />
        </section>
      )}

      {card.details.items.length > 0 && (
        <section class="bc-section bc-details">
          <h3>{card.details.heading}</h3>
          <List items={card.details.items} />
        </section>
      )}

      {card.normalRows.length > 0 && (
        <section class="bc-section bc-normal">
          <h3>Usually normal</h3>
          <List items={card.normalRows} />
        </section>
      )}

      <MassageStatus card={card} />

      {card.disagreements.length > 0 && (
        <section class="bc-section bc-disagreements">
          <h3>Sources disagree</h3>
          <List items={card.disagreements} />
        </section>
      )}

      {!compact && card.evidenceNotes.length > 0 && (
        <section class="bc-section bc-evidence">
          <h3>About the evidence</h3>
          <List items={card.evidenceNotes} />
        </section>
      )}

      {card.seeAlso.length > 0 && (
        <section class="bc-section bc-see-also">
          <h3>See also</h3>
          <List items={card.seeAlso.map((s) => s.title)} />
        </section>
      )}

      <SourceList sources={card.sources} reviewed={card.reviewed} />
      <Disclaimer text={card.disclaimer} />

      {(moreHref || onMore) && (
        <p class="bc-more">
          {moreHref ? (
            <a href={moreHref} target="_blank" rel="noopener noreferrer">
              More about {card.entryTitle ?? card.title}
            </a>
          ) : (
            <button type="button" onClick={() => onMore!(card.id)}>
              More about {card.entryTitle ?? card.title}
            </button>
          )}
        </p>
      )}
    </article>
  );
}
