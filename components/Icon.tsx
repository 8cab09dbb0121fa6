// Small inline icons. Always decorative (aria-hidden): the text next to them carries the
// meaning, so urgency is never shown by colour or shape alone (FACTS.md §0.1 "How to show it").
import type { Urgency } from '../lib/knowledge/index';

export type IconName = 'alert' | 'clock' | 'calendar' | 'home' | 'info' | 'hand' | 'close';

const PATHS: Record<IconName, string> = {
  // Triangle with an exclamation mark.
  alert: 'M12 2 1 21h22L12 2ZM11 9h2v6h-2zM11 17h2v2h-2z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 5h-2v6l5 3 1-1.7-4-2.3V7Z',
  calendar: 'M7 2v2H3v18h18V4h-4V2h-2v2H9V2H7Zm-2 8h14v10H5V10Z',
  home: 'M12 3 2 12h3v8h5v-5h4v5h5v-8h3L12 3Z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v2h-2V7Zm0 4h2v6h-2v-6Z',
  hand: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20ZM5 12a7 7 0 0 1 11.3-5.5L6.5 16.3A7 7 0 0 1 5 12Zm7 7a7 7 0 0 1-4.3-1.5l9.8-9.8A7 7 0 0 1 12 19Z',
  close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z',
};

export const LEVEL_ICONS: Record<Urgency, IconName> = {
  emergency: 'alert',
  'urgent-same-day': 'clock',
  'see-gp-soon': 'calendar',
  'self-care': 'home',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="bc-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}
