// The FACTS.md §0.1 urgency levels, lowest first. Kept apart from schema.ts so that code which
// only needs the levels (cards, lookup, content script) does not pull Zod into its bundle.
export const URGENCY_LEVELS = ['self-care', 'see-gp-soon', 'urgent-same-day', 'emergency'] as const;
