// `npm test`: the first command on a fresh clone, and what CI runs. Installs
// dependencies if needed, builds, then runs every check in turn (type check, Vitest,
// Playwright e2e against the built extension) even when an earlier one fails, and
// ends with one summary line: `N passed, N failed[, N skipped]`.
//
// Counts are unit + e2e tests, read from each runner's JSON report. A step that fails
// without a failing test to show for it (build, type check, a runner crash, no browser)
// adds 1 to "failed", so a failing run never ends in "0 failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureDeps } from './ensure-deps.mjs';
import { buildExtension } from './build.mjs';
import { findBrowser } from './find-browser.mjs';
import { ROOT } from './paths.mjs';
import { runNodeScript } from './run.mjs';

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

/** Resolves a package's CLI script inside node_modules, run with this Node (no npx). */
function bin(specifier) {
  return createRequire(path.join(ROOT, 'package.json')).resolve(specifier);
}

async function typecheck() {
  heading('Type check: tsc --noEmit');
  const code = await runNodeScript(bin('typescript/bin/tsc'), ['--noEmit']);
  record('typecheck', code === 0, {}, code === 0 ? 'ok' : `tsc exited ${code}`);
}

async function unitTests(reportDir) {
  heading('Unit tests: vitest run');
  const report = path.join(reportDir, 'vitest.json');
  const code = await runNodeScript(bin('vitest/vitest.mjs'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const json = readJson(report);
  const counts = json
    ? {
        passed: json.numPassedTests ?? 0,
        failed: json.numFailedTests ?? 0,
        skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
      }
    : {};
  record('unit', code === 0, counts, json ? '' : `vitest exited ${code} without a report`);
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
  const code = await runNodeScript(bin('@playwright/test/cli.js'), ['test', '--reporter=list,json'], {
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

function summarise() {
  heading('Summary');
  for (const r of results) {
    const counts = r.passed + r.failed + r.skipped > 0 && r.step !== 'build' && r.step !== 'typecheck'
      ? `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`
      : '';
    const status = r.ok ? 'ok' : 'FAILED';
    console.log(`${r.step.padEnd(10)} ${status.padEnd(7)} ${[counts, r.detail].filter(Boolean).join(' - ')}`);
  }
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

  heading('Build: npm run build');
  const built = await buildExtension();
  record('build', built, {}, built ? 'ok' : 'npm run build failed');

  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
  try {
    await typecheck();
    await unitTests(reportDir);
    await e2eTests(reportDir, built);
  } finally {
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
  return summarise();
}

process.exitCode = await main();
