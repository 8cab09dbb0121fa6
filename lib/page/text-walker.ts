// Walks a tree's text nodes and groups them into blocks, producing chunks of plain text for the
// matcher with an offset map back to (text node, offset). Text nodes of one block are joined
// as they render, so a term split by <em> or a line break still matches; block edges become a
// blank line, so the matcher's sentence and paragraph rules see them (FACTS.md §6.1 D2(b,c));
// list items start with "• " so the list belongs to the sentence that introduces it (D3, D2(d)).
//
// Cost matters most on pages without terms (DESIGN.md §5: ≤ 1.5× a bare TreeWalker pass), so
// the walk is a filter-less SHOW_TEXT TreeWalker; skip rules and block lookup are resolved once
// per parent element and cached.
import { flattenLineBreaks } from '../match/normalize';
import { isBlockName, isHeadingName, isSkippedName, SKIP_SELECTOR } from './blocks';

export interface WalkOptions {
  scanCode: boolean;
  /** Target chunk size in UTF-16 units; chunks end at a block edge after this. */
  chunkChars?: number;
  /** Only text whose block is `root` itself (nested blocks are skipped): a cheap rescan. */
  shallow?: boolean;
  /** Start the walk at this text node (document order from there). */
  startAt?: Text;
  /** End the walk on reaching this text node. */
  stopAt?: Text;
}

/** A run of page text for the matcher, with where each piece of it came from. */
export interface TextChunk {
  text: string;
  /** Piece i is nodes[i].data.slice(nodeOffsets[i], nodeOffsets[i] + lengths[i]) at starts[i]. */
  nodes: Text[];
  starts: number[];
  nodeOffsets: number[];
  lengths: number[];
  /** Section (heading-delimited) of each piece, for calm mode. */
  sections: number[];
}

interface BlockInfo {
  el: Node;
  list: boolean;
  heading: boolean;
  emitted: boolean;
  parent: BlockInfo | undefined;
}

/** Shared counters so section keys stay unique across walks. */
export interface WalkCounters {
  section: number;
}

const SEP_BLOCK = '\n\n';
const BULLET = '• ';

export class TextWalker {
  private readonly walker: TreeWalker;
  private readonly cache = new Map<Node, BlockInfo | null>();
  /** Elements skipped for an attribute, found in bulk (see SKIP_SELECTOR). */
  private readonly skipped: Set<Element>;
  /** Nodes directly after one or more <br> elements → how many (found in bulk, once). */
  private readonly breaks = new Map<Node, number>();
  private readonly chunkChars: number;
  private readonly top: BlockInfo;
  private current: BlockInfo | undefined;
  private pending: Text | undefined;
  private pendingOffset = 0;
  private section: number;
  private started = false;
  done = false;

  constructor(
    private readonly root: Node,
    private readonly options: WalkOptions,
    private readonly counters: WalkCounters,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    this.chunkChars = options.chunkChars ?? 16_384;
    this.top = { el: root, list: false, heading: false, emitted: false, parent: undefined };
    this.section = ++counters.section;
    const scope = root as ParentNode & Node;
    this.skipped = new Set(
      typeof scope.querySelectorAll === 'function' ? scope.querySelectorAll(SKIP_SELECTOR) : [],
    );
    // A rescan inside an editing host or hidden subtree: everything in it is skipped.
    const host = root.nodeType === 1 ? (root as Element) : (root as ShadowRoot).host;
    const outer = root.nodeType === 1 ? host?.closest(SKIP_SELECTOR) : undefined;
    if (outer) this.skipped.add(outer);
    if (typeof scope.querySelectorAll === 'function') {
      for (const br of scope.querySelectorAll('br')) {
        const next = br.nextSibling;
        if (next && next.nodeType === 3) this.breaks.set(next, (this.breaks.get(br) ?? 0) + 1);
        else if (next && (next as Element).localName === 'br')
          this.breaks.set(next, (this.breaks.get(br) ?? 0) + 1);
      }
    }
    if (options.startAt && options.startAt !== root) this.walker.currentNode = options.startAt;
  }

  /** Where the walk is now (undefined once done). */
  get position(): Node | undefined {
    return this.done ? undefined : this.walker.currentNode;
  }

  /**
   * The block a text node's parent belongs to, or null when the parent is skipped. Iterative: a
   * page may nest elements 20,000 deep (issue 11 finding #9), which overflowed the call stack of
   * the old recursive version. Climbs to the nearest resolved ancestor, then resolves downwards.
   */
  private resolve(node: Node): BlockInfo | null {
    const hit = this.cache.get(node);
    if (hit !== undefined) return hit;
    const chain: Element[] = [];
    let cur: Node | null = node;
    let info: BlockInfo | null = null;
    for (;;) {
      if (cur === null) {
        info = null;
        break;
      }
      const cached = this.cache.get(cur);
      if (cached !== undefined) {
        info = cached;
        break;
      }
      if (cur.nodeType !== 1) {
        // Document, shadow root or detached fragment: the top of the tree.
        info = cur.nodeType === 9 || cur.nodeType === 11 ? this.top : null;
        this.cache.set(cur, info);
        break;
      }
      chain.push(cur as Element);
      cur = cur.parentNode;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      info = this.resolveOne(chain[i], info);
      this.cache.set(chain[i], info);
    }
    return info;
  }

  /** One element, given what its parent resolved to. */
  private resolveOne(el: Element, parent: BlockInfo | null): BlockInfo | null {
    const name = el.localName;
    if (isSkippedName(name, this.options.scanCode) || this.skipped.has(el)) return null;
    if (parent === null) return null;
    if (el === this.root || isBlockName(name)) {
      const li = name === 'li';
      // A block opening a list item (<li><p>…) carries the item's bullet.
      const list = li || (parent.list && !parent.emitted);
      if (list && !li) parent.emitted = true;
      return { el, list, heading: isHeadingName(name), emitted: false, parent };
    }
    return parent;
  }

  /** The next chunk of text, or undefined when the walk is over. */
  nextChunk(): TextChunk | undefined {
    if (this.done) return undefined;
    const parts: string[] = [];
    const chunk: TextChunk = { text: '', nodes: [], starts: [], nodeOffsets: [], lengths: [], sections: [] };
    let length = 0;
    const push = (s: string) => {
      parts.push(s);
      length += s.length;
    };
    const { stopAt, shallow } = this.options;
    const limit = this.chunkChars;
    let block = this.current;

    for (;;) {
      let node: Text;
      let offset = 0;
      if (this.pending) {
        node = this.pending;
        offset = this.pendingOffset;
        this.pending = undefined;
      } else {
        if (!this.started && this.options.startAt) node = this.options.startAt;
        else {
          const next = this.walker.nextNode() as Text | null;
          if (!next || next === stopAt) {
            this.done = true;
            break;
          }
          node = next;
        }
        this.started = true;
      }
      const parent = node.parentNode;
      if (!parent) continue;
      const info = this.resolve(parent);
      if (info === null) continue;
      if (shallow && info.el !== this.root) {
        // A nested block interrupts the root's text: its edge still splits sentences.
        block = undefined;
        continue;
      }
      const data = node.data;
      if (offset === 0 && data.length === 0) continue;

      if (info !== block) {
        // A chunk ends only at a block edge, so a block's text is never cut in two.
        if (length >= limit) {
          this.pending = node;
          this.pendingOffset = offset;
          break;
        }
        if (length > 0) push(SEP_BLOCK);
        if (info.heading && !info.emitted) this.section = ++this.counters.section;
        if (info.list && !info.emitted) push(BULLET);
        info.emitted = true;
        block = info;
      } else if (offset === 0) {
        const br = this.breaks.get(node);
        if (br) push(br > 1 ? SEP_BLOCK : '\n');
      }

      // A huge text node (DESIGN.md §6: 5 MB) is cut at whitespace into chunk-sized pieces.
      let end = data.length;
      if (end - offset > limit) {
        const cut = lastSpace(data, offset + limit, offset + (limit >> 1));
        end = cut;
        this.pending = node;
        this.pendingOffset = cut;
      }
      chunk.nodes.push(node);
      chunk.starts.push(length);
      chunk.nodeOffsets.push(offset);
      chunk.lengths.push(end - offset);
      chunk.sections.push(this.section);
      const piece = offset === 0 && end === data.length ? data : data.slice(offset, end);
      // Outside <pre>, line breaks render as spaces: the matcher must not see a blank line (#12).
      push(
        info.el.nodeType === 1 && (info.el as Element).localName === 'pre' ? piece : flattenLineBreaks(piece),
      );
      if (this.pending) {
        this.current = undefined;
        block = undefined;
        break;
      }
    }
    this.current = block;
    chunk.text = parts.join('');
    if (chunk.nodes.length === 0 && this.done) return undefined;
    return chunk;
  }
}

function lastSpace(data: string, from: number, min: number): number {
  for (let i = from; i > min; i--) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) return i;
  }
  return from;
}

/** Maps a chunk offset to (node, offset): the piece holding it, or the next piece's start. */
export function locate(chunk: TextChunk, at: number, isEnd: boolean): [Text, number, number] | undefined {
  const { starts, lengths, nodes, nodeOffsets } = chunk;
  let lo = 0;
  let hi = starts.length - 1;
  // Largest piece whose start is ≤ at (or < at for an end offset).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (isEnd ? starts[mid] < at : starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  let i = lo;
  if (i < 0 || i >= nodes.length) return undefined;
  let within = at - starts[i];
  if (!isEnd && within >= lengths[i]) {
    // Starts in a separator: move to the next piece.
    i++;
    if (i >= nodes.length) return undefined;
    within = 0;
  }
  if (within > lengths[i]) within = lengths[i];
  if (within < 0) within = 0;
  return [nodes[i], nodeOffsets[i] + within, i];
}
