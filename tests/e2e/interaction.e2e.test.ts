// Interaction paths the other e2e files leave out (DESIGN.md §1.3, §3): tapping a term on a touch
// screen, hovering a term inside an open shadow root, and the popup's "On this page" list
// scrolling a long page to a far-down term and flashing it (page:reveal).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension } from './extension-world';
import { inCard, cardBox as readCardBox, readHighlights } from './page-helpers';
import { openPopupFor, resetSettings, waitForHighlights } from './popup-helpers';
import { type StaticServer, startServer } from './server';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/**
 * The viewport box of `phrase` in the first text node of the element with this id; `host` names a
 * custom element whose open shadow root holds that element (or the first <p> when id is '').
 */
function termBox(page: Page, id: string, phrase: string, host?: string): Promise<Box> {
  return page.evaluate(
    ([id, phrase, host]) => {
      const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
      const el = id ? root.getElementById(id)! : root.querySelector('p')!;
      const text = el.firstChild as Text;
      const start = text.data.indexOf(phrase);
      const r = document.createRange();
      r.setStart(text, start);
      r.setEnd(text, start + phrase.length);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    },
    [id, phrase, host] as const,
  );
}

/** The open card's box, or null when no card is showing. */
function cardBox(page: Page): Promise<Box | null> {
  return readCardBox(page);
}

/** The open card's title and concept ('' when none is showing). */
function openCard(page: Page): Promise<{ title: string; concept: string }> {
  return inCard(page, (root) => {
    const pop = root?.querySelector<HTMLElement>('.bc-popover');
    if (!pop || pop.hidden || getComputedStyle(pop).visibility === 'hidden')
      return { title: '', concept: '' };
    return {
      title: pop.querySelector('.bc-title')?.textContent ?? '',
      concept: pop.querySelector('.bc-card')?.getAttribute('data-concept') ?? '',
    };
  });
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('touch: a tap opens the card, a tap elsewhere closes it', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 1000, height: 700 }, hasTouch: true });
    await resetSettings(browser);
    page = await browser.newPage(server.url('/fixtures/card-edges.html'));
    await waitForHighlights(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the page really is a touch screen', async () => {
    expect(await page.evaluate(() => navigator.maxTouchPoints)).toBeGreaterThan(0);
  });

  test('tapping a highlighted term opens its card at once (no hover dwell on touch)', async () => {
    const c = centre(await termBox(page, 'mid', 'sciatica'));
    await page.touchscreen.tap(c.x, c.y);
    await expect
      .poll(() => openCard(page), { timeout: 3000 })
      .toMatchObject({
        concept: 'sciatica-herniated-disc',
      });
    expect((await openCard(page)).title).toContain('Sciatica');
    // Lifting the finger is not "leaving": the card stays after the hover grace has passed.
    await page.waitForTimeout(700);
    expect(await cardBox(page)).not.toBeNull();
  });

  test('tapping inside the open card keeps it open', async () => {
    const card = (await cardBox(page))!;
    const title = await inCard(page, (root) => {
      const t = root!.querySelector('.bc-title')!;
      const b = t.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    });
    expect(overlaps(card, title)).toBe(true);
    const p = centre(title);
    await page.touchscreen.tap(p.x, p.y);
    await page.waitForTimeout(700);
    expect(await openCard(page)).toMatchObject({ concept: 'sciatica-herniated-disc' });
  });

  test('tapping another term switches the card to it', async () => {
    const c = centre(await termBox(page, 'bottom-left', 'Saddle numbness'));
    await page.touchscreen.tap(c.x, c.y);
    await expect
      .poll(async () => (await openCard(page)).concept, { timeout: 3000 })
      .not.toBe('sciatica-herniated-disc');
    expect((await openCard(page)).concept).not.toBe('');
    await page.waitForTimeout(700);
    expect(await cardBox(page)).not.toBeNull();
  });

  test('tapping an empty spot closes the card', async () => {
    const card = (await cardBox(page))!;
    const spots = [
      { x: 120, y: 380 },
      { x: 940, y: 380 },
      { x: 500, y: 120 },
    ];
    const spot = spots.find((s) => !overlaps(card, { x: s.x - 10, y: s.y - 10, width: 20, height: 20 }))!;
    await page.touchscreen.tap(spot.x, spot.y);
    await expect.poll(() => cardBox(page), { timeout: 3000 }).toBeNull();
  });

  test('no errors from the extension', () => {
    expect(browser.extensionErrors).toEqual([]);
  });
});

describe('mouse: shadow DOM and "On this page"', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 1000, height: 700 } });
    await resetSettings(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('hovering a term inside an open shadow root opens its card', async () => {
    const page = await browser.newPage(server.url('/fixtures/shadow.html'));
    await waitForHighlights(page);
    // The term is painted inside the <review-card> shadow root…
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.inShadow)).toBe(true);
    // …and hovering it (with the mouse, through the dwell) opens the sciatica card.
    const c = centre(await termBox(page, '', 'sciatica', 'review-card'));
    await page.mouse.move(c.x, c.y);
    await expect
      .poll(() => openCard(page), { timeout: 3000 })
      .toMatchObject({
        concept: 'sciatica-herniated-disc',
      });
    expect((await openCard(page)).title).toContain('Sciatica');
    // The card does not cover the term it explains.
    expect(overlaps((await cardBox(page))!, await termBox(page, '', 'sciatica', 'review-card'))).toBe(false);
    // And the light-DOM term next to it still gets its own card.
    const m = centre(await termBox(page, '', 'massage'));
    await page.mouse.move(m.x, m.y);
    await expect.poll(async () => (await openCard(page)).concept, { timeout: 3000 }).toBe('massage');
    await page.close();
  });

  /** Where the term is relative to the viewport, and the flash highlight's ranges. */
  const revealState = (page: Page, id: string, phrase: string) =>
    inExtension(
      page,
      ([id, phrase]) => {
        const text = document.getElementById(id)!.firstChild as Text;
        const start = text.data.indexOf(phrase);
        const r = document.createRange();
        r.setStart(text, start);
        r.setEnd(text, start + phrase.length);
        const b = r.getBoundingClientRect();
        const kinds = globalThis.__backcheck!.highlightKinds();
        const name = Object.keys(kinds).find((k) => kinds[k] === 'backcheck-flash') ?? '';
        const flash = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
        return {
          inView: b.top >= 0 && b.bottom <= innerHeight && b.height > 0,
          scrollY,
          flash: flash
            ? [...flash].map((f) => ({
                text: f.toString(),
                covers:
                  f.compareBoundaryPoints(Range.START_TO_START, r) <= 0 &&
                  f.compareBoundaryPoints(Range.END_TO_END, r) >= 0,
              }))
            : [],
        };
      },
      [id, phrase] as const,
    );

  test.each([
    ['sciatica-herniated-disc', 'far-term', 'sciatica'],
    // At the end of a paragraph taller than the viewport: scrolling the paragraph into view is
    // not enough, the term itself must be on screen.
    ['spinal-stenosis', 'tall-term', 'spinal stenosis'],
  ])(
    '"On this page" → %s scrolls the long page to the term and flashes it',
    async (conceptId, id, phrase) => {
      const page = await browser.newPage(server.url('/fixtures/long-page.html'));
      await waitForHighlights(page);
      const before = await revealState(page, id, phrase);
      expect(before.inView).toBe(false);
      expect(before.flash).toEqual([]);

      const popup = await openPopupFor(browser, page);
      const item = popup.locator(`.page-terms li[data-id="${conceptId}"] button`);
      await expect.poll(() => item.count(), { timeout: 5000 }).toBe(1);
      expect(await item.textContent()).toContain('1');
      await item.click();

      // The flash registers at once; the scroll may be smooth, so wait for it to settle in view.
      await expect
        .poll(async () => (await revealState(page, id, phrase)).flash, { timeout: 3000 })
        .toEqual([{ text: phrase, covers: true }]);
      await expect
        .poll(async () => (await revealState(page, id, phrase)).inView, { timeout: 5000 })
        .toBe(true);
      expect((await revealState(page, id, phrase)).scrollY).toBeGreaterThan(before.scrollY);
      // The flash is temporary and leaves the ordinary highlights alone.
      await expect
        .poll(async () => (await revealState(page, id, phrase)).flash, { timeout: 5000 })
        .toEqual([]);
      await waitForHighlights(page);

      await popup.close();
      await page.close();
    },
  );

  test('no errors from the extension', () => {
    expect(browser.extensionErrors).toEqual([]);
  });
});
