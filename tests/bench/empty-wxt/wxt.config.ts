import { defineConfig } from 'wxt';

// An empty WXT extension: the benchmark's reference for the cost of any WXT content script.
export default defineConfig({
  outDir: '../../../.output-empty-wxt',
  manifest: { name: 'empty WXT content script (BackCheck bench reference)' },
});
