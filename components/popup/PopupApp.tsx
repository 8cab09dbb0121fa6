// The toolbar popup: symptom search (results as you type, most urgent first), the full entry
// view with a back button, the terms found on this page, the per-site switch, a link to the
// settings, and the disclaimer, always visible (FACTS.md §0.3, §7). Browser calls arrive as props.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FlowId, PopupRoute } from '../../lib/popup-state';
import { AfterMassageFlow } from './AfterMassageFlow';
import { BeforeMassageFlow } from './BeforeMassageFlow';
import { type PageState, PageTerms } from './PageTerms';
import { SiteSwitch } from './SiteSwitch';
import { SymptomSearch } from './SymptomSearch';
import type { SearchOutcome } from './types';

export interface PopupAppProps {
  /** The symptom lookup: ranked results and the "Do you also have…?" checks. */
  search(query: string): SearchOutcome;
  /** Renders the full entry (the shared card, or EntryView). */
  renderEntry(id: string, open: (id: string) => void): ComponentChildren;
  emergencyNumber: string;
  /** settings.region: routes every outcome to the region's services (lib/care-routing.ts). */
  region?: string;
  disclaimer: string;
  initialRoute?: PopupRoute;
  page: PageState;
  /** Hostname of the page tab and whether it is highlighted; host undefined hides the switch. */
  site: { host?: string; enabled: boolean; globallyOn: boolean };
  onSiteChange(enabled: boolean): void;
  onReveal(conceptId: string, index: number): void;
  onOpenOptions(): void;
  /** Called when the route changes so the address can be kept in sync (#q= / #entry=). */
  onRouteChange?(route: PopupRoute): void;
  /** Debounce for the search, in ms; 0 searches on every keystroke (the lookup takes ~1 ms). */
  debounceMs?: number;
}

export function PopupApp(props: PopupAppProps) {
  const { debounceMs = 60 } = props;
  const [query, setQuery] = useState(props.initialRoute?.query ?? '');
  const [searched, setSearched] = useState(query);
  const [stack, setStack] = useState<string[]>(
    props.initialRoute?.entryId ? [props.initialRoute.entryId] : [],
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const entryRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<string | null>(null);
  const entryId = stack.at(-1);
  const [flow, setFlow] = useState<FlowId | undefined>(props.initialRoute?.flow);
  const flowReturn = useRef<FlowId | null>(null);

  useEffect(() => {
    if (debounceMs <= 0) {
      setSearched(query);
      return;
    }
    const timer = setTimeout(() => setSearched(query), debounceMs);
    return () => clearTimeout(timer);
  }, [query, debounceMs]);

  const { results, checks, unsure } = useMemo<SearchOutcome>(
    () => (searched.trim() ? props.search(searched) : { results: [], checks: [] }),
    [searched, props.search],
  );

  useEffect(() => {
    props.onRouteChange?.(entryId ? { entryId } : flow ? { flow } : { query: query.trim() || undefined });
  }, [entryId, query, flow]);

  // Focus: the entry's heading when an entry opens, the result that opened it on the way back.
  // A layout effect, so focus has moved before the next key press can arrive (no paint race).
  useLayoutEffect(() => {
    if (flow) return;
    if (flowReturn.current) {
      document.querySelector<HTMLElement>(`[data-flow-open="${flowReturn.current}"]`)?.focus();
      flowReturn.current = null;
      return;
    }
    if (entryId) {
      // The heading takes focus so screen readers start at the entry's title.
      const heading = entryRef.current?.querySelector<HTMLElement>('h1, h2');
      if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading?.focus();
    } else {
      const id = returnFocus.current;
      const back = id
        ? document.querySelector<HTMLElement>(
            `.result[data-id="${CSS.escape(id)}"] button, [data-id="${CSS.escape(id)}"] button`,
          )
        : null;
      (back ?? inputRef.current)?.focus();
    }
  }, [entryId, flow]);

  const open = (id: string) => {
    if (stack.length === 0) returnFocus.current = id;
    setStack([...stack, id]);
  };
  const back = () => setStack(stack.slice(0, -1));

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="brand">BackCheck</h1>
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          Settings
        </button>
      </header>
      <main class="popup__main">
        {flow ? (
          <div class="flow-view">
            <button
              type="button"
              class="back-button"
              onClick={() => {
                flowReturn.current = flow;
                setFlow(undefined);
              }}
            >
              <span aria-hidden="true">←</span> Back
            </button>
            {flow === 'after' ? (
              <AfterMassageFlow region={props.region ?? 'uk'} />
            ) : (
              <BeforeMassageFlow region={props.region ?? 'uk'} />
            )}
          </div>
        ) : entryId ? (
          <div class="entry-view" ref={entryRef}>
            <button type="button" class="back-button" onClick={back}>
              <span aria-hidden="true">←</span> Back{stack.length > 1 ? '' : ' to results'}
            </button>
            {props.renderEntry(entryId, open)}
          </div>
        ) : (
          <>
            <SymptomSearch
              query={query}
              results={results}
              checks={checks}
              unsure={unsure}
              emergencyNumber={props.emergencyNumber}
              region={props.region}
              inputRef={inputRef}
              onQuery={setQuery}
              onOpen={(id) => open(id)}
            />
            <section class="flows" aria-labelledby="flows-heading">
              <h2 id="flows-heading" class="section-title">
                Guided checks
              </h2>
              <div class="flows__buttons">
                <button
                  type="button"
                  class="flows__button"
                  data-flow-open="after"
                  onClick={() => setFlow('after')}
                >
                  After my massage
                </button>
                <button
                  type="button"
                  class="flows__button"
                  data-flow-open="before"
                  onClick={() => setFlow('before')}
                >
                  Before a massage
                </button>
              </div>
            </section>
            <SiteSwitch
              host={props.site.host}
              enabled={props.site.enabled}
              globallyOn={props.site.globallyOn}
              onChange={props.onSiteChange}
            />
            <PageTerms page={props.page} onReveal={props.onReveal} />
          </>
        )}
      </main>
      <footer class="disclaimer">
        <p>{props.disclaimer}</p>
      </footer>
    </div>
  );
}
