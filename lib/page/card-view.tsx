// What the hover card looks like and where it sits (DESIGN.md §1.3): the Preact card, its CSS
// and its placement next to the term. This is the heavy half of the hover card, so the content
// script loads it only when the first card opens (entrypoints/card-ui.ts, DESIGN.md §5 "Small");
// lib/page/hover-card.ts decides when a card opens and closes.
import { render } from 'preact';
import { Card } from '../../components/Card';
import { CARD_CSS } from '../../components/card-css';
import { GlanceCard } from '../../components/GlanceCard';
import { GLANCE_CSS } from '../../components/glance-css';
import type { CardData } from '../card-data';
import { regionForNumber } from '../care-routing';
import { buildGlanceCard } from '../glance-card';
import { type Box, pickLine, trackPosition } from './position';

const TITLE_ID = 'backcheck-card-title';
/** Where a card goes when there is no term on the page (context-menu text): top centre. */
const TOP_GAP_PX = 8;

export interface CardViewProps {
  card: CardData;
  emergencyNumber: string;
  /** The page's wording of the term ("deep tissue massage"), for massage cards. */
  term?: string;
  moreHref?: string;
  onMore?(id: string): void;
  onClose(): void;
}

export interface CardView {
  /** The dialog element; hidden while no card shows. */
  readonly popover: HTMLElement;
  show(props: CardViewProps): void;
  /** Places the card against the term (the line under `point` if wrapped) and follows it. */
  place(range: Range | undefined, point: { x: number; y: number } | undefined): void;
  hide(): void;
  destroy(): void;
}

/**
 * Events a page script can fire at the card (issue 11 findings #1, #7): only a person's input may
 * press its buttons or open a "More about" tab.
 */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
];

/**
 * Builds the card layer inside `root` (the host's closed shadow root). `attach` is called before
 * each card shows, so a host a page removed (a re-rendered body) comes back (finding #3).
 */
export function createCardView(
  root: HTMLElement | ShadowRoot,
  attach: () => void = () => {},
  /** Injected for happy-dom tests, whose dispatched events are all untrusted. */
  isTrusted: (e: Event) => boolean = (e) => e.isTrusted,
): CardView {
  const layer = document.createElement('div');
  for (const type of GUARDED_EVENTS) {
    layer.addEventListener(
      type,
      (e) => {
        if (!isTrusted(e)) {
          e.stopImmediatePropagation();
          e.preventDefault();
        }
      },
      { capture: true },
    );
  }
  layer.className = 'bc-layer';
  const style = document.createElement('style');
  style.textContent = CARD_CSS + GLANCE_CSS;
  const popover = document.createElement('div');
  popover.className = 'bc-popover';
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-modal', 'false');
  popover.setAttribute('aria-labelledby', TITLE_ID);
  popover.tabIndex = -1;
  popover.hidden = true;
  layer.append(style, popover);
  root.append(layer);

  let stopTracking: (() => void) | undefined;

  function unplace() {
    stopTracking?.();
    stopTracking = undefined;
  }

  return {
    popover,
    show({ card, emergencyNumber, term, moreHref, onMore, onClose }) {
      attach();
      // Issue 9: the hover card is the glance view; the full card opens with "More about …".
      // A claim's card (issue 12) is already one glance: "This claim is not supported", the
      // correction in a sentence or two, its source and review date.
      render(
        card.variant === 'claim' ? (
          <Card
            card={card}
            emergencyNumber={emergencyNumber}
            titleId={TITLE_ID}
            compact
            {...(moreHref ? { moreHref } : {})}
            {...(onMore ? { onMore } : {})}
            onClose={onClose}
          />
        ) : (
          <GlanceCard
            card={buildGlanceCard(card, regionForNumber(emergencyNumber), term)}
            variant={card.variant}
            titleId={TITLE_ID}
            {...(moreHref ? { moreHref } : {})}
            {...(onMore ? { onMore } : {})}
            onClose={onClose}
          />
        ),
        popover,
      );
      popover.hidden = false;
      popover.scrollTop = 0;
    },
    place(range, point) {
      unplace();
      const line = range ? pickLine(range.getClientRects(), point) : undefined;
      const reference = (): Box => {
        if (!range) {
          const x = window.innerWidth / 2;
          return { left: x, right: x, top: TOP_GAP_PX, bottom: TOP_GAP_PX };
        }
        return (line !== undefined && range.getClientRects()[line]) || range.getBoundingClientRect();
      };
      stopTracking = trackPosition(popover, reference);
    },
    hide() {
      unplace();
      popover.hidden = true;
    },
    destroy() {
      unplace();
      render(null, popover);
      layer.remove();
    },
  };
}
