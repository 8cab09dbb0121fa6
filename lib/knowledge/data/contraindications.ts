import type { ContraindicationEntry } from '../schema';

// FACTS.md §3 (absolute, relative, local).
export const contraindications: ContraindicationEntry[] = [];
