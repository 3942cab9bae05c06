// Project paths, derived from this file's location so nothing machine-specific is
// ever written down: the launchers run from any clone, wherever it lives.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** Where `wxt build` puts the Chrome MV3 build that the launchers and e2e tests load. */
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
/**
 * `npm run build:timing` (WXT mode `timing`): the same extension plus the User Timing entries
 * the benchmarks and tests/e2e/highlight-large.spec.ts read (page-marking/timing.ts).
 */
export const TIMING_EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3-timing');
export const FIREFOX_DIR = path.join(ROOT, '.output', 'firefox-mv3');
export const DEMO_DIR = path.join(ROOT, 'assets', 'demo');
export const E2E_PAGES_DIR = path.join(ROOT, 'tests', 'e2e', 'pages');
/** Third-party test pages live in ../shared beside the clone (may be absent). */
export const SHARED_PAGES_DIR = path.join(ROOT, '..', 'shared', 'data', 'pages');

/** A path relative to the project root, for messages (never print machine paths twice). */
export function rel(p) {
  return path.relative(process.cwd(), p) || '.';
}
