// WXT's ContentScriptContext announces every content script to the page and obeys the page
// (issue 11 finding #2): its constructor dispatches a CustomEvent on `document` and posts a
// window message, both named `<extension id>:content:wxt:content-script-started`, and any such
// event it hears with a different message id shuts the script down ("stop old scripts", meant for
// dev-mode reloads). A page that replays the event therefore switches BackCheck off, and anyone
// who knows BackCheck's public id can tell it is installed (a health inference, finding #4).
//
// Importing this module first, before WXT constructs the context, turns both off. The old-script
// hand-over they served is done inside the isolated world instead (`replacePreviousInstance`),
// where no page can reach. WXT's other context features (signal, onInvalidated, timers) are kept.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const proto = ContentScriptContext.prototype as unknown as Record<string, unknown>;
for (const method of ['stopOldScripts', 'listenForNewerScripts']) {
  if (typeof proto[method] === 'function') proto[method] = () => {};
}

declare global {
  /** Isolated world only: stops the previous instance of the content script (an extension reload). */
  var __backcheckStop: (() => void) | undefined;
}

/** Stops an earlier instance running in this same isolated world, and registers this one. */
export function replacePreviousInstance(stop: () => void): void {
  try {
    globalThis.__backcheckStop?.();
  } catch {
    // The previous instance's extension context is gone; nothing left to stop.
  }
  globalThis.__backcheckStop = stop;
}
