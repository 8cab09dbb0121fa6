// "After my massage" (issue 9): when, where, how it is changing, and any warning sign → one of
// four outcomes with the reasons (logic: lib/flows/after-massage.ts, FACTS.md §4). Native radios
// and checkboxes, so it works with a mouse, a keyboard or a screen reader. Nothing is sent anywhere.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  AFTER_SIGNS,
  AFTER_TREND,
  AFTER_WHEN,
  AFTER_WHERE,
  type AfterResult,
  type AfterSign,
  type AfterTrend,
  type AfterWhen,
  type AfterWhere,
  afterMassage,
  SIGN_INFO,
  TREND_LABEL,
  WHEN_LABEL,
  WHERE_LABEL,
} from '../../lib/flows/after-massage';
import { FlowResult } from './FlowResult';

export interface AfterMassageFlowProps {
  region: string;
  /** Injected for tests; the day names in the advice count from it. */
  today?: Date;
}

function Radios<T extends string>(props: {
  name: string;
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange(v: T): void;
}) {
  return (
    <fieldset class="flow__group">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v} class="flow__option">
          <input
            type="radio"
            name={props.name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />
          <span>{props.labels[v]}</span>
        </label>
      ))}
    </fieldset>
  );
}

const TITLES = {
  'call-emergency': 'Call for help now',
  'get-help-today': 'Get help today',
  'see-gp': 'See a doctor if it does not ease',
  normal: 'Normal soreness',
} as const;

export function AfterMassageFlow({ region, today }: AfterMassageFlowProps) {
  const [when, setWhen] = useState<AfterWhen>();
  const [where, setWhere] = useState<AfterWhere>();
  const [trend, setTrend] = useState<AfterTrend>();
  const [signs, setSigns] = useState<AfterSign[]>([]);
  const [result, setResult] = useState<AfterResult>();
  const [missing, setMissing] = useState(false);
  const firstRef = useRef<HTMLFieldSetElement>(null);

  const toggle = (s: AfterSign) => setSigns(signs.includes(s) ? signs.filter((x) => x !== s) : [...signs, s]);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!when || !where || !trend) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setResult(afterMassage({ when, where, trend, signs }, region, today));
  };
  const restart = () => {
    setResult(undefined);
    setWhen(undefined);
    setWhere(undefined);
    setTrend(undefined);
    setSigns([]);
  };
  // Layout effect: focus moves in the same task as the render, so a key pressed right after
  // opening the flow lands on its first question, however slowly the browser paints.
  useLayoutEffect(() => {
    if (!result) firstRef.current?.querySelector('input')?.focus();
  }, [result]);

  if (result)
    return (
      <FlowResult
        flow="after"
        outcome={result.outcome}
        level={result.level}
        title={TITLES[result.outcome]}
        headline={result.headline}
        reasons={result.reasons}
        advice={result.advice}
        onRestart={restart}
      />
    );

  return (
    <form class="flow" aria-labelledby="flow-title" onSubmit={submit} noValidate>
      <h2 id="flow-title" class="flow__title">
        After my massage
      </h2>
      <p class="muted flow__intro">Four quick questions. Your answers stay on this device.</p>
      <fieldset class="flow__group" ref={firstRef}>
        <legend>When was the massage?</legend>
        {AFTER_WHEN.map((v) => (
          <label key={v} class="flow__option">
            <input type="radio" name="when" value={v} checked={when === v} onChange={() => setWhen(v)} />
            <span>{WHEN_LABEL[v]}</span>
          </label>
        ))}
      </fieldset>
      <Radios
        name="where"
        legend="Where does it hurt?"
        values={AFTER_WHERE}
        labels={WHERE_LABEL}
        value={where}
        onChange={setWhere}
      />
      <Radios
        name="trend"
        legend="How is it changing?"
        values={AFTER_TREND}
        labels={TREND_LABEL}
        value={trend}
        onChange={setTrend}
      />
      <fieldset class="flow__group flow__signs">
        <legend>Do you have any of these? Tick all that apply.</legend>
        {AFTER_SIGNS.map((s) => (
          <label
            key={s}
            class={`flow__option${SIGN_INFO[s].level === 'emergency' ? ' flow__option--danger' : ''}`}
          >
            <input
              type="checkbox"
              name="signs"
              value={s}
              checked={signs.includes(s)}
              onChange={() => toggle(s)}
            />
            <span>{SIGN_INFO[s].label}</span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p class="flow__missing" role="alert">
          Please answer the first three questions.
        </p>
      )}
      <button type="submit" class="flow__submit">
        See what to do
      </button>
    </form>
  );
}
