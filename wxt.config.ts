import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * @wxt-dev/storage creates its `storage` object when loaded, which keeps it in any bundle that
 * imports lib/settings.ts even where no storage item is used. Declaring the package free of side
 * effects (it only defines things) lets the content script, which reads storage.sync directly,
 * leave it out (DESIGN.md §5 "Small"); the popup and options still bundle it as before.
 */
const storageWithoutSideEffects: Plugin = {
  name: 'backcheck:storage-without-side-effects',
  transform: {
    filter: { id: /[\\/]node_modules[\\/](@wxt-dev[\\/]storage|superlock)[\\/]/ },
    handler: (code) => ({ code, moduleSideEffects: false }),
  },
};

/**
 * The content script's first stage runs on every page, so what it evaluates is paid everywhere
 * (issue 10): webextension-polyfill took about 4 ms of top-level work per page (building its API
 * metadata and wrappers) for three calls. In that one build, `browser` is the browser's own object
 * instead (@wxt-dev/browser: Firefox's `browser`, Chrome's promise-returning `chrome`); the one
 * place where the two differ, a message listener answering with a promise, goes through
 * lib/reply.ts. The second stage (page-scan.js) does the same: it took about 4 ms more on every
 * page with terms, and it only uses promise-returning calls (sendMessage, storage, getURL) that
 * both browsers' own objects provide. Every other entry keeps the polyfill.
 */
function rawBrowserInContentScript(): Plugin {
  let content = false;
  return {
    name: 'backcheck:raw-browser-in-content-script',
    enforce: 'pre',
    buildStart(options) {
      const input = options.input ?? [];
      const entries =
        typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input);
      content = entries.some((e) => /entrypoints[\\/](?:content[\\/]index|page-scan)\.ts$/.test(e));
    },
    resolveId(source, importer, options) {
      if (!content || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true });
    },
  };
}

// WXT configuration. Firefox-only manifest keys are added only for Firefox builds,
// because Chrome warns about unknown keys (DESIGN.md §4).
export default defineConfig({
  // WXT_OUT_DIR lets parallel builds (e.g. one per developer task) use separate folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), storageWithoutSideEffects, rawBrowserInContentScript()],
    // BACKCHECK_SOURCEMAP=1 (the page benchmark) writes .map files beside the scripts, without a
    // sourceMappingURL comment, so profiles can be attributed to source files (tests/bench).
    ...(process.env.BACKCHECK_SOURCEMAP ? { build: { sourcemap: 'hidden' as const } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: 'BackCheck',
    description:
      'Highlights back-pain, spine and massage terms on any page and explains them, warning signs first. Works offline; no tracking.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    action: { default_title: 'BackCheck' },
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show the BackCheck card for the selected term',
      },
    },
    // The hover card's UI, the page's own reader and Zod's validation, imported by the content
    // script on first use (entrypoints/card-ui.ts, page-reader.ts, validation.ts).
    // A dynamic URL (Chrome) keeps pages from probing for the extension by this file; WXT
    // flattens the entry to MV2's plain list for Firefox.
    // The content script's second stage (entrypoints/page-scan.ts) is imported the same way, only on
    // pages whose text may hold a term (DESIGN.md §5 "Cheap where nothing matches").
    web_accessible_resources: [
      {
        resources: ['card-ui.js', 'page-scan.js', 'page-reader.js', 'validation.js'],
        matches: ['<all_urls>'],
        use_dynamic_url: true,
      },
    ],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backcheck@backcheck.example',
              // 140: the current ESR (Debian's firefox-esr), which knows data_collection_permissions;
              // Firefox for Android learned it in 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: { binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
});
