// The Chromium the launchers use: what tests/support/find-browser.mjs finds, and when
// asked (`install: true`) as a last resort `playwright install chromium`, with a timeout.
// CLI: `node scripts/browser.mjs [--install]` prints the path or the one-line reason.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { findBrowserSync } from '../tests/support/find-browser.mjs';
import { ROOT } from '../tests/support/paths.mjs';
import { runNodeScript } from './run.mjs';

const INSTALL_TIMEOUT_MS = 180_000;

/** Like findBrowserSync, but with `install: true` tries `playwright install chromium` last. */
export async function findBrowser({ install = false, log = console.log } = {}) {
  const found = findBrowserSync();
  if (found.path || !install || process.env.CHROMIUM_PATH) return found;
  let cli;
  try {
    cli = createRequire(path.join(ROOT, 'package.json')).resolve('playwright-core/cli.js');
  } catch {
    return found;
  }
  log('No Chromium found; trying `playwright install chromium` (needs network)...');
  const code = await runNodeScript(cli, ['install', 'chromium'], {
    timeoutMs: INSTALL_TIMEOUT_MS,
    // Fail fast when the download host is unreachable instead of waiting on retries.
    env: { ...process.env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: process.env.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT ?? '20000' },
  });
  const installed = code === 0 ? findBrowserSync() : found;
  return installed.path ? { path: installed.path, source: `${installed.source} (just installed)` } : found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = await findBrowser({ install: process.argv.includes('--install'), log: console.error });
  if (found.path) console.log(found.path);
  else {
    console.error(found.error);
    process.exitCode = 1;
  }
}
