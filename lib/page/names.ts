// Names a page can see, chosen at random per document (DESIGN.md §3, issue 11 finding #4): the
// highlight names registered in CSS.highlights and the card host's tag. A fixed name such as
// "backcheck-condition" tells every page that this person uses a back-pain extension (a health
// inference), so pages only ever see random letters. The canonical names (`backcheck-<kind>`,
// `backcheck-urgent`, `backcheck-flash`) stay internal and are reported, in the content script's
// isolated world only, by `globalThis.__backcheck.highlightKinds()`.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `length` random lower-case letters (a valid CSS identifier and element-name part). */
export function randomLetters(length: number, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[Math.floor(random() * LETTERS.length) % LETTERS.length];
  return out;
}

/**
 * Letter runs a page could read as ours even in random letters ("zxwxt-jtjjvs" once failed the
 * hostile e2e test by chance): BackCheck's name and initials, and the framework's.
 */
const TELLTALE = /backcheck|bc-|wxt/;

/** Draws `make()` again until it holds no telltale run (a few in a thousand draws need a second). */
function withoutTelltale(make: () => string): string {
  let name = make();
  while (TELLTALE.test(name)) name = make();
  return name;
}

/** A valid custom-element name that says nothing about BackCheck, e.g. "qzkfa-mbtrwe". */
export function randomElementName(random: () => number = Math.random): string {
  return withoutTelltale(() => `${randomLetters(5, random)}-${randomLetters(6, random)}`);
}

/** Canonical highlight name ↔ the random name registered for it in this document. */
export class HighlightNames {
  private readonly registered = new Map<string, string>();
  private readonly canonical = new Map<string, string>();

  constructor(private readonly random: () => number = Math.random) {}

  /** The registered name for a canonical one (created on first use, stable afterwards). */
  of(canonicalName: string): string {
    let name = this.registered.get(canonicalName);
    if (!name) {
      do name = withoutTelltale(() => randomLetters(10, this.random));
      while (this.canonical.has(name));
      this.registered.set(canonicalName, name);
      this.canonical.set(name, canonicalName);
    }
    return name;
  }

  /** The canonical name behind a registered one, if it is ours. */
  canonicalOf(registeredName: string): string | undefined {
    return this.canonical.get(registeredName);
  }

  /** Every registered name → its canonical name. */
  kinds(): Record<string, string> {
    return Object.fromEntries(this.canonical);
  }
}

/**
 * Elements BackCheck added (the card host, fallback <mark>s), known by identity rather than by a
 * tag or attribute a page could read; the mutation follower ignores them.
 */
const own = new WeakSet<Node>();

export function markOwn(node: Node): void {
  own.add(node);
}

export function isOwn(node: Node): boolean {
  return own.has(node);
}
