// Test and evaluation access (DESIGN.md §3 "Test access, isolated world only"): defined on the
// content script's own globalThis, which pages never see (they run in the main world). Read-only.

export interface BackcheckAccess {
  /** Each registered highlight name → its canonical name (`backcheck-<kind>`, …). */
  highlightKinds(): Record<string, string>;
  /** The card's (closed) shadow root, once the first card was shown. */
  card(): ShadowRoot | null;
  /**
   * Resolves once everything scanned so far is read and painted: the background reads the page's
   * text, so highlights arrive a message or two after the first (issue 10).
   */
  settled(): Promise<void>;
}

declare global {
  var __backcheck: BackcheckAccess | undefined;
}

export function exposeTestAccess(access: BackcheckAccess): void {
  const frozen: BackcheckAccess = Object.freeze({
    highlightKinds: () => ({ ...access.highlightKinds() }),
    card: () => access.card(),
    settled: () => access.settled(),
  });
  try {
    Object.defineProperty(globalThis, '__backcheck', {
      value: frozen,
      writable: false,
      enumerable: false,
      // A later instance (extension reload in the same world) may replace it.
      configurable: true,
    });
  } catch {
    // Defined non-configurably by someone else: tests will notice.
  }
}
