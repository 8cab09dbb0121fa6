// Every term found on the page, indexed by the text nodes it touches so that hit testing,
// rescans of changed text and removal of dropped nodes cost O(log n) or O(changed), never
// O(page).
import type { Category } from './categories';

export interface PageMatch {
  conceptId: string;
  /** The matched term as the matcher reported it. */
  term: string;
  category: Category;
  /** Live range over exactly the matched text (DESIGN.md §3). */
  range: Range;
  /** Text nodes the range touches (first = start container). */
  nodes: Text[];
  /** Scan order; lower = earlier in the page for matches of one walk (calm mode). */
  seq: number;
  /** Heading-delimited section key (calm mode: first mention per section). */
  section: number;
  /** Card variant from the matcher's §6.1 card rules, if any. */
  card?: string;
  alsoIds?: string[];
  urgent?: boolean;
  /** The words of a sentence asserting a FACTS.md §5 myth (issue 12); conceptId is the myth id. */
  claim?: boolean;
  /** A red flag reported in lay words around the term (issue 8): the card leads with it. */
  redFlag?: string;
  redFlagLevel?: string;
}

export class MatchStore {
  private readonly byNode = new Map<Text, PageMatch[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  add(match: PageMatch): void {
    for (const node of match.nodes) {
      const list = this.byNode.get(node);
      if (!list) this.byNode.set(node, [match]);
      else {
        // Keep each node's list sorted by start offset for binary search.
        let i = list.length;
        while (i > 0 && startIn(list[i - 1], node) > startIn(match, node)) i--;
        list.splice(i, 0, match);
      }
    }
    this.count++;
  }

  /** Is this match still in the store (not removed by a rescan)? */
  contains(match: PageMatch): boolean {
    return this.byNode.get(match.nodes[0])?.includes(match) ?? false;
  }

  /** Removes every match touching this node; returns them. */
  removeNode(node: Text): PageMatch[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    for (const m of list) this.detach(m, node);
    this.byNode.delete(node);
    this.count -= list.length;
    return list;
  }

  /** Drops matches whose text left the document; returns them. */
  sweepDisconnected(): PageMatch[] {
    const out: PageMatch[] = [];
    for (const node of [...this.byNode.keys()]) {
      if (!node.isConnected) out.push(...this.removeNode(node));
    }
    return out;
  }

  private detach(m: PageMatch, except: Text): void {
    for (const other of m.nodes) {
      if (other === except) continue;
      const list = this.byNode.get(other);
      if (!list) continue;
      const i = list.indexOf(m);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(other);
    }
  }

  /** The match covering `offset` in `node` (start ≤ offset ≤ end), if any. */
  at(node: Node, offset: number): PageMatch | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    // Binary search: last match starting at or before offset in this node.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (startIn(list[mid], node) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i >= found - 1; i--) {
      const m = list[i];
      if (offset <= endIn(m, node)) return m;
    }
    return undefined;
  }

  all(): PageMatch[] {
    const seen = new Set<PageMatch>();
    for (const list of this.byNode.values()) for (const m of list) seen.add(m);
    return [...seen];
  }

  clear(): PageMatch[] {
    const all = this.all();
    this.byNode.clear();
    this.count = 0;
    return all;
  }
}

/** Start of a match within one of its nodes (0 when it starts in an earlier node). */
function startIn(m: PageMatch, node: Node): number {
  return m.range.startContainer === node ? m.range.startOffset : 0;
}

function endIn(m: PageMatch, node: Node): number {
  return m.range.endContainer === node ? m.range.endOffset : (node as Text).length;
}

/** Document order of two matches (for summaries and reveal). */
export function compareMatches(a: PageMatch, b: PageMatch): number {
  if (a === b) return 0;
  try {
    return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  } catch {
    // Ranges in different trees (shadow roots): fall back to scan order.
    return a.seq - b.seq;
  }
}
