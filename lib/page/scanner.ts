// The page scanner: walks the page in time-boxed slices (what is in view first), matches each
// chunk of text, keeps the match index, paints, follows mutations, open shadow roots and
// settings, and answers the popup (DESIGN.md §1, §5, §6). It uses the DOM but never the
// extension API; entrypoints/content wires it to messages and storage.

import type { ClaimMatch, TermMatch } from '../match/index';
import { flattenLineBreaks } from '../match/normalize';
import type { PageSummary } from '../messages';
import type { Settings } from '../settings';
import { isSiteDisabled } from '../settings-store';
import { categoryOf } from './categories';
import { type HitTestSource, setHitTestSource } from './hit-test';
import { compareMatches, MatchStore, type PageMatch } from './match-store';
import { type MutationBatch, MutationFollower } from './mutations';
import { type HighlightApi, Painter } from './painter';
import type { ChunkReading, ContextFinding, ContextFlag } from './read-chunks';
import { SliceQueue } from './scheduler';
import { MAY_HOST_SHADOW } from './shadow-hosts';
import { summarize } from './summary';
import { locate, type TextChunk, TextWalker, type WalkOptions } from './text-walker';

/** What the matcher returns: lib/match's TermMatch, one definition for both sides. */
export type FoundTerm = TermMatch;
/**
 * Reads one chunk of text: its terms, claims and lay-worded red flags (lib/page/read-chunks.ts).
 * It may answer later (the background reads for the content script, lib/page/remote-reader.ts);
 * a late answer is applied only to the text nodes no later scan has taken over meanwhile.
 */
export type ChunkReader = (text: string) => ChunkReading | Promise<ChunkReading | undefined>;

/** The card variant a claim opens with: "This claim is not supported" and the short correction. */
export const CLAIM_CARD = 'claim';
/** Longest claim wording kept for the popup's "On this page" list. */
const CLAIM_LABEL_CHARS = 90;

export interface ScannerOptions {
  read: ChunkReader;
  settings: Settings;
  signal: AbortSignal;
  document?: Document;
  /** Injected for tests; default is the browser's CSS.highlights (undefined → <mark> fallback). */
  highlightApi?: HighlightApi;
  /** Chunk size for the matcher, in UTF-16 units. */
  chunkChars?: number;
  /** Follow DOM changes (default true). */
  observe?: boolean;
  /** Most terms kept per document (default MAX_PAGE_MATCHES). */
  maxMatches?: number;
}

/**
 * Most terms kept (indexed and painted) per document. A page that floods itself with terms
 * (issue 11 finding #6: a paragraph with "back pain" every millisecond) would otherwise grow our
 * bookkeeping and Blink's highlight work without bound (DESIGN.md §6). Real pages stay far below:
 * the largest corpus page has a few hundred. Terms past the cap are left unpainted; room freed
 * by removed content is used by later scans.
 */
export const MAX_PAGE_MATCHES = 10_000;

/**
 * How often the painter checks that a page has not cleared or replaced our highlights (issue 11
 * finding #8: `CSS.highlights.clear()`); a few map lookups each time.
 */
const REPAIR_EVERY_MS = 1000;

/** Full rescans (after a mutation storm) at most this often. */
const FULL_RESCAN_GAP_MS = 1000;

export class PageScanner implements HitTestSource {
  readonly store = new MatchStore();
  /** Claims (issue 12) in their own index: a claim's range spans the terms inside it. */
  readonly claims = new MatchStore();
  readonly painter: Painter;
  private readonly doc: Document;
  private readonly queue: SliceQueue;
  private readonly counters = { section: 0 };
  private seq = 0;
  private settings: Settings;
  private running = false;
  private stopper: AbortController | undefined;
  private follower: MutationFollower | undefined;
  private readonly roots = new Set<ShadowRoot>();
  private lastFull = 0;
  /** Text nodes awaiting a late reading → the reading's stamp (a later scan takes the node over). */
  private readonly pendingReads = new WeakMap<Text, number>();
  private stamps = 0;
  /** Late readings not yet applied (whenIdle waits for them). */
  private readonly reading = new Set<Promise<void>>();
  private fullPending = false;

  constructor(private readonly options: ScannerOptions) {
    this.doc = options.document ?? document;
    this.settings = options.settings;
    this.painter =
      'highlightApi' in options
        ? new Painter(options.settings, options.highlightApi)
        : new Painter(options.settings);
    this.queue = new SliceQueue(options.signal);
    options.signal.addEventListener('abort', () => this.teardown(), { once: true });
    setHitTestSource(this);
    this.applySettings(options.settings);
  }

  /** Is BackCheck off for this page (per-site switch)? */
  get disabled(): boolean {
    return isSiteDisabled(this.settings, this.doc.location?.hostname ?? '');
  }

  /** Applies settings live: site switch, painting, categories, style, calm mode, code scanning. */
  applySettings(next: Settings): void {
    const prev = this.settings;
    this.settings = next;
    if (this.options.signal.aborted) return;
    if (this.disabled) {
      this.stop();
      return;
    }
    if (!this.running || prev.scanCode !== next.scanCode) {
      this.stop();
      this.start();
      return;
    }
    this.painter.update(next, this.store.all());
  }

  /** Resolves once all queued scanning is done and its readings are painted (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    await this.queue.whenIdle();
    while (this.reading.size > 0) {
      await Promise.all(this.reading);
      await this.queue.whenIdle();
    }
  }

  summary(): PageSummary {
    const url = this.doc.location?.href ?? '';
    if (this.disabled) return { url, items: [], total: 0, disabled: true };
    return summarize(this.activeMatches(), url, false);
  }

  /** Scrolls to the index-th occurrence of a concept and flashes it; false when there is none. */
  reveal(conceptId: string, index: number): boolean {
    const m = this.activeMatches()
      .filter((x) => x.conceptId === conceptId)
      .sort(compareMatches)[index];
    if (!m) return false;
    const el = m.range.startContainer.parentElement;
    const view = this.doc.defaultView;
    const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
    const term = m.range.getBoundingClientRect?.();
    if (view && el && term && el.getBoundingClientRect().height > view.innerHeight) {
      // A paragraph taller than the window: centring it could leave the term off screen, so
      // centre the term itself.
      view.scrollBy({ top: term.top + term.height / 2 - view.innerHeight / 2, behavior });
    } else {
      el?.scrollIntoView({ block: 'center', behavior });
    }
    this.painter.flash(m.range);
    return true;
  }

  termAt(node: Node, offset: number): PageMatch | undefined {
    // Inside a claim the claim's card opens: the sentence is what the reader needs corrected.
    const claim = this.claims.at(node, offset);
    if (claim && this.painter.isActive(claim)) return claim;
    const m = this.store.at(node, offset);
    return m && this.painter.isActive(m) ? m : undefined;
  }

  firstTermIn(range: Range): PageMatch | undefined {
    return this.activeMatches()
      .filter((m) => range.intersectsNode(m.nodes[0]) && rangesOverlap(range, m.range))
      .sort(compareMatches)[0];
  }

  shadowRoots(): ShadowRoot[] {
    return [...this.roots];
  }

  private activeMatches(): PageMatch[] {
    return [...this.store.all(), ...this.claims.all()].filter((m) => this.painter.isActive(m));
  }

  private start(): void {
    this.running = true;
    this.stopper = new AbortController();
    const body = this.doc.body ?? this.doc.documentElement;
    if (!body) return;
    // Our stylesheet is adopted with the first match (processChunk): most pages never need it.
    if (this.options.observe !== false) {
      this.follower = new MutationFollower((b) => this.onMutations(b), this.stopper.signal);
      // The whole document, not <body>: a page may replace its body (issue 11 finding #3).
      this.follower.observe(this.doc.documentElement ?? body);
    }
    if (this.painter.usesHighlights) {
      const timer = setInterval(() => this.painter.repair(), REPAIR_EVERY_MS);
      this.stopper.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    }
    this.scanAll(body);
  }

  private stop(): void {
    this.running = false;
    this.stopper?.abort();
    this.stopper = undefined;
    this.follower = undefined;
    this.queue.clear();
    this.store.clear();
    this.claims.clear();
    this.painter.clear();
    this.roots.clear();
  }

  private teardown(): void {
    this.stop();
    this.painter.dispose();
    setHitTestSource(undefined);
  }

  /** Whole tree: what is in view first, then the rest; then look for open shadow roots. */
  private scanAll(root: Node): void {
    const first = this.firstTextInView(root);
    if (first) {
      // Matches above the view get lower scan numbers, so calm mode keeps document order.
      this.scan(root, { startAt: first }, 1e9);
      this.scan(root, { stopAt: first }, 0);
    } else this.scan(root, {}, 0);
    this.findShadowRoots(root);
  }

  private firstTextInView(root: Node): Text | undefined {
    const view = this.doc.defaultView;
    // Reading the scroll position forces a layout: only ask when the page may open scrolled
    // (a #fragment, back/forward, reload); a fresh load starts at the top, which is first anyway.
    const nav = view?.performance?.getEntriesByType?.('navigation')[0] as
      | PerformanceNavigationTiming
      | undefined;
    const mayBeScrolled = Boolean(this.doc.location?.hash) || (nav !== undefined && nav.type !== 'navigate');
    if (!view || !mayBeScrolled || view.scrollY < view.innerHeight / 2) return undefined;
    const el = this.doc.elementFromPoint?.(view.innerWidth / 2, view.innerHeight / 4);
    if (!el || !root.contains(el)) return undefined;
    const tw = this.doc.createTreeWalker(root, 4);
    tw.currentNode = el;
    return (tw.nextNode() as Text | null) ?? undefined;
  }

  /** Queues a sliced scan of one tree. */
  private scan(root: Node, walk: Omit<WalkOptions, 'scanCode'>, seqBase: number): void {
    const walker = new TextWalker(
      root,
      { ...walk, scanCode: this.settings.scanCode, chunkChars: this.options.chunkChars },
      this.counters,
    );
    const signal = this.stopper?.signal;
    const styleRoot = root.getRootNode() as Document | ShadowRoot;
    let previous: TextChunk | undefined;
    this.queue.push(() => {
      if (signal?.aborted) return true;
      const chunk = walker.nextChunk();
      if (chunk) {
        // A walk meets each text node once, except a huge one cut across two chunks.
        const carried = previous?.nodes[previous.nodes.length - 1];
        this.processChunk(chunk, carried, seqBase, styleRoot);
        previous = chunk;
      }
      return walker.done;
    });
  }

  private processChunk(
    chunk: TextChunk,
    carried: Text | undefined,
    seqBase: number,
    styleRoot: Document | ShadowRoot,
  ): void {
    const reading = this.options.read(chunk.text);
    if (!('then' in reading)) {
      // Read at once: these nodes are this scan's now, not an earlier one's still awaited.
      if (this.reading.size > 0) for (const node of chunk.nodes) this.pendingReads.delete(node);
      this.apply(chunk, carried, reading, seqBase, styleRoot, undefined);
      return;
    }
    // This scan takes the chunk's nodes over from any earlier one still awaiting its reading.
    const stamp = ++this.stamps;
    for (const node of chunk.nodes) if (node !== carried) this.pendingReads.set(node, stamp);
    const signal = this.stopper?.signal;
    const done = reading
      .then(
        (r) => {
          if (r && !signal?.aborted) this.apply(chunk, carried, r, seqBase, styleRoot, stamp);
        },
        (err: unknown) => console.warn('BackCheck could not read part of this page.', err),
      )
      .finally(() => this.reading.delete(done));
    this.reading.add(done);
  }

  /**
   * Paints one chunk's reading. A late one (`stamp`) is applied only to the nodes still its own:
   * connected, and not taken over by a later scan (a mutation rescans them).
   */
  private apply(
    chunk: TextChunk,
    carried: Text | undefined,
    reading: ChunkReading,
    seqBase: number,
    styleRoot: Document | ShadowRoot,
    stamp: number | undefined,
  ): void {
    // Piece i of the chunk is still as it was read: connected, not taken over by a later scan,
    // and holding the same text (a mutation not yet rescanned may have changed it).
    const intact: (i: number) => boolean =
      stamp === undefined
        ? () => true
        : memo((i) => {
            const n = chunk.nodes[i];
            if (!n.isConnected || (n !== carried && this.pendingReads.get(n) !== stamp)) return false;
            // The walker gives the matcher line breaks as spaces (outside <pre>): compare likewise.
            const at = chunk.nodeOffsets[i];
            return (
              flattenLineBreaks(n.data.slice(at, at + chunk.lengths[i])) ===
              flattenLineBreaks(chunk.text.slice(chunk.starts[i], chunk.starts[i] + chunk.lengths[i]))
            );
          });
    // A rescan replaces what an earlier scan found in the same text; the store is asked per node
    // only when it holds anything (a first scan allocates nothing here), and before the costlier
    // intact check, which compares the node's text. The node carried over from the previous chunk
    // keeps what this walk found in it.
    for (const store of [this.store, this.claims]) {
      if (store.size === 0) continue;
      chunk.nodes.forEach((node, i) => {
        if (node === carried || !store.has(node) || !intact(i)) return;
        for (const m of store.removeNode(node)) this.painter.remove(m);
      });
    }
    const found = reading.terms;
    const max = this.options.maxMatches ?? MAX_PAGE_MATCHES;
    /** The match made of each found term (undefined: not painted), by the term's index. */
    const made: (PageMatch | undefined)[] = [];
    if (found.length > 0) this.painter.adoptStyles(styleRoot);
    for (let i = 0; i < found.length && this.store.size < max; i++) {
      const f = found[i];
      const m = this.toMatch(chunk, f.start, f.end, f.conceptId, f.term, seqBase, intact);
      if (!m) continue;
      if (f.card) m.card = f.card;
      if (f.alsoIds) m.alsoIds = f.alsoIds;
      if (f.urgent) m.urgent = true;
      this.store.add(m);
      this.painter.add(m);
      made[i] = m;
    }
    if (reading.claims?.length) this.addClaims(chunk, reading.claims, seqBase, styleRoot, intact);
    // Neighbouring windows overlap, so one wording is often found by several: painted once.
    const taken: { start: number; end: number }[] = [...found];
    for (const flag of reading.flags ?? []) this.escalate(chunk, flag, made, taken, seqBase, intact);
    if (found.length > 0 && !this.painter.usesHighlights) this.follower?.discardPending();
  }

  /**
   * Issue 8 Build 4: a red flag told in lay words around found terms escalates the terms of its
   * window's middle sentence (painted urgent, card led by the flag), and its wording is painted
   * too. Negated, hypothetical or past mentions never come back as flags.
   */
  private escalate(
    chunk: TextChunk,
    flag: ContextFlag,
    made: readonly (PageMatch | undefined)[],
    taken: { start: number; end: number }[],
    seqBase: number,
    intact: (piece: number) => boolean,
  ): void {
    const top = flag.findings[0];
    if (!top) return;
    for (const ti of flag.terms) {
      const m = made[ti];
      if (!m || !this.store.contains(m)) continue;
      if (m.category === 'massage' || m.redFlag) continue;
      this.painter.remove(m);
      m.urgent = true;
      m.redFlag = top.redFlagId;
      m.redFlagLevel = top.level;
      this.painter.add(m);
    }
    for (const x of flag.findings) this.paintWording(chunk, x, taken, seqBase, intact);
  }

  /** Paints a red flag's lay wording, unless a found term or a wording painted already covers it. */
  private paintWording(
    chunk: TextChunk,
    x: ContextFinding,
    taken: { start: number; end: number }[],
    seqBase: number,
    intact: (piece: number) => boolean,
  ): void {
    if (taken.some((f) => f.start < x.end && x.start < f.end)) return;
    const m = this.toMatch(
      chunk,
      x.start,
      x.end,
      x.redFlagId,
      chunk.text.slice(x.start, x.end),
      seqBase,
      intact,
    );
    if (!m) return;
    m.urgent = true;
    m.redFlag = x.redFlagId;
    m.redFlagLevel = x.level;
    this.store.add(m);
    this.painter.add(m);
    taken.push(x);
  }

  private addClaims(
    chunk: TextChunk,
    claims: readonly ClaimMatch[],
    seqBase: number,
    styleRoot: Document | ShadowRoot,
    intact: (piece: number) => boolean,
  ): void {
    this.painter.adoptStyles(styleRoot);
    for (const c of claims) {
      const words = chunk.text.slice(c.start, c.end).replace(/\s+/g, ' ');
      const label = words.length > CLAIM_LABEL_CHARS ? `${words.slice(0, CLAIM_LABEL_CHARS - 1)}…` : words;
      const m = this.toMatch(chunk, c.start, c.end, c.mythId, label, seqBase, intact);
      if (!m) continue;
      m.card = CLAIM_CARD;
      m.claim = true;
      this.claims.add(m);
      this.painter.add(m);
    }
    if (!this.painter.usesHighlights) this.follower?.discardPending();
  }

  private toMatch(
    chunk: TextChunk,
    start: number,
    end: number,
    conceptId: string,
    term: string,
    seqBase: number,
    intact: (piece: number) => boolean = () => true,
  ): PageMatch | undefined {
    const s = locate(chunk, start, false);
    const e = locate(chunk, end, true);
    if (!s || !e || e[2] < s[2]) return undefined;
    for (let i = s[2]; i <= e[2]; i++) if (!intact(i)) return undefined;
    const range = this.doc.createRange();
    range.setStart(s[0], s[1]);
    range.setEnd(e[0], e[1]);
    const nodes: Text[] = [];
    for (let i = s[2]; i <= e[2]; i++)
      if (nodes[nodes.length - 1] !== chunk.nodes[i]) nodes.push(chunk.nodes[i]);
    return {
      conceptId,
      term,
      category: categoryOf(conceptId),
      range,
      nodes,
      seq: seqBase + ++this.seq,
      section: chunk.sections[s[2]],
    };
  }

  private onMutations(batch: MutationBatch): void {
    if (batch.removed)
      for (const m of [...this.store.sweepDisconnected(), ...this.claims.sweepDisconnected()])
        this.painter.remove(m);
    if (batch.overflow) {
      this.scheduleFullRescan();
      return;
    }
    for (const { root, shallow } of batch.requests) {
      this.scan(root, { shallow }, 0);
      if (!shallow) this.findShadowRoots(root);
    }
  }

  private scheduleFullRescan(): void {
    if (this.fullPending) return;
    this.fullPending = true;
    const wait = Math.max(0, this.lastFull + FULL_RESCAN_GAP_MS - performance.now());
    const timer = setTimeout(() => {
      this.fullPending = false;
      this.lastFull = performance.now();
      const body = this.doc.body ?? this.doc.documentElement;
      if (this.running && body) this.scan(body, {}, 0);
    }, wait);
    this.stopper?.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /**
   * Open shadow roots are scanned and observed like the page (DESIGN.md §6), in slices. Only the
   * elements that can hold one are visited (lib/page/shadow-hosts.ts), the root itself included.
   */
  private findShadowRoots(root: Node): void {
    const signal = this.stopper?.signal;
    let hosts: NodeListOf<Element> | undefined;
    let at = 0;
    this.queue.push(() => {
      if (signal?.aborted) return true;
      if (hosts === undefined) {
        this.enterShadow((root as Element).shadowRoot);
        hosts = (root as ParentNode).querySelectorAll?.(MAY_HOST_SHADOW);
        if (!hosts) return true;
      }
      for (const end = Math.min(hosts.length, at + 2000); at < end; at++)
        this.enterShadow(hosts[at].shadowRoot);
      return at >= hosts.length;
    });
  }

  /** Scans, observes and searches an open shadow root once. */
  private enterShadow(shadow: ShadowRoot | null | undefined): void {
    if (!shadow || this.roots.has(shadow)) return;
    this.roots.add(shadow);
    this.follower?.observe(shadow);
    this.scan(shadow, {}, 0);
    this.findShadowRoots(shadow);
  }
}

/** `f`, remembering each answer. */
function memo(f: (i: number) => boolean): (i: number) => boolean {
  const known = new Map<number, boolean>();
  return (i) => {
    let v = known.get(i);
    if (v === undefined) {
      v = f(i);
      known.set(i, v);
    }
    return v;
  };
}

function rangesOverlap(a: Range, b: Range): boolean {
  try {
    return (
      a.compareBoundaryPoints(3 /* END_TO_START */, b) < 0 &&
      a.compareBoundaryPoints(1 /* START_TO_END */, b) > 0
    );
  } catch {
    return false;
  }
}
