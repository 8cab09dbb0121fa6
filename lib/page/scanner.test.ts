// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { categoryOf } from './categories';
import type { HighlightApi, HighlightLike } from './painter';
import { type ChunkReader, type FoundTerm, PageScanner } from './scanner';

// A tiny stand-in for lib/match: whole-word, case-insensitive, no context rules.
const LEXICON: Record<string, string> = {
  'back pain': 'nonspecific-low-back-pain',
  sciatica: 'sciatica-herniated-disc',
  massage: 'massage',
  'loss of bladder control': 'rf-cauda-equina',
  pregnancy: 'ci-pregnancy',
};
const RE = new RegExp(`\\b(${Object.keys(LEXICON).join('|')})\\b`, 'gi');
function fakeFind(text: string): FoundTerm[] {
  return [...text.matchAll(RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    term: m[0].toLowerCase(),
    conceptId: LEXICON[m[0].toLowerCase().replace(/\s+/g, ' ')],
  }));
}

function fakeHighlights() {
  const registry = new Map<string, Set<AbstractRange>>();
  const api: HighlightApi = {
    registry: registry as unknown as HighlightApi['registry'],
    create: () => new Set<AbstractRange>() as unknown as HighlightLike,
  };
  return { api, registry };
}

let abort: AbortController;
afterEach(() => abort?.abort());

async function scan(
  html: string,
  settings: Partial<Settings> = {},
  read: ChunkReader = (t) => ({ terms: fakeFind(t) }),
) {
  document.body.innerHTML = html;
  abort = new AbortController();
  const fake = fakeHighlights();
  const scanner = new PageScanner({
    read,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    signal: abort.signal,
    highlightApi: fake.api,
  });
  await scanner.whenIdle();
  // Registered names are random per document (DESIGN.md §3): read them back as canonical names.
  const painted = () =>
    [...fake.registry]
      .flatMap(([name, h]) =>
        [...h].map((r) => `${scanner.painter.names.canonicalOf(name) ?? name}:${(r as Range).toString()}`),
      )
      .sort();
  return { scanner, ...fake, painted };
}

describe('categories by id prefix', () => {
  test.each([
    ['rf-cauda-equina', 'red-flag'],
    ['ci-pregnancy', 'contraindication'],
    ['massage', 'massage'],
    ['spinal-manipulation', 'massage'],
    ['post-massage-soreness', 'massage'],
    ['sciatica-herniated-disc', 'condition'],
  ])('%s → %s', (id, cat) => expect(categoryOf(id)).toBe(cat));
});

describe('painting', () => {
  test('one highlight per category, each range exactly one term', async () => {
    const { painted } = await scan(
      '<p>My back <em>pain</em> and sciatica.</p><p>No massage in pregnancy; loss of bladder control.</p>',
    );
    expect(painted()).toEqual([
      'backcheck-condition:back pain',
      'backcheck-condition:sciatica',
      'backcheck-contraindication:pregnancy',
      'backcheck-massage:massage',
      'backcheck-red-flag:loss of bladder control',
    ]);
  });

  test('categories setting filters what is painted, live', async () => {
    const { scanner, painted } = await scan('<p>back pain and massage</p>');
    scanner.applySettings({ ...DEFAULT_SETTINGS, categories: ['massage'] });
    expect(painted()).toEqual(['backcheck-massage:massage']);
    scanner.applySettings(DEFAULT_SETTINGS);
    expect(painted()).toHaveLength(2);
  });

  test('highlighting off and disabled sites remove every highlight', async () => {
    const { scanner, registry } = await scan('<p>back pain</p>');
    scanner.applySettings({ ...DEFAULT_SETTINGS, highlighting: false });
    expect(registry.size).toBe(0);
    scanner.applySettings({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname || 'localhost'] });
    expect(scanner.summary().disabled).toBe(true);
  });

  test('calm mode paints the first mention of a concept per section only', async () => {
    const { painted, scanner } = await scan(
      '<h2>One</h2><p>back pain, back pain</p><p>back pain</p><h2>Two</h2><p>back pain and massage, massage</p>',
      { calmMode: true },
    );
    expect(painted()).toEqual([
      'backcheck-condition:back pain',
      'backcheck-condition:back pain',
      'backcheck-massage:massage',
    ]);
    // Every mention still counts in the summary.
    expect(scanner.summary().total).toBe(6);
  });

  test('teardown unregisters everything', async () => {
    const { registry } = await scan('<p>back pain</p>');
    abort.abort();
    expect(registry.size).toBe(0);
  });
});

describe('a reading from the background (late), with a red flag told in lay words (issue 8)', () => {
  // The background reads the chunk; its flag names the window's terms by index and the wording.
  const lateWithFlag: ChunkReader = async (text) => {
    const terms = fakeFind(text);
    const at = text.indexOf('numb when I wipe');
    if (at < 0) return { terms };
    const finding = { start: at, end: at + 16, redFlagId: 'rf-cauda-equina', level: 'emergency' as const };
    // Neighbouring windows overlap: the background reports the same wording from each.
    return {
      terms,
      flags: [
        { terms: [0], findings: [finding] },
        { terms: [], findings: [{ ...finding }] },
      ],
    };
  };

  test('escalates its term (painted urgent, led by the flag) and paints the wording too, once', async () => {
    const { scanner, painted } = await scan(
      '<p>My back pain is worse. Now I am numb when I wipe.</p><p>Sciatica in March.</p>',
      {},
      lateWithFlag,
    );
    expect(painted()).toEqual([
      'backcheck-condition:Sciatica',
      'backcheck-urgent:back pain',
      'backcheck-urgent:numb when I wipe',
    ]);
    const text = document.querySelector('p')!.firstChild as Text;
    expect(scanner.termAt(text, 4)).toMatchObject({ redFlag: 'rf-cauda-equina', redFlagLevel: 'emergency' });
  });

  test('nothing escalates without a flag; a massage term never does', async () => {
    expect((await scan('<p>My back pain is worse.</p>', {}, lateWithFlag)).painted()).toEqual([
      'backcheck-condition:back pain',
    ]);
    expect(
      (await scan('<p>After the massage I am numb when I wipe.</p>', {}, lateWithFlag)).painted(),
    ).toEqual(['backcheck-massage:massage', 'backcheck-urgent:numb when I wipe']);
  });
});

describe('summary and hit test', () => {
  test('counts per concept, red flags first', async () => {
    const { scanner } = await scan(
      '<p>massage, massage, sciatica</p><p>Back pain. loss of bladder control</p><p>back pain</p>',
    );
    const s = scanner.summary();
    expect(s.items).toEqual([
      { conceptId: 'rf-cauda-equina', term: 'loss of bladder control', count: 1 },
      // Equal counts: alphabetical by term.
      { conceptId: 'nonspecific-low-back-pain', term: 'back pain', count: 2 },
      { conceptId: 'massage', term: 'massage', count: 2 },
      { conceptId: 'sciatica-herniated-disc', term: 'sciatica', count: 1 },
    ]);
    expect(s.total).toBe(6);
  });

  test('termAt finds the match under a text position, across an <em>', async () => {
    const { scanner } = await scan('<p id="p">I have back <em>pain</em> today</p>');
    const p = document.getElementById('p')!;
    const first = p.firstChild as Text;
    const em = p.querySelector('em')!.firstChild as Text;
    expect(scanner.termAt(first, 2)).toBeUndefined();
    expect(scanner.termAt(first, 8)?.conceptId).toBe('nonspecific-low-back-pain');
    expect(scanner.termAt(em, 2)?.term).toBe('back pain');
    expect(scanner.termAt(p.lastChild!, 3)).toBeUndefined();
  });
});

describe('mutations', () => {
  test('added content is scanned, removed content is dropped, changed text rescanned', async () => {
    const { scanner, painted } = await scan(
      '<div id="feed"><p id="a">sciatica</p></div><p id="b">nothing</p>',
    );
    const wait = async () => {
      await new Promise((r) => setTimeout(r, 80));
      await scanner.whenIdle();
    };
    const p = document.createElement('p');
    p.textContent = 'new massage post';
    document.getElementById('feed')!.append(p);
    await wait();
    expect(painted()).toEqual(['backcheck-condition:sciatica', 'backcheck-massage:massage']);
    document.getElementById('a')!.remove();
    await wait();
    expect(painted()).toEqual(['backcheck-massage:massage']);
    (document.getElementById('b')!.firstChild as Text).data = 'now back pain';
    await wait();
    expect(painted()).toEqual(['backcheck-condition:back pain', 'backcheck-massage:massage']);
    expect(scanner.store.size).toBe(2);
  });
});

describe('hostile pages: bounded bookkeeping (issue 11 finding #6)', () => {
  test('no more than maxMatches terms are kept; room freed by removed content is reused', async () => {
    document.body.innerHTML = `${'<p>back pain</p>'.repeat(8)}`;
    abort = new AbortController();
    const fake = fakeHighlights();
    const scanner = new PageScanner({
      read: (t) => ({ terms: fakeFind(t) }),
      settings: DEFAULT_SETTINGS,
      signal: abort.signal,
      highlightApi: fake.api,
      maxMatches: 5,
    });
    await scanner.whenIdle();
    expect(scanner.store.size).toBe(5);
    const painted = () => [...fake.registry.values()].reduce((n, h) => n + h.size, 0);
    expect(painted()).toBe(5);
    // Drop the first three paragraphs, add one: the new one fits.
    for (const p of [...document.querySelectorAll('p')].slice(0, 3)) p.remove();
    const p = document.createElement('p');
    p.textContent = 'sciatica';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 100));
    await scanner.whenIdle();
    expect(scanner.store.size).toBeLessThanOrEqual(5);
    expect([...fake.registry.values()].flatMap((h) => [...h].map((r) => (r as Range).toString()))).toContain(
      'sciatica',
    );
  });
});

describe('open shadow roots (DESIGN.md §6)', () => {
  test('are scanned in a div, nested in a custom element, and when an added element is itself a host', async () => {
    document.body.innerHTML = '';
    const div = document.createElement('div');
    div.attachShadow({ mode: 'open' }).innerHTML = '<p>old sciatica</p><x-inner></x-inner>';
    const inner = div.shadowRoot!.querySelector('x-inner')!;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<span>a massage</span>';
    const { scanner, painted } = await scan('<p>plain text</p>');
    document.body.append(div);
    await new Promise((r) => setTimeout(r, 80));
    await scanner.whenIdle();
    expect(painted()).toEqual(['backcheck-condition:sciatica', 'backcheck-massage:massage']);
    expect(scanner.shadowRoots()).toHaveLength(2);
    // A <section> host added later inside an <article>.
    document.body.innerHTML = '';
    abort.abort();
    const section = document.createElement('section');
    section.attachShadow({ mode: 'open' }).innerHTML = '<p>back pain</p>';
    const second = await scan('<article><p>nothing</p></article>');
    document.querySelector('article')!.append(section);
    await new Promise((r) => setTimeout(r, 80));
    await second.scanner.whenIdle();
    expect(second.painted()).toEqual(['backcheck-condition:back pain']);
  });
});
