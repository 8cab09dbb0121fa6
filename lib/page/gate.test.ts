// @vitest-environment happy-dom
// The first stage (gate.ts) on a DOM: it checks the same chunks the scanner would match, says
// "maybe" once and stops, follows changes, and reads its two settings as lib/settings.ts would.
import { afterEach, describe, expect, test } from 'vitest';
import { mayHaveTerms } from '../match/gate';
import { DEFAULT_SETTINGS, isSiteDisabled, parseSettings } from '../settings';
import { gateSettings, PageGate } from './gate';

let abort: AbortController;
afterEach(() => abort?.abort());

function gate(html: string, check?: (text: string) => boolean, scanCode = false) {
  const glued: number[][] = [];
  document.body.innerHTML = html;
  abort = new AbortController();
  const seen: string[] = [];
  let candidates = 0;
  const g = new PageGate({
    scanCode,
    signal: abort.signal,
    onCandidate: () => candidates++,
    check: (text, at) => {
      seen.push(text);
      glued.push([...(at ?? [])]);
      return check ? check(text) : false;
    },
  });
  g.start();
  return { g, seen, glued, candidates: () => candidates };
}

describe('PageGate', () => {
  test('reads the page as rendered: scripts and hidden parts out, block edges as line breaks', async () => {
    const { g, seen, candidates } = gate(
      '<p>Lower <b>back</b> pain</p><script>var sciatica = 1</script><p>Next</p><div style="display:none">lumbago</div><p>, more</p>',
    );
    await g.whenIdle();
    expect(seen).toEqual(['Lower back pain\nNext\n, more']);
    expect(candidates()).toBe(0);
    expect(g.candidate).toBe(false);
  });

  test('walks an open shadow root node by node, joining its text and saying where words meet', async () => {
    const { g, seen, glued } = gate('<p>Outside</p><div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<p>Lower <b>back</b> pain</p><script>var sciatica = 1</script><p>Next</p><pre>code</pre>';
    await g.whenIdle();
    expect(seen).toEqual(['Outside', 'Lower back painNext']);
    expect(glued).toEqual([[], [15]]);
  });

  test('says "maybe" once, with the real check, and stops', async () => {
    const { g, candidates } = gate('<p>Nothing here.</p><p>My lower back pain is worse.</p><p>sciatica</p>');
    const real = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => undefined,
      check: (text, glued) => mayHaveTerms(text, glued),
    });
    real.start();
    await real.whenIdle();
    expect(real.candidate).toBe(true);
    await g.whenIdle();
    expect(candidates()).toBe(0);
  });

  // (The same in the rendered text is checked in a real browser, tests/e2e/first-stage.e2e.test.ts:
  // happy-dom's innerText does not break lines between list items.)
  test('a term right after a block edge is found (the walk joins text word to word)', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML =
      '<ul><li>Home</li><li>Sciatica</li></ul>';
    abort = new AbortController();
    const g = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => undefined,
      check: (text, glued) => mayHaveTerms(text, glued),
    });
    g.start();
    await g.whenIdle();
    expect(g.candidate).toBe(true);
  });

  test('a page without terms is not a candidate with the real check', async () => {
    document.body.innerHTML = '<p>Back to top</p><nav>Home · News · Sport</nav><p>As soon as we can.</p>';
    abort = new AbortController();
    let called = false;
    const g = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => (called = true),
      check: (text, glued) => mayHaveTerms(text, glued),
    });
    g.start();
    await g.whenIdle();
    expect(called).toBe(false);
  });

  test('follows added text', async () => {
    const { g, candidates } = gate('<p>Nothing here.</p>', (t) => t.includes('sciatica'));
    await g.whenIdle();
    expect(candidates()).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'Now with sciatica.';
    document.body.append(p);
    for (let i = 0; i < 20 && candidates() === 0; i++) await new Promise((ok) => setTimeout(ok, 20));
    expect(candidates()).toBe(1);
  });

  test('follows an added element that is itself a shadow host', async () => {
    const { g, candidates } = gate('<p>Nothing here.</p>', (t) => t.includes('sciatica'));
    await g.whenIdle();
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Now with sciatica.</p>';
    document.body.append(host);
    for (let i = 0; i < 20 && candidates() === 0; i++) await new Promise((ok) => setTimeout(ok, 20));
    expect(candidates()).toBe(1);
  });
});

describe('gateSettings', () => {
  test.each([
    [undefined, 'example.com'],
    [null, 'example.com'],
    ['junk', 'example.com'],
    [{ disabledSites: ['Example.com '] }, 'example.com'],
    [{ disabledSites: ['example.com'] }, 'www.example.com'],
    [{ disabledSites: ['ample.com'] }, 'example.com'],
    [{ disabledSites: 'example.com' }, 'example.com'],
    [{ disabledSites: ['example.com', 3] }, 'example.com'],
    [{ disabledSites: ['', 'other.org'] }, 'example.com'],
    [{ scanCode: true }, 'example.com'],
    [{ scanCode: 'yes' }, 'example.com'],
    // Repair element by element (issue 11 finding #5): one bad element never costs the good ones.
    [{ disabledSites: [3, null, { a: 1 }, 'example.com'] }, 'example.com'],
    [{ disabledSites: ['x'.repeat(254), 'EXAMPLE.COM'] }, 'sub.example.com'],
    [{ disabledSites: [['example.com'], 'example.com'] }, 'example.com'],
    [{ disabledSites: ['   ', 'example.com'] }, 'example.com'],
    [{ disabledSites: [3] }, 'example.com'],
    [{ disabledSites: {} }, 'example.com'],
    [{ disabledSites: null }, 'example.com'],
    // A bad field falls back to its default, the others are kept.
    [{ disabledSites: ['example.com'], scanCode: 'true', highlighting: 'no' }, 'example.com'],
    [{ disabledSites: ['example.com'], scanCode: true, categories: 7 }, 'example.com'],
    [{ disabledSites: 42, scanCode: true }, 'example.com'],
    [{ scanCode: 1 }, 'example.com'],
    [{ scanCode: false, disabledSites: ['example.com'] }, 'other.com'],
    [['example.com'], 'example.com'],
    [42, 'example.com'],
    [{ disabledSites: ['example.com'] }, 'EXAMPLE.com'],
    [{ disabledSites: ['com'] }, 'example.com'],
  ])('%j on %s reads as lib/settings.ts does', (raw, host) => {
    const full = parseSettings(raw);
    expect(gateSettings(raw, host)).toEqual({ siteOff: isSiteDisabled(full, host), scanCode: full.scanCode });
  });

  test('defaults', () => {
    expect(gateSettings(undefined, 'x.org')).toEqual({ siteOff: false, scanCode: DEFAULT_SETTINGS.scanCode });
  });
});

describe('PageGate with a check answered later (the background, issue 10)', () => {
  test('a promised yes calls onCandidate once; whenIdle waits for the answers', async () => {
    document.body.innerHTML = '<p>Nothing here.</p><p>My sciatica is back.</p>';
    abort = new AbortController();
    let candidates = 0;
    const g = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => candidates++,
      check: async (text) => /sciatica/.test(text),
    });
    g.start();
    await g.whenIdle();
    expect(candidates).toBe(1);
    expect(g.candidate).toBe(true);
  });
  test('a promised no, or a failed check, calls nothing', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    abort = new AbortController();
    let candidates = 0;
    for (const check of [async () => false, () => Promise.reject(new Error('gone'))]) {
      const g = new PageGate({
        scanCode: false,
        signal: abort.signal,
        onCandidate: () => candidates++,
        check,
      });
      g.start();
      await g.whenIdle();
    }
    expect(candidates).toBe(0);
  });
  test('an answer that comes after the gate was stopped is ignored', async () => {
    document.body.innerHTML = '<p>My sciatica is back.</p>';
    abort = new AbortController();
    let release: (v: boolean) => void = () => undefined;
    let candidates = 0;
    const g = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => candidates++,
      check: () =>
        new Promise<boolean>((r) => {
          release = r;
        }),
    });
    g.start();
    await new Promise((r) => setTimeout(r, 50));
    abort.abort();
    release(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(candidates).toBe(0);
  });
});

describe('the shadow-root search (issue 10)', () => {
  test("waits for the shown text's answers: after a yes it never runs (the second stage does its own)", async () => {
    document.body.innerHTML = '<p>My sciatica</p><div id="h"></div>';
    (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>lumbago</p>';
    abort = new AbortController();
    const seen: string[] = [];
    let candidates = 0;
    const g = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => candidates++,
      check: async (text) => {
        seen.push(text);
        return text.includes('sciatica');
      },
    });
    g.start();
    await g.whenIdle();
    expect(candidates).toBe(1);
    expect(seen).toEqual(['My sciatica']);
  });

  test('leaves out only standard elements that cannot host a shadow root', async () => {
    const { NEVER_SHADOW_HOSTS } = await import('./gate');
    // The elements attachShadow accepts besides custom elements (the DOM standard's list).
    const hosts = 'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span';
    expect(NEVER_SHADOW_HOSTS.filter((n) => hosts.split(' ').includes(n) || n.includes('-'))).toEqual([]);
  });
  test('finds a shadow root on a div inside a list', async () => {
    document.body.innerHTML = '<ul><li><div id="h"></div></li></ul>';
    (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<p>sciatica</p>';
    abort = new AbortController();
    const seen: string[] = [];
    const g = new PageGate({
      scanCode: false,
      signal: abort.signal,
      onCandidate: () => undefined,
      check: (text) => {
        seen.push(text);
        return false;
      },
    });
    g.start();
    await g.whenIdle();
    expect(seen.join(' ')).toContain('sciatica');
  });
});
