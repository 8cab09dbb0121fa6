import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Conformance suite: the checks against the shared specification and evaluation sets in
// ../shared (FACTS.md ids, eval/detection-cases.json, eval/symptom-queries.json, the 89-page
// corpus in Chromium). `npm run test:conformance` (tests/conformance/run.ts) runs this config
// when ../shared is there and otherwise prints one line saying what it skipped; run directly,
// every test whose input is missing fails.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'conformance',
          include: ['lib/**/*.conformance.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'conformance-e2e',
          include: ['tests/e2e/**/*.conformance.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
