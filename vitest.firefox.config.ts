import { defineConfig } from 'vitest/config';

// The core journey in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built Firefox
// add-on (.output/firefox-mv2). One browser for the whole file; tests/firefox/firefox.ts.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/firefox/global-setup.ts'],
  },
});
