// Care routing by region (issue 9): every urgency level maps to the service to use and its
// number, in the user's region (settings.region). FACTS.md §0.1 gives the UK services (999,
// NHS 111, GP) and the emergency numbers of the EU (112) and US (911); Australia's are 000 and
// healthdirect (1800 022 222). Pure: no DOM, no browser API. Kept in its own module so that the
// region placeholders in entry text (issue 13) can share this one table.
import type { Urgency } from './knowledge/schema';
import { EMERGENCY_NUMBERS, REGIONS } from './region';

/** The settings' regions (lib/region.ts holds the one list and the numbers). */
export const CARE_REGIONS = REGIONS;
export type CareRegion = (typeof CARE_REGIONS)[number];

export interface CareService {
  /** What to do, in plain words ("Call 999 now"). */
  action: string;
  /** The number to dial, if the service has one. */
  number?: string;
}

export interface CareRoute {
  /** The emergency number (999, 112, 911, 000). */
  emergencyNumber: string;
  /** Who to ask the same day (111, urgent care, healthdirect…). */
  today: CareService;
  /** Who to see for a routine visit ("a GP", "your doctor"). */
  doctor: string;
  /** The tier headings of a card or result ("Call 999 now if", "Get help today if", "See a GP if"). */
  tiers: { emergency: string; today: string; doctor: string };
}

export const CARE_ROUTES: Record<CareRegion, CareRoute> = {
  uk: {
    emergencyNumber: EMERGENCY_NUMBERS.uk,
    today: { action: 'Call NHS 111 or ask your GP for an urgent visit today', number: '111' },
    doctor: 'a GP',
    tiers: {
      emergency: 'Call 999 now if',
      today: 'Get help today (NHS 111 or your GP) if',
      doctor: 'See a GP if',
    },
  },
  us: {
    emergencyNumber: EMERGENCY_NUMBERS.us,
    today: { action: 'Go to urgent care or call your doctor today' },
    doctor: 'your doctor',
    tiers: {
      emergency: 'Call 911 now if',
      today: 'Get help today (urgent care) if',
      doctor: 'See your doctor if',
    },
  },
  eu: {
    emergencyNumber: EMERGENCY_NUMBERS.eu,
    today: { action: 'Call your doctor today, or the out-of-hours doctor' },
    doctor: 'your doctor',
    tiers: {
      emergency: 'Call 112 now if',
      today: 'Get help today (your doctor) if',
      doctor: 'See your doctor if',
    },
  },
  au: {
    emergencyNumber: EMERGENCY_NUMBERS.au,
    today: { action: 'Call healthdirect on 1800 022 222 or see your GP today', number: '1800 022 222' },
    doctor: 'a GP',
    tiers: {
      emergency: 'Call 000 now if',
      today: 'Get help today (healthdirect 1800 022 222) if',
      doctor: 'See a GP if',
    },
  },
  other: {
    emergencyNumber: EMERGENCY_NUMBERS.other,
    today: { action: 'Call a doctor or your local health line today' },
    doctor: 'a doctor',
    tiers: { emergency: 'Call 112 now if', today: 'Get help today (a doctor) if', doctor: 'See a doctor if' },
  },
};

export function careRoute(region: string | undefined): CareRoute {
  return CARE_ROUTES[
    (CARE_REGIONS as readonly string[]).includes(region ?? '') ? (region as CareRegion) : 'uk'
  ];
}

/** Region whose emergency number is this one (cards get the number; tiers need the region). */
export function regionForNumber(emergencyNumber: string): CareRegion {
  return (CARE_REGIONS.find((r) => CARE_ROUTES[r].emergencyNumber === emergencyNumber) ?? 'uk') as CareRegion;
}

/** The one line of action for an urgency level, in this region ("Call 911 now"). */
export function careAction(level: Urgency, region: string | undefined): string {
  const route = careRoute(region);
  switch (level) {
    case 'emergency':
      return `Call ${route.emergencyNumber} now`;
    case 'urgent-same-day':
      return route.today.action;
    case 'see-gp-soon':
      return `See ${route.doctor} soon`;
    default:
      return 'Usually fine to look after at home';
  }
}
