// Follows live pages (DESIGN.md §5 "Follows live pages", §6 "10 000 mutations a second"):
// records are coalesced into a bounded set of rescan roots (the changed block, or an added
// subtree) and flushed on a short timer, so the work follows what changed, never the page.

import { isBlockElement, nearestBlock } from './blocks';
import { isOwn } from './names';

export interface RescanRequest {
  root: Node;
  /** Only the text directly in `root` (a changed paragraph), not its nested blocks. */
  shallow: boolean;
}

export interface MutationBatch {
  requests: RescanRequest[];
  /** Some nodes left the page: drop their matches. */
  removed: boolean;
  /** Too many distinct changes: rescan the whole tree instead (bounded work). */
  overflow: boolean;
}

export interface FollowerOptions {
  /** Coalescing delay; rescans land well inside the 200 ms target. */
  delayMs?: number;
  /** Above this many distinct roots per batch, fall back to one full rescan. */
  maxRoots?: number;
}

/** Our card host and fallback marks, known by identity (their names say nothing, DESIGN.md §3). */
function isOurs(node: Node): boolean {
  return node.nodeType === 1 && isOwn(node);
}

function blockOf(node: Node): Node {
  return nearestBlock(node) ?? node.getRootNode();
}

export class MutationFollower {
  private readonly observer: MutationObserver;
  private dirty = new Map<Node, boolean>();
  private removed = false;
  private overflow = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delayMs: number;
  private readonly maxRoots: number;

  constructor(
    private readonly onBatch: (batch: MutationBatch) => void,
    private readonly signal: AbortSignal,
    options: FollowerOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 40;
    this.maxRoots = options.maxRoots ?? 400;
    this.observer = new MutationObserver((records) => this.collect(records));
    signal.addEventListener('abort', () => this.disconnect(), { once: true });
  }

  observe(root: Node): void {
    if (this.signal.aborted) return;
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Forget our own pending records (the <mark> fallback changes the DOM). */
  discardPending(): void {
    this.observer.takeRecords();
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
  }

  private mark(root: Node, shallow: boolean): void {
    if (this.overflow) return;
    const prev = this.dirty.get(root);
    if (prev === false) return;
    this.dirty.set(root, shallow);
    if (this.dirty.size > this.maxRoots) {
      this.overflow = true;
      this.dirty.clear();
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode && !isOurs(r.target.parentNode)) this.mark(blockOf(r.target), true);
        continue;
      }
      if (isOurs(r.target)) continue;
      if (r.removedNodes.length > 0) {
        for (const n of r.removedNodes) if (!isOurs(n)) this.removed = true;
      }
      for (const n of r.addedNodes) {
        if (isOurs(n)) continue;
        if (n.nodeType === 3) this.mark(blockOf(r.target), true);
        else if (n.nodeType === 1) {
          this.mark(n, false);
          // An inline element joins the text around it: rescan that paragraph's own text too.
          if (!isBlockElement(n as Element)) this.mark(blockOf(r.target), true);
        }
      }
      if (r.removedNodes.length > 0 && r.addedNodes.length === 0) this.mark(blockOf(r.target), true);
    }
    if (this.timer === undefined && (this.dirty.size > 0 || this.removed || this.overflow)) {
      this.timer = setTimeout(() => this.flush(), this.delayMs);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const dirty = this.dirty;
    this.dirty = new Map();
    const batch: MutationBatch = { requests: [], removed: this.removed, overflow: this.overflow };
    this.removed = false;
    this.overflow = false;
    if (!batch.overflow) {
      for (const [root, shallow] of dirty) {
        if (!root.isConnected) continue;
        // Drop roots inside a subtree that is rescanned in full anyway.
        let up = root.parentNode;
        let covered = false;
        while (up) {
          if (dirty.get(up) === false) {
            covered = true;
            break;
          }
          up = up.parentNode;
        }
        if (!covered) batch.requests.push({ root, shallow });
      }
    }
    this.onBatch(batch);
  }
}
