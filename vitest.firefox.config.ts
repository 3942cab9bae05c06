import { defineConfig } from 'vitest/config';

// The Firefox suite (tests/firefox): the built .output/firefox-mv3 in Firefox, driven by
// puppeteer-core over WebDriver BiDi. `npm test` builds it first; by hand:
// `npm run build:firefox && npx vitest run -c vitest.firefox.config.ts`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    // One Firefox at a time (CI has 2 cores); each file starts its own.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
