// The end of a guided flow: a titled outcome (red for an emergency), the headline action with the
// region's service, the reasons, advice, and for "Before a massage" the summary to copy.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Urgency } from '../../lib/knowledge/schema';
import { WarningIcon } from './ResultList';

export interface FlowResultProps {
  flow: 'after' | 'before';
  outcome: string;
  level?: Urgency;
  title: string;
  headline: string;
  reasons: string[];
  advice: string[];
  summary?: string;
  copy?(text: string): Promise<void>;
  onRestart(): void;
}

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

export function FlowResult(props: FlowResultProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  useLayoutEffect(() => ref.current?.focus(), []);
  const danger = props.level === 'emergency';
  const onCopy = async () => {
    try {
      await (props.copy ?? defaultCopy)(props.summary ?? '');
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <section
      class={`flow-result flow-result--${props.outcome}${danger ? ' flow-result--danger' : ''}`}
      data-flow={props.flow}
      data-outcome={props.outcome}
      aria-labelledby="flow-result-title"
    >
      <h2 id="flow-result-title" class="flow-result__title" tabIndex={-1} ref={ref}>
        {danger && <WarningIcon />}
        {props.title}
      </h2>
      <p class="flow-result__headline">{props.headline}</p>
      <h3 class="section-title">Why</h3>
      <ul class="flow-result__reasons">
        {props.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {props.advice.length > 0 && (
        <>
          <h3 class="section-title">What to do</h3>
          <ul class="flow-result__advice">
            {props.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      {props.summary !== undefined && (
        <div class="flow-result__summary">
          <label for="flow-summary" class="section-title">
            Summary for your therapist
          </label>
          <textarea
            id="flow-summary"
            readOnly
            rows={Math.min(8, props.summary.split('\n').length + 1)}
            value={props.summary}
          />
          <button type="button" onClick={onCopy}>
            Copy summary
          </button>
          <span role="status" class="muted">
            {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Could not copy. Select the text instead.' : ''}
          </span>
        </div>
      )}
      <button type="button" class="link-button" onClick={props.onRestart}>
        Start again
      </button>
    </section>
  );
}
