import type { ConditionEntry } from '../schema';

// FACTS.md §1 (and the split gynaecological conditions, §6.2 medical lexicon-only cards).
export const conditions: ConditionEntry[] = [];
