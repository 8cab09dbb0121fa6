import type { MythEntry } from '../schema';

// FACTS.md §5 rows M1…M13.
export const myths: MythEntry[] = [];
