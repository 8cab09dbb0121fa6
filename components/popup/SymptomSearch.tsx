// The symptom search: a labelled search box whose results update as the user types.
import type { Ref } from 'preact';
import { REGION_SERVICES, regionForNumber } from '../../lib/region';
import { CheckList, ResultList } from './ResultList';
import type { CheckItem, ResultItem } from './types';

export interface SymptomSearchProps {
  query: string;
  results: ResultItem[];
  checks: CheckItem[];
  /** No close match: the results are the closest entries; say who to call when unsure (issue 8). */
  unsure?: boolean;
  emergencyNumber: string;
  region?: string;
  inputRef?: Ref<HTMLInputElement>;
  onQuery(query: string): void;
  onOpen(id: string, trigger: HTMLElement): void;
}

export function SymptomSearch({
  query,
  results,
  checks,
  unsure,
  emergencyNumber,
  region,
  inputRef,
  onQuery,
  onOpen,
}: SymptomSearchProps) {
  const trimmed = query.trim();
  // Arrow keys move from the search box through the results and follow-ups; Enter opens one
  // (they are buttons). Home/End jump to the ends; ArrowUp from the first goes back to the box.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const section = e.currentTarget as HTMLElement;
    const input = section.querySelector<HTMLInputElement>('#symptom-query');
    const items = [...section.querySelectorAll<HTMLElement>('.results button, .checks__list button')];
    if (items.length === 0) return;
    const target = e.target as HTMLElement;
    const at = items.indexOf(target);
    if (target === input && (e.key === 'Home' || e.key === 'End')) return;
    if (target !== input && at < 0) return;
    e.preventDefault();
    let next: HTMLElement | null | undefined;
    if (e.key === 'Home') next = items[0];
    else if (e.key === 'End') next = items.at(-1);
    else if (e.key === 'ArrowDown') next = items[Math.min(at + 1, items.length - 1)];
    else next = at <= 0 ? input : items[at - 1];
    next?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates arrow keys to the buttons inside.
    <section class="search" onKeyDown={onKeyDown}>
      <search>
        <form onSubmit={(e) => e.preventDefault()}>
          <label id="search-label" for="symptom-query" class="section-title">
            Look up a symptom
          </label>
          <input
            id="symptom-query"
            ref={inputRef}
            type="search"
            class="search__input"
            placeholder="e.g. pain down my leg"
            autoComplete="off"
            spellcheck={false}
            value={query}
            aria-describedby="search-status"
            onInput={(e) => onQuery(e.currentTarget.value)}
          />
        </form>
      </search>
      <p id="search-status" class="search__status" aria-live="polite">
        {trimmed === ''
          ? 'Type how your back feels, in your own words.'
          : results.length === 0
            ? 'Nothing found. Try other words, or ask a doctor or pharmacist.'
            : `${results.length} result${results.length === 1 ? '' : 's'}, most urgent first.`}
      </p>
      {unsure && trimmed !== '' && (
        <p class="search__unsure" data-testid="unsure">
          No close match for your words. If you are unsure, ask for{' '}
          {REGION_SERVICES[regionForNumber(emergencyNumber)].urgentHelp}; in an emergency call{' '}
          {emergencyNumber}.
        </p>
      )}
      {results.length > 0 && (
        <ResultList results={results} emergencyNumber={emergencyNumber} region={region} onOpen={onOpen} />
      )}
      <CheckList checks={checks} onOpen={onOpen} />
    </section>
  );
}
