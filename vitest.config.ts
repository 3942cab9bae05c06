import fs from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The Chromium that runs the `*.browser.test.ts` files: `npm test` passes the one it found
 * (CHROMIUM_PATH); otherwise the system Chromium, else Playwright's own download.
 */
const chromium = process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'node',
          // Runs before the browser project, not beside it: Chromium's start would load the
          // machine under the Node tests.
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.browser.test.ts'],
          environment: 'node',
        },
      },
      {
        // DOM modules of page marking and the hover card, in a real page (layout, TreeWalker,
        // CSS.highlights, StaticRange), as 10ten-ja-reader's *.browser.test.ts do. Without
        // WXT's plugin: its setup module (the fake `browser`) does not load in a page, and
        // these modules take what they need of the extension as arguments.
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['tests/unit/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromium } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
