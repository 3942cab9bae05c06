// `npm start`: the first command on a fresh clone. Installs dependencies if needed,
// builds the extension, then opens a headed Chromium with Dossier loaded on the demo
// page (served over http, since content scripts do not run on file:// pages).
// Without a display it explains how to load the build by hand, and exits 0.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { buildExtension } from './build.mjs';
import { findBrowser } from './browser.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { DEMO_DIR, EXTENSION_DIR, FIREFOX_DIR, rel } from '../tests/support/paths.mjs';

function hasDisplay() {
  if (process.platform !== 'linux') return true; // macOS/Windows always have a desktop session
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printManualInstructions() {
  const ext = rel(EXTENSION_DIR);
  const demo = rel(path.join(DEMO_DIR, 'index.html'));
  console.log(
    [
      '',
      'No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can be opened.',
      `Dossier is built in ${ext}. To try it where you have a browser:`,
      `  Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick the ${ext} folder.`,
      `  Firefox:  run \`npm run build:firefox\`, open about:debugging, "This Firefox", "Load Temporary Add-on",`,
      `            and pick ${rel(FIREFOX_DIR)}/manifest.json.`,
      `Demo page: ${demo}. Content scripts do not run on file:// pages, so serve it with`,
      '  node tests/support/static-server.mjs',
      'and open the http://127.0.0.1:<port>/ address it prints.',
    ].join('\n'),
  );
}

function launchArgs(profileDir, url) {
  const args = [
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  return [...args, url];
}

async function main() {
  if (!(await ensureDeps())) return 1;
  if (!(await buildExtension())) return 1;

  if (!hasDisplay()) {
    printManualInstructions();
    return 0;
  }

  const browser = await findBrowser({ install: true });
  if (!browser.path) {
    console.error(browser.error);
    return 1;
  }

  const server = await startStaticServer([{ prefix: '/', dir: DEMO_DIR }]);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-profile-'));
  const url = server.url('/');
  console.log(`Opening ${browser.source} (${browser.path}) with Dossier loaded from ${rel(EXTENSION_DIR)}.`);
  console.log(`Demo page: ${url}`);
  console.log('Close the browser window or press Ctrl+C to stop.');

  // Chromium's logging is noise while it runs; keep the tail to explain a failed start.
  const child = spawn(browser.path, launchArgs(profileDir, url), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderrTail = '';
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-2000);
  });
  const cleanUp = async () => {
    await server.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => child.kill('SIGTERM'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));

  return new Promise((resolve) => {
    child.on('error', async (error) => {
      console.error(`Could not start ${browser.path}: ${error.message}`);
      await cleanUp();
      resolve(1);
    });
    child.on('exit', async (code, signal) => {
      await cleanUp();
      // Closing the window exits 0; Ctrl+C ends it by signal. Anything else is a failed start.
      if (code && !signal) {
        console.error(`${browser.path} exited with code ${code}. Its last output:\n${stderrTail.trim()}`);
        resolve(1);
      } else resolve(0);
    });
  });
}

process.exitCode = await main();
