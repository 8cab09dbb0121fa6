// Which elements are skipped and which start a block (DESIGN.md §6 skip rules; FACTS.md §6.1
// D2(c): the edge of a block element ends a sentence). Tag names only: reading computed styles
// for every element would cost more than the whole scan of a term-free page.

/** Subtrees never scanned: form fields, code-like and non-text content. (Our card host needs no entry:
 * its shadow root is closed and it has no light DOM.) */
const SKIPPED = new Set([
  'input',
  'textarea',
  'select',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Scanned only when settings.scanCode is on. */
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);

/** Elements whose edges split text into separate blocks (sentences, D2(c)). */
const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'div',
  'section',
  'article',
  'body',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'caption',
  'figure',
  'figcaption',
  'address',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'dialog',
  'hgroup',
  'center',
  'menu',
  'button',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

export function isBlockName(name: string): boolean {
  return BLOCKS.has(name);
}

export function isHeadingName(name: string): boolean {
  return HEADINGS.has(name);
}

/** Skipped by tag name alone (the attribute rules are found in bulk by SKIP_SELECTOR). */
export function isSkippedName(name: string, scanCode: boolean): boolean {
  return SKIPPED.has(name) || (!scanCode && CODE.has(name));
}

/**
 * Elements skipped for an attribute: editing hosts (§6) and the hidden attribute (the cheap
 * case of display:none). One native querySelectorAll per walk is far cheaper than reading two
 * attributes on every element.
 */
export const SKIP_SELECTOR = '[contenteditable]:not([contenteditable="false" i]),[hidden]';

/** Nearest block-level ancestor of a node (or the node itself), stopping at the tree root. */
export function nearestBlock(node: Node): Element | undefined {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1) {
    if (isBlockElement(n as Element)) return n as Element;
    n = n.parentNode;
  }
  return undefined;
}
