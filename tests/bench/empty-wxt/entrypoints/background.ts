// An empty background, only so the bench's launcher (tests/e2e/browser.ts) finds a service worker
// and the extension's id; it runs in its own process and costs the page nothing.
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {});
