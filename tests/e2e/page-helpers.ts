// Reads BackCheck's highlights back from a page or frame (CSS.highlights is per document, so
// the page's main world sees what the content script registered).
import type { Frame, Page } from 'playwright-core';

export interface PaintedRange {
  name: string;
  text: string;
  /** Id of the nearest element with an id around the range start ('' if none). */
  where: string;
  /** The range starts inside a shadow root. */
  inShadow: boolean;
  startNode: string;
  endNode: string;
}

export function readHighlights(target: Page | Frame): Promise<PaintedRange[]> {
  return target.evaluate(() => {
    const out: PaintedRange[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of registry) {
      for (const r of h) {
        const start = r.startContainer;
        const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
        out.push({
          name,
          text: r.toString(),
          where: el?.closest('[id]')?.id ?? '',
          inShadow: start.getRootNode() instanceof ShadowRoot,
          startNode: start.textContent ?? '',
          endNode: r.endContainer.textContent ?? '',
        });
      }
    }
    return out;
  });
}
