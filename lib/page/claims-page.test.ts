// @vitest-environment happy-dom
// Claims on the page (issue 12): painted under `backcheck-myth` only, over the claim's words,
// next to (not instead of) the terms inside; the hit test opens the claim's card anywhere in it;
// shown whenever highlighting is on; listed in the summary; a late answer from the claim reader
// (the background) is painted, unless its text was rescanned meanwhile.
import { afterEach, describe, expect, test } from 'vitest';
import { findClaims } from '../match/claims';
import { findTerms } from '../match/index';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { MYTH_HIGHLIGHT } from './categories';
import type { HighlightApi, HighlightLike } from './painter';
import { highlightCss } from './painter';
import { type ChunkReader, PageScanner } from './scanner';

function fakeHighlights() {
  const registry = new Map<string, Set<AbstractRange>>();
  const api: HighlightApi = {
    registry: registry as unknown as HighlightApi['registry'],
    create: () => new Set<AbstractRange>() as unknown as HighlightLike,
  };
  const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
  return { api, registry, texts };
}

const CLAIM = 'Our detox massage flushes toxins out of your muscles';
const PAGE = `<p id="a">Book a back massage today. ${CLAIM}.</p><p id="b">Massage does not flush toxins.</p>`;

let abort: AbortController;
afterEach(() => abort?.abort());

const readNow: ChunkReader = (t) => ({ terms: findTerms(t), claims: findClaims(t) });

async function scan(
  html: string,
  settings: Partial<Settings> = {},
  read: ChunkReader = readNow,
  wait = true,
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
  if (wait) await scanner.whenIdle();
  else await new Promise((r) => setTimeout(r, 50));
  // Registered names are random per document (DESIGN.md §3): read by canonical name.
  const names = scanner.painter.names;
  const texts = (canonical: string) => fake.texts(names.of(canonical));
  const canonicalNames = () => [...fake.registry.keys()].map((n) => names.canonicalOf(n) ?? n);
  return { scanner, ...fake, texts, canonicalNames };
}

describe('claims on the page', () => {
  test('the claim is painted under backcheck-myth; the debunk is not; terms keep their own highlight', async () => {
    const { texts, canonicalNames } = await scan(PAGE);
    expect(texts(MYTH_HIGHLIGHT)).toEqual([CLAIM]);
    const termNames = canonicalNames().filter((n) => n !== MYTH_HIGHLIGHT);
    expect(termNames.flatMap(texts).map((t) => t.toLowerCase())).toContain('massage');
  });

  test('anywhere in the claim, even on a term inside it, the hit test gives the claim and its card', async () => {
    const { scanner } = await scan(PAGE);
    const text = document.getElementById('a')!.firstChild as Text;
    for (const word of ['flushes', 'massage flushes', 'muscles']) {
      const m = scanner.termAt(text, text.data.indexOf(word, text.data.indexOf('detox')) + 1);
      expect(m).toMatchObject({ conceptId: 'myth-m8', card: 'claim', claim: true });
    }
    // Outside the claim the term's own card opens.
    expect(scanner.termAt(text, text.data.indexOf('massage') + 1)?.conceptId).toBe('massage');
  });

  test('the summary lists the claim with its words', async () => {
    const { scanner } = await scan(PAGE);
    const row = scanner.summary().items.find((i) => i.conceptId === 'myth-m8');
    expect(row).toEqual({ conceptId: 'myth-m8', term: CLAIM, count: 1, claim: true });
  });

  test('shown whatever the categories and in calm mode; hidden when highlighting is off', async () => {
    expect((await scan(PAGE, { categories: [], calmMode: true })).texts(MYTH_HIGHLIGHT)).toEqual([CLAIM]);
    expect((await scan(PAGE, { highlighting: false })).texts(MYTH_HIGHLIGHT)).toEqual([]);
  });

  test('a late answer from the reader (the background) is painted', async () => {
    const { texts } = await scan(PAGE, {}, async (t) => readNow(t));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(texts(MYTH_HIGHLIGHT)).toEqual([CLAIM]);
  });

  test('a late answer over text with line breaks (read as spaces, issue 11 #12) is painted', async () => {
    const { scanner } = await scan('<p>I have had back\n\n     pain for a week.</p>', {}, async (t) =>
      readNow(t),
    );
    expect(scanner.summary().items.map((i) => i.term)).toEqual(['back pain']);
  });

  test('a late answer is dropped when its text was rescanned meanwhile', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const read: ChunkReader = (t) => (++calls === 1 ? gate.then(() => readNow(t)) : readNow(t));
    const { scanner, texts } = await scan(PAGE, {}, read, false);
    expect(calls).toBe(1);
    const p = document.getElementById('a')!;
    (p.firstChild as Text).data = 'Book a back massage today.';
    await new Promise((r) => setTimeout(r, 80)); // the mutation follower rescans the paragraph
    expect(calls).toBe(2);
    release();
    await scanner.whenIdle();
    // The claim read from the old text is not painted over the new one; the rest of that late
    // reading (the other paragraph, which nothing rescanned) is.
    expect(texts(MYTH_HIGHLIGHT)).toEqual([]);
    const b = document.getElementById('b')!.firstChild as Text;
    expect(scanner.termAt(b, b.data.indexOf('Massage') + 1)?.conceptId).toBe('massage');
  });

  test('the myth style is its own, quiet one (not the urgent red)', () => {
    for (const style of ['underline', 'background'] as const) {
      const rule = highlightCss(style)
        .split('\n')
        .find((r) => r.startsWith(`::highlight(${MYTH_HIGHLIGHT})`));
      expect(rule).toBeDefined();
      expect(rule).not.toMatch(/b3261e|d93025|wavy/i);
    }
    expect(highlightCss('hover-only')).not.toContain(MYTH_HIGHLIGHT);
  });
});
