// The reference for "a page with no terms should cost about an empty WXT content script plus the
// floor" (issue 10): the same WXT, the same content-script options as BackCheck's, nothing in main.
// page.bench.ts builds it (into .output-empty-wxt) and loads it side by side with BackCheck.
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  main() {},
});
