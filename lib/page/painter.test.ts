// @vitest-environment happy-dom
// Painting escalated terms (DESIGN.md §3): a match the matcher marks `urgent` goes under the one
// `backcheck-urgent` highlight instead of its category's, so every range is in exactly one
// highlight; its category setting still decides whether it is shown. The summary and the hit test
// carry the flag on.
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { categoryOf, HIGHLIGHT_NAMES, highlightNameOf, URGENT_HIGHLIGHT } from './categories';
import type { PageMatch } from './match-store';
import { HighlightNames } from './names';
import { type HighlightApi, type HighlightLike, highlightCss, Painter } from './painter';
import { summarize } from './summary';

function fakeApi() {
  const names = new HighlightNames();
  const registry = new Map<string, Set<AbstractRange>>();
  const api: HighlightApi = {
    registry: registry as unknown as HighlightApi['registry'],
    create: () => new Set<AbstractRange>() as unknown as HighlightLike,
  };
  /** highlight name → painted texts */
  const painted = () =>
    Object.fromEntries(
      [...registry]
        .filter(([, h]) => h.size > 0)
        .map(([name, h]) => [
          names.canonicalOf(name) ?? name,
          [...h].map((r) => (r as Range).toString()).sort(),
        ]),
    );
  return { api, registry, painted, names };
}

/** Matches over "back pain with a fever, then a massage" — the first two urgent. */
function matches(): PageMatch[] {
  document.body.innerHTML = '<p>back pain with a fever, then a massage</p>';
  const text = document.body.firstChild?.firstChild as Text;
  const at = (word: string, conceptId: string, seq: number, urgent: boolean): PageMatch => {
    const range = document.createRange();
    const start = text.data.indexOf(word);
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    const m: PageMatch = {
      conceptId,
      term: word,
      category: categoryOf(conceptId),
      range,
      nodes: [text],
      seq,
      section: 1,
    };
    if (urgent) m.urgent = true;
    return m;
  };
  return [
    at('back pain', 'nonspecific-low-back-pain', 1, true),
    at('fever', 'rf-fever', 2, true),
    at('massage', 'massage', 3, false),
  ];
}

const settings = (over: Partial<Settings> = {}) => ({ ...DEFAULT_SETTINGS, ...over });

describe('backcheck-urgent highlight', () => {
  test('urgent matches go to backcheck-urgent only; others to their category', () => {
    const { api, painted, names } = fakeApi();
    const painter = new Painter(settings(), api, names);
    for (const m of matches()) painter.add(m);
    expect(painted()).toEqual({
      [URGENT_HIGHLIGHT]: ['back pain', 'fever'],
      [HIGHLIGHT_NAMES.massage]: ['massage'],
    });
  });

  test.each([
    // A switched-off category hides its urgent terms too.
    [
      ['condition', 'massage', 'contraindication'],
      { [URGENT_HIGHLIGHT]: ['back pain'], 'backcheck-massage': ['massage'] },
    ],
    [['red-flag'], { [URGENT_HIGHLIGHT]: ['fever'] }],
    [[], {}],
  ] as const)('categories %j → %j', (categories, expected) => {
    const { api, painted, names } = fakeApi();
    const painter = new Painter(settings({ categories: [...categories] }), api, names);
    for (const m of matches()) painter.add(m);
    expect(painted()).toEqual(expected);
  });

  test('remove and clear take urgent ranges out of the right highlight', () => {
    const { api, painted, registry, names } = fakeApi();
    const painter = new Painter(settings(), api, names);
    const all = matches();
    for (const m of all) painter.add(m);
    painter.remove(all[1]);
    expect(painted()[URGENT_HIGHLIGHT]).toEqual(['back pain']);
    painter.clear();
    expect(registry.has(names.of(URGENT_HIGHLIGHT))).toBe(false);
  });

  test('calm mode never hides an urgent term', () => {
    const { api, painted, names } = fakeApi();
    const painter = new Painter(settings({ calmMode: true }), api, names);
    const [a, b] = matches();
    // Same section and concept: calm mode would show only the first; the urgent one stays.
    const plain = { ...b, conceptId: 'rf-fever', urgent: undefined, seq: 0 };
    painter.add(plain);
    painter.add(b);
    painter.add(a);
    expect(painted()[URGENT_HIGHLIGHT]).toEqual(['back pain', 'fever']);
  });

  test('highlightNameOf', () => {
    const [a, , c] = matches();
    expect([highlightNameOf(a), highlightNameOf(c)]).toEqual([URGENT_HIGHLIGHT, 'backcheck-massage']);
  });

  test.each([
    ['underline', true],
    ['background', true],
    ['hover-only', false],
  ] as const)('%s style: urgent rule present = %s, forced-colors aware', (style, present) => {
    const css = highlightCss(style);
    expect(css.includes(`::highlight(${URGENT_HIGHLIGHT})`)).toBe(present);
    if (present) {
      expect(css).toMatch(/::highlight\(backcheck-urgent\)\{[^}]*wavy[^}]*3px/);
      expect(css).toMatch(/@media \(forced-colors: active\)\{::highlight\(backcheck-urgent\)\{[^}]*Mark/);
    }
  });
});

describe('summary marks urgent concepts', () => {
  test('urgent: true on concepts with an escalated match, absent otherwise', () => {
    const s = summarize(matches(), 'https://example.test/');
    expect(s.items).toEqual([
      { conceptId: 'rf-fever', term: 'fever', count: 1, urgent: true },
      { conceptId: 'nonspecific-low-back-pain', term: 'back pain', count: 1, urgent: true },
      { conceptId: 'massage', term: 'massage', count: 1 },
    ]);
  });
});

describe('hostile pages: what a page can see and take away (issue 11)', () => {
  test('registered names and CSS rules are random: nothing names BackCheck (finding #4)', () => {
    const { api, registry, names } = fakeApi();
    const painter = new Painter(settings(), api, names);
    for (const m of matches()) painter.add(m);
    expect(registry.size).toBeGreaterThan(0);
    for (const name of registry.keys()) {
      expect(name).toMatch(/^[a-z]{10}$/);
      expect(names.canonicalOf(name)).toMatch(/^backcheck-/);
    }
    const css = highlightCss('underline', (n) => names.of(n));
    expect(css).not.toMatch(/backcheck/i);
    expect(css).toContain(`::highlight(${names.of(URGENT_HIGHLIGHT)})`);
  });

  test('two documents get different names', () => {
    expect(new HighlightNames().of(URGENT_HIGHLIGHT)).not.toBe(new HighlightNames().of(URGENT_HIGHLIGHT));
  });

  test('repair() puts back highlights a page cleared or replaced (finding #8)', () => {
    const { api, registry, painted, names } = fakeApi();
    const painter = new Painter(settings(), api, names);
    for (const m of matches()) painter.add(m);
    const before = painted();
    registry.clear();
    expect(painted()).toEqual({});
    expect(painter.repair()).toBe(true);
    expect(painted()).toEqual(before);
    registry.set(names.of(URGENT_HIGHLIGHT), new Set());
    expect(painter.repair()).toBe(true);
    expect(painted()).toEqual(before);
    expect(painter.repair()).toBe(false);
  });
});
