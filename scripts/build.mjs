// `npm run build` (Chrome, .output/chrome-mv3) or `npm run build:firefox`
// (.output/firefox-mv3): the archive index step (WXT's build:before hook) then `wxt build`.
// Shared by `npm start` and `npm test`.
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, FIREFOX_DIR, TIMING_EXTENSION_DIR, rel } from '../tests/support/paths.mjs';
import { npmCommand, run } from './run.mjs';

const TARGETS = {
  chrome: { script: 'build', dir: EXTENSION_DIR },
  firefox: { script: 'build:firefox', dir: FIREFOX_DIR },
  // Chrome with User Timing entries (page-marking/timing.ts), for the benchmarks and one e2e test.
  timing: { script: 'build:timing', dir: TIMING_EXTENSION_DIR },
};

/** Resolves to true when the build succeeded and left a manifest behind. */
export async function buildExtension({ browser = 'chrome', log = console.log } = {}) {
  const { script, dir } = TARGETS[browser];
  log(`Building the extension: npm run ${script}`);
  const code = await run(npmCommand(), ['run', script]);
  if (code !== 0) {
    console.error(`The build failed (npm run ${script} exited ${code}).`);
    return false;
  }
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`The build finished but ${rel(dir)}/manifest.json is missing.`);
    return false;
  }
  return true;
}
