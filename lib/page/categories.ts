// Concept id → highlight category, by id prefix, so the content script never bundles the
// knowledge data (DESIGN.md §5 "Small"; card data comes from the background).
import type { Settings } from '../settings';

export type Category = Settings['categories'][number];

/** The massage-side concepts of FACTS.md §6 that are not ci-* ids. */
const MASSAGE_IDS = new Set([
  'massage',
  'massage-practitioner',
  'spinal-manipulation',
  'post-massage-soreness',
  'massage-related-injury',
]);

export function categoryOf(conceptId: string): Category {
  if (conceptId.startsWith('rf-')) return 'red-flag';
  if (conceptId.startsWith('ci-')) return 'contraindication';
  if (MASSAGE_IDS.has(conceptId)) return 'massage';
  return 'condition';
}

/** One Highlight per category in CSS.highlights (DESIGN.md §3: names start with "backcheck"). */
export const HIGHLIGHT_NAMES: Record<Category, string> = {
  'red-flag': 'backcheck-red-flag',
  condition: 'backcheck-condition',
  massage: 'backcheck-massage',
  contraindication: 'backcheck-contraindication',
};

/**
 * Terms escalated by a red flag in their context (the matcher's `urgent`, DESIGN.md §3): painted
 * under this one highlight instead of their category's, so each range sits in exactly one
 * highlight. Their category still decides whether they are shown (settings.categories).
 */
export const URGENT_HIGHLIGHT = 'backcheck-urgent';

/**
 * The words of a sentence asserting a FACTS.md §5 myth (DESIGN.md §3 `backcheck-myth…`, issue 12):
 * their own quiet highlight, shown whenever highlighting is on, whatever the categories.
 */
export const MYTH_HIGHLIGHT = 'backcheck-myth';

/** The highlight a match is painted under. */
export function highlightNameOf(m: { category: Category; urgent?: boolean; claim?: boolean }): string {
  if (m.claim) return MYTH_HIGHLIGHT;
  return m.urgent ? URGENT_HIGHLIGHT : HIGHLIGHT_NAMES[m.category];
}

/** Temporary highlight for the popup's "show me" (page:reveal). */
export const FLASH_HIGHLIGHT = 'backcheck-flash';
