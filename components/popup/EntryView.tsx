// The popup's full entry, built straight from the bundled knowledge. Used as the fallback
// renderer; the popup prefers the shared hover Card (components/Card.tsx) when it is bundled.
// Order follows the card: urgency and red flags first (FACTS.md §0.1, §2), then what it is,
// massage (§3), sources with the review date (§0.4); the popup always shows the disclaimer (§0.3).
import {
  contraindicationsFor,
  type Entry,
  getEntry,
  redFlagsFor,
  sourcesFor,
} from '../../lib/knowledge/index';
import { WarningIcon } from './ResultList';
import { callNowText, KIND_LABEL, URGENCY_LABEL } from './urgency';

const MASSAGE_STATUS: Record<string, string> = {
  absolute: 'Avoid massage while this applies.',
  relative: 'Massage may need adapting: tell the therapist, and ask your own clinician if unsure.',
  local: 'Avoid massage over the affected area.',
  none: 'No known reason to avoid massage.',
};

function points(entry: Entry): string[] {
  switch (entry.kind) {
    case 'condition':
      return entry.features;
    case 'guidance':
      return entry.points;
    case 'red-flag':
      return [entry.why];
    case 'contraindication':
      return [entry.reason, ...(entry.treatAsAbsoluteWhen ? [entry.treatAsAbsoluteWhen] : [])];
    case 'myth':
      return [];
  }
}

export interface EntryViewProps {
  entryId: string;
  emergencyNumber: string;
  onOpen?(id: string): void;
}

export function EntryView({ entryId, emergencyNumber, onOpen }: EntryViewProps) {
  const entry = getEntry(entryId);
  if (!entry) return <p>That entry was not found.</p>;
  const urgency = 'urgency' in entry ? entry.urgency : undefined;
  const emergency = urgency?.base === 'emergency';
  const flags = redFlagsFor(entry.id).filter((f) => f.id !== entry.id);
  const cis = contraindicationsFor(entry.id);
  return (
    <article class="entry" aria-labelledby="entry-title">
      <p class="kind">{KIND_LABEL[entry.kind]}</p>
      <h2 id="entry-title" class="entry__title" tabIndex={-1}>
        {entry.title}
      </h2>
      {urgency && (
        <p class={`entry__urgency urgency urgency--${urgency.base}${emergency ? ' emergency-box' : ''}`}>
          {emergency && <WarningIcon />}
          <span>
            {URGENCY_LABEL[urgency.base]}
            {emergency ? `: ${callNowText(emergencyNumber)} or go to an emergency department.` : '.'}
            {urgency.advice ? ` ${urgency.advice}` : ''}
          </span>
        </p>
      )}
      {flags.length > 0 && (
        <section class="entry__flags">
          <h3>Warning signs: get help</h3>
          <ul>
            {flags.map((f) => (
              <li key={f.id} data-urgency={f.urgency?.base}>
                {onOpen ? (
                  <button type="button" class="link-button" onClick={() => onOpen(f.id)}>
                    {f.title}
                  </button>
                ) : (
                  f.title
                )}
                {f.urgency?.base === 'emergency' ? ` (${callNowText(emergencyNumber)})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.kind === 'condition' && entry.warningSigns.length > 0 && (
        <section>
          <h3>Watch for</h3>
          <ul>
            {entry.warningSigns.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>What it is</h3>
        {entry.kind === 'myth' ? (
          <>
            <p>
              <strong>The claim:</strong> “{entry.claim}” ({entry.verdict})
            </p>
            <p>{entry.correction}</p>
          </>
        ) : (
          <p>{entry.summary}</p>
        )}
        {points(entry).length > 0 && (
          <ul>
            {points(entry).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      {(entry.kind === 'condition' && entry.massage) || cis.length > 0 ? (
        <section>
          <h3>Massage</h3>
          {entry.kind === 'condition' && entry.massage && (
            <p>
              {MASSAGE_STATUS[entry.massage.status]} {entry.massage.note ?? ''}
            </p>
          )}
          {cis.length > 0 && (
            <ul>
              {cis.map((c) => (
                <li key={c.id}>{c.title}</li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section class="entry__sources">
        <h3>Sources</h3>
        <ul>
          {sourcesFor(entry).map((s) => (
            <li key={s.id}>
              {s.org}: {s.title}
            </li>
          ))}
        </ul>
        <p class="muted">Reviewed {entry.reviewed}</p>
      </section>
    </article>
  );
}
