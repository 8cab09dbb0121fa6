// Symptom lookup results, most urgent first (the lookup already ranks them; FACTS.md §7). An
// emergency reads as one at a glance: red box, warning icon and "Call <number> now".
import { answerLine } from '../../lib/result-answer';
import type { CheckItem, ResultItem } from './types';
import { callNowText, KIND_LABEL, URGENCY_LABEL } from './urgency';

export function WarningIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z" />
    </svg>
  );
}

export interface ResultListProps {
  results: ResultItem[];
  emergencyNumber: string;
  /** settings.region: the answer line names the region's service (lib/care-routing.ts). */
  region?: string;
  onOpen(id: string, trigger: HTMLElement): void;
}

export function ResultList({ results, emergencyNumber, region = 'uk', onOpen }: ResultListProps) {
  return (
    <ul class="results" aria-label="Results">
      {results.map((r) => {
        const emergency = r.urgency === 'emergency';
        return (
          <li
            key={r.id}
            class={`result${emergency ? ' result--emergency' : ''}`}
            data-id={r.id}
            data-urgency={r.urgency}
          >
            <button type="button" class="result__button" onClick={(e) => onOpen(r.id, e.currentTarget)}>
              {emergency && <WarningIcon />}
              <span class="result__text">
                <span class="result__title">{r.title}</span>
                <span class="result__meta">
                  {r.urgency ? (
                    <span class={`urgency urgency--${r.urgency}`}>
                      {URGENCY_LABEL[r.urgency]}
                      {r.urgency === 'urgent-same-day' && r.actNow ? ': act now' : ''}
                    </span>
                  ) : (
                    <span class="kind">{KIND_LABEL[r.kind]}</span>
                  )}
                  {emergency && <span class="call-now"> · {callNowText(emergencyNumber)}</span>}
                </span>
                {r.matchedEscalation && <span class="result__why">{r.matchedEscalation}</span>}
                <span class="result__answer">{answerLine(r.id, r.urgency, region)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export interface CheckListProps {
  checks: CheckItem[];
  onOpen(id: string, trigger: HTMLElement): void;
}

/** "Do you also have…?": things the query did not mention but that would change the advice. */
export function CheckList({ checks, onOpen }: CheckListProps) {
  if (checks.length === 0) return null;
  return (
    <section class="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading" class="section-title">
        Do you also have…?
      </h2>
      <ul class="checks__list">
        {checks.map((c) => (
          <li key={c.id} data-id={c.id}>
            <button type="button" class="link-button" onClick={(e) => onOpen(c.id, e.currentTarget)}>
              {c.question}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
