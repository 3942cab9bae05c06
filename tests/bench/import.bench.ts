/**
 * Import benchmark (not a timed test): the 60,146 headlines of
 * ../shared/data/corpora/headlines-2025-2026/headlines.jsonl imported through the archive
 * page of the built extension, in headless Chromium, with the file picker, as a user would.
 * Run: npm run build && npm run bench:import
 *
 * Reported: wall time from picking the file to the page saying "Imported" (which it says only
 * once the background searches every stored article), articles stored per second, the
 * archive page's main-thread tasks meanwhile (the page must stay responsive: count over 50 ms
 * of thread time, and the longest, from Chrome's trace; see tests/e2e/main-thread-tasks.ts),
 * the time each phase started, and the import worker's JS heap after the import
 * (`performance.memory`, where the browser offers it in workers; else n/a).
 *
 * Env: CHROMIUM_PATH (default: the one tests/support/find-browser.mjs finds), IMPORT_FILE (another .jsonl).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/paths.mjs';
import { launchWithDossier, nextServiceWorker, welcomePage } from '../e2e/fixtures.ts';
import { traceMainThread } from '../e2e/main-thread-tasks.ts';

const FILE = process.env.IMPORT_FILE ?? path.join(ROOT, '../shared/data/corpora/headlines-2025-2026/headlines.jsonl');

function heapOf(): number | null {
  // Chromium's non-standard performance.memory, read without a cast.
  const memory: unknown = Reflect.get(performance, 'memory');
  const used: unknown = typeof memory === 'object' && memory !== null ? Reflect.get(memory, 'usedJSHeapSize') : null;
  return typeof used === 'number' ? used : null;
}

async function main(): Promise<void> {
  if (!fs.existsSync(FILE)) {
    console.log(`bench:import skipped: ${path.relative(ROOT, FILE)} is absent (needs ../shared/data/corpora).`);
    return;
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-import-'));
  const context = await launchWithDossier(profile);
  try {
    await (await welcomePage(context)).close();
    const worker = await nextServiceWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/archive.html`);
    await page.getByRole('heading', { name: 'Import articles' }).waitFor();
    const trace = await traceMainThread(context, page);
    await page.evaluate(() => performance.mark('bench:import-start'));
    const started = Date.now();
    await page.locator('#import-files').setInputFiles(FILE);
    // When each phase shows on the page (polled), to tell reading and learning from storing.
    const phases: string[] = [];
    const probe = setInterval(() => {
      void page.locator('.import-progress-head .muted').textContent().then((phase) => {
        if (phase && !phases.some((p) => p.startsWith(phase))) phases.push(`${phase} from ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }, () => undefined);
    }, 250);
    await page.getByRole('status').filter({ hasText: /^(Imported|Cancelled|Stopped)/ }).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    clearInterval(probe);
    await page.evaluate(() => performance.mark('bench:import-end'));
    const status = (await page.getByRole('status').textContent()) ?? '';
    const tasks = await trace.tasksBetween('bench:import-start', 'bench:import-end');
    const stored = Number(/([\d,]+) articles? stored/.exec(status)?.[1]?.replace(/,/g, '') ?? NaN);
    const importWorker = page.workers()[0];
    const heap = importWorker ? await importWorker.evaluate(heapOf) : null;
    const long = tasks.filter((t) => t.cpuMs > 50);
    console.log(`file          ${path.relative(ROOT, FILE)}`);
    console.log(`status        ${status}`);
    console.log(`import        ${seconds.toFixed(1)} s, ${Math.round(stored / seconds)} articles/s`);
    console.log(`phases        ${phases.join('; ')}`);
    console.log(`page tasks    ${tasks.length}; over 50 ms thread time: ${long.length}; longest ${Math.max(0, ...tasks.map((t) => t.cpuMs)).toFixed(0)} ms thread, ${Math.max(0, ...tasks.map((t) => t.wallMs)).toFixed(0)} ms wall`);
    console.log(`worker heap   ${heap === null ? 'n/a' : `${(heap / 1024 / 1024).toFixed(1)} MB`} (import worker, after the import)`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

await main();
