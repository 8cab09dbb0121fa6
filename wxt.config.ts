import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT configuration. Firefox-only manifest keys are added only for Firefox builds,
// because Chrome warns about unknown keys (DESIGN.md §4).
export default defineConfig({
  // WXT_OUT_DIR lets parallel builds (e.g. one per developer task) use separate folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backcheck@backcheck.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  webExt: { binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
});
