// Places the hover card next to its term (DESIGN.md §1.3) without a positioning library (the
// content script must stay small, §5): below the term if it fits, else above; start-aligned with
// the term, end-aligned if that overflows on the right; then shifted sideways only, so it stays
// inside the viewport with a margin and never covers the term. Coordinates are viewport ones
// (the card is position: fixed). `placeBeside` is pure geometry; `trackPosition` re-applies it
// on scroll (any scroller), resize and zoom, and when the card or the page changes size.

/** A rectangle in viewport coordinates (a DOMRect fits). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'bottom' | 'top';
  align: 'start' | 'end';
  /** Set when the card is taller than the room on its side: it shrinks to this and scrolls. */
  maxHeight?: number;
}

export interface PlaceOptions {
  /** Space between the term and the card. */
  gap: number;
  /** Margin kept to the viewport edges. */
  edge: number;
  /** Never squeeze the card below this height, even when neither side has room. */
  minHeight: number;
}

export const PLACE_DEFAULTS: PlaceOptions = { gap: 6, edge: 8, minHeight: 120 };

/** Where the card goes for a term at `ref`, given the card's natural size and the viewport. */
export function placeBeside(
  ref: Box,
  card: Size,
  viewport: Size,
  options: PlaceOptions = PLACE_DEFAULTS,
): Placement {
  const { gap, edge, minHeight } = options;
  const below = viewport.height - edge - (ref.bottom + gap);
  const above = ref.top - gap - edge;
  // Below by preference; above when only that fits; else the roomier side (the card scrolls).
  const side =
    card.height <= below ? 'bottom' : card.height <= above ? 'top' : below >= above ? 'bottom' : 'top';
  const room = Math.max(minHeight, Math.floor(side === 'bottom' ? below : above));
  const height = Math.min(card.height, room);
  const y = side === 'bottom' ? ref.bottom + gap : ref.top - gap - height;

  // Start-aligned with the term; end-aligned when the start alignment runs off the right edge.
  const right = viewport.width - edge;
  let align: Placement['align'] = 'start';
  let x = ref.left;
  if (x + card.width > right && ref.right - card.width >= edge) {
    align = 'end';
    x = ref.right - card.width;
  }
  // Shift sideways only (the card sits above or below the term, so this never covers it).
  x = Math.max(edge, Math.min(x, right - card.width));
  return { x, y, side, align, ...(card.height > room ? { maxHeight: room } : {}) };
}

/**
 * The line box of a (possibly wrapped) term to place against: the one under the pointer when
 * there is a point, else the whole term's bounding box. Returns the index of that line too, so
 * later updates keep the same line after the page scrolls away from the pointer.
 */
export function pickLine(
  rects: ArrayLike<Box>,
  point: { x: number; y: number } | undefined,
): number | undefined {
  if (!point || rects.length < 2) return undefined;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom) return i;
  }
  return undefined;
}

/** The viewport's size without scrollbars (the layout viewport position: fixed refers to). */
function viewportSize(): Size {
  // In quirks mode the body, not the root, reports the viewport (CSSOM View clientWidth).
  const root = document.scrollingElement ?? document.documentElement;
  return {
    width: root?.clientWidth || window.innerWidth,
    height: root?.clientHeight || window.innerHeight,
  };
}

/**
 * Places `el` against the rectangle `reference()` returns, now and whenever the view changes,
 * until the returned stop function is called. `onPlace` sees each placement.
 */
export function trackPosition(
  el: HTMLElement,
  reference: () => Box,
  onPlace?: (placement: Placement) => void,
): () => void {
  const update = () => {
    // Measure the card's own height (its CSS caps it): an earlier squeeze must not decide the side.
    el.style.maxHeight = '';
    const { width, height } = el.getBoundingClientRect();
    const p = placeBeside(reference(), { width, height }, viewportSize());
    if (p.maxHeight !== undefined) el.style.maxHeight = `${p.maxHeight}px`;
    // left/top rather than a transform: hit testing then always agrees with what is painted.
    el.style.left = `${Math.round(p.x)}px`;
    el.style.top = `${Math.round(p.y)}px`;
    el.dataset.placement = `${p.side}-${p.align}`;
    onPlace?.(p);
  };
  update();

  const stop = new AbortController();
  const listen = { capture: true, passive: true, signal: stop.signal };
  // Capture sees the scroll of every scroller, not only the document's.
  document.addEventListener('scroll', update, listen);
  window.addEventListener('resize', update, listen); // also fires on zoom
  window.visualViewport?.addEventListener('resize', update, listen);
  let observer: ResizeObserver | undefined;
  if (typeof ResizeObserver !== 'undefined') {
    // The card's content, or the page around the term, changed size.
    let first = true;
    observer = new ResizeObserver(() => {
      if (first)
        first = false; // the initial callback reports the state just placed
      else update();
    });
    observer.observe(el);
    if (document.body) observer.observe(document.body);
  }
  return () => {
    stop.abort();
    observer?.disconnect();
  };
}
