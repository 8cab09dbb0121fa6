// @vitest-environment happy-dom
// The hover controller's behaviour with injected parts (no extension API): dwell, no re-render
// for the same term, grace on leave, Esc, keyboard open and focus return, abort. Fake timers
// drive the dwell and grace; real positioning is checked in Chromium (tests/e2e/card.e2e.test.ts).
// The view is the real one (lib/page/card-view.tsx), mounted into a test shadow root.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildCardData, type CardData } from '../card-data';
import { createCardView } from './card-view';
import { type CardTerm, type HoverCards, startHoverCards } from './hover-card';

let controller: AbortController;
let cards: HoverCards;
let overlay: HTMLElement;
let termA: CardTerm;
let termB: CardTerm;
let hit: CardTerm | undefined;
let selected: CardTerm | undefined;
let getCard: ReturnType<typeof vi.fn<(id: string, variant?: string) => Promise<CardData | undefined>>>;
let loadView: ReturnType<typeof vi.fn<() => Promise<ReturnType<typeof createCardView>>>>;
let prefetchView: ReturnType<typeof vi.fn<() => void>>;

function rangeOver(el: HTMLElement): Range {
  const r = document.createRange();
  r.selectNodeContents(el);
  return r;
}

function move(to: CardTerm | undefined, target: EventTarget = document.body) {
  hit = to;
  target.dispatchEvent(
    new PointerEvent('pointermove', {
      bubbles: true,
      composed: true,
      clientX: 10,
      clientY: 10,
      pointerType: 'mouse',
    }),
  );
}

async function flush(ms = 0) {
  await vi.advanceTimersByTimeAsync(ms);
}

const popover = () => overlay.shadowRoot?.querySelector<HTMLElement>('.bc-popover') ?? null;
const visible = () => !!popover() && !popover()!.hidden;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p><span id="a">sciatica</span> and <span id="b">back pain</span></p><button id="btn">x</button>';
  termA = { conceptId: 'sciatica-herniated-disc', range: rangeOver(document.getElementById('a')!) };
  termB = { conceptId: 'nonspecific-low-back-pain', range: rangeOver(document.getElementById('b')!) };
  hit = undefined;
  selected = undefined;
  controller = new AbortController();
  getCard = vi.fn(async (id: string, variant?: string) => buildCardData(id, variant));
  overlay = document.createElement('backcheck-overlay');
  loadView = vi.fn(async () => {
    overlay.attachShadow({ mode: 'open' });
    document.body.append(overlay);
    return createCardView(overlay.shadowRoot!, undefined, () => true);
  });
  prefetchView = vi.fn();
  cards = startHoverCards({
    getCard,
    loadView,
    prefetchView,
    hitTest: () => hit,
    termAtSelection: () => selected,
    getSettings: () => ({ hoverDelayMs: 250, emergencyNumber: '911' }),
    signal: controller.signal,
    isTrusted: () => true,
  });
});

afterEach(() => {
  controller.abort();
  overlay.remove();
  vi.useRealTimers();
});

describe('hover', () => {
  test('opens after the dwell, not before', async () => {
    move(termA);
    await flush(100);
    expect(visible()).toBe(false);
    await flush(200);
    expect(visible()).toBe(true);
    expect(cards.openConceptId).toBe('sciatica-herniated-disc');
    expect(popover()!.dataset.placement).toBe('bottom-start');
    const dialog = popover()!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(overlay.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(
      buildCardData('sciatica-herniated-disc')!.title,
    );
  });

  test('a pass over a term shorter than the dwell opens nothing', async () => {
    move(termA);
    await flush(100);
    move(undefined);
    await flush(1000);
    expect(visible()).toBe(false);
    expect(getCard).not.toHaveBeenCalled();
    // The view's code may be warmed up, but nothing is added to the page yet.
    expect(prefetchView).toHaveBeenCalled();
    expect(loadView).not.toHaveBeenCalled();
    expect(overlay.isConnected).toBe(false);
  });

  test('staying on the same term does not re-render', async () => {
    move(termA);
    await flush(300);
    const article = popover()!.querySelector('article');
    move(termA);
    await flush(300);
    move({ ...termA, range: termA.range!.cloneRange() });
    await flush(300);
    expect(popover()!.querySelector('article')).toBe(article);
    expect(getCard).toHaveBeenCalledTimes(1);
  });

  test('moving into the card keeps it; leaving both hides after the grace', async () => {
    move(termA);
    await flush(300);
    move(undefined); // crossing the gap
    await flush(100);
    move(undefined, popover()!.querySelector('h2')!); // now inside the card
    await flush(1000);
    expect(visible()).toBe(true);
    move(undefined);
    await flush(200);
    expect(visible()).toBe(true);
    await flush(150);
    expect(visible()).toBe(false);
  });

  test('moving to another term switches the card after the dwell', async () => {
    move(termA);
    await flush(300);
    move(termB);
    await flush(300);
    expect(cards.openConceptId).toBe('nonspecific-low-back-pain');
    // Issue 9: the glance card's tiers carry the region's number (911 → US).
    expect(popover()!.textContent).toContain('Call 911 now if');
  });

  test('Esc closes', async () => {
    move(termA);
    await flush(300);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(visible()).toBe(false);
  });
});

describe('keyboard and menu', () => {
  test('open at selection focuses the card; Esc gives focus back', async () => {
    const btn = document.getElementById('btn')!;
    btn.focus();
    selected = termB;
    expect(await cards.openAtSelection()).toBe(true);
    expect(visible()).toBe(true);
    expect(overlay.shadowRoot!.activeElement).toBe(popover());
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(visible()).toBe(false);
    expect(document.activeElement).toBe(btn);
  });

  test('nothing selected → nothing opens', async () => {
    expect(await cards.openAtSelection()).toBe(false);
    expect(await cards.lookupText('hello')).toBe(false);
  });

  test('an unknown concept opens nothing', async () => {
    selected = { conceptId: 'no-such-id' };
    expect(await cards.openAtSelection()).toBe(false);
    expect(visible()).toBe(false);
    expect(loadView).not.toHaveBeenCalled();
  });

  test('a view that fails to load opens nothing, and is tried again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const working = loadView.getMockImplementation()!;
    loadView.mockRejectedValueOnce(new Error('blocked'));
    selected = termA;
    expect(await cards.openAtSelection()).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    loadView.mockImplementationOnce(working);
    expect(await cards.openAtSelection()).toBe(true);
    expect(visible()).toBe(true);
    expect(loadView).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

test('abort removes the layer and stops listening', async () => {
  move(termA);
  await flush(300);
  controller.abort();
  expect(overlay.shadowRoot!.querySelector('.bc-layer')).toBeNull();
  move(termB);
  await flush(1000);
  expect(getCard).toHaveBeenCalledTimes(1);
});
