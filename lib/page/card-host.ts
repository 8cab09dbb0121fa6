// The one element BackCheck adds to a page (DESIGN.md §3): a host with a random tag per document
// and a CLOSED shadow root, so a page can neither read nor rewrite what the card says, nor tell
// from a name that BackCheck is installed (issue 11 findings #1, #4). Created lazily by the content
// script (the card's look comes later, from card-ui.js, rendered into `root`).
//
// Pages that re-render <body> or <html> remove the host (finding #3): `attach()` puts the same
// host back before every card, so the card still appears. A random tag also means a page cannot
// pre-register our custom-element name to make attachShadow() fail.
import { markOwn, randomElementName } from './names';

export interface CardHost {
  readonly host: HTMLElement;
  /** Closed: reachable only through this object (and `__backcheck.card()` in our world). */
  readonly root: ShadowRoot;
  /** Appends the host to the document if it is not there (first use, or a page removed it). */
  attach(): void;
  remove(): void;
}

/** Page styles cannot reach inside; the host itself takes no space and inherits nothing. */
const HOST_CSS = ':host{all:initial !important;display:contents !important}';

export function createCardHost(doc: Document = document, random: () => number = Math.random): CardHost {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  // A custom-element definition under our random name (unlikely, but a page may race us) makes
  // attachShadow throw: pick another name.
  for (let i = 0; i < 5 && !root; i++) {
    host = doc.createElement(randomElementName(random));
    try {
      root = host.attachShadow({ mode: 'closed' });
    } catch {
      root = undefined;
    }
  }
  if (!host || !root) throw new Error('could not create the card host');
  markOwn(host);
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  root.append(style);
  const el = host;
  return {
    host: el,
    root,
    attach() {
      if (el.isConnected && el.ownerDocument === doc) return;
      (doc.documentElement ?? doc).append(el);
    },
    remove() {
      el.remove();
    },
  };
}
