import { defineConfig } from '@playwright/test';

// E2E tests load the built extension (.output/chrome-mv3) into Chromium through the
// fixtures in tests/e2e/fixtures.ts; `npm test` builds first and sets CHROMIUM_PATH.
// One worker: each test launches its own browser, and CI has 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
