// "On this page": the terms the content script found, with counts. Clicking a term asks the
// page to scroll to it and flash it; clicking again moves to its next occurrence.
import { useState } from 'preact/hooks';
import type { PageSummary } from '../../lib/messages';
import { conceptLabel } from '../../lib/result-answer';
import { WarningIcon } from './ResultList';

export type PageState =
  | { status: 'loading' }
  /** No content script answers here (browser pages, the web store, PDFs, a tab opened before install). */
  | { status: 'unavailable' }
  | { status: 'ready'; summary: PageSummary };

export interface PageTermsProps {
  page: PageState;
  onReveal(conceptId: string, index: number): void;
}

export function PageTerms({ page, onReveal }: PageTermsProps) {
  const [next, setNext] = useState<Record<string, number>>({});
  const reveal = (conceptId: string, count: number) => {
    const index = next[conceptId] ?? 0;
    onReveal(conceptId, index);
    setNext({ ...next, [conceptId]: count > 0 ? (index + 1) % count : 0 });
  };

  let body: preact.ComponentChildren;
  if (page.status === 'loading') body = <p class="muted">Checking this page…</p>;
  else if (page.status === 'unavailable')
    body = <p class="muted">BackCheck can’t read this page (browser pages and some sites are off limits).</p>;
  else if (page.summary.disabled) body = <p class="muted">Highlighting is off for this site.</p>;
  else if (page.summary.items.length === 0)
    body = <p class="muted">No back-pain or massage terms found on this page.</p>;
  else {
    // Claims (issue 12) get their own short list above the terms: the page says something untrue.
    const claims = page.summary.items.filter((i) => i.claim);
    const terms = page.summary.items.filter((i) => !i.claim);
    body = (
      <>
        {claims.length > 0 && (
          <>
            <h3 class="page-claims-title">Claims not supported</h3>
            <ul class="page-terms page-claims">
              {claims.map((item) => (
                <li key={item.conceptId} data-id={item.conceptId} class="page-term--claim">
                  <button
                    type="button"
                    class="page-term"
                    title="Show on the page"
                    onClick={() => reveal(item.conceptId, item.count)}
                  >
                    <span class="page-term__label">
                      <q>{item.term}</q>
                    </span>
                    <span class="page-term__count">
                      {item.count}
                      <span class="sr-only"> on the page</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {terms.length > 0 && <TermList items={terms} reveal={reveal} />}
      </>
    );
  }

  return (
    <section class="page" aria-labelledby="page-heading">
      <h2 id="page-heading" class="section-title">
        On this page
      </h2>
      {body}
    </section>
  );
}

function TermList({
  items,
  reveal,
}: {
  items: PageSummary['items'];
  reveal: (conceptId: string, count: number) => void;
}) {
  return (
    <ul class="page-terms">
      {items.map((item) => (
        <li
          key={item.conceptId}
          data-id={item.conceptId}
          class={item.urgent ? 'page-term--urgent' : undefined}
        >
          <button
            type="button"
            class="page-term"
            title="Show on the page"
            onClick={() => reveal(item.conceptId, item.count)}
          >
            {item.urgent && <WarningIcon />}
            <span class="page-term__label">{conceptLabel(item.conceptId) ?? item.term}</span>
            {conceptLabel(item.conceptId) &&
              conceptLabel(item.conceptId)?.toLowerCase() !== item.term.toLowerCase() && (
                <span class="page-term__wording">
                  <span class="sr-only">, on the page as </span>“{item.term}”
                </span>
              )}
            <span class="page-term__count">
              {item.count}
              <span class="sr-only"> on the page</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
