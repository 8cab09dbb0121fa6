// Paints matches with the CSS Custom Highlight API: one Highlight per category, styled by a
// constructable stylesheet in document.adoptedStyleSheets, so no element is added and the
// page's DOM, layout and observers never notice (DESIGN.md §1.2, §3, §6). Where the API is
// missing, a small fallback wraps single-node matches in <mark> (DESIGN.md §1.2: "only then").
import type { Settings } from '../settings';
import {
  type Category,
  FLASH_HIGHLIGHT,
  HIGHLIGHT_NAMES,
  highlightNameOf,
  MYTH_HIGHLIGHT,
  URGENT_HIGHLIGHT,
} from './categories';
import type { PageMatch } from './match-store';
import { HighlightNames, markOwn } from './names';

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  readonly size: number;
}

/** The parts of CSS.highlights the painter uses; injected so happy-dom tests can fake it. */
export interface HighlightApi {
  registry: {
    set(name: string, h: HighlightLike): unknown;
    get(name: string): HighlightLike | undefined;
    delete(name: string): boolean;
  };
  create(): HighlightLike;
}

export function browserHighlightApi(): HighlightApi | undefined {
  const css = globalThis.CSS as (typeof CSS & { highlights?: unknown }) | undefined;
  if (!css?.highlights || typeof Highlight !== 'function') return undefined;
  return {
    registry: css.highlights as unknown as HighlightApi['registry'],
    create: () => new Highlight() as unknown as HighlightLike,
  };
}

export type PaintSettings = Pick<Settings, 'highlighting' | 'categories' | 'highlightStyle' | 'calmMode'>;

const COLORS: Record<Category, string> = {
  'red-flag': '#d93025',
  condition: '#1a73e8',
  massage: '#188038',
  contraindication: '#e37400',
};

/** Escalated terms: a deeper red than the red-flag category, and heavier in every style. */
const URGENT_COLOR = '#b3261e';

/**
 * The urgent rules. Unmistakable next to the category styles (a thick wavy red underline plus a
 * tinted background) while the text keeps its own colour, so it stays readable. In forced-colors
 * mode author colours are replaced, so use system colours: the Mark pair keeps the term visible.
 */
function urgentCss(style: Settings['highlightStyle'], nameOf: (canonical: string) => string): string[] {
  const name = nameOf(URGENT_HIGHLIGHT);
  const underline = `text-decoration:underline wavy ${URGENT_COLOR};text-decoration-thickness:3px;text-underline-offset:3px`;
  return [
    style === 'background'
      ? `::highlight(${name}){background-color:${URGENT_COLOR}47;${underline}}`
      : `::highlight(${name}){background-color:${URGENT_COLOR}1f;${underline}}`,
    `@media (forced-colors: active){::highlight(${name}){background-color:Mark;color:MarkText;text-decoration:underline wavy MarkText;text-decoration-thickness:3px}}`,
  ];
}

/**
/**
 * Claims (issue 12): calm, not urgent. A dotted grey-violet underline, lighter than the term
 * styles, so terms inside a claim keep their own mark on top of it.
 */
const MYTH_COLOR = '#7e57c2';
function mythCss(style: Settings['highlightStyle'], nameOf: (canonical: string) => string): string[] {
  const name = nameOf(MYTH_HIGHLIGHT);
  return [
    style === 'background'
      ? `::highlight(${name}){background-color:${MYTH_COLOR}1f}`
      : `::highlight(${name}){text-decoration:underline dotted ${MYTH_COLOR};text-decoration-thickness:2px;text-underline-offset:4px}`,
    `@media (forced-colors: active){::highlight(${name}){text-decoration:underline dotted CanvasText}}`,
  ];
}

/**
 * The ::highlight() rules for a style ('hover-only' paints nothing; cards still open), written with
 * the names registered in this document (`nameOf`: canonical → registered; DESIGN.md §3).
 */
export function highlightCss(
  style: Settings['highlightStyle'],
  nameOf: (canonical: string) => string = (n) => n,
): string {
  const rules = [`::highlight(${nameOf(FLASH_HIGHLIGHT)}){background-color:#ffe066;color:#000}`];
  if (style === 'hover-only') return rules.join('\n');
  rules.push(...mythCss(style, nameOf), ...urgentCss(style, nameOf));
  for (const [cat, canonical] of Object.entries(HIGHLIGHT_NAMES) as [Category, string][]) {
    const name = nameOf(canonical);
    const color = COLORS[cat];
    const line = cat === 'red-flag' ? 'wavy' : 'solid';
    rules.push(
      style === 'background'
        ? `::highlight(${name}){background-color:${color}2e}`
        : `::highlight(${name}){text-decoration:underline ${line} ${color};text-decoration-thickness:2px;text-underline-offset:3px}`,
    );
  }
  return rules.join('\n');
}

export class Painter {
  private settings: PaintSettings;
  /** One Highlight per highlight name (the category names and the urgent one). */
  private readonly highlights = new Map<string, HighlightLike>();
  /** Calm mode: the painted (earliest) match per section and concept. */
  private readonly first = new Map<string, PageMatch>();
  private readonly painted = new Set<PageMatch>();
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly marks = new Map<PageMatch, HTMLElement>();

  constructor(
    settings: PaintSettings,
    private readonly api: HighlightApi | undefined = browserHighlightApi(),
    /** Random names per document (DESIGN.md §3); canonical names stay internal. */
    readonly names: HighlightNames = new HighlightNames(),
  ) {
    this.settings = settings;
  }

  private css(style: Settings['highlightStyle']): string {
    return highlightCss(style, (n) => this.names.of(n));
  }

  /** Does this match count as shown (hover and summaries follow the same rule)? */
  isActive(m: PageMatch): boolean {
    if (m.claim) return this.settings.highlighting;
    return this.settings.highlighting && this.settings.categories.includes(m.category);
  }

  /** False when painting falls back to <mark> elements (no CSS.highlights). */
  get usesHighlights(): boolean {
    return this.api !== undefined;
  }

  isPainted(m: PageMatch): boolean {
    return this.painted.has(m);
  }

  /** Adds our stylesheet to a document or open shadow root (document styles stop at shadow edges). */
  adoptStyles(root: Document | ShadowRoot): void {
    if (!this.api || this.roots.has(root)) return;
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(this.css(this.settings.highlightStyle));
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.roots.add(root);
    } catch {
      // Constructable stylesheets unsupported here: highlights stay registered, unstyled.
    }
  }

  add(m: PageMatch): void {
    if (!this.isActive(m)) return;
    // Calm mode thins out repeats; an escalated term is always shown.
    if (this.settings.calmMode && !m.urgent && !m.claim) {
      const key = `${m.section}:${m.conceptId}`;
      const prev = this.first.get(key);
      if (prev && prev.seq <= m.seq) return;
      if (prev) this.unpaint(prev);
      this.first.set(key, m);
    }
    this.paint(m);
  }

  remove(m: PageMatch): void {
    if (this.settings.calmMode && !m.urgent && !m.claim) {
      const key = `${m.section}:${m.conceptId}`;
      if (this.first.get(key) === m) this.first.delete(key);
    }
    this.unpaint(m);
  }

  /** Applies new settings live: restyle, then repaint everything from `all`. */
  update(settings: PaintSettings, all: PageMatch[]): void {
    const restyle = settings.highlightStyle !== this.settings.highlightStyle;
    this.settings = settings;
    if (restyle) this.sheet?.replaceSync(this.css(settings.highlightStyle));
    this.clear();
    for (const m of all.sort((a, b) => a.seq - b.seq)) this.add(m);
  }

  /** Removes every highlight (the registry entries too). */
  clear(): void {
    for (const m of [...this.painted]) this.unpaint(m);
    this.first.clear();
    if (this.api)
      for (const name of [...Object.values(HIGHLIGHT_NAMES), URGENT_HIGHLIGHT, MYTH_HIGHLIGHT]) {
        // Only our own entry: a page may have put its own highlight under a name.
        if (this.api.registry.get(this.names.of(name)) === this.highlights.get(name))
          this.api.registry.delete(this.names.of(name));
      }
    this.highlights.clear();
  }

  /** Briefly marks one range (popup "show me"). */
  flash(range: Range, ms = 1600): void {
    if (!this.api) return;
    const h = this.api.create();
    h.add(range);
    const name = this.names.of(FLASH_HIGHLIGHT);
    this.api.registry.set(name, h);
    setTimeout(() => {
      if (this.api?.registry.get(name) === h) this.api.registry.delete(name);
    }, ms);
  }

  /** Teardown: highlights, flash and stylesheets go. */
  dispose(): void {
    this.clear();
    const flash = this.names.of(FLASH_HIGHLIGHT);
    if (this.api?.registry.get(flash)) this.api.registry.delete(flash);
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // The root's document is gone.
      }
    }
    this.roots.clear();
  }

  private paint(m: PageMatch): void {
    this.painted.add(m);
    if (!this.api) {
      this.markFallback(m);
      return;
    }
    // Each range goes into exactly one highlight: the urgent one, or its category's.
    const name = highlightNameOf(m);
    let h = this.highlights.get(name);
    if (!h) {
      h = this.api.create();
      this.highlights.set(name, h);
      this.api.registry.set(this.names.of(name), h);
    }
    h.add(m.range);
  }

  /**
   * Puts back what a page took away (issue 11 finding #8): `CSS.highlights.clear()`, a deleted or
   * replaced entry, or our stylesheet dropped from `adoptedStyleSheets`. Cheap (a few map
   * lookups), so the scanner calls it on a slow timer. Returns true when something was repaired.
   */
  repair(): boolean {
    if (!this.api) return false;
    let repaired = false;
    for (const [canonical, h] of this.highlights) {
      const name = this.names.of(canonical);
      if (this.api.registry.get(name) !== h) {
        this.api.registry.set(name, h);
        repaired = true;
      }
    }
    const sheet = this.sheet;
    if (sheet) {
      for (const root of this.roots) {
        try {
          if (!root.adoptedStyleSheets.includes(sheet)) {
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
            repaired = true;
          }
        } catch {
          // The root's document is gone.
        }
      }
    }
    return repaired;
  }

  private unpaint(m: PageMatch): void {
    if (!this.painted.delete(m)) return;
    this.highlights.get(highlightNameOf(m))?.delete(m.range);
    const mark = this.marks.get(m);
    if (mark) {
      this.marks.delete(m);
      mark.replaceWith(...mark.childNodes);
    }
  }

  /** Fallback without CSS.highlights: wrap a match that sits inside one text node. */
  private markFallback(m: PageMatch): void {
    if (this.settings.highlightStyle === 'hover-only' || m.range.startContainer !== m.range.endContainer)
      return;
    const doc = m.range.startContainer.ownerDocument;
    if (!doc) return;
    const mark = doc.createElement('mark');
    markOwn(mark);
    mark.style.cssText = m.claim
      ? `background:none;color:inherit;text-decoration:underline dotted 2px ${MYTH_COLOR}`
      : m.urgent
        ? `background:${URGENT_COLOR}1f;color:inherit;text-decoration:underline wavy 3px ${URGENT_COLOR}`
        : `background:none;color:inherit;text-decoration:underline 2px ${COLORS[m.category]}`;
    try {
      m.range.surroundContents(mark);
      this.marks.set(m, mark);
    } catch {
      // Range no longer wraps a single node: leave it unpainted.
    }
  }
}
