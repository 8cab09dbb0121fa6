// Sources as links that open in a new tab, with the date the entry was last reviewed.
import type { CardSource } from '../lib/card-data';

/** "2026-11-25" → "25 November 2026" (fixed English months: no locale surprises). */
export function formatReviewed(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

export function SourceList({ sources, reviewed }: { sources: CardSource[]; reviewed: string }) {
  return (
    <section class="bc-section bc-sources" aria-label="Sources">
      <h3>Sources</h3>
      <ul>
        {sources.map((s) => (
          <li key={`${s.org}|${s.title}`}>
            {/^https?:\/\//.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.org}: {s.title}
              </a>
            ) : (
              <span>
                {s.org}: {s.title}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p class="bc-reviewed">
        Reviewed <time dateTime={reviewed}>{formatReviewed(reviewed)}</time>
      </p>
    </section>
  );
}
