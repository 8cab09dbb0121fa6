// "Before a massage" (issue 9), for clients and therapists: tick what applies (FACTS.md §3) →
// fine to go / go and tell the therapist / postpone and get advice, with the reasons and a
// short summary to copy for the therapist (logic: lib/flows/before-massage.ts). Nothing is sent.
import { useState } from 'preact/hooks';
import {
  BEFORE_INFO,
  BEFORE_ITEMS,
  type BeforeItem,
  type BeforeResult,
  beforeMassage,
} from '../../lib/flows/before-massage';
import { FlowResult } from './FlowResult';

export interface BeforeMassageFlowProps {
  region: string;
  /** Copies text; defaults to the clipboard. */
  copy?(text: string): Promise<void>;
}

const TITLES = {
  fine: 'Fine to go',
  adapt: 'Go, and tell your therapist',
  postpone: 'Postpone and get advice',
} as const;

export function BeforeMassageFlow({ region, copy }: BeforeMassageFlowProps) {
  const [items, setItems] = useState<BeforeItem[]>([]);
  const [result, setResult] = useState<BeforeResult>();
  const toggle = (i: BeforeItem) =>
    setItems(items.includes(i) ? items.filter((x) => x !== i) : [...items, i]);

  if (result)
    return (
      <FlowResult
        flow="before"
        outcome={result.outcome}
        level={result.getHelpToday ? 'urgent-same-day' : undefined}
        title={TITLES[result.outcome]}
        headline={result.headline}
        reasons={result.reasons}
        advice={result.getHelpToday ? [result.getHelpToday] : []}
        summary={result.summary}
        copy={copy}
        onRestart={() => {
          setResult(undefined);
          setItems([]);
        }}
      />
    );

  return (
    <form
      class="flow"
      aria-labelledby="flow-title"
      onSubmit={(e) => {
        e.preventDefault();
        setResult(beforeMassage(items, region));
      }}
    >
      <h2 id="flow-title" class="flow__title">
        Before a massage
      </h2>
      <p class="muted flow__intro">For clients and therapists. Your answers stay on this device.</p>
      <fieldset class="flow__group">
        <legend>Does any of this apply today? Tick all that do.</legend>
        {BEFORE_ITEMS.map((i) => (
          <label key={i} class="flow__option">
            <input
              type="checkbox"
              name="items"
              value={i}
              checked={items.includes(i)}
              onChange={() => toggle(i)}
            />
            <span>{BEFORE_INFO[i].label}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="flow__submit">
        {items.length === 0 ? 'None of these: check' : 'Check'}
      </button>
    </form>
  );
}
