// Finds a Chromium that honours --load-extension, in this order:
//   1. $CHROMIUM_PATH (trusted as given; a missing file is an error, not a fallback)
//   2. the system Chromium: `chromium`, `chromium-browser` on PATH, then well-known paths
//   3. Playwright's Chromium (playwright-core's chromium.executablePath(), if downloaded)
//   4. only when asked (`install: true`): `playwright install chromium`, with a timeout
// Branded Google Chrome is never picked: since Chrome 137 it ignores --load-extension.
// CLI: `node tests/support/find-browser.mjs [--install]` prints the path or the one-line reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths.mjs';
import { runNodeScript } from './run.mjs';

const WINDOWS = process.platform === 'win32';
const INSTALL_TIMEOUT_MS = 180_000;

const SYSTEM_NAMES = ['chromium', 'chromium-browser'];
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  path.join(os.homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
  process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, 'Chromium', 'Application', 'chrome.exe'),
].filter(Boolean);
const CHROME_NAMES = ['google-chrome', 'google-chrome-stable', 'chrome'];
const CHROME_PATHS = [
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  process.env.PROGRAMFILES && path.join(process.env.PROGRAMFILES, 'Google', 'Chrome', 'Application', 'chrome.exe'),
].filter(Boolean);

function isExecutable(file) {
  try {
    fs.accessSync(file, WINDOWS ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  const exts = WINDOWS ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function firstOf(names, paths) {
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  return paths.find(isExecutable) ?? null;
}

/** Playwright's own Chromium path if it has been downloaded (playwright-core loaded lazily). */
function playwrightChromium() {
  try {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const file = require('playwright-core').chromium.executablePath();
    return file && isExecutable(file) ? file : null;
  } catch {
    return null; // dependencies not installed yet
  }
}

function looksLikeGoogleChrome(file) {
  return /google[- ]chrome|[\\/]google[\\/]chrome[\\/]/i.test(file);
}

/** The one line printed when nothing usable is found. */
export function missingBrowserMessage() {
  const chrome = firstOf(CHROME_NAMES, CHROME_PATHS);
  const why = chrome
    ? `found only Google Chrome (${chrome}), which ignores --load-extension since version 137; `
    : 'no Chromium found; ';
  return (
    `Dossier needs Chromium: ${why}install it (Debian/Ubuntu: sudo apt-get install chromium; ` +
    'macOS: brew install --cask chromium) or run `npx playwright install chromium`, or set CHROMIUM_PATH.'
  );
}

/** Without downloading anything: { path, source } or { error } (one line). */
export function findBrowserSync() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) return { error: `CHROMIUM_PATH=${fromEnv} is not an executable file.` };
    if (looksLikeGoogleChrome(fromEnv)) {
      console.warn('Warning: CHROMIUM_PATH points at Google Chrome, which ignores --load-extension (Chrome 137+).');
    }
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = firstOf(SYSTEM_NAMES, SYSTEM_PATHS);
  if (system) return { path: system, source: 'system Chromium' };
  const bundled = playwrightChromium();
  if (bundled) return { path: bundled, source: "Playwright's Chromium" };
  return { error: missingBrowserMessage() };
}

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
  const bundled = code === 0 ? playwrightChromium() : null;
  return bundled ? { path: bundled, source: "Playwright's Chromium (just installed)" } : found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = await findBrowser({ install: process.argv.includes('--install'), log: console.error });
  if (found.path) console.log(found.path);
  else {
    console.error(found.error);
    process.exitCode = 1;
  }
}
