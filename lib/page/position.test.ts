// Geometry of the card's placement (lib/page/position.ts): below the term if it fits, else above,
// else the roomier side with a squeeze; start- or end-aligned; shifted inside the viewport; never
// over the term. Real layout (scroll, zoom) is checked in Chromium (tests/e2e/card.e2e.test.ts).
import { describe, expect, test } from 'vitest';
import { type Box, PLACE_DEFAULTS, pickLine, placeBeside } from './position';

const VIEW = { width: 1000, height: 700 };
const CARD = { width: 360, height: 300 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const { gap, edge, minHeight } = PLACE_DEFAULTS;

describe('placeBeside', () => {
  test.each([
    // name, term, card, expected placement (x, y, side-align, maxHeight)
    [
      'room below: under the term, start-aligned',
      box(300, 200, 60, 18),
      CARD,
      300,
      218 + gap,
      'bottom-start',
      undefined,
    ],
    [
      'near the bottom: flips above',
      box(300, 600, 60, 18),
      CARD,
      300,
      600 - gap - 300,
      'top-start',
      undefined,
    ],
    [
      'near the right: end-aligned',
      box(900, 200, 80, 18),
      CARD,
      980 - 360,
      218 + gap,
      'bottom-end',
      undefined,
    ],
    [
      'right edge, term wider than the room: shifted in',
      box(700, 200, 295, 18),
      CARD,
      1000 - edge - 360,
      218 + gap,
      'bottom-end',
      undefined,
    ],
    [
      'left edge: shifted right to the margin',
      box(2, 200, 40, 18),
      CARD,
      edge,
      218 + gap,
      'bottom-start',
      undefined,
    ],
    [
      'tall card, more room below: squeezed below',
      box(300, 250, 60, 18),
      { width: 360, height: 900 },
      300,
      268 + gap,
      'bottom-start',
      700 - edge - 268 - gap,
    ],
    [
      'tall card, more room above: squeezed above',
      box(300, 450, 60, 18),
      { width: 360, height: 900 },
      300,
      edge,
      'top-start',
      450 - gap - edge,
    ],
    [
      'no room either side: never below the minimum',
      box(300, 60, 60, 18),
      { width: 360, height: 900 },
      300,
      78 + gap,
      'bottom-start',
      700 - edge - 78 - gap,
    ],
  ] as const)('%s', (_name, term, card, x, y, placement, maxHeight) => {
    const p = placeBeside(term, card, VIEW);
    expect(p.x).toBe(x);
    expect(p.y).toBe(y);
    expect(`${p.side}-${p.align}`).toBe(placement);
    expect(p.maxHeight).toBe(maxHeight);
  });

  test.each([
    ['top-left', box(0, 0, 50, 18)],
    ['top-right', box(940, 6, 54, 18)],
    ['bottom-left', box(6, 676, 60, 18)],
    ['bottom-right', box(930, 676, 64, 18)],
    ['middle', box(480, 340, 40, 18)],
  ])('a term at the %s stays uncovered and the card inside the viewport', (_name, term) => {
    const p = placeBeside(term, CARD, VIEW);
    const height = Math.min(CARD.height, p.maxHeight ?? Number.POSITIVE_INFINITY);
    const card = box(p.x, p.y, CARD.width, height);
    expect(overlaps(card, term)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(edge);
    expect(card.right).toBeLessThanOrEqual(VIEW.width - edge);
    expect(card.top).toBeGreaterThanOrEqual(edge);
    expect(card.bottom).toBeLessThanOrEqual(VIEW.height - edge);
  });

  test('the squeeze never goes below the minimum height', () => {
    const p = placeBeside(box(300, 80, 60, 18), { width: 360, height: 2000 }, { width: 1000, height: 200 });
    expect(p.maxHeight).toBe(minHeight);
  });
});

describe('pickLine', () => {
  const lines = [box(500, 100, 200, 18), box(0, 118, 80, 18)];
  test.each([
    ['pointer on the first line', lines, { x: 600, y: 105 }, 0],
    ['pointer on the second line', lines, { x: 40, y: 125 }, 1],
    ['pointer off both lines', lines, { x: 300, y: 300 }, undefined],
    ['no pointer (keyboard)', lines, undefined, undefined],
    ['a single line needs no choice', [lines[0]], { x: 600, y: 105 }, undefined],
  ] as const)('%s', (_name, rects, point, expected) => {
    expect(pickLine(rects, point)).toBe(expected);
  });
});
