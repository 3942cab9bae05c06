// `npm test`: the first command on a fresh clone, and what CI runs. Installs
// dependencies if needed (`npm ci`), builds, then runs every check in turn (type check,
// Vitest, Playwright e2e against the built extension in Chromium, the Firefox suite
// against the Firefox build) even when an earlier one fails, and ends with one summary
// line: `N passed, N failed[, N skipped]`.
//
// Counts are unit + e2e + Firefox tests, read from each runner's JSON report. A step that fails
// without a failing test to show for it (build, type check, a runner crash, no browser)
// adds 1 to "failed", so a failing run never ends in "0 failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { buildExtension } from './build.mjs';
import { findBrowser } from './browser.mjs';
import { findFirefoxSync } from '../tests/support/find-browser.mjs';
import { ROOT } from '../tests/support/paths.mjs';
import { runNodeScript } from './run.mjs';

const STARTED = Date.now();
const results = []; // { step, ok, detail, passed, failed, skipped }

function record(step, ok, counts = {}, detail = '') {
  const passed = counts.passed ?? 0;
  const skipped = counts.skipped ?? 0;
  // A failing step always counts at least one failure.
  const failed = Math.max(counts.failed ?? 0, ok ? 0 : 1);
  results.push({ step, ok, detail, passed, failed, skipped });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

/**
 * A package's CLI script (from its package.json "bin"), run with this Node: no npx
 * lookup, no network, and package "exports" maps do not get in the way.
 */
function bin(pkg, name = pkg.split('/').pop()) {
  const dir = path.join(ROOT, 'node_modules', ...pkg.split('/'));
  const { bin: bins } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const script = typeof bins === 'string' ? bins : bins?.[name];
  if (!script) throw new Error(`${pkg} has no "${name}" command`);
  return path.join(dir, script);
}

async function typecheck() {
  heading('Type check: tsc --noEmit');
  const code = await runNodeScript(bin('typescript', 'tsc'), ['--noEmit']);
  record('typecheck', code === 0, {}, code === 0 ? 'ok' : `tsc exited ${code}`);
}

/** Passed / failed / skipped from a Vitest JSON report, or null without one. */
function vitestCounts(report) {
  const json = readJson(report);
  return json
    ? {
        passed: json.numPassedTests ?? 0,
        failed: json.numFailedTests ?? 0,
        skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
      }
    : null;
}

async function runVitest(step, reportDir, args = [], env = process.env) {
  const report = path.join(reportDir, `${step}.json`);
  const code = await runNodeScript(
    bin('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { env },
  );
  const counts = vitestCounts(report);
  record(step, code === 0, counts ?? {}, counts ? '' : `vitest exited ${code} without a report`);
}

async function unitTests(reportDir) {
  heading('Unit tests: vitest run');
  // The *.browser.test.ts files run in the Chromium the e2e tests use (vitest.config.ts).
  const browser = await findBrowser({ install: true });
  await runVitest('unit', reportDir, [], { ...process.env, ...(browser.path ? { CHROMIUM_PATH: browser.path } : {}) });
}

async function e2eTests(reportDir, built) {
  heading('End-to-end tests: playwright test');
  if (!built) {
    console.error('Not run: the extension did not build.');
    record('e2e', false, {}, 'not run (build failed)');
    return;
  }
  const browser = await findBrowser({ install: true });
  if (!browser.path) {
    console.error(browser.error);
    record('e2e', false, {}, browser.error);
    return;
  }
  console.log(`Browser: ${browser.path} (${browser.source})`);
  const report = path.join(reportDir, 'playwright.json');
  const code = await runNodeScript(bin('@playwright/test', 'playwright'), ['test', '--reporter=list,json'], {
    env: {
      ...process.env,
      CHROMIUM_PATH: browser.path,
      PLAYWRIGHT_JSON_OUTPUT_FILE: report,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report, // older spelling of the same setting
    },
  });
  const stats = readJson(report)?.stats;
  const counts = stats
    ? { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 }
    : {};
  record('e2e', code === 0, counts, stats ? '' : `playwright exited ${code} without a report`);
}

async function firefoxTests(reportDir) {
  heading('Firefox end-to-end tests: vitest run -c vitest.firefox.config.ts');
  const firefox = findFirefoxSync();
  if (!firefox.path) {
    console.log(`Firefox suite skipped: ${firefox.error}.`);
    record('firefox', true, { skipped: 1 }, 'skipped: no Firefox installed');
    return;
  }
  console.log(`Browser: ${firefox.path} (${firefox.source})`);
  if (!(await buildExtension({ browser: 'firefox' }))) {
    record('firefox', false, {}, 'not run (npm run build:firefox failed)');
    return;
  }
  await runVitest('firefox', reportDir, ['-c', 'vitest.firefox.config.ts'], { ...process.env, FIREFOX_PATH: firefox.path });
}

function summarise() {
  heading('Summary');
  for (const r of results) {
    const hasCounts = ['unit', 'e2e', 'firefox'].includes(r.step);
    const counts = hasCounts ? `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}` : '';
    const detail = r.ok && r.detail === 'ok' ? '' : r.detail;
    console.log(`${r.step.padEnd(10)} ${(r.ok ? 'ok' : 'FAILED').padEnd(7)} ${[counts, detail].filter(Boolean).join(' - ')}`.trimEnd());
  }
  const seconds = Math.round((Date.now() - STARTED) / 1000);
  console.log(`(took ${Math.floor(seconds / 60)} min ${seconds % 60} s)`);
  const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
  const skipped = total('skipped');
  console.log(`${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return results.every((r) => r.ok) ? 0 : 1;
}

async function main() {
  heading('Dependencies');
  if (!(await ensureDeps())) {
    record('deps', false, {}, 'npm ci failed');
    return summarise();
  }
  console.log('node_modules is up to date.');

  heading('Build: npm run build, npm run build:timing');
  const built = (await buildExtension()) && (await buildExtension({ browser: 'timing' }));
  record('build', built, {}, built ? 'ok' : 'npm run build or build:timing failed');

  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
  try {
    // Each step records its own result; an unexpected crash in one must not hide the rest.
    for (const [step, fn] of [
      ['typecheck', () => typecheck()],
      ['unit', () => unitTests(reportDir)],
      ['e2e', () => e2eTests(reportDir, built)],
      ['firefox', () => firefoxTests(reportDir)],
    ]) {
      await fn().catch((error) => {
        console.error(error);
        record(step, false, {}, `crashed: ${error?.message ?? error}`);
      });
    }
  } finally {
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
  return summarise();
}

process.exitCode = await main();
