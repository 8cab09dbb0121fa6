// Which highlighted term is under the pointer or the caret (DESIGN.md §1.3). The scanner
// registers itself as the source; lookups go through its per-text-node index (O(log n)).
import type { Category } from './categories';
import type { PageMatch } from './match-store';

/** A matched term on the page, as the hover card needs it. */
export interface PageTerm {
  conceptId: string;
  term: string;
  range: Range;
  category: Category;
  /** Card variant chosen by the matcher's §6.1 card rules (pass it on with 'card:get'). */
  card?: string;
  alsoIds?: string[];
  /** Escalated by a red flag in its context (painted under backcheck-urgent). */
  urgent?: boolean;
  /** A red flag reported in lay words around it (issue 8): the card leads with it. */
  redFlag?: string;
  redFlagLevel?: string;
}

export interface HitTestSource {
  /** The active (shown) match covering this text position. */
  termAt(node: Node, offset: number): PageMatch | undefined;
  /** The first active match intersecting a range, in document order. */
  firstTermIn(range: Range): PageMatch | undefined;
  /** Open shadow roots being scanned (so the caret lookup can enter them). */
  shadowRoots(): ShadowRoot[];
}

let source: HitTestSource | undefined;

export function setHitTestSource(next: HitTestSource | undefined): void {
  source = next;
}

function toTerm(m: PageMatch | undefined): PageTerm | undefined {
  if (!m) return undefined;
  const t: PageTerm = { conceptId: m.conceptId, term: m.term, range: m.range, category: m.category };
  if (m.card) t.card = m.card;
  if (m.alsoIds) t.alsoIds = m.alsoIds;
  if (m.urgent) t.urgent = true;
  if (m.redFlag) {
    t.redFlag = m.redFlag;
    t.redFlagLevel = m.redFlagLevel;
  }
  return t;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number, roots: ShadowRoot[]): [Node, number] | undefined {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y, roots.length ? { shadowRoots: roots } : undefined);
    return pos ? [pos.offsetNode, pos.offset] : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? [range.startContainer, range.startOffset] : undefined;
}

/** Is the point really over the range (the caret APIs snap to the nearest text)? */
function covers(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

type HighlightHit = { highlight: unknown; ranges: AbstractRange[] };

/** The matched term under viewport point (x, y), if any. */
export function termAtPoint(x: number, y: number, doc: Document = document): PageTerm | undefined {
  if (!source) return undefined;
  const caret = caretAt(doc as CaretDoc, x, y, source.shadowRoots());
  if (caret && caret[0].nodeType === 3) {
    const m = source.termAt(caret[0], caret[1]);
    if (m && covers(m.range, x, y)) return toTerm(m);
  }
  // Chromium's highlightsFromPoint finds painted ranges the caret lookup misses.
  const registry = (
    globalThis.CSS as { highlights?: { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] } }
  )?.highlights;
  for (const hit of registry?.highlightsFromPoint?.(x, y) ?? []) {
    for (const r of hit.ranges) {
      const m = source.termAt(r.startContainer, r.startOffset);
      if (m && m.range.startContainer === r.startContainer && m.range.startOffset === r.startOffset)
        return toTerm(m);
    }
  }
  return undefined;
}

/** For the keyboard command: the term at the caret, or the first term in the selection. */
export function termAtSelection(doc: Document = document): PageTerm | undefined {
  if (!source) return undefined;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  const atStart = source.termAt(range.startContainer, range.startOffset);
  if (atStart || range.collapsed) return toTerm(atStart);
  return toTerm(source.firstTermIn(range));
}
