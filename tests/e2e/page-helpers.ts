// Reads BackCheck's highlights back from a page or frame. CSS.highlights is per document, but the
// names in it are random per document (DESIGN.md §3): the content script's isolated world maps
// them to canonical names (`__backcheck.highlightKinds()`), so this runs there, never in the page.
import type { Frame, Page } from 'playwright-core';
import { inExtension, inExtensionSource } from './extension-world';

export interface PaintedRange {
  /** Canonical name: backcheck-<kind>, backcheck-urgent, backcheck-flash. */
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
  return inExtension(target, () => {
    const kinds = globalThis.__backcheck!.highlightKinds();
    const out: PaintedRange[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [registered, h] of registry) {
      const name = kinds[registered];
      if (!name) continue; // not ours
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

/** Canonical highlight name → number of ranges (flash excluded unless asked). */
export function highlightSizes(target: Page | Frame, withFlash = false): Promise<Record<string, number>> {
  return inExtension(
    target,
    (flash) => {
      const kinds = globalThis.__backcheck!.highlightKinds();
      const out: Record<string, number> = {};
      (CSS.highlights as unknown as Map<string, { size: number }>).forEach((h, registered) => {
        const name = kinds[registered];
        if (!name || (!flash && name === 'backcheck-flash')) return;
        out[name] = (out[name] ?? 0) + h.size;
      });
      return out;
    },
    withFlash,
  );
}

/** Runs `fn(root)` against the card's closed shadow root (null before the first card). */
export function inCard<R, A = undefined>(
  target: Page | Frame,
  fn: (root: ShadowRoot | null, arg: A) => R,
  arg?: A,
): Promise<R> {
  return inExtensionSource<R>(target, `(arg) => (${fn.toString()})(globalThis.__backcheck.card(), arg)`, arg);
}

/** Text of the visible card ('' when none shows). */
export function cardText(target: Page | Frame): Promise<string> {
  return inCard(
    target,
    (root) => root?.querySelector<HTMLElement>('.bc-popover:not([hidden])')?.textContent ?? '',
  );
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The open card's box, or null when no card is showing. */
export function cardBox(target: Page | Frame): Promise<Box | null> {
  return inCard(target, (root) => {
    const el = root?.querySelector<HTMLElement>('.bc-popover');
    if (!el || el.hidden || getComputedStyle(el).visibility === 'hidden') return null;
    const b = el.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  });
}

/** Centre of the first button in the card whose text starts with `label` (for a real click). */
export function cardButtonCentre(
  target: Page | Frame,
  label: string,
): Promise<{ x: number; y: number } | null> {
  return inCard(
    target,
    (root, text) => {
      const b = [...(root?.querySelectorAll('button, a') ?? [])].find((el) =>
        el.textContent?.trim().startsWith(text),
      );
      if (!b) return null;
      // The card scrolls inside itself: bring the control into its view first.
      b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    label,
  );
}

/** Tag of the card host (random per document), or null before the first card. */
export function cardHostTag(target: Page | Frame): Promise<string | null> {
  return inCard(target, (root) => root?.host.localName ?? null);
}

/**
 * The CSS rules of the stylesheets adopted by the document, with BackCheck's random highlight
 * names written back as canonical names (read in the isolated world).
 */
export function adoptedRules(target: Page | Frame): Promise<string[]> {
  return inExtension(target, () => {
    const kinds = globalThis.__backcheck!.highlightKinds();
    return [...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .map((t) =>
        t.replace(/::highlight\(([a-z]+)\)/g, (m, name: string) =>
          kinds[name] ? `::highlight(${kinds[name]})` : m,
        ),
      );
  });
}
