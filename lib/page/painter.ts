// Paints matches with the CSS Custom Highlight API: one Highlight per category, styled by a
// constructable stylesheet in document.adoptedStyleSheets, so no element is added and the
// page's DOM, layout and observers never notice (DESIGN.md §1.2, §3, §6). Where the API is
// missing, a small fallback wraps single-node matches in <mark> (DESIGN.md §1.2: "only then").
import type { Settings } from '../settings';
import { type Category, FLASH_HIGHLIGHT, HIGHLIGHT_NAMES } from './categories';
import type { PageMatch } from './match-store';

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

/** The ::highlight() rules for a style ('hover-only' paints nothing; cards still open). */
export function highlightCss(style: Settings['highlightStyle']): string {
  const rules = [`::highlight(${FLASH_HIGHLIGHT}){background-color:#ffe066;color:#000}`];
  if (style === 'hover-only') return rules.join('\n');
  for (const [cat, name] of Object.entries(HIGHLIGHT_NAMES) as [Category, string][]) {
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
  private readonly highlights = new Map<Category, HighlightLike>();
  /** Calm mode: the painted (earliest) match per section and concept. */
  private readonly first = new Map<string, PageMatch>();
  private readonly painted = new Set<PageMatch>();
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<Document | ShadowRoot>();
  private readonly marks = new Map<PageMatch, HTMLElement>();

  constructor(
    settings: PaintSettings,
    private readonly api: HighlightApi | undefined = browserHighlightApi(),
  ) {
    this.settings = settings;
  }

  /** Does this match count as shown (hover and summaries follow the same rule)? */
  isActive(m: PageMatch): boolean {
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
        this.sheet.replaceSync(highlightCss(this.settings.highlightStyle));
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.roots.add(root);
    } catch {
      // Constructable stylesheets unsupported here: highlights stay registered, unstyled.
    }
  }

  add(m: PageMatch): void {
    if (!this.isActive(m)) return;
    if (this.settings.calmMode) {
      const key = `${m.section}:${m.conceptId}`;
      const prev = this.first.get(key);
      if (prev && prev.seq <= m.seq) return;
      if (prev) this.unpaint(prev);
      this.first.set(key, m);
    }
    this.paint(m);
  }

  remove(m: PageMatch): void {
    if (this.settings.calmMode) {
      const key = `${m.section}:${m.conceptId}`;
      if (this.first.get(key) === m) this.first.delete(key);
    }
    this.unpaint(m);
  }

  /** Applies new settings live: restyle, then repaint everything from `all`. */
  update(settings: PaintSettings, all: PageMatch[]): void {
    const restyle = settings.highlightStyle !== this.settings.highlightStyle;
    this.settings = settings;
    if (restyle) this.sheet?.replaceSync(highlightCss(settings.highlightStyle));
    this.clear();
    for (const m of all.sort((a, b) => a.seq - b.seq)) this.add(m);
  }

  /** Removes every highlight (the registry entries too). */
  clear(): void {
    for (const m of [...this.painted]) this.unpaint(m);
    this.first.clear();
    if (this.api) for (const name of Object.values(HIGHLIGHT_NAMES)) this.api.registry.delete(name);
    this.highlights.clear();
  }

  /** Briefly marks one range (popup "show me"). */
  flash(range: Range, ms = 1600): void {
    if (!this.api) return;
    const h = this.api.create();
    h.add(range);
    this.api.registry.set(FLASH_HIGHLIGHT, h);
    setTimeout(() => {
      if (this.api?.registry.get(FLASH_HIGHLIGHT) === h) this.api.registry.delete(FLASH_HIGHLIGHT);
    }, ms);
  }

  /** Teardown: highlights, flash and stylesheets go. */
  dispose(): void {
    this.clear();
    this.api?.registry.delete(FLASH_HIGHLIGHT);
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
    let h = this.highlights.get(m.category);
    if (!h) {
      h = this.api.create();
      this.highlights.set(m.category, h);
      this.api.registry.set(HIGHLIGHT_NAMES[m.category], h);
    }
    h.add(m.range);
  }

  private unpaint(m: PageMatch): void {
    if (!this.painted.delete(m)) return;
    this.highlights.get(m.category)?.delete(m.range);
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
    mark.dataset.backcheck = m.category;
    mark.style.cssText = `background:none;color:inherit;text-decoration:underline 2px ${COLORS[m.category]}`;
    try {
      m.range.surroundContents(mark);
      this.marks.set(m, mark);
    } catch {
      // Range no longer wraps a single node: leave it unpainted.
    }
  }
}
