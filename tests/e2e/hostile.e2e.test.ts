// Hostile pages (issue 11): every finding of the adversarial review is a test here, each asserting
// what must hold — BackCheck keeps working, the page is unchanged apart from the one host, no
// exception comes from our code, the tab stays responsive, nothing is lost. Page script is played
// by `addInitScript` (it runs in the page's main world, before the page's own scripts) and by
// page.evaluate (main world). BackCheck's own state is read only through its isolated world
// (tests/e2e/extension-world.ts, DESIGN.md §3).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { inExtension, worldOf } from './extension-world';
import { cardBox, cardHostTag, cardText, highlightSizes, inCard, readHighlights } from './page-helpers';
import { resetSettings, tabIdOf, totalHighlights, waitForHighlights } from './popup-helpers';
import { type StaticServer, startServer } from './server';

declare const chrome: {
  tabs: { sendMessage(id: number, message: object): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
};

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ viewport: { width: 1000, height: 700 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const URL = () => server.url('/fixtures/hostile.html');

/** Opens the hostile fixture with `script` running first in the page's main world. */
async function hostilePage(script?: string, url = URL()): Promise<Page> {
  const page = await browser.context.newPage();
  if (script) await page.addInitScript({ content: script });
  await page.goto(url);
  await waitForHighlights(page);
  return page;
}

/**
 * Centre of `phrase` inside the element with this id. Read in BackCheck's isolated world: some of
 * these pages clobber the main world's DOM API.
 */
function termCentre(page: Page, id: string, phrase: string) {
  return inExtension(
    page,
    ([id, phrase]: readonly [string, string]) => {
      const el = document.getElementById(id)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(phrase);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + phrase.length);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      throw new Error(`${phrase} not in #${id}`);
    },
    [id, phrase] as const,
  );
}

async function openCard(page: Page, id: string, phrase: string) {
  await page.mouse.move(5, 5);
  await expect.poll(() => cardBox(page), { timeout: 3000 }).toBeNull();
  const c = await termCentre(page, id, phrase);
  await page.mouse.move(c.x, c.y, { steps: 3 });
  await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBe('');
  return cardText(page);
}

async function summaryOf(page: Page) {
  const tabId = await tabIdOf(browser, page.url());
  return browser.serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'page:summary' }),
    tabId,
  ) as Promise<{ total: number }>;
}

/** The page's own view of what is on it: tags and attributes naming BackCheck, highlight names. */
function pageSees(page: Page) {
  return page.evaluate(() => {
    const names: string[] = [];
    (CSS.highlights as unknown as Map<string, unknown>).forEach((_, name) => {
      names.push(name);
    });
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    const elements = [...document.querySelectorAll('*')].map(
      (el) => `${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`,
    );
    return { names, rules, elements };
  });
}

describe('hostile pages (issue 11 findings #1–#13)', () => {
  beforeAll(() => resetSettings(browser));

  test('hostile #1: page script can neither read, rewrite nor click the card (closed shadow root)', async () => {
    const page = await hostilePage(`
      window.__roots = [];
      const attach = Element.prototype.attachShadow;
      // A page hooking attachShadow to force roots open: it only sees its own world's calls.
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, { ...init, mode: 'open' });
        window.__roots.push(root);
        return root;
      };
    `);
    const text = await openCard(page, 'flag', 'Saddle numbness');
    expect(text).toMatch(/999/);
    const tag = (await cardHostTag(page))!;
    const before = browser.context.pages().length;
    const attack = await page.evaluate(async (tag) => {
      const host = document.querySelector(tag) as HTMLElement;
      const out = {
        shadowRoot: host.shadowRoot === null,
        hooked: (window as unknown as { __roots: unknown[] }).__roots.length,
        innerHTML: host.innerHTML,
        concept: document.querySelectorAll('[data-concept]').length,
        bodyHasCard: (document.documentElement.textContent ?? '').includes('999'),
        attachAgain: '',
      };
      try {
        host.attachShadow({ mode: 'open' });
      } catch (e) {
        out.attachAgain = (e as Error).name;
      }
      // Rewriting: all the page can reach is the host itself.
      host.textContent = 'Not urgent: rest and book a massage with us';
      // Clicking "More about" from script, 5 times, wherever the card is.
      const box = host.getBoundingClientRect();
      for (let i = 0; i < 5; i++) {
        host.click();
        const at = document.elementFromPoint(box.x + 20, box.y + 20);
        at?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      await new Promise((r) => setTimeout(r, 500));
      return out;
    }, tag);
    expect(attack).toEqual({
      shadowRoot: true,
      hooked: 0,
      innerHTML: '',
      concept: 0,
      bodyHasCard: false,
      attachAgain: 'NotSupportedError',
    });
    // The card still says what it said; no tab was opened.
    expect(await cardText(page)).toBe(text);
    expect(browser.context.pages().length).toBe(before);
    await page.close();
  });

  test('hostile #2: replaying WXT\'s "content script started" event does not shut BackCheck down', async () => {
    const id = browser.extensionId;
    const event = `${id}:content:wxt:content-script-started`;
    const page = await hostilePage(`
      window.__heard = [];
      addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));
      document.addEventListener(${JSON.stringify(event)}, () => window.__heard.push('custom event'));
    `);
    const painted = await totalHighlights(page);
    // Nothing announced us to the page.
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await page.evaluate((event) => {
      for (let i = 0; i < 3; i++) {
        const detail = { contentScriptName: 'content', messageId: `evil${i}` };
        document.dispatchEvent(new CustomEvent(event, { detail }));
        postMessage({ type: event, ...detail }, '*');
      }
    }, event);
    await page.waitForTimeout(500);
    expect(await totalHighlights(page)).toBe(painted);
    expect((await summaryOf(page)).total).toBeGreaterThan(0);
    expect(await openCard(page, 'sci', 'Sciatica')).toContain('Sciatica');
    // New text is still followed.
    await page.evaluate(() => {
      document.getElementById('more')!.textContent = 'Then lumbago came back.';
    });
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.where === 'more')).toBe(true);
    await page.close();
  });

  test('hostile #3: body re-rendered and host removed → the card still appears', async () => {
    const page = await hostilePage(`
      // Pre-register the old fixed name, and turn every unknown element that appears into a
      // custom element whose constructor attaches its own shadow root.
      customElements.define('backcheck-overlay', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }); }
      });
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (n.nodeType === 1 && n.localName.includes('-') && !customElements.get(n.localName)) {
            try {
              customElements.define(n.localName, class extends HTMLElement {
                constructor() { super(); try { this.attachShadow({ mode: 'open' }); } catch {} }
              });
            } catch {}
          }
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
    `);
    expect(await openCard(page, 'sci', 'Sciatica')).toContain('Sciatica');
    const tag = (await cardHostTag(page))!;
    // A single-page app re-renders everything: the whole <html> content, our host with it.
    await page.evaluate(() => {
      const html = document.body.innerHTML;
      document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
    });
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, tag)).toBe(0);
    // The new body is scanned and painted, and the card comes back in the same host.
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.where === 'sci')).toBe(true);
    expect(await openCard(page, 'sci', 'Sciatica')).toContain('Sciatica');
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, tag)).toBe(1);
    // And again after the page replaces <body> itself.
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = document.body.innerHTML;
      document.body.replaceWith(body);
    });
    expect(await openCard(page, 'plain', 'massage')).toMatch(/massage/i);
    await page.close();
  });

  test('hostile #4: nothing the page can see names BackCheck; names differ per document', async () => {
    const id = browser.extensionId;
    const page = await hostilePage();
    await openCard(page, 'flag', 'Saddle numbness');
    const seen = await pageSees(page);
    expect(seen.names.length).toBeGreaterThan(0);
    for (const name of seen.names) expect(name).toMatch(/^[a-z]{10}$/);
    expect(seen.rules.join('\n')).not.toMatch(/backcheck/i);
    expect(seen.elements.join('\n')).not.toMatch(/backcheck|bc-|wxt/i);
    expect(seen.elements.join('\n')).not.toContain(id);
    // The same canonical kinds, different names in another document.
    const kindsA = await inExtension(page, () => globalThis.__backcheck!.highlightKinds());
    const other = await hostilePage();
    const kindsB = await inExtension(other, () => globalThis.__backcheck!.highlightKinds());
    const nameOf = (k: Record<string, string>, c: string) => Object.keys(k).find((n) => k[n] === c);
    expect(nameOf(kindsA, 'backcheck-condition')).toBeDefined();
    expect(nameOf(kindsA, 'backcheck-condition')).not.toBe(nameOf(kindsB, 'backcheck-condition'));
    // The test access exists only in BackCheck's world, and is read-only there.
    expect(await page.evaluate(() => '__backcheck' in window || '__backcheckCardUi' in window)).toBe(false);
    expect(
      await inExtension(page, () => {
        try {
          (globalThis as { __backcheck?: unknown }).__backcheck = null;
        } catch {
          // strict-mode assignment to a read-only property
        }
        return typeof globalThis.__backcheck?.highlightKinds;
      }),
    ).toBe('function');
    await other.close();
    await page.close();
  });

  test('hostile #5: one bad list element keeps the good ones; an unrelated save keeps them too', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({
        settings: { disabledSites: ['elsewhere.example', 42], categories: ['massage', 'bogus'] },
      }),
    );
    const page = await hostilePage();
    // Only massage is painted (the good element of `categories`).
    await expect.poll(async () => Object.keys(await highlightSizes(page))).toEqual(['backcheck-massage']);
    // An unrelated save from the options page.
    const options = await browser.newPage(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('.status').textContent()).toMatch(/repaired/);
    await options.getByLabel('Where you are').selectOption('us');
    await expect.poll(() => options.locator('.status').textContent()).toMatch(/Saved/);
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({
      disabledSites: ['elsewhere.example'],
      categories: ['massage'],
      region: 'us',
    });
    await options.close();
    await page.close();
    await resetSettings(browser);
  });

  test('hostile #13: garbage settings of every type and 5 MB values → defaults, and options say so', async () => {
    await browser.serviceWorker
      .evaluate(() =>
        chrome.storage.sync.set({
          settings: {
            highlighting: 'yes',
            disabledSites: 'x'.repeat(5_000_000),
            categories: { a: 1 },
            highlightStyle: 7,
            hoverDelayMs: -1e9,
            region: null,
            calmMode: [],
            scanCode: 'x'.repeat(100),
          },
        }),
      )
      .catch(() =>
        // storage.sync has an item quota: the same garbage, smaller.
        browser.serviceWorker.evaluate(() =>
          chrome.storage.sync.set({
            settings: {
              highlighting: 'yes',
              disabledSites: 'x'.repeat(7000),
              categories: { a: 1 },
              highlightStyle: 7,
              hoverDelayMs: -1e9,
              region: null,
              calmMode: [],
              scanCode: 'x',
            },
          }),
        ),
      );
    const page = await hostilePage();
    expect(Object.keys(await highlightSizes(page)).length).toBeGreaterThan(1);
    const options = await browser.newPage(`chrome-extension://${browser.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('.status').textContent())
      .toMatch(/could not be read and were repaired .*region/);
    await options.close();
    await page.close();
    await resetSettings(browser);
  });

  test('hostile #10: a corrupt version record ({v: -1e9}) is handled at once', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { region: 'au' }, settings$: { v: -1e9 } }),
    );
    const started = Date.now();
    const options = await browser.newPage(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('Where you are').inputValue(), { timeout: 3000 }).toBe('au');
    expect(Date.now() - started).toBeLessThan(5000);
    await options.getByLabel('Calm mode', { exact: false }).first().check();
    await expect.poll(() => options.locator('.status').textContent()).toMatch(/Saved/);
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.sync.get('settings$'));
    expect(stored.settings$).toEqual({ v: 1 });
    await options.close();
    await resetSettings(browser);
  });

  test('hostile #7: synthetic pointer, touch and click events from page script open no card', async () => {
    const page = await hostilePage();
    const c = await termCentre(page, 'sci', 'Sciatica');
    await page.evaluate(async (c) => {
      const target = document.elementFromPoint(c.x, c.y)!;
      const init = { bubbles: true, composed: true, clientX: c.x, clientY: c.y };
      for (let i = 0; i < 5; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
        target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
        target.dispatchEvent(new MouseEvent('click', init));
        await new Promise((r) => setTimeout(r, 150));
      }
      await new Promise((r) => setTimeout(r, 600));
    }, c);
    expect(await cardBox(page)).toBeNull();
    expect(await cardHostTag(page)).toBeNull(); // not even the host was created
    // A person's pointer still works.
    expect(await openCard(page, 'sci', 'Sciatica')).toContain('Sciatica');
    await page.close();
  });

  test('hostile #8: CSS.highlights.clear() and a dropped stylesheet → highlights come back', async () => {
    const page = await hostilePage();
    const before = await highlightSizes(page);
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
    });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect.poll(() => highlightSizes(page), { timeout: 3000 }).toEqual(before);
    await expect
      .poll(() => page.evaluate(() => document.adoptedStyleSheets.length), { timeout: 3000 })
      .toBe(1);
    // New text after the clear is painted too.
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.getElementById('more')!.textContent = 'Lumbago again.';
    });
    await expect.poll(async () => (await readHighlights(page)).some((r) => r.where === 'more')).toBe(true);
    await page.close();
  });

  test('hostile #9: hidden DOM 20,000 deep → no RangeError, the deep text and the rest still painted', async () => {
    const page = await hostilePage(`
      addEventListener('DOMContentLoaded', () => {
        // display:none (not [hidden], which is skipped wholesale): the walker must resolve
        // every level. Hidden, so the renderer does not lay out 20,000 levels.
        let el = document.createElement('div');
        el.style.display = 'none';
        document.getElementById('more').append(el);
        for (let i = 0; i < 20000; i++) { const d = document.createElement('div'); el.append(d); el = d; }
        el.textContent = 'deep sciatica';
        const p = document.createElement('p');
        p.textContent = 'Then lumbago.';
        document.getElementById('more').append(p);
      });
    `);
    await expect
      .poll(async () => (await readHighlights(page)).filter((r) => r.where === 'more').map((r) => r.text), {
        timeout: 10_000,
      })
      .toEqual(['sciatica', 'lumbago']);
    expect(browser.extensionErrors.filter((e) => /RangeError|call stack/.test(e))).toEqual([]);
    await page.close();
  });

  test('hostile #12: "back\\n\\n   pain" inside one paragraph is one term', async () => {
    const page = await hostilePage();
    const spaced = (await readHighlights(page)).filter((r) => r.where === 'spaced');
    expect(spaced).toHaveLength(1);
    expect(spaced[0].text.replace(/\s+/g, ' ')).toBe('back pain');
    await page.close();
  });

  test('hostile #6: a paragraph with "back pain" every 1 ms for 5 s → all painted, tab responsive', async () => {
    const page = await hostilePage();
    const world = await worldOf(page);
    const N = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let n = 0;
          const end = performance.now() + 5000;
          const timer = setInterval(() => {
            const p = document.createElement('p');
            p.className = 'flood';
            p.textContent = `Paragraph ${n++}: my back pain is worse today.`;
            document.getElementById('more')!.append(p);
            if (performance.now() > end) {
              clearInterval(timer);
              done(n);
            }
          }, 1);
        }),
    );
    // How many the page managed to add in 5 s depends on the machine (timers clamp to ≥ 1–4 ms).
    expect(N).toBeGreaterThan(100);
    await expect
      .poll(async () => (await highlightSizes(page))['backcheck-condition'] ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(N);
    // The tab answers: a frame within a second.
    const frame = await page.evaluate(
      () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
    );
    expect(frame).toBeGreaterThan(0);
    const heap = await world.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    console.log(`hostile #6: ${N} paragraphs painted; JS heap ${(heap / 1e6).toFixed(1)} MB`);
    await page.close();
  });

  test('hostile #11: 100 same-origin iframes are all painted, the tab responsive', async () => {
    const page = await hostilePage(`
      addEventListener('DOMContentLoaded', () => {
        for (let i = 0; i < 100; i++) {
          const f = document.createElement('iframe');
          f.src = '/fixtures/frame-child.html?' + i;
          f.width = '200'; f.height = '60';
          document.getElementById('more').append(f);
        }
      });
    `);
    const frames = () => page.frames().filter((f) => f.url().includes('frame-child.html'));
    await expect.poll(() => frames().length, { timeout: 20_000 }).toBe(100);
    // Spot-check a few frames (each check is a DevTools round trip).
    for (const f of [frames()[0], frames()[49], frames()[99]]) {
      await expect.poll(async () => (await readHighlights(f)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    }
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.close();
  });
});

describe('hostile pages: what held and must keep holding', () => {
  test('hostile: clobbered page globals do not reach the isolated world', async () => {
    const page = await hostilePage(`
      const noop = () => { throw new Error('clobbered'); };
      Node.prototype.appendChild = noop;
      Element.prototype.append = noop;
      Document.prototype.createTreeWalker = noop;
      Document.prototype.createRange = noop;
      window.Range = noop;
      window.MutationObserver = noop;
      window.Highlight = noop;
      Object.defineProperty(CSS, 'highlights', { get: noop });
      Array.prototype.push = noop;
      JSON.parse = noop; JSON.stringify = noop;
      window.Promise = noop;
      Object.freeze(Object.prototype);
      Object.freeze(Array.prototype);
    `);
    expect((await readHighlights(page)).length).toBeGreaterThan(3);
    expect(await openCard(page, 'sci', 'Sciatica')).toContain('Sciatica');
    await page.close();
  });

  test('hostile: a strict CSP page still gets a fully styled card', async () => {
    const page = await hostilePage(undefined, server.url('/fixtures/card-csp.html'));
    const c = await page.evaluate(() => {
      const text = document.getElementById('term')!.firstChild as Text;
      const at = text.data.indexOf('sciatica');
      const r = document.createRange();
      r.setStart(text, at);
      r.setEnd(text, at + 8);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await page.mouse.move(c.x, c.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sciatica');
    const styled = await inCard(page, (root) => {
      const pop = root!.querySelector<HTMLElement>('.bc-popover')!;
      const cs = getComputedStyle(pop);
      return { position: cs.position, border: cs.borderTopStyle, background: cs.backgroundColor };
    });
    expect(styled.position).toBe('fixed');
    expect(styled.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  test('hostile: XSS bait in page text is painted and shown as text, never run', async () => {
    const page = await hostilePage();
    const xss = (await readHighlights(page)).filter((r) => r.where === 'xss');
    expect(xss.map((r) => r.text)).toEqual(['lumbago']);
    // The context menu path: the selected text goes into the card as text.
    const tabId = await tabIdOf(browser, page.url());
    await page.bringToFront();
    await browser.serviceWorker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, {
          type: 'card:lookup-text',
          text: '<img src=x onerror="window.__xss=3"> sciatica',
        }),
      tabId,
    );
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sciatica');
    expect(await inCard(page, (root) => root!.querySelectorAll('img, script').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  test('hostile: no errors from the extension in the whole suite', () => {
    expect(browser.extensionErrors).toEqual([]);
  });
});
