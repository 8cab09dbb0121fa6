import type { GuidanceEntry } from '../schema';

// FACTS.md §4 and the §6.2 cards for massage, massage-practitioner, spinal-manipulation.
export const guidance: GuidanceEntry[] = [];
