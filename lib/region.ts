// Emergency numbers and health services by region (issue 13). Card and entry text never names a
// number or a service: it uses the placeholders below, filled here when a card is rendered with
// the user's region (settings.region). Pure: no DOM, no browser API, so the knowledge module,
// the card builder, components and tests can all use it.

export const REGIONS = ['uk', 'eu', 'us', 'au', 'other'] as const;
export type Region = (typeof REGIONS)[number];

export interface RegionServices {
  /** The emergency phone number (FACTS.md §0.1: 999 UK, 112 EU, 911 US; 000 Australia). */
  emergency: string;
  /** Where to go in an emergency: "A&E" in the UK. */
  emergencyDept: string;
  /** Same-day help as a noun phrase: "an urgent GP appointment or NHS 111". */
  urgentHelp: string;
  /**
   * The §0.1 `urgent-same-day` route in full sentences (without the safety net). No "today": the
   * same route serves `act_now` advice ("now, not later today").
   */
  sameDayRoute: string;
}

/** FACTS.md §0.1; Australia: 000 and healthdirect (1800 022 222); elsewhere generic wording. */
export const REGION_SERVICES: Record<Region, RegionServices> = {
  uk: {
    emergency: '999',
    emergencyDept: 'A&E',
    urgentHelp: 'an urgent GP appointment or NHS 111',
    sameDayRoute:
      'Ask your GP surgery for an urgent appointment, or contact NHS 111 (in Scotland, NHS 24 on 111). In Northern Ireland, contact your GP, or GP Out-of-Hours when the surgery is closed.',
  },
  us: {
    emergency: '911',
    emergencyDept: 'the emergency room',
    urgentHelp: 'a same-day appointment with your doctor or an urgent care center',
    sameDayRoute: "Call your doctor's office for a same-day appointment, or go to an urgent care center.",
  },
  eu: {
    emergency: '112',
    emergencyDept: 'the emergency department',
    urgentHelp: 'an urgent appointment with your doctor or the out-of-hours doctor service',
    sameDayRoute:
      'Ask your doctor for an urgent appointment, or contact the out-of-hours doctor service when the practice is closed.',
  },
  au: {
    emergency: '000',
    emergencyDept: 'the emergency department',
    urgentHelp: 'an urgent GP appointment or healthdirect (1800 022 222)',
    sameDayRoute: 'Ask your GP for an urgent appointment, or call healthdirect on 1800 022 222 for advice.',
  },
  other: {
    emergency: '112',
    emergencyDept: 'the emergency department',
    urgentHelp: 'an urgent appointment with your doctor or the out-of-hours doctor service',
    sameDayRoute:
      'Ask your doctor for an urgent appointment, or contact the out-of-hours doctor service when the practice is closed.',
  },
};

export const EMERGENCY_NUMBERS: Record<Region, string> = Object.fromEntries(
  REGIONS.map((r) => [r, REGION_SERVICES[r].emergency]),
) as Record<Region, string>;

/**
 * The placeholders text may use. `{same-day}` is the §0.1 same-day route plus the safety net;
 * `{safety-net}` is only "If you get worse while you wait… call {emergency}".
 */
export const PLACEHOLDERS = [
  '{emergency}',
  '{a-and-e}',
  '{urgent-help}',
  '{same-day}',
  '{safety-net}',
] as const;

/** §0.1: "If you get worse while you wait, or you feel very unwell, go to A&E or call 999." */
const SAFETY_NET =
  'If you get worse while you wait, or you feel very unwell, go to {a-and-e} or call {emergency}.';

/** The region whose emergency number this is (112 → eu: eu and other share their wording). */
export function regionForNumber(emergencyNumber: string): Region {
  return REGIONS.find((r) => REGION_SERVICES[r].emergency === emergencyNumber) ?? 'uk';
}

/** Fills every placeholder in `text` with the region's number and services. */
export function fillRegion(text: string, region: Region): string {
  if (!text.includes('{')) return text;
  const s = REGION_SERVICES[region];
  return text
    .replaceAll('{same-day}', `${s.sameDayRoute} ${SAFETY_NET}`)
    .replaceAll('{safety-net}', SAFETY_NET)
    .replaceAll('{urgent-help}', s.urgentHelp)
    .replaceAll('{a-and-e}', s.emergencyDept)
    .replaceAll('{emergency}', s.emergency);
}

/** A copy of any plain value (a card) with every string filled for the region. */
export function fillRegionDeep<T>(value: T, region: Region): T {
  if (typeof value === 'string') return fillRegion(value, region) as T;
  if (Array.isArray(value)) return value.map((v) => fillRegionDeep(v, region)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fillRegionDeep(v, region);
    return out as T;
  }
  return value;
}
