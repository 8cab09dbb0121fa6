// The page scanner: walks the page in time-boxed slices (what is in view first), matches each
// chunk of text, keeps the match index, paints, follows mutations, open shadow roots and
// settings, and answers the popup (DESIGN.md §1, §5, §6). It uses the DOM but never the
// extension API; entrypoints/content wires it to messages and storage.

import type { ClaimMatch, TermMatch } from '../match/index';
import type { PageSummary } from '../messages';
import { isSiteDisabled, type Settings } from '../settings';
import { categoryOf } from './categories';
import { contextWindows, escalatingFindings } from './context-windows';
import { type HitTestSource, setHitTestSource } from './hit-test';
import { compareMatches, MatchStore, type PageMatch } from './match-store';
import { type MutationBatch, MutationFollower } from './mutations';
import { type HighlightApi, Painter } from './painter';
import { SliceQueue } from './scheduler';
import { summarize } from './summary';
import { locate, type TextChunk, TextWalker, type WalkOptions } from './text-walker';

/** What the matcher returns: lib/match's TermMatch, one definition for both sides. */
export type FoundTerm = TermMatch;
export type TermFinder = (text: string) => readonly FoundTerm[];
/**
 * lib/match's findClaims (issue 12): sentences asserting a FACTS.md §5 myth. It may answer later
 * (the content script loads the claim reader on first need); a late answer is dropped when its
 * text was rescanned or the scan stopped meanwhile.
 */
export type ClaimFinder = (text: string) => readonly ClaimMatch[] | Promise<readonly ClaimMatch[]>;

/** The card variant a claim opens with: "This claim is not supported" and the short correction. */
export const CLAIM_CARD = 'claim';
/** Longest claim wording kept for the popup's "On this page" list. */
const CLAIM_LABEL_CHARS = 90;

/** A red flag reported in lay words in a context window (lib/lookup/context-analysis). */
export interface ContextFinding {
  start: number;
  end: number;
  redFlagId: string;
  level: string;
}

/**
 * Analyses context windows, given as [start, end) offsets into one text (the background answers
 * one list of findings per window; undefined when it cannot).
 */
export type ContextAnalyser = (
  text: string,
  windows: [number, number][],
) => Promise<readonly (readonly ContextFinding[])[] | undefined>;

export interface ScannerOptions {
  findTerms: TermFinder;
  /** Claims are marked too when given (issue 12). */
  findClaims?: ClaimFinder;
  /** Red flags told in lay words around found terms (issue 8); absent: not analysed. */
  analyse?: ContextAnalyser;
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
  /** Text nodes awaiting a late claim answer → the answer's stamp (a rescan drops the entry). */
  private readonly pendingClaims = new WeakMap<Text, number>();
  private pendingCount = 0;
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

  /** Resolves once all queued scanning is done (tests, benchmarks). */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
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
    // A rescan replaces what an earlier scan found in the same text; the store is asked per node
    // only when it holds anything (a first scan allocates nothing here). The node carried over
    // from the previous chunk keeps what this walk found in it.
    if (this.pendingCount > 0)
      for (const node of chunk.nodes) if (node !== carried) this.pendingClaims.delete(node);
    for (const store of [this.store, this.claims]) {
      if (store.size === 0) continue;
      for (const node of chunk.nodes) {
        if (node === carried || !store.has(node)) continue;
        for (const m of store.removeNode(node)) this.painter.remove(m);
      }
    }
    const found = this.options.findTerms(chunk.text);
    if (found.length > 0) this.painter.adoptStyles(styleRoot);
    const max = this.options.maxMatches ?? MAX_PAGE_MATCHES;
    const added: [FoundTerm, PageMatch][] = [];
    for (const f of found) {
      if (this.store.size >= max) break;
      const m = this.toMatch(chunk, f.start, f.end, f.conceptId, f.term, seqBase);
      if (!m) continue;
      if (f.card) m.card = f.card;
      if (f.alsoIds) m.alsoIds = f.alsoIds;
      if (f.urgent) m.urgent = true;
      this.store.add(m);
      this.painter.add(m);
      added.push([f, m]);
    }
    const claims = this.options.findClaims?.(chunk.text);
    if (claims && 'then' in claims) this.awaitClaims(chunk, claims, seqBase, styleRoot);
    else if (claims) this.addClaims(chunk, claims, seqBase, styleRoot);
    if (found.length > 0 && !this.painter.usesHighlights) this.follower?.discardPending();
    if (added.length > 0 && this.options.analyse) this.analyseContext(chunk, added, seqBase);
  }

  /**
   * Issue 8 Build 4: the sentences around found terms go to the analyser; a red flag told there
   * in lay words escalates the terms of its window (painted urgent, card led by the flag) and
   * its wording is painted too. Negated, hypothetical or past mentions come back empty.
   */
  private analyseContext(chunk: TextChunk, added: [FoundTerm, PageMatch][], seqBase: number): void {
    const windows = contextWindows(
      chunk.text,
      added.map(([f]) => f),
    );
    if (windows.length === 0) return;
    const signal = this.stopper?.signal;
    // The windows overlap, so the text from the first to the last is sent once.
    const from = windows[0].start;
    const to = Math.max(...windows.map((w) => w.end));
    this.options
      .analyse?.(
        chunk.text.slice(from, to),
        windows.map((w) => [w.start - from, w.end - from]),
      )
      .then((answer) => {
        if (!answer || signal?.aborted) return;
        const found = added.slice();
        windows.forEach((w, i) => {
          const findings = escalatingFindings(
            w,
            answer[i] ?? [],
            found.map(([f]) => f),
          );
          if (findings.length === 0) return;
          const top = findings[0];
          for (const ti of w.terms) {
            const m = found[ti]?.[1];
            if (!m || !this.store.contains(m)) continue;
            if (m.category === 'massage' || m.redFlag) continue;
            this.painter.remove(m);
            m.urgent = true;
            m.redFlag = top.redFlagId;
            m.redFlagLevel = top.level;
            this.painter.add(m);
          }
          for (const x of findings)
            this.paintWording(chunk, w.start + x.start, w.start + x.end, x, added, seqBase);
        });
      })
      .catch(() => undefined);
  }

  /** Paints a red flag's lay wording (unless a found term already covers it). */
  private paintWording(
    chunk: TextChunk,
    start: number,
    end: number,
    x: ContextFinding,
    added: [FoundTerm, PageMatch][],
    seqBase: number,
  ): void {
    if (added.some(([f]) => f.start < end && start < f.end)) return;
    const s = locate(chunk, start, false);
    const e = locate(chunk, end, true);
    if (!s || !e || e[2] < s[2] || !chunk.nodes[s[2]].isConnected) return;
    const range = this.doc.createRange();
    range.setStart(s[0], s[1]);
    range.setEnd(e[0], e[1]);
    const nodes: Text[] = [];
    for (let i = s[2]; i <= e[2]; i++)
      if (nodes[nodes.length - 1] !== chunk.nodes[i]) nodes.push(chunk.nodes[i]);
    const m: PageMatch = {
      conceptId: x.redFlagId,
      term: chunk.text.slice(start, end),
      category: categoryOf(x.redFlagId),
      range,
      nodes,
      seq: seqBase + ++this.seq,
      section: chunk.sections[s[2]],
      urgent: true,
      redFlag: x.redFlagId,
      redFlagLevel: x.level,
    };
    added.push([{ start, end, conceptId: x.redFlagId, term: m.term }, m]);
    this.store.add(m);
    this.painter.add(m);
  }

  private awaitClaims(
    chunk: TextChunk,
    later: Promise<readonly ClaimMatch[]>,
    seqBase: number,
    styleRoot: Document | ShadowRoot,
  ): void {
    const stamp = ++this.pendingCount;
    for (const node of chunk.nodes) this.pendingClaims.set(node, stamp);
    const signal = this.stopper?.signal;
    later.then(
      (claims) => {
        const current = chunk.nodes.every((n) => this.pendingClaims.get(n) === stamp && n.isConnected);
        if (!signal?.aborted && current) this.addClaims(chunk, claims, seqBase, styleRoot);
      },
      (err: unknown) => console.warn('BackCheck could not check the claims on this page.', err),
    );
  }

  private addClaims(
    chunk: TextChunk,
    claims: readonly ClaimMatch[],
    seqBase: number,
    styleRoot: Document | ShadowRoot,
  ): void {
    if (claims.length === 0) return;
    this.painter.adoptStyles(styleRoot);
    for (const c of claims) {
      const words = chunk.text.slice(c.start, c.end).replace(/\s+/g, ' ');
      const label = words.length > CLAIM_LABEL_CHARS ? `${words.slice(0, CLAIM_LABEL_CHARS - 1)}…` : words;
      const m = this.toMatch(chunk, c.start, c.end, c.mythId, label, seqBase);
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
  ): PageMatch | undefined {
    const s = locate(chunk, start, false);
    const e = locate(chunk, end, true);
    if (!s || !e || e[2] < s[2]) return undefined;
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

  /** Open shadow roots are scanned and observed like the page (DESIGN.md §6), in slices. */
  private findShadowRoots(root: Node): void {
    const tw = this.doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    const signal = this.stopper?.signal;
    this.queue.push(() => {
      if (signal?.aborted) return true;
      for (let i = 0; i < 2000; i++) {
        const el = tw.nextNode() as Element | null;
        if (!el) return true;
        const shadow = el.shadowRoot;
        if (shadow && !this.roots.has(shadow)) {
          this.roots.add(shadow);
          this.follower?.observe(shadow);
          this.scan(shadow, {}, 0);
          this.findShadowRoots(shadow);
        }
      }
      return false;
    });
  }
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
