import type { RedFlagEntry } from '../schema';

// FACTS.md §2, in display order (emergency rows first).
export const redFlags: RedFlagEntry[] = [];
