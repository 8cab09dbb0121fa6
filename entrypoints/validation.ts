// Zod's validation for the content script's second stage, as a separate web-accessible script
// imported on first need (issue 10: evaluating Zod was about 3.7 ms of a 28 ms load of a page with
// a term). Every message the second stage acts on is still validated with the one Zod schema
// (lib/messages.ts, DESIGN.md §7); stored settings that need a repair are parsed with the settings
// schema (lib/settings.ts), while settings that need none are taken as they are
// (lib/settings-store.ts exactSettings).
import { defineUnlistedScript } from '#imports';
import { parseMessage } from '../lib/messages';
import { parseSettings } from '../lib/settings';

export interface Validation {
  parseMessage: typeof parseMessage;
  parseSettings: typeof parseSettings;
}

declare global {
  /** Set by validation.js when the content script imports it. */
  var __backcheckValidation: Validation | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__backcheckValidation = { parseMessage, parseSettings };
});
