// Finds the browsers the e2e tests drive, without downloading anything.
// Chromium (one that honours --load-extension), in this order:
//   1. $CHROMIUM_PATH (trusted as given; a missing file is an error, not a fallback)
//   2. the system Chromium: `chromium`, `chromium-browser` on PATH, then well-known paths
//   3. Playwright's Chromium (playwright-core's chromium.executablePath(), if downloaded)
// Branded Google Chrome is never picked: since Chrome 137 it ignores --load-extension.
// (scripts/browser.mjs adds a `playwright install chromium` step for the launchers.)
// Firefox: $FIREFOX_PATH, then `firefox-esr` or `firefox` on PATH, then well-known paths.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './paths.mjs';

const WINDOWS = process.platform === 'win32';

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

const FIREFOX_NAMES = ['firefox-esr', 'firefox'];
const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  process.env.PROGRAMFILES && path.join(process.env.PROGRAMFILES, 'Mozilla Firefox', 'firefox.exe'),
].filter(Boolean);

/** Firefox for the Firefox suite: { path, source } or { error } (one line). */
export function findFirefoxSync() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv, source: 'FIREFOX_PATH' }
      : { error: `FIREFOX_PATH=${fromEnv} is not an executable file` };
  }
  const system = firstOf(FIREFOX_NAMES, FIREFOX_PATHS);
  if (system) return { path: system, source: 'system Firefox' };
  return { error: 'no Firefox installed (Debian/Ubuntu: sudo apt-get install firefox-esr; or set FIREFOX_PATH)' };
}
