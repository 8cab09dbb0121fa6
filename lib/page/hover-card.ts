// The DOM side of the hover card (DESIGN.md §1.3): dwell on a highlighted term → show the card
// next to it; the pointer may move into the card; a short grace on leave → hide. Keyboard: the
// command and the context menu open it for the selection; Esc closes and gives focus back.
// Touch: a tap on a term opens it.
//
// This controller is small and always loaded; the card's look and placement (Preact, CSS,
// lib/page/card-view.tsx) come from `loadView`, which the content script backs with a module
// loaded on first use (DESIGN.md §5 "Small"). It starts loading as soon as the pointer rests on a
// term, so it is normally ready when the dwell ends.
//
// No extension API here (DESIGN.md §2 boundaries): card data, the view, hit testing and
// settings are injected by the content entrypoint.
import type { CardData } from '../card-data';
import type { Message } from '../messages';
import type { CardView } from './card-view';

/** A term on the page: what the hit test and the selection lookup return (e.g. a PageMatch). */
export interface CardTerm {
  conceptId: string;
  /** Live range over the term; the card is placed against it. */
  range?: Range;
  term?: string;
  /** Neutral variant chosen by the matcher (lib/card-data CARD_VARIANTS). */
  variant?: string;
  /** Same as `variant`, under the name lib/match's TermMatch uses. */
  card?: string;
  /** A red flag reported in the term's context (issue 8): the card leads with it. */
  redFlag?: string;
  redFlagLevel?: string;
}

/** What the card is asked to lead with, besides the concept's own content. */
export interface CardContext {
  redFlag?: string;
  redFlagLevel?: string;
}

const variantOf = (t: CardTerm): string | undefined => t.variant ?? t.card;

export interface HoverCardSettings {
  /** Dwell before the card opens (settings.hoverDelayMs). */
  hoverDelayMs: number;
  /** From settings.region via EMERGENCY_NUMBERS. */
  emergencyNumber: string;
}

export interface HoverCardOptions {
  getCard(conceptId: string, variant?: string, context?: CardContext): Promise<CardData | undefined>;
  /**
   * Creates the card view (inside the card host's closed shadow root) on first use. Called
   * again after a failure; the controller keeps the view it gets.
   */
  loadView(): Promise<CardView>;
  /** Warms up whatever `loadView` needs (without creating anything on the page). */
  prefetchView?(): void;
  hitTest(x: number, y: number): CardTerm | undefined;
  termAtSelection(): CardTerm | undefined;
  /**
   * For the context menu: the concept a piece of text names, when it is not a painted term (may
   * be asynchronous: the second stage imports its reader for it, entrypoints/page-reader.ts).
   */
  termForText?(text: string): CardTerm | undefined | Promise<CardTerm | undefined>;
  getSettings(): HoverCardSettings;
  /** Link target for "More about …" (the popup's full entry), if any. */
  entryUrl?(conceptId: string): string | undefined;
  /** Opens the full entry (used instead of a link where pages may not link to the extension). */
  openEntry?(conceptId: string): void;
  signal: AbortSignal;
  /** Grace before hiding after the pointer leaves the term and the card (~300 ms). */
  graceMs?: number;
  /**
   * Only a person's input opens cards: events a page script dispatches are untrusted and ignored
   * (issue 11 finding #7). Injected for happy-dom tests, whose events are all untrusted.
   */
  isTrusted?(e: Event): boolean;
}

export interface HoverCards {
  /** Opens the card for the selected term or the term at the caret; false if there is none. */
  openAtSelection(): Promise<boolean>;
  /** Opens the card for text chosen via the context menu; false if it names no concept. */
  lookupText(text: string): Promise<boolean>;
  close(): void;
  /** Is there a term at the selection / caret right now (so this frame should answer)? */
  hasTermAtSelection(): boolean;
  /** The concept whose card is showing, if any. */
  readonly openConceptId: string | undefined;
}

const GRACE_MS = 300;

function sameTerm(a: CardTerm, b: CardTerm): boolean {
  if (a.conceptId !== b.conceptId || variantOf(a) !== variantOf(b) || a.redFlag !== b.redFlag) return false;
  if (!a.range || !b.range) return a.range === b.range;
  return (
    a.range === b.range ||
    (a.range.startContainer === b.range.startContainer &&
      a.range.startOffset === b.range.startOffset &&
      a.range.endContainer === b.range.endContainer &&
      a.range.endOffset === b.range.endOffset)
  );
}

export function startHoverCards(options: HoverCardOptions): HoverCards {
  const { signal } = options;
  const grace = options.graceMs ?? GRACE_MS;
  const trusted = options.isTrusted ?? ((e: Event) => e.isTrusted);
  const cache = new Map<string, Promise<CardData | undefined>>();

  let view: CardView | undefined;
  let viewLoading: Promise<CardView | undefined> | undefined;
  let popover: HTMLElement | undefined;
  let current: CardTerm | undefined;
  let pending: { term: CardTerm; timer: ReturnType<typeof setTimeout> } | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let openedByKeyboard = false;
  let restoreFocus: HTMLElement | undefined;
  let token = 0;
  let lastPointerType = 'mouse';
  let frame = 0;
  let lastPoint = { x: 0, y: 0 };

  function loadCard(
    conceptId: string,
    variant?: string,
    context?: CardContext,
  ): Promise<CardData | undefined> {
    const key = `${conceptId}|${variant ?? ''}|${context?.redFlag ?? ''}|${context?.redFlagLevel ?? ''}`;
    let p = cache.get(key);
    if (!p) {
      const ask = context?.redFlag
        ? options.getCard(conceptId, variant, context)
        : options.getCard(conceptId, variant);
      p = ask.catch((err: unknown) => {
        cache.delete(key);
        console.warn('BackCheck could not load a card.', err);
        return undefined;
      });
      cache.set(key, p);
    }
    return p;
  }

  /** The card view, loaded once; undefined if it could not be loaded (tried again next time). */
  function ensureView(): Promise<CardView | undefined> {
    viewLoading ??= options.loadView().then(
      (v) => {
        if (signal.aborted) {
          v.destroy();
          return undefined;
        }
        attach(v);
        return v;
      },
      (err: unknown) => {
        viewLoading = undefined;
        console.warn('BackCheck could not load the card.', err);
        return undefined;
      },
    );
    return viewLoading;
  }

  function attach(v: CardView) {
    view = v;
    const el = v.popover;
    popover = el;
    el.addEventListener('pointerenter', cancelHide, { signal });
    el.addEventListener(
      'pointerleave',
      (e) => {
        if ((e as PointerEvent).pointerType !== 'touch') scheduleHide();
      },
      { signal },
    );
    el.addEventListener(
      'focusout',
      (e) => {
        // Keyboard users who tab out of the card leave it behind: close it then.
        const next = (e as FocusEvent).relatedTarget as Node | null;
        if (openedByKeyboard && next && !el.contains(next)) hide(false);
      },
      { signal },
    );
  }

  function cancelPending() {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  }

  function cancelHide() {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = undefined;
  }

  function scheduleHide() {
    if (!current || hideTimer) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      hide(false);
    }, grace);
  }

  function hide(giveFocusBack: boolean) {
    cancelHide();
    cancelPending();
    token++;
    const hadFocus = !!popover && popover.contains(activeInShadow());
    view?.hide();
    current = undefined;
    if (giveFocusBack && hadFocus) {
      if (restoreFocus?.isConnected) restoreFocus.focus({ preventScroll: true });
      else popover?.blur();
    }
    restoreFocus = undefined;
    openedByKeyboard = false;
  }

  function activeInShadow(): Element | null {
    const root = popover?.getRootNode();
    return root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  }

  async function show(term: CardTerm, how: { focus: boolean; point?: { x: number; y: number } }) {
    cancelPending();
    cancelHide();
    if (current && sameTerm(current, term)) {
      // Same term: no re-render, no flicker.
      if (how.focus) focusCard();
      return true;
    }
    const mine = ++token;
    const card = await loadCard(
      term.conceptId,
      variantOf(term),
      term.redFlag ? { redFlag: term.redFlag, redFlagLevel: term.redFlagLevel } : undefined,
    );
    if (mine !== token || signal.aborted || !card) return false;
    // The overlay is created only now, for a card that will show (DESIGN.md §3).
    const v = await ensureView();
    if (mine !== token || signal.aborted || !v) return false;

    const { emergencyNumber } = options.getSettings();
    const moreHref = options.entryUrl?.(card.id);
    const openEntry = options.openEntry;
    v.show({
      card,
      emergencyNumber,
      ...(term.term ? { term: term.term } : {}),
      ...(moreHref ? { moreHref } : {}),
      ...(openEntry && !moreHref ? { onMore: (id: string) => openEntry(id) } : {}),
      onClose: () => hide(true),
    });
    current = term;
    v.place(term.range, how.point);
    if (how.focus) {
      const active = document.activeElement;
      restoreFocus = active instanceof HTMLElement && active !== document.body ? active : undefined;
      openedByKeyboard = true;
      focusCard();
    } else {
      openedByKeyboard = false;
    }
    return true;
  }

  function focusCard() {
    popover?.focus({ preventScroll: true });
  }

  // ------------------------------------------------------------------ pointer

  function insideCard(e: Event): boolean {
    if (!popover) return false;
    const path = e.composedPath();
    if (path.includes(popover)) return true;
    // Seen from the document, a closed shadow root's insides are retargeted to its host (DESIGN.md
    // §3), and the host holds nothing but the card.
    const root = popover.getRootNode();
    return root instanceof ShadowRoot && path[0] === root.host;
  }

  function onPointerTarget(x: number, y: number) {
    const hit = options.hitTest(x, y);
    if (hit && current && sameTerm(hit, current)) {
      cancelHide();
      cancelPending();
      return;
    }
    if (!hit) {
      cancelPending();
      scheduleHide();
      return;
    }
    if (current) scheduleHide();
    if (pending && sameTerm(pending.term, hit)) return;
    cancelPending();
    // Load the view's code during the first dwell, so the first card shows as soon as it ends.
    if (!view) options.prefetchView?.();
    const delay = Math.max(0, options.getSettings().hoverDelayMs);
    pending = {
      term: hit,
      timer: setTimeout(() => {
        pending = undefined;
        void show(hit, { focus: false, point: { x, y } });
      }, delay),
    };
  }

  document.addEventListener(
    'pointermove',
    (e) => {
      if (!trusted(e)) return;
      lastPointerType = e.pointerType;
      if (e.pointerType === 'touch') return;
      if (insideCard(e)) {
        // Drop a hit test queued from the gap on the way in: it would schedule a hide.
        if (frame) cancelAnimationFrame(frame);
        frame = 0;
        cancelHide();
        cancelPending();
        return;
      }
      lastPoint = { x: e.clientX, y: e.clientY };
      // Coalesce to one hit test per frame.
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          onPointerTarget(lastPoint.x, lastPoint.y);
        });
      }
    },
    { capture: true, passive: true, signal },
  );

  document.addEventListener(
    'pointerdown',
    (e) => {
      if (!trusted(e)) return;
      lastPointerType = e.pointerType;
    },
    { capture: true, passive: true, signal },
  );

  // A finger lifted from the screen "leaves" the document too (touch has no hover): only a mouse or
  // pen leaving the page hides the card, or a tap inside the card would close it.
  document.documentElement.addEventListener(
    'pointerleave',
    (e) => {
      if (trusted(e) && (e as PointerEvent).pointerType !== 'touch') scheduleHide();
    },
    { signal },
  );

  document.addEventListener(
    'click',
    (e) => {
      if (!trusted(e) || insideCard(e)) return;
      const hit = options.hitTest(e.clientX, e.clientY);
      if (lastPointerType === 'touch' || lastPointerType === 'pen') {
        // Touch has no hover: a tap on a term opens its card at once.
        if (hit) {
          void show(hit, { focus: false, point: { x: e.clientX, y: e.clientY } });
          return;
        }
      }
      if (current && !(hit && sameTerm(hit, current))) hide(false);
    },
    { capture: true, passive: true, signal },
  );

  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && current && trusted(e)) {
        hide(true);
        e.stopPropagation();
      }
    },
    { capture: true, signal },
  );

  window.addEventListener('blur', () => cancelPending(), { signal });

  signal.addEventListener('abort', () => {
    hide(false);
    if (frame) cancelAnimationFrame(frame);
    view?.destroy();
  });

  // ------------------------------------------------------------------ keyboard and menu

  function selectionRange(): Range | undefined {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return undefined;
    return sel.getRangeAt(0).cloneRange();
  }

  return {
    async openAtSelection() {
      const term = options.termAtSelection();
      if (!term) return false;
      return show(term, { focus: true });
    },
    async lookupText(text: string) {
      const selected = options.termAtSelection();
      const term = selected ?? (await options.termForText?.(text));
      if (!term) return false;
      return show(term.range ? term : { ...term, range: selectionRange() }, { focus: true });
    },
    close() {
      hide(true);
    },
    hasTermAtSelection() {
      return !!options.termAtSelection();
    },
    get openConceptId() {
      return current?.conceptId;
    },
  };
}

/**
 * Answers the background's 'card:open-at-selection' (keyboard command) and 'card:lookup-text'
 * (context menu). The command is answered only by a frame that has a term at its selection, so
 * the frame that has one answers; the looked-up text names the same concept in every frame, which
 * all answer alike (false when it names none, so the background opens the popup page instead).
 * `validate` is the one Zod schema's check (lib/messages.ts parseMessage), which the second stage
 * imports on first need. Other messages: undefined (not ours).
 */
export function handleCardMessage(
  cards: HoverCards,
  raw: unknown,
  validate: (raw: unknown) => Promise<Message | undefined>,
): Promise<boolean> | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (type === 'card:open-at-selection') {
    if (!cards.hasTermAtSelection()) return undefined;
    return validate(raw).then((m) =>
      m?.type === 'card:open-at-selection' ? cards.openAtSelection() : false,
    );
  }
  if (type === 'card:lookup-text')
    return validate(raw).then((m) => (m?.type === 'card:lookup-text' ? cards.lookupText(m.text) : false));
  return undefined;
}
