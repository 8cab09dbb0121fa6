// The first stage of the content script (DESIGN.md §5 "Cheap where nothing matches"): walks the
// page's text in time-boxed slices with the scanner's own walker (same chunks, so the same text
// the matcher would see), open shadow roots included, and asks lib/match/gate.ts whether any of
// it may hold a term. It then follows the page's changes the way the scanner does (the same
// MutationFollower, so the same rescan roots). The first "maybe" stops it and calls onCandidate:
// the content script then loads the matcher, the rules and the painter (page-scan.js). A page
// without terms pays for this walk and nothing else.
import { mayHaveTerms } from '../match/gate';
import { type MutationBatch, MutationFollower } from './mutations';
import { SliceQueue } from './scheduler';
import { TextWalker, type WalkOptions } from './text-walker';

export interface PageGateOptions {
  /** Scan code and pre blocks too (settings.scanCode). */
  scanCode: boolean;
  /** Called once, when some text may hold a term; the gate has stopped by then. */
  onCandidate: () => void;
  signal: AbortSignal;
  document?: Document;
  /** The text check (default lib/match's mayHaveTerms); injected for tests. */
  check?: (text: string) => boolean;
  /** Follow DOM changes (default true). */
  observe?: boolean;
}

export class PageGate {
  private readonly doc: Document;
  private readonly stopper = new AbortController();
  private readonly queue: SliceQueue;
  private readonly check: (text: string) => boolean;
  private readonly counters = { section: 0 };
  private readonly roots = new Set<ShadowRoot>();
  private follower: MutationFollower | undefined;
  private found = false;
  private lastFull = 0;
  private fullPending = false;

  constructor(private readonly options: PageGateOptions) {
    this.doc = options.document ?? document;
    this.check = options.check ?? mayHaveTerms;
    this.queue = new SliceQueue(this.stopper.signal);
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** True once some text may hold a term (onCandidate has been called). */
  get candidate(): boolean {
    return this.found;
  }

  /** Resolves once all queued checking is done (tests, benchmarks). */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  start(): void {
    if (this.options.signal.aborted) return;
    const body = this.doc.body ?? this.doc.documentElement;
    if (!body) return;
    if (this.options.observe !== false) {
      this.follower = new MutationFollower((b) => this.onMutations(b), this.stopper.signal);
      this.follower.observe(body);
    }
    this.walk(body, {});
    this.findShadowRoots(body);
  }

  stop(): void {
    this.stopper.abort();
    this.queue.clear();
    this.follower = undefined;
    this.roots.clear();
  }

  private hit(): void {
    if (this.found) return;
    this.found = true;
    this.stop();
    this.options.onCandidate();
  }

  /** Queues a sliced check of one tree, chunk by chunk. */
  private walk(root: Node, walk: Omit<WalkOptions, 'scanCode'>): void {
    const walker = new TextWalker(root, { ...walk, scanCode: this.options.scanCode }, this.counters);
    this.queue.push(() => {
      if (this.found) return true;
      const chunk = walker.nextChunk();
      if (chunk && this.check(chunk.text)) {
        this.hit();
        return true;
      }
      return walker.done;
    });
  }

  private onMutations(batch: MutationBatch): void {
    if (batch.overflow) {
      this.scheduleFull();
      return;
    }
    for (const { root, shallow } of batch.requests) {
      this.walk(root, { shallow });
      if (!shallow) this.findShadowRoots(root);
    }
  }

  /** After a mutation storm: the whole page again, at most once a second (as the scanner). */
  private scheduleFull(): void {
    if (this.fullPending) return;
    this.fullPending = true;
    const wait = Math.max(0, this.lastFull + 1000 - performance.now());
    const timer = setTimeout(() => {
      this.fullPending = false;
      this.lastFull = performance.now();
      const body = this.doc.body ?? this.doc.documentElement;
      if (body && !this.stopper.signal.aborted) this.walk(body, {});
    }, wait);
    this.stopper.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /** Open shadow roots are checked and followed like the page (DESIGN.md §6), in slices. */
  private findShadowRoots(root: Node): void {
    const tw = this.doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    this.queue.push(() => {
      if (this.found) return true;
      for (let i = 0; i < 2000; i++) {
        const el = tw.nextNode() as Element | null;
        if (!el) return true;
        const shadow = el.shadowRoot;
        if (shadow && !this.roots.has(shadow)) {
          this.roots.add(shadow);
          this.follower?.observe(shadow);
          this.walk(shadow, {});
          this.findShadowRoots(shadow);
        }
      }
      return false;
    });
  }
}

/** What the first stage needs of the stored settings (DESIGN.md §6 settings). */
export interface GateSettings {
  /** BackCheck is off for this page (per-site switch). */
  siteOff: boolean;
  scanCode: boolean;
}

/**
 * Reads the two settings the first stage needs straight from the raw stored value, without the
 * Zod schema (loaded with the second stage): the same answers as lib/settings.ts's parseSettings
 * and isSiteDisabled give (gate.test.ts), a bad field counting as its default. Settings are
 * validated and repaired where they are written (saveSettings) and in full by the second stage.
 */
export function gateSettings(raw: unknown, hostname: string): GateSettings {
  const s = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(s.disabledSites) && s.disabledSites.every((d) => typeof d === 'string');
  const host = hostname.toLowerCase();
  const siteOff =
    sites &&
    (s.disabledSites as string[]).some((d) => {
      const site = d.trim().toLowerCase();
      return site !== '' && (host === site || host.endsWith(`.${site}`));
    });
  return { siteOff, scanCode: s.scanCode === true };
}
