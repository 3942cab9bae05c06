/**
 * Page highlighting benchmark (not a timed test): Dossier's built extension against mark.js
 * 8.11.1 marking the same names, on the real pages in ../shared/data/pages, in headless
 * Chromium. Run: npm run build:timing && npm run bench:highlight
 *
 * Dossier: the page loads with the extension; its content script leaves performance marks
 * (dossier:received and dossier:knowledge when the knowledge arrived and the recogniser is
 * built, usually while the page still loads; dossier:start when its scan starts,
 * dossier:walked, dossier:visible when the viewport's marks are painted, dossier:done when
 * the whole page is marked and painted). "dossier ms" is start to done. Tasks over 50 ms
 * from the scan's start are counted twice: wall time (Long Tasks API), and thread time from
 * Chrome's trace (this VM pauses threads for tens of ms; see tests/e2e/main-thread-tasks.ts).
 * The heap added is the page's JS heap after a GC with highlighting
 * on, minus the same with highlighting off.
 *
 * mark.js by name: a fresh page without the extension, mark.js injected, then `mark(names)` with
 * every name form of the knowledge (country names in all their languages, officials' names
 * and aliases), `accuracy: 'exactly'`, `separateWordSearch: false`, then a frame. mark.js walks
 * the page once per name, so it is run in chunks of names until MARKJS_BUDGET_MS (default
 * 20 s) is spent, and the full time is extrapolated linearly (mark.js's cost grows linearly
 * with the number of names, docs/design.md); such figures are shown with `~`.
 *
 * mark.js by regexp: the same, with `markRegExp` and one pattern of every name form (longest
 * first, bounded by non-letters): the fastest way to mark many names with mark.js, measured in
 * full.
 *
 * The saved pages are served offline: their own HTML from a local server, and every request
 * they make elsewhere answered at once (frames with 204 No Content, so they stay empty;
 * fonts, styles and images with an empty body). Left to the network, a page's web fonts
 * hold its first paint for seconds and ad frames load pages of their own: both runs would
 * measure the network and the sandbox, not the marking.
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), MARKJS_BUDGET_MS, PAGES (comma-separated
 * substrings to pick pages).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TIMING_EXTENSION_DIR as EXTENSION_DIR, ROOT, SHARED_PAGES_DIR } from '../support/paths.mjs';
import { startStaticServer } from '../support/static-server.mjs';
import type { Knowledge } from '../../lib/entities/types.ts';
import { traceMainThread, type MainThreadTask } from '../e2e/main-thread-tasks.ts';
import { welcomePage } from '../e2e/welcome-page.ts';

const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MARKJS_BUDGET_MS = Number(process.env.MARKJS_BUDGET_MS ?? 20_000);
const MARKJS_CHUNK = 100;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface DossierRun {
  start: number;
  visible: number | null;
  done: number;
  mentions: number;
  longTasks: Array<{ at: number; ms: number }>;
  /** Main-thread tasks from the scan's start with over 50 ms of thread time (Chrome's trace). */
  heavyTasks: MainThreadTask[];
  /** Every dossier:* mark, ms after dossier:start. */
  marks: Record<string, number>;
  heap: number;
}

declare const chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> }; session: { get(key: null): Promise<Record<string, unknown>> } } };
declare const Mark: new (ctx: Element) => { mark(names: string[], options: Record<string, unknown>): void; markRegExp(re: RegExp, options: Record<string, unknown>): void };
declare global {
  interface Window {
    __lt: Array<{ start: number; duration: number }>;
  }
}

function nameForms(knowledge: Knowledge): string[] {
  const forms = new Set<string>();
  for (const c of knowledge.countries) for (const list of Object.values(c.names)) for (const n of list ?? []) forms.add(n);
  for (const o of knowledge.officials) for (const n of [o.name, ...o.aliases]) forms.add(n);
  return [...forms];
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function extensionContext(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: BROWSER,
    headless: true,
    args: [...ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  // The first-run page opened on install would sit in front of the measured page.
  await (await welcomePage(context)).close();
  return context;
}

/** Answers every request that leaves the local server at once (see the header). */
async function offline(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.origin !== origin,
    (route) => (route.request().resourceType() === 'document' ? route.fulfill({ status: 204 }) : route.fulfill({ status: 200, contentType: 'text/plain', body: '' })),
  );
}

async function setHighlighting(context: BrowserContext, on: boolean): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((value) => chrome.storage.sync.set({ highlightingEnabled: value }), on);
}

async function runDossier(context: BrowserContext, url: string): Promise<DossierRun> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__lt = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lt.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const trace = await traceMainThread(context, page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('dossier:done').length > 0, null, { timeout: 180_000, polling: 100 });
  const heavyTasks = (await trace.tasksBetween('dossier:start', 'dossier:done')).filter((t) => t.cpuMs > 50);
  // No named functions inside evaluate(): tsx would wrap them in a helper the page lacks.
  const run = await page.evaluate(() => ({
    start: performance.getEntriesByName('dossier:start')[0]!.startTime,
    visible: performance.getEntriesByName('dossier:visible')[0]?.startTime ?? null,
    done: performance.getEntriesByName('dossier:done')[0]!.startTime,
    // Tasks from the scan's start on (the page's own parsing and first layout come before).
    longTasks: window.__lt
      .filter((t) => t.duration > 50 && t.start + t.duration > performance.getEntriesByName('dossier:start')[0]!.startTime)
      .map((t) => ({ at: t.start - performance.getEntriesByName('dossier:start')[0]!.startTime, ms: t.duration })),
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('dossier:'))
        .map((m) => [m.name.slice(8), m.startTime - performance.getEntriesByName('dossier:start')[0]!.startTime]),
    ),
  }));
  await page.waitForTimeout(800); // the debounced report reaches the background
  const worker = context.serviceWorkers()[0]!;
  const mentions = await worker.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    let n = 0;
    // Per-tab reports only (storage/tab-state.ts); the tab's ranking is stored beside them.
    for (const [key, reports] of Object.entries(all)) {
      if (!key.startsWith('tab:')) continue;
      for (const r of reports as Array<{ frameId: number; entities: Array<{ count: number }> }>) if (r.frameId === 0) for (const e of r.entities) n += e.count;
    }
    return n;
  });
  const heap = await heapAfterGc(page);
  await page.close();
  return { ...run, heavyTasks, mentions, heap };
}

async function heapWithout(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const heap = await heapAfterGc(page);
  await page.close();
  return heap;
}

async function runMarkJs(context: BrowserContext, url: string, names: string[]): Promise<{ ms: number; extrapolated: boolean; marks: number }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  let elapsed = 0;
  let done = 0;
  while (done < names.length && elapsed < MARKJS_BUDGET_MS) {
    const chunk = names.slice(done, done + MARKJS_CHUNK);
    elapsed += await page.evaluate(
      (keywords) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          new Mark(document.body).mark(keywords, {
            accuracy: 'exactly',
            separateWordSearch: false,
            diacritics: false,
            done: () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)),
          });
        }),
      chunk,
    );
    done += chunk.length;
  }
  const marks = await page.evaluate(() => document.querySelectorAll('mark[data-markjs]').length);
  await page.close();
  return { ms: (elapsed * names.length) / done, extrapolated: done < names.length, marks };
}

/**
 * mark.js given all the names at once, as one regular expression (`markRegExp`): one walk of
 * the page instead of one per name, so the stronger use of the same library.
 */
async function runMarkJsRegExp(context: BrowserContext, url: string, names: string[]): Promise<{ ms: number; marks: number }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  const ms = await page.evaluate(
    (pattern) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        new Mark(document.body).markRegExp(new RegExp(pattern, 'gu'), {
          done: () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)),
        });
      }),
    source,
  );
  const marks = await page.evaluate(() => document.querySelectorAll('mark[data-markjs]').length);
  await page.close();
  return { ms, marks };
}

function pad(value: string, width: number, left = false): string {
  return left ? value.padEnd(width) : value.padStart(width);
}

async function main(): Promise<void> {
  if (!existsSync(SHARED_PAGES_DIR)) {
    console.log(`bench:highlight skipped: ${path.relative(ROOT, SHARED_PAGES_DIR)} is absent (the real pages live in ../shared/data/pages).`);
    return;
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('bench:highlight: build the extension with its timings first (npm run build:timing).');
    process.exitCode = 1;
    return;
  }
  const archive = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'archive.json'), 'utf8')) as { knowledge: Knowledge };
  const names = nameForms(archive.knowledge);
  const pick = process.env.PAGES?.split(',').filter(Boolean);
  const pages = readdirSync(SHARED_PAGES_DIR)
    .filter((f) => f.endsWith('.html') && (!pick || pick.some((p) => f.includes(p))))
    .sort();
  const server = await startStaticServer([{ prefix: '/p/', dir: SHARED_PAGES_DIR, stripScripts: true }]);
  const withExtension = await extensionContext();
  const plain = await chromium.launch({ executablePath: BROWSER, headless: true, args: ARGS });
  const plainContext = await plain.newContext();
  // tsx names callbacks with a `__name` helper; mark.js's `done` callback needs it in the page.
  await plainContext.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const origin = new URL(server.url('/')).origin;
  await offline(withExtension, origin);
  await offline(plainContext, origin);
  console.log(`Dossier (built extension, full knowledge: ${names.length} name forms) vs mark.js 8.11.1 marking the same ${names.length} forms; Chromium ${plain.version()}`);
  console.log('  mark.js names: mark(names), one walk per name; mark.js regexp: markRegExp(one pattern of all names), one walk.');
  console.log(
    [
      pad('page', 44, true),
      pad('size', 8),
      pad('mentions', 9),
      pad('visible ms', 11),
      pad('dossier ms', 11),
      pad('mark.js names ms', 17),
      pad('ratio', 8),
      pad('mark.js regexp ms', 18),
      pad('ratio', 7),
      pad('>50ms wall', 11),
      pad('>50ms cpu', 10),
      pad('heap +', 9),
    ].join(' '),
  );
  const summary: Array<{ byName: number; byRegExp: number; longTasks: number; heavyTasks: number }> = [];
  try {
    for (const file of pages) {
      const url = server.url(`/p/${file}`);
      const size = statSync(path.join(SHARED_PAGES_DIR, file)).size;
      await setHighlighting(withExtension, false);
      const baseHeap = await heapWithout(withExtension, url);
      await setHighlighting(withExtension, true);
      const d = await runDossier(withExtension, url);
      const m = await runMarkJs(plainContext, url, names);
      const re = await runMarkJsRegExp(plainContext, url, names);
      const dossierMs = d.done - d.start;
      summary.push({ byName: m.ms / dossierMs, byRegExp: re.ms / dossierMs, longTasks: d.longTasks.length, heavyTasks: d.heavyTasks.length });
      console.log(
        [
          pad(file.replace(/\.html$/, '').slice(0, 44), 44, true),
          pad(`${Math.round(size / 1024)} KB`, 8),
          pad(String(d.mentions), 9),
          pad(d.visible === null ? '-' : (d.visible - d.start).toFixed(0), 11),
          pad(dossierMs.toFixed(0), 11),
          pad(`${m.extrapolated ? '~' : ''}${m.ms.toFixed(0)}`, 17),
          pad(`${(m.ms / dossierMs).toFixed(1)}x`, 8),
          pad(re.ms.toFixed(0), 18),
          pad(`${(re.ms / dossierMs).toFixed(1)}x`, 7),
          pad(String(d.longTasks.length), 11),
          pad(String(d.heavyTasks.length), 10),
          pad(`${((d.heap - baseHeap) / 1024 / 1024).toFixed(1)} MB`, 9),
        ].join(' '),
      );
      console.log(
        `    timeline (ms after start): ${Object.entries(d.marks)
          .filter(([n]) => n !== 'start')
          .map(([n, t]) => `${n} ${t.toFixed(0)}`)
          .join(', ')}; marks by mark.js: ${m.extrapolated ? '(partial) ' : ''}${m.marks} by name, ${re.marks} by regexp`,
      );
      if (d.longTasks.length > 0) console.log(`    long tasks (wall, Long Tasks API): ${d.longTasks.map((t) => `${t.ms.toFixed(0)} ms at ${t.at.toFixed(0)}`).join(', ')}`);
      if (d.heavyTasks.length > 0) console.log(`    tasks over 50 ms of thread time: ${d.heavyTasks.map((t) => `${t.cpuMs.toFixed(0)} ms at ${t.at.toFixed(0)}`).join(', ')}`);
    }
    if (summary.length > 0) {
      const min = (xs: number[]): string => Math.min(...xs).toFixed(1);
      console.log(
        `Slowest ratio over ${summary.length} pages: ${min(summary.map((x) => x.byName))}x vs mark.js by name, ${min(summary.map((x) => x.byRegExp))}x vs mark.js by regexp (target 20x); tasks over 50 ms: ${summary.reduce((n, x) => n + x.longTasks, 0)} of wall time, ${summary.reduce((n, x) => n + x.heavyTasks, 0)} of thread time (target 0).`,
      );
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
  }
}

await main();
