// Every card a person can see: each entry's own card and each neutral variant on the concept the
// matcher asks it for (lib/match/context-rules.ts). Shared by the issue-13 property tests.
import { buildCardData, CARD_VARIANTS, type CardData, type CardVariant } from '../../lib/card-data';
import { entries } from '../../lib/knowledge/index';

export const VARIANT_OF: Record<CardVariant, string> = {
  'neutral-bladder': 'cauda-equina-syndrome',
  'neutral-kyphosis': 'vertebral-fracture-deformity',
  'generic-muscle-strain': 'muscle-strain',
  'uti-watch': 'pyelonephritis',
  'neck-note': 'sciatica-herniated-disc',
  'neutral-massage-parlour': 'massage',
  'gallstones-note': 'acute-cholecystitis',
  'upper-back-pain': 'rf-thoracic',
  claim: 'myth-m1',
};

/** [key, card]: the key is the entry id, or `<id>~<variant>`. */
export const ALL_CARDS: [string, CardData][] = [
  ...entries.map((e) => [e.id, buildCardData(e.id)!] as [string, CardData]),
  ...CARD_VARIANTS.map(
    (v) => [`${VARIANT_OF[v]}~${v}`, buildCardData(VARIANT_OF[v], v)!] as [string, CardData],
  ),
];
