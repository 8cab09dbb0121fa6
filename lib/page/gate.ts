// The first stage of the content script (DESIGN.md §5 "Cheap where nothing matches"): reads the
// page's text and asks whether any of it may hold a term (lib/match/gate.ts, or a claim) — in the
// extension, by a message to the background, which answers off the page's main thread
// (lib/page/remote-gate.ts, lib/gate-service.ts). The first "maybe" stops it and calls onCandidate:
// the content script then loads the matcher, the rules and the painter (page-scan.js). A page
// without terms pays for this stage and nothing else, so it does as little per node as it can (the
// code runs cold):
// - The page itself is read as the browser renders it (body.innerText): one native call, no
//   JavaScript object per node, and only the text a person can see. Text the page hides (a closed
//   accordion, a tab not shown) is read again when the person may have revealed it: after a click,
//   a key, a <details> toggle, find-in-page opening a hidden section, or the end of a scroll.
// - innerText does not enter shadow roots: a pass over the elements finds the open ones, and each is
//   walked node by node (walk() below), as are the parts of the page that change later.
// walk() is one TreeWalker pass: text nodes are joined as they come, leaving out those directly in
// an element the scanner skips (blocks.ts). That text holds every word the scanner's chunks hold,
// in order; where two nodes meet word to word (a block edge the scanner would turn into a blank
// line, or an inline element inside a word) the offset is passed on so both readings are tried.
// Changes are followed the way the scanner follows them (the same MutationFollower, so the same
// rescan roots). Checks and passes run as time-boxed slices, so no run is long.
import { isHostListed, parseDisabledSites } from '../settings-sites';
import { isSkippedName } from './blocks';
import { type MutationBatch, MutationFollower } from './mutations';
import { SliceQueue } from './scheduler';
import { MAY_HOST_SHADOW } from './shadow-hosts';

/** The standard elements that can never hold a shadow root (tests read it here). */
export { NEVER_SHADOW_HOSTS } from './shadow-hosts';

/** Text gathered before it is checked, in UTF-16 units (one check per slice at most). */
export const CHECK_CHARS = 32_768;
/** Text carried over from one check to the next (longer than any term with its context). */
export const CARRY_CHARS = 1000;
/** Nodes visited per call of a walk job (the queue checks its time budget between calls). */
const NODES_PER_STEP = 4000;
/** Events after which hidden text may have been revealed (listened to on the document, capture). */
const REVEAL_EVENTS = ['click', 'keyup', 'toggle', 'beforematch', 'scrollend'] as const;
/** Wait after such an event before reading again (let the page open the section). */
const REVEAL_SETTLE_MS = 400;
/** At most one re-read per this many ms, however busy the person is. */
const REVEAL_EVERY_MS = 1000;

/** A letter, digit or anything above ASCII: could be inside a word (the check decides). */
function wordish(c: number): boolean {
  return c > 0x7f || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

export interface PageGateOptions {
  /** Scan code and pre blocks too (settings.scanCode). */
  scanCode: boolean;
  /** Called once, when some text may hold a term; the gate has stopped by then. */
  onCandidate: () => void;
  signal: AbortSignal;
  document?: Document;
  /**
   * The text check: the background's (lib/page/remote-gate.ts) in the content script, a local one
   * (lib/match's mayHaveTerms) in tests. A promise answers later; the walk goes on meanwhile.
   */
  check: (text: string, glued?: readonly number[]) => boolean | Promise<boolean>;
  /** Follow DOM changes (default true). */
  observe?: boolean;
}

export class PageGate {
  private readonly doc: Document;
  private readonly stopper = new AbortController();
  private readonly queue: SliceQueue;
  private readonly check: (text: string, glued?: readonly number[]) => boolean | Promise<boolean>;
  /** Checks sent and not answered yet (whenIdle waits for them). */
  private readonly asked = new Set<Promise<unknown>>();
  private readonly roots = new Set<ShadowRoot>();
  private follower: MutationFollower | undefined;
  private found = false;
  private lastFull = 0;
  private fullPending = false;
  private lastReveal = 0;
  private revealTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PageGateOptions) {
    this.doc = options.document ?? document;
    this.check = options.check;
    this.queue = new SliceQueue(this.stopper.signal);
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** True once some text may hold a term (onCandidate has been called). */
  get candidate(): boolean {
    return this.found;
  }

  /** Resolves once all queued checking is done and answered (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    // An answer may queue more work (the shadow-root pass after the shown text's answers).
    for (;;) {
      await this.queue.whenIdle();
      if (this.asked.size > 0) await Promise.all([...this.asked]);
      else if (!this.queue.busy) return;
    }
  }

  /**
   * Asks the check about one piece of text: true when it said yes at once. A promised answer
   * calls hit() when it comes, unless the gate has stopped by then.
   */
  private ask(text: string, glued?: readonly number[]): boolean {
    const answer = this.check(text, glued);
    if (typeof answer === 'boolean') return answer;
    const waiting: Promise<void> = answer.then(
      (yes) => {
        this.asked.delete(waiting);
        if (yes && !this.stopper.signal.aborted) this.hit();
      },
      () => {
        this.asked.delete(waiting);
      },
    );
    this.asked.add(waiting);
    return false;
  }

  start(): void {
    if (this.options.signal.aborted) return;
    const body = this.doc.body ?? this.doc.documentElement;
    if (!body) return;
    if (this.options.observe !== false) {
      this.follower = new MutationFollower((b) => this.onMutations(b), this.stopper.signal);
      this.follower.observe(body);
    }
    // (`in`, not reading it: reading innerText lays out and joins the whole page's text.)
    if (body.localName === 'body' && 'innerText' in body) {
      // The shadow-root pass waits for the shown text's answers: on a page with terms the second
      // stage starts first and does its own pass, so this one is never paid twice (issue 10).
      this.readRendered(body as HTMLElement, () => this.findShadowRoots(body));
      this.followReveals();
    } else {
      this.walk(body); // a frameset or an XML document: no rendered text to read
    }
  }

  stop(): void {
    this.stopper.abort();
    clearTimeout(this.revealTimer);
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

  /**
   * Queues a sliced check of the text the body shows (innerText: block edges are line breaks).
   * One job reads the text and checks it piece by piece (one piece per call). `thenIfNone` runs
   * once every piece has answered no (the shadow-root pass: on a page with terms it never runs).
   */
  private readRendered(body: HTMLElement, thenIfNone?: () => void): void {
    let text: string | undefined;
    let at = 0;
    const done = (): true => {
      if (thenIfNone && !this.found) this.afterAnswers(thenIfNone);
      return true;
    };
    this.queue.push(() => {
      if (this.found) return true;
      if (text === undefined) {
        // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, read natively in one call.
        text = body.innerText;
        return text.length === 0 ? done() : false; // the checks start on the next call (a slice may end here)
      }
      // Each piece starts with the last one's tail, so a term across a cut is seen whole.
      const piece = text.slice(Math.max(0, at - CARRY_CHARS), at + CHECK_CHARS);
      at += CHECK_CHARS;
      if (this.ask(piece)) this.hit();
      if (this.found) return true;
      return at >= text.length ? done() : false;
    });
  }

  /** Runs `next` once every check asked so far has answered, unless one said yes by then. */
  private afterAnswers(next: () => void): void {
    const waiting: Promise<void> = Promise.all([...this.asked]).then(() => {
      this.asked.delete(waiting);
      if (!this.found && !this.stopper.signal.aborted) next();
    });
    this.asked.add(waiting);
  }

  /** Queues a sliced pass over the elements of a tree, walking each open shadow root it finds. */
  private findShadowRoots(root: Element): void {
    // Only the elements that can hold a shadow root are visited (selected natively): each element
    // the isolated world touches costs it a wrapper, about 1.6 µs (issue 10).
    let hosts: NodeListOf<Element> | undefined;
    let at = 0;
    this.queue.push(() => {
      if (this.found) return true;
      if (hosts === undefined) {
        if (root.shadowRoot) this.enterShadow(root.shadowRoot); // the body itself may be a host
        hosts = root.querySelectorAll(MAY_HOST_SHADOW);
      }
      for (const end = Math.min(hosts.length, at + NODES_PER_STEP); at < end; at++) {
        const shadow = hosts[at].shadowRoot;
        if (shadow) this.enterShadow(shadow);
      }
      return at >= hosts.length;
    });
  }

  /** Follows and walks an open shadow root once (found by either pass). */
  private enterShadow(shadow: ShadowRoot): void {
    if (this.roots.has(shadow)) return;
    this.roots.add(shadow);
    this.follower?.observe(shadow);
    this.walk(shadow);
  }

  /** Reads the body's rendered text again after the person may have revealed hidden text. */
  private followReveals(): void {
    const onEvent = (event: Event) => {
      if (!event.isTrusted || this.found || this.revealTimer !== undefined) return;
      const wait = Math.max(REVEAL_SETTLE_MS, this.lastReveal + REVEAL_EVERY_MS - performance.now());
      this.revealTimer = setTimeout(() => {
        this.revealTimer = undefined;
        this.lastReveal = performance.now();
        const body = this.doc.body;
        if (body && !this.stopper.signal.aborted) this.readRendered(body);
      }, wait);
    };
    const options = { capture: true, passive: true, signal: this.stopper.signal };
    for (const type of REVEAL_EVENTS) this.doc.addEventListener(type, onEvent, options);
  }

  /** Queues a sliced check of one tree: its text, and the open shadow roots inside it. */
  private walk(root: Node): void {
    // An added element may itself be a host: the walker below visits only what is inside it.
    const own = (root as Element).shadowRoot;
    if (own) this.enterShadow(own);
    const doc = root.ownerDocument ?? (root as Document);
    const tw = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
    const scanCode = this.options.scanCode;
    let parts: string[] = [];
    let length = 0;
    let glued: number[] = [];
    let carried = 0;
    let last = 0x20;
    let parent: Node | null = null;
    let skip = false;
    const check = (): boolean => {
      const text = parts.join('');
      const hit = length > 0 && this.ask(text, glued);
      // The next piece starts with this one's tail, so a term (and the words around a "back")
      // across the cut is seen whole.
      const tail = text.slice(-CARRY_CHARS);
      parts = [tail];
      length = tail.length;
      glued = [];
      return hit;
    };
    this.queue.push(() => {
      if (this.found) return true;
      for (let i = 0; i < NODES_PER_STEP; i++) {
        const node = tw.nextNode();
        if (node === null) {
          if (length > carried && check()) this.hit();
          return true;
        }
        if (node.nodeType === 1) {
          const shadow = (node as Element).shadowRoot;
          if (shadow) this.enterShadow(shadow);
          continue;
        }
        const up = node.parentNode;
        if (up !== parent) {
          parent = up;
          skip = up !== null && up.nodeType === 1 && isSkippedName((up as Element).localName, scanCode);
        }
        if (skip) continue;
        const data = (node as Text).data;
        const n = data.length;
        if (n === 0) continue;
        if (wordish(last) && wordish(data.charCodeAt(0))) glued.push(length);
        parts.push(data);
        length += n;
        last = data.charCodeAt(n - 1);
        if (length >= CHECK_CHARS) break;
      }
      if (length >= CHECK_CHARS) {
        if (check()) {
          this.hit();
          return true;
        }
        carried = length;
      }
      return false;
    });
  }

  private onMutations(batch: MutationBatch): void {
    if (batch.overflow) {
      this.scheduleFull();
      return;
    }
    // A changed paragraph is checked whole (the scanner may read only its own text: a superset).
    for (const { root } of batch.requests) this.walk(root);
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
      if (body && !this.stopper.signal.aborted) this.walk(body);
    }, wait);
    this.stopper.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
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
 * Zod schema (loaded with the second stage), with lib/settings.ts's repair semantics: a bad field
 * counts as its default, and the site list is repaired element by element by the same function
 * (lib/settings-sites.ts); gate.test.ts checks a table of stored values against parseSettings and
 * isSiteDisabled. (No migrations exist yet; when one does, it must be applied here too.)
 */
export function gateSettings(raw: unknown, hostname: string): GateSettings {
  const s = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const sites = parseDisabledSites(s.disabledSites);
  return { siteOff: sites.ok && isHostListed(sites.value, hostname), scanCode: s.scanCode === true };
}
