/**
 * Import benchmark (not a timed test): the 60,146 headlines of
 * ../shared/data/corpora/headlines-2025-2026/headlines.jsonl imported through the archive
 * page of the built extension, in headless Chromium, with the file picker, as a user would.
 * Run: npm run build && npm run bench:import
 *
 * Reported per run (each in a fresh profile) and as the median of the runs: wall time from
 * picking the file to the page saying "Imported" (which it says only once the background
 * searches every stored article), articles stored per second, the archive page's main-thread
 * tasks meanwhile (the page must stay responsive: count over 50 ms of thread time, and the
 * longest, from Chrome's trace; see tests/e2e/main-thread-tasks.ts), the time each phase
 * started, and after the import the JS heap (after a garbage collection, through the DevTools
 * protocol) of the service worker, the offscreen document that keeps the archive loaded and
 * the import worker. Then the page's tasks in the seconds after "Imported" (SETTLE: the background
 * writes its index snapshot once the archive stops changing; how long each snapshot took to encode,
 * in time slices, and to store, from the offscreen document's user timings), and the path a user has after an
 * import: search round trips from the archive page over the bench queries, a worker stop → the
 * first search, and a browser restart on the same profile → the first search (the offscreen
 * document loads the bundle, the stored articles and the snapshot again).
 *
 * Env: RUNS (default 2), IMPORT_TIMEOUT_S (default 1800: a run not finished by then is reported
 * with how far it got), SCREENSHOTS (a folder: the first run's page halfway through storing
 * and at the end, as import-halfway.png and import-done.png), CHROMIUM_PATH (default: the one tests/support/find-browser.mjs finds),
 * IMPORT_FILE (another .jsonl), IMPORT_SYNTHETIC=100000 (instead of a file: a SYNTHETIC archive
 * of that many articles made from the BBC articles by the seeded generator of
 * tests/bench/synthetic-archive.ts; its figures are labelled synthetic), IMPORT_SETTLE_S (default 10),
 * IMPORT_AFTER=0 (skip the search, wake and restart figures), IMPORT_RESTARTS (default 1: browser
 * restarts timed one after another on the same profile; each one's figure is printed, then their p50).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type CDPSession, type Page as PuppeteerPage, type Target } from 'puppeteer-core';
import { readCorpus } from '../../lib/cli/corpus-files.ts';
import { ROOT } from '../support/paths.mjs';
import type { BrowserContext, Page } from '@playwright/test';
import { SNAPSHOT_ENCODED, SNAPSHOT_STORED } from '../../entrypoints/background/user-archive.ts';
import { launchWithDossier, nextServiceWorker, stopServiceWorker, welcomePage } from '../e2e/fixtures.ts';
import { traceMainThread, type MainThreadTask } from '../e2e/main-thread-tasks.ts';
import { QUERIES } from './queries.ts';
import { SYNTHETIC_SEED, syntheticArticles } from './synthetic-archive.ts';

const CORPORA = path.join(ROOT, '../shared/data/corpora');
const RUNS = Math.max(1, Number(process.env.RUNS ?? 2));
const SYNTHETIC = Number(process.env.IMPORT_SYNTHETIC ?? 0);
const SCREENSHOTS = process.env.SCREENSHOTS;
/** How long one import may take before the run is reported as unfinished (IMPORT_TIMEOUT_S, default 30 min). */
const TIMEOUT_MS = Number(process.env.IMPORT_TIMEOUT_S ?? 1800) * 1000;
const SETTLE_MS = Number(process.env.IMPORT_SETTLE_S ?? 10) * 1000;
const AFTER = process.env.IMPORT_AFTER !== '0';
const RESTARTS = Math.max(1, Number(process.env.IMPORT_RESTARTS ?? 1));
/** Worker stops timed after the import, each followed by one search. */
const WAKES = 5;

interface Heaps {
  worker: number | null;
  offscreen: number | null;
  importWorker: number | null;
}

interface Tasks {
  count: number;
  over50: number;
  longestCpu: number;
  longestWall: number;
  long: string[];
}

/** The index snapshots the offscreen document wrote (user-archive.ts's user timings), in ms each. */
interface Snapshots {
  encoded: number[];
  stored: number[];
}

/** The user's path once the import is done, in ms. */
interface After {
  search: { p50: number; p95: number; slowest: string };
  wake: number[];
  restart: Array<{ firstSearch: number; sinceLaunch: number }>;
}

interface Run {
  seconds: number;
  stored: number;
  status: string;
  phases: string[];
  tasks: Tasks;
  settle: Tasks;
  snapshots: Snapshots | null;
  heaps: Heaps;
  after: After | null;
}

function summariseTasks(tasks: readonly MainThreadTask[]): Tasks {
  return {
    count: tasks.length,
    over50: tasks.filter((t) => t.cpuMs > 50).length,
    longestCpu: Math.max(0, ...tasks.map((t) => t.cpuMs)),
    longestWall: Math.max(0, ...tasks.map((t) => t.wallMs)),
    long: tasks.filter((t) => t.cpuMs > 50).map((t) => `${(t.at / 1000).toFixed(1)} s ${t.origin} ${t.cpuMs.toFixed(0)} ms`),
  };
}

/** A search as the archive page sends it (@webext-core/messaging's message), timed in the page. */
async function timedSearch(page: Page, query: string): Promise<number> {
  // As a string: the page's chrome.runtime is not in the Node side's types.
  return Number(
    await page.evaluate(`(async () => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ id: Date.now(), type: 'search', data: { query: ${JSON.stringify(query)} }, timestamp: Date.now() });
      if (!reply || reply.err) throw new Error('search: ' + JSON.stringify(reply));
      return performance.now() - t0;
    })()`),
  );
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** Search round trips over the bench queries, worker stops each followed by a search, all on the open page. */
async function searchAndWake(context: BrowserContext, page: Page): Promise<Omit<After, 'restart'>> {
  const times: Array<[string, number]> = [];
  for (const query of QUERIES) times.push([query, await timedSearch(page, query)]);
  const values = times.map(([, t]) => t);
  const slowest = [...times].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([q, t]) => `"${q}" ${t.toFixed(0)}`).join(', ');
  const wake: number[] = [];
  for (let i = 0; i < WAKES; i++) {
    await stopServiceWorker(context);
    wake.push(await timedSearch(page, QUERIES[i % QUERIES.length]!));
  }
  return { search: { p50: percentile(values, 0.5), p95: percentile(values, 0.95), slowest }, wake };
}

/** The browser started again on the profile: how long the archive page's first search takes, and since the launch. */
async function restartSearch(profile: string, id: string): Promise<After['restart'][number]> {
  const launched = Date.now();
  const context = await launchWithDossier(profile, 'production');
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/archive.html`);
    const firstSearch = await timedSearch(page, QUERIES[0]!);
    return { firstSearch, sinceLaunch: Date.now() - launched };
  } finally {
    await context.close();
  }
}

/** The file to import: the given one, or the synthetic archive written as JSON Lines. */
async function importFile(): Promise<{ file: string; label: string } | string> {
  if (!SYNTHETIC) {
    const file = process.env.IMPORT_FILE ?? path.join(CORPORA, 'headlines-2025-2026/headlines.jsonl');
    return fs.existsSync(file) ? { file, label: path.relative(ROOT, file) } : `${path.relative(ROOT, file)} is absent (needs ../shared/data/corpora)`;
  }
  const bbc = path.join(CORPORA, 'bbc-2004/articles.jsonl');
  if (!fs.existsSync(bbc)) return 'the synthetic archive needs ../shared/data/corpora/bbc-2004, absent here';
  const articles = syntheticArticles((await readCorpus([bbc], { cwd: ROOT })).articles, SYNTHETIC);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-synthetic-')), `synthetic-${SYNTHETIC}.jsonl`);
  const stream = fs.createWriteStream(file);
  for (const a of articles) stream.write(`${JSON.stringify({ id: a.id, title: a.title, date: a.date, source: a.source, body: a.body })}\n`);
  await new Promise((resolve) => stream.end(resolve));
  return { file, label: `SYNTHETIC archive: ${SYNTHETIC.toLocaleString('en')} articles from the BBC articles, seed ${SYNTHETIC_SEED}` };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Used JS heap in bytes of each extension context, after a GC, through a second DevTools client on the same browser. */
async function heaps(port: number, id: string): Promise<Heaps> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const origin = `chrome-extension://${id}/`;
  const usedSize = async (session: CDPSession): Promise<number> => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  // Workers are found only once this client attaches to them: waited for, not listed.
  const target = (match: (t: Target) => boolean) => browser.waitForTarget(match, { timeout: 5000 }).catch(() => null);
  const inTarget = async (match: (t: Target) => boolean): Promise<number | null> => {
    const found = await target(match);
    if (!found) return null;
    const session = await found.createCDPSession();
    try {
      return await usedSize(session);
    } finally {
      await session.detach();
    }
  };
  try {
    const worker = await inTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin));
    const offscreen = await inTarget((t) => t.url() === `${origin}offscreen.html`);
    // The import worker belongs to the archive page: reached through the page's own workers.
    const archivePage = await (await target((t) => t.url() === `${origin}archive.html`))?.page();
    const importWorker = archivePage ? await pageWorkerHeap(archivePage, usedSize) : null;
    return { worker, offscreen, importWorker };
  } finally {
    await browser.disconnect();
  }
}

/** The snapshots' user timings in the offscreen document, through a DevTools client (null without one). */
async function snapshotTimes(port: number, id: string): Promise<Snapshots | null> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const offscreen = await browser.waitForTarget((t) => t.url() === `chrome-extension://${id}/offscreen.html`, { timeout: 5000 }).catch(() => null);
    if (!offscreen) return null;
    const session = await offscreen.createCDPSession();
    try {
      const durations = (name: string) => `performance.getEntriesByName(${JSON.stringify(name)}).map((e) => e.duration)`;
      const { result } = await session.send('Runtime.evaluate', {
        expression: `({ encoded: ${durations(SNAPSHOT_ENCODED)}, stored: ${durations(SNAPSHOT_STORED)} })`,
        returnByValue: true,
      });
      const value: unknown = result.value;
      return isSnapshots(value) ? value : null;
    } finally {
      await session.detach();
    }
  } finally {
    await browser.disconnect();
  }
}

function isSnapshots(value: unknown): value is Snapshots {
  const numbers = (list: unknown) => Array.isArray(list) && list.every((n) => typeof n === 'number');
  return typeof value === 'object' && value !== null && 'encoded' in value && numbers(value.encoded) && 'stored' in value && numbers(value.stored);
}

async function pageWorkerHeap(page: PuppeteerPage, usedSize: (session: CDPSession) => Promise<number>): Promise<number | null> {
  for (let tries = 0; tries < 20 && page.workers().length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  const [worker] = page.workers();
  return worker ? usedSize(worker.client) : null;
}

/** The page once half the articles read are stored (or the import ended first: then none). */
async function screenshotHalfway(page: Page, file: string): Promise<void> {
  const counts = page.getByText(/^[\d,]+ stored of [\d,]+ read$/);
  for (;;) {
    const text = await counts.textContent({ timeout: 900_000 }).catch(() => null);
    const [stored, read] = (/^([\d,]+) stored of ([\d,]+) read$/.exec(text ?? '') ?? []).slice(1).map((n) => Number(n.replace(/,/g, '')));
    if (stored === undefined || read === undefined || /^(Imported|Cancelled|Stopped)/.test((await page.getByRole('status').textContent().catch(() => '')) ?? '')) return;
    if (read > 0 && stored * 2 >= read) {
      await page.screenshot({ path: file, fullPage: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function importOnce(file: string, screenshots?: string): Promise<Run> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-import-'));
  const port = await freePort();
  const context = await launchWithDossier(profile, 'production', [`--remote-debugging-port=${port}`]);
  try {
    await (await welcomePage(context)).close();
    const worker = await nextServiceWorker(context);
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/archive.html`);
    await page.getByRole('heading', { name: 'Import articles' }).waitFor();
    const trace = await traceMainThread(context, page);
    await page.evaluate(() => performance.mark('bench:import-start'));
    const started = Date.now();
    await page.locator('#import-files').setInputFiles(file);
    const halfway = screenshots ? screenshotHalfway(page, path.join(screenshots, 'import-halfway.png')) : Promise.resolve();
    // When each phase shows on the page (polled), to tell reading and learning from storing.
    const phases: string[] = [];
    const probe = setInterval(() => {
      void page.locator('.import-progress-head .muted').textContent().then((phase) => {
        if (phase && !phases.some((p) => p.startsWith(phase))) phases.push(`${phase} from ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }, () => undefined);
    }, 250);
    const finished = await page
      .getByRole('status')
      .filter({ hasText: /^(Imported|Cancelled|Stopped)/ })
      .waitFor({ timeout: TIMEOUT_MS })
      .then(() => true, () => false);
    const seconds = (Date.now() - started) / 1000;
    clearInterval(probe);
    if (!finished) {
      const counts = await page.getByText(/^[\d,]+ stored of [\d,]+ read$/).textContent().catch(() => null);
      throw new Error(`not finished after ${seconds.toFixed(0)} s (${counts ?? 'no counts shown'}); phases: ${phases.join('; ')}`);
    }
    const importMs = await page.evaluate(() => {
      performance.mark('bench:import-end');
      return performance.measure('bench:import', 'bench:import-start', 'bench:import-end').duration;
    });
    const status = (await page.getByRole('status').textContent()) ?? '';
    await halfway;
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'import-done.png'), fullPage: true });
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => performance.mark('bench:settled'));
    const tasks = await trace.tasksBetween('bench:import-start', 'bench:settled');
    const run = {
      seconds,
      stored: Number(/([\d,]+) articles? stored/.exec(status)?.[1]?.replace(/,/g, '') ?? NaN),
      status,
      phases,
      tasks: summariseTasks(tasks.filter((t) => t.at < importMs)),
      settle: summariseTasks(tasks.filter((t) => t.at >= importMs)),
      snapshots: await snapshotTimes(port, id),
      heaps: await heaps(port, id),
    };
    if (!AFTER) return { ...run, after: null };
    const searched = await searchAndWake(context, page);
    await context.close();
    const restart: After['restart'] = [];
    for (let i = 0; i < RESTARTS; i++) restart.push(await restartSearch(profile, id));
    return { ...run, after: { ...searched, restart } };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const input = await importFile();
  if (typeof input === 'string') {
    console.log(`bench:import skipped: ${input}.`);
    return;
  }
  console.log(`file          ${input.label}`);
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const run = await importOnce(input.file, i === 1 ? SCREENSHOTS : undefined).catch((error: unknown) => {
      console.log(`\nrun ${i}/${RUNS}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (!run) continue;
    runs.push(run);
    console.log(`\nrun ${i}/${RUNS}`);
    console.log(`status        ${run.status}`);
    console.log(`import        ${run.seconds.toFixed(1)} s, ${Math.round(run.stored / run.seconds)} articles/s`);
    console.log(`phases        ${run.phases.join('; ')}`);
    console.log(`page tasks    ${run.tasks.count}; over 50 ms thread time: ${run.tasks.over50}; longest ${run.tasks.longestCpu.toFixed(0)} ms thread, ${run.tasks.longestWall.toFixed(0)} ms wall`);
    if (run.tasks.long.length) console.log(`long tasks    ${run.tasks.long.join('; ')}`);
    console.log(`then ${(SETTLE_MS / 1000).toFixed(0)} s more  ${run.settle.count} tasks; over 50 ms thread time: ${run.settle.over50}; longest ${run.settle.longestCpu.toFixed(0)} ms thread${run.settle.long.length ? ` (${run.settle.long.join('; ')}; times from the import's start)` : ''}`);
    const snapshots = run.snapshots;
    const ms = (values: number[]) => (values.length ? values.map((t) => t.toFixed(0)).join(', ') : 'none');
    console.log(`snapshots     ${snapshots ? `encoded in ${ms(snapshots.encoded)} ms (first slice to last), stored in ${ms(snapshots.stored)} ms` : 'n/a (no offscreen document)'}`);
    console.log(`heap after    service worker ${mb(run.heaps.worker)}, offscreen document ${mb(run.heaps.offscreen)}, import worker ${mb(run.heaps.importWorker)} (after a GC)`);
    const after = run.after;
    if (after) {
      console.log(`search        from the archive page, ${QUERIES.length} queries: p50 ${after.search.p50.toFixed(1)} ms, p95 ${after.search.p95.toFixed(1)} ms; slowest ${after.search.slowest} ms`);
      console.log(`wake          worker stop → first search: p50 ${median(after.wake).toFixed(0)} ms (${after.wake.map((t) => t.toFixed(0)).join(', ')})`);
      const restarts = after.restart.map((r) => `${r.firstSearch.toFixed(0)} ms (${(r.sinceLaunch / 1000).toFixed(1)} s after the launch)`).join(', ');
      console.log(`restart       browser restart → first search from the archive page: p50 ${percentile(after.restart.map((r) => r.firstSearch), 0.5).toFixed(0)} ms; ${restarts}`);
    }
    if (SYNTHETIC) console.log('              (all figures of this run: SYNTHETIC archive)');
  }
  if (SYNTHETIC) fs.rmSync(path.dirname(input.file), { recursive: true, force: true });
  if (runs.length === 0) return;
  const p50 = median(runs.map((r) => r.seconds));
  console.log(`\np50 of ${runs.length}      ${p50.toFixed(1)} s (${runs.map((r) => r.seconds.toFixed(1)).join(', ')})${SYNTHETIC ? ' — synthetic archive' : ''}`);
}

await main();
