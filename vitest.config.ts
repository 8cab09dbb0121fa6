import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure modules under Node; Preact components and DOM helpers under happy-dom
// (files opt in with `// @vitest-environment happy-dom`). Real-browser tests live in tests/e2e;
// checks against ../shared (`*.conformance.test.ts`) run in vitest.conformance.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/*.conformance.test.ts'],
    environment: 'node',
  },
});
