/**
 * The archive at real sizes, in the built extension in headless Chromium: worker wake → first
 * answer, the page's knowledge after a worker stop, the first search after install, search
 * p50/p95 and the heap, at 5 / 2k / 60k / 100k articles, against a bare worker start, a naive
 * `MiniSearch.loadJSON` and Lunr 2.3.9 in the same run (docs/design.md, Budgets).
 * Run: npm run build && npm run bench:archive
 *
 * Archives: the build's own (5 seed articles); ../shared/data/corpora/bbc-2004 (2,225); the
 * 60,146 headlines of headlines-2025-2026; and a SYNTHETIC 100k archive made from the BBC
 * articles by a seeded generator (tests/bench/synthetic-archive.ts). Each is built with the
 * project's own build code (buildArchiveWithEntities, as `dossier build-index` and
 * wxt.config.ts's prepareArchive do) and bundled into a copy of the built extension with the
 * same writers the build uses (archive.json + archive-knowledge.json), as
 * tests/e2e/large-archive.spec.ts does, so the extension's own code path answers.
 *
 * Every figure is a message's round trip from an extension page of the bench (bench.html,
 * added to the copy), as the popup and content scripts send them:
 *   wake → first answer   the worker stopped (CDP ServiceWorker.stopAllWorkers), then `search`
 *                         (through the worker, and on the popup's route: direct);
 *   knowledge after stop  the worker stopped, then what a content script does for its knowledge:
 *                         read the copy the background stored (storage/page-knowledge.ts), or
 *                         without one ask; and, for comparison, the `getKnowledge` message;
 *   bare worker start     a one-listener extension loaded beside it, stopped and asked alike;
 *   first search          the first `search` right after the browser started with a new profile;
 *   search p50/p95        per query the median of RUNS warm runs (tests/bench/queries.ts), then
 *                         p50/p95 over the queries, on the popup's route (straight to the
 *                         offscreen document, lib/messages/archive-client.ts) and on the worker's
 *                         (the route before it); the hop alone per route (an empty query); Lunr
 *                         answers the same queries in the bench page (no message hop), all
 *                         interleaved query by query;
 *   naive                 fetch + `MiniSearch.loadJSON` + the first search in the bench page, on
 *                         MiniSearch's own JSON of the same articles (title, date, source stored).
 * Firefox (when built: npm run build:firefox) is measured too, on its own path: see measureFirefox.
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), SIZES (default 5,2k,60k,100k), BROWSERS
 * (default chromium,firefox; firefox alone skips Chromium and the peers), WAKES
 * (default 9), RUNS (default 5), DOSSIER_EXTENSION / DOSSIER_FIREFOX_EXTENSION: the builds to
 * measure (default .output/chrome-mv3 and .output/firefox-mv3), DOSSIER_BASELINE: another
 * Chrome build (e.g. of the main branch) measured in the same run for before/after figures.
 * NO_LUNR_AT (e.g. 100k): sizes whose Lunr peer is neither built nor measured (its build at 100k
 * outlasted a whole session on a 2-core machine); the output says so.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { readCorpus } from '../../lib/cli/corpus-files.ts';
import { readArchiveFile, writeBundleArchive, writeKnowledgeFile } from '../../lib/cli/archive-file.ts';
import type { Article } from '../../lib/corpus/article.ts';
import type { ArchiveFile } from '../../lib/search/archive-types.ts';
import { archiveFileOf } from '../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../lib/search/build-archive.ts';
import { decodeIndex } from '../../lib/search/compact-index.ts';
import { EXTENSION_DIR, FIREFOX_DIR, ROOT } from '../support/paths.mjs';
import { findFirefoxSync } from '../support/find-browser.mjs';
import { EXTENSION_ORIGIN, EXTENSION_UUID, GECKO_ID } from '../firefox/firefox.ts';
import { indexAndMetadata, indexFigures, printIndexFigures, type IndexFigures } from './index-size.ts';
import { buildLunr, lunrQuery } from './lunr-peer.ts';
import { QUERIES } from './queries.ts';
import { syntheticArticles } from './synthetic-archive.ts';

const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = (process.env.SIZES ?? '5,2k,60k,100k').split(',');
const WAKES = Number(process.env.WAKES ?? 9);
const RUNS = Number(process.env.RUNS ?? 5);
const WARMUP = 1;
const BASELINE = process.env.DOSSIER_BASELINE;
const NO_LUNR_AT = new Set((process.env.NO_LUNR_AT ?? '').split(',').filter(Boolean));
/** The builds measured (default: the ones `npm run build` and `npm run build:firefox` make). */
const CHROME_BUILD = path.resolve(process.env.DOSSIER_EXTENSION ?? EXTENSION_DIR);
const FIREFOX_BUILD = path.resolve(process.env.DOSSIER_FIREFOX_EXTENSION ?? FIREFOX_DIR);
const WAKE_QUERY = 'Aliyev';
/** BROWSERS=firefox measures Firefox alone (default: chromium,firefox). */
const BROWSERS = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const WITH_CHROMIUM = BROWSERS.includes('chromium');
const CORPORA = path.join(ROOT, '..', 'shared', 'data', 'corpora');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** docs/design.md, Budgets. */
const TARGETS = {
  wake: { '2k': 60, '60k': 150 } as Record<string, number>,
  wakeOverBare: 1.5,
  knowledge: 30,
  searchP95: { '2k': 3, '60k': 8 } as Record<string, number>,
  aheadOfLunr: 2,
  sizeOverMiniSearch: 0.6,
};

interface SizeSpec {
  key: string;
  label: string;
  synthetic: boolean;
  /** The articles (null: the build's own archive), or why the size is skipped. */
  articles(): Promise<Article[] | null | string>;
}

async function corpus(file: string): Promise<Article[] | string> {
  const full = path.join(CORPORA, file);
  if (!existsSync(full)) return `skipped: ../shared/data/corpora/${file} is absent (the shared benchmark data is not on this machine)`;
  return (await readCorpus([full], { cwd: ROOT })).articles;
}

const SPECS: SizeSpec[] = [
  { key: '5', label: 'default archive (5 seed articles)', synthetic: false, articles: async () => null },
  { key: '2k', label: 'BBC 2004 (2,225 articles)', synthetic: false, articles: () => corpus('bbc-2004/articles.jsonl') },
  { key: '60k', label: 'headlines 2025-26 (60,146 articles)', synthetic: false, articles: () => corpus('headlines-2025-2026/headlines.jsonl') },
  {
    key: '100k',
    label: 'SYNTHETIC 100k (seeded, from the BBC articles)',
    synthetic: true,
    async articles() {
      const bbc = await corpus('bbc-2004/articles.jsonl');
      return typeof bbc === 'string' ? bbc : syntheticArticles(bbc, 100_000);
    },
  },
];

// ---------------------------------------------------------------- the bench page and the bare worker

/** Page-side helpers, as a file (extension pages run no inline script). */
const BENCH_JS = `
let nextId = 1;
globalThis.ask = async (type, data, extension) => {
  const t0 = performance.now();
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = await (extension ? chrome.runtime.sendMessage(extension, message) : chrome.runtime.sendMessage(message));
  const ms = performance.now() - t0;
  if (!reply || reply.err) throw new Error(type + ': ' + JSON.stringify(reply && reply.err));
  return ms;
};
// What Dossier's own pages do for the archive (lib/messages/archive-client.ts): call the offscreen
// document when it runs in this page's process (lib/messages/archive-in-process.ts: the answer
// copied into the page), else ask it on the archive's channel, and the worker only when the
// document does not acknowledge within 250 ms. Counts the calls and the falls.
const channel = new BroadcastChannel('dossier-archive');
const waiting = new Map();
channel.onmessage = (event) => {
  const entry = waiting.get(event.data && event.data.id);
  if (!entry) return;
  if (event.data.kind === 'ack') clearTimeout(entry.timer);
  else waiting.delete(event.data.id), entry.resolve(event.data);
};
const inProcess = () => {
  for (const view of chrome.extension.getViews()) if (view.dossierArchive && typeof view.dossierArchive.ask === 'function') return view.dossierArchive;
  return null;
};
globalThis.fellBack = 0;
globalThis.calledInProcess = 0;
globalThis.askDirect = async (type, data) => {
  const t0 = performance.now();
  const document = inProcess();
  if (document) {
    const answer = structuredClone(await document.ask(type, data));
    const ms = performance.now() - t0;
    if (answer.kind !== 'res') throw new Error(type + ': ' + JSON.stringify(answer.err));
    globalThis.calledInProcess++;
    return ms;
  }
  const id = crypto.randomUUID();
  const reply = await new Promise((resolve) => {
    const timer = setTimeout(() => (waiting.delete(id), resolve(null)), 250);
    waiting.set(id, { timer, resolve });
    channel.postMessage({ id, name: type, data });
  });
  if (reply === null) {
    globalThis.fellBack++;
    return globalThis.ask(type, data).then((ms) => performance.now() - t0);
  }
  const ms = performance.now() - t0;
  if (reply.kind !== 'res') throw new Error(type + ': ' + JSON.stringify(reply.err));
  return ms;
};
// What a content script does for its knowledge (page-marking/knowledge-client.ts and
// storage/page-knowledge.ts): read the copy the background stored, parse it; only without one
// ask the background (then the time is the message's, and 'asked' says so).
globalThis.pageKnowledge = async () => {
  const t0 = performance.now();
  const text = (await chrome.storage.local.get('pageKnowledge')).pageKnowledge;
  const stored = typeof text === 'string' ? JSON.parse(text) : null;
  if (stored && stored.answer && stored.answer.knowledge) return { ms: performance.now() - t0, asked: false };
  await globalThis.ask('getKnowledge');
  return { ms: performance.now() - t0, asked: true };
};
// Firefox: a message's round trip with the background's user timings of that wake
// (entrypoints/background/wake-timeline.ts: 'dossier:' and the stage), read from the event page
// after the answer, each as ms after the message was sent; 'page' is the event page's own
// start (its time origin).
globalThis.askWake = async (type, data) => {
  const sentAt = performance.now();
  const ms = await globalThis.ask(type, data);
  const background = await browser.runtime.getBackgroundPage();
  const origin = background.performance.timeOrigin - performance.timeOrigin - sentAt;
  const stages = { page: origin };
  for (const mark of background.performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('dossier:')) stages[mark.name.slice('dossier:'.length)] = origin + mark.startTime;
  }
  stages.reply = ms;
  return { ms, stages };
};
globalThis.loadPeers = async (wakeQuery) => {
  const t0 = performance.now();
  const lunrJson = await (await fetch('bench-lunr.json')).json();
  if (lunrJson) globalThis.lunrIndex = lunr.Index.load(lunrJson), globalThis.lunrIndex.search(wakeQuery);
  const lunrFirst = lunrJson ? performance.now() - t0 : null;
  const t1 = performance.now();
  const naive = MiniSearch.loadJSON(await (await fetch('bench-minisearch.json')).text(), { fields: ['title', 'altTitles', 'body'], storeFields: ['title', 'date', 'source'] });
  naive.search(wakeQuery, { prefix: true, fuzzy: 0.2 });
  return { lunrFirst, naiveFirst: performance.now() - t1 };
};
// Per query: the popup's route (direct), Lunr, and the worker's route (the route before the
// direct one), then each route's message with an empty query, which reads nothing: the hop alone.
globalThis.runQueries = async (queries, lunrQueries, runs, warmup) => {
  const dossier = queries.map(() => []);
  const viaWorker = queries.map(() => []);
  const lunrTimes = queries.map(() => []);
  const hop = [];
  const hopViaWorker = [];
  globalThis.fellBack = 0;
  globalThis.calledInProcess = 0;
  for (let r = 0; r < warmup + runs; r++) {
    for (let i = 0; i < queries.length; i++) {
      const ms = await globalThis.askDirect('search', { query: queries[i] });
      const t0 = performance.now();
      if (lunrQueries[i]) globalThis.lunrIndex.search(lunrQueries[i]);
      const lunrMs = performance.now() - t0;
      const workerMs = await globalThis.ask('search', { query: queries[i] });
      const hopMs = await globalThis.askDirect('search', { query: '' });
      const hopWorkerMs = await globalThis.ask('search', { query: '' });
      if (r >= warmup) dossier[i].push(ms), viaWorker[i].push(workerMs), lunrTimes[i].push(lunrMs), hop.push(hopMs), hopViaWorker.push(hopWorkerMs);
    }
  }
  return { dossier, viaWorker, lunr: lunrTimes, hop, hopViaWorker, fellBack: globalThis.fellBack, calledInProcess: globalThis.calledInProcess, asked: 2 * (warmup + runs) * queries.length };
};
`;
const BENCH_HTML = '<!doctype html><meta charset="utf-8"><title>bench</title><script src="lunr.min.js"></script><script src="minisearch.js"></script><script src="bench.js"></script>';

/** The smallest extension there is: a worker that answers any message. Its wake is the floor. */
function writeBareExtension(dir: string): void {
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Bare worker', version: '1', background: { service_worker: 'bg.js' }, externally_connectable: { ids: ['*'] } }));
  writeFileSync(path.join(dir, 'bg.js'), 'chrome.runtime.onMessageExternal.addListener((m, s, reply) => reply({ res: true }));\n');
}

/** Firefox's floor: an event page that answers any message, and a bench page of its own to ask it from. */
const FIREFOX_BARE_ID = 'bare@dossier.invalid';
const FIREFOX_BARE_UUID = '5d0551e7-0000-4000-8000-0000000ba4e0';
function writeFirefoxBareExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = { manifest_version: 3, name: 'Bare event page', version: '1', background: { scripts: ['bg.js'] }, browser_specific_settings: { gecko: { id: FIREFOX_BARE_ID } } };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'bg.js'), 'browser.runtime.onMessage.addListener(() => Promise.resolve({ res: true }));\n');
  writeFileSync(path.join(dir, 'bench.js'), BENCH_JS);
  writeFileSync(path.join(dir, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>bare</title><script src="bench.js"></script>');
}

// ---------------------------------------------------------------- measuring helpers

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
const median = (values: readonly number[]): number => percentile(values, 0.5);
const mb = (bytes: number): number => bytes / 1e6;
const ms = (v: number): string => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface WorkerWatch {
  cdp: CDPSession;
  status: Map<string, string>;
}

async function watchWorkers(page: Page): Promise<WorkerWatch> {
  const cdp = await page.createCDPSession();
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      const host = new URL(v.scriptURL).host;
      status.set(host, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, status };
}

/**
 * Stops the workers and waits until they stay stopped: Chrome starts a worker again on its own
 * shortly after a stop now and then (about 250 ms later, seen once per browser start), and a
 * stop request sent while a worker is starting is ignored; the stop is repeated until the
 * workers have been seen stopped and are still stopped half a second later.
 */
async function stopWorkers(watch: WorkerWatch, ids: readonly string[]): Promise<void> {
  const until = Date.now() + 15_000;
  const settled = () => ids.every((id) => watch.status.get(id) === 'stopped');
  for (;;) {
    if (Date.now() > until) throw new Error(`a worker did not stop (${ids.map((id) => watch.status.get(id)).join(', ')})`);
    if (!settled()) await watch.cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 100));
    if (!settled()) continue;
    await new Promise((r) => setTimeout(r, 500));
    if (settled()) return;
  }
}

async function heapMb(browser: Browser, id: string): Promise<{ worker: number; offscreen: number | null }> {
  const used = async (match: (type: string, url: string) => boolean): Promise<number | null> => {
    const target = browser.targets().find((t) => match(t.type(), t.url()));
    if (!target) return null;
    const session = await target.createCDPSession();
    // After a collection: without one the figure is mostly garbage the last searches left.
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return mb(usedSize);
  };
  const worker = await used((type, url) => type === 'service_worker' && url.startsWith(`chrome-extension://${id}/`));
  const offscreen = await used((type, url) => url === `chrome-extension://${id}/offscreen.html`);
  return { worker: worker ?? Number.NaN, offscreen };
}

// ---------------------------------------------------------------- one build at one size

interface Figures {
  firstSearch: number;
  /** Through the worker, as content scripts ask. */
  wake: number[];
  /** The popup's route: Chrome holds even a message only the document answers until the stopped worker has started (docs/design.md). */
  wakeDirect: number[];
  knowledge: number[];
  /** How many of those had no stored copy and asked the background. */
  knowledgeAsked: number;
  knowledgeMessage: number[];
  bare: number[];
  /** The popup's route: straight to the offscreen document (lib/messages/archive-client.ts). */
  search: { p50: number; p95: number; slowest: string };
  /** The same queries through the worker, which forwards to the document: the route before the direct one. */
  searchViaWorker: { p50: number; p95: number; slowest: string };
  /** The search message's round trip with an empty query (nothing searched): the hops' share, per route. */
  hop: { p50: number; p95: number };
  hopViaWorker: { p50: number; p95: number };
  /** Direct requests that no document answered, so the worker did. */
  fellBack: number;
  /** Of `asked` requests on the popup's route, those that called the document in the page's process (the rest took the channel). */
  calledInProcess: number;
  asked: number;
  lunr: { p50: number; p95: number; first: number } | null;
  naiveFirst: number | null;
  heap: { worker: number; offscreen: number | null };
}

function summarise(queries: readonly string[], times: number[][]): { p50: number; p95: number; slowest: string } {
  const medians = times.map((t, i) => [queries[i]!, median(t)] as const).sort((a, b) => a[1] - b[1]);
  const values = medians.map(([, t]) => t);
  const slowest = medians.slice(-3).reverse().map(([q, t]) => `"${q}" ${ms(t)}`).join(', ');
  return { p50: percentile(values, 0.5), p95: percentile(values, 0.95), slowest };
}

async function measure(extension: string, bare: string, withPeers: boolean): Promise<Figures> {
  // No protocol timeout: a baseline's first search at 100k articles can take minutes on a busy machine.
  const browser = await puppeteer.launch({ executablePath: BROWSER, headless: true, pipe: true, enableExtensions: [extension, bare], args: ARGS, protocolTimeout: 0 });
  try {
    const isOurs = (url: string) => url.endsWith('/background.js');
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && isOurs(t.url()));
    const bareWorker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/bg.js'));
    const id = new URL(worker.url()).host;
    const bareId = new URL(bareWorker.url()).host;
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${id}/bench.html`);
    const firstSearch = await page.evaluate(`ask('search', { query: ${JSON.stringify(WAKE_QUERY)} })`);

    const watch = await watchWorkers(page);
    const wake: number[] = [];
    const wakeDirect: number[] = [];
    const knowledge: number[] = [];
    const knowledgeMessage: number[] = [];
    let knowledgeAsked = 0;
    const bareTimes: number[] = [];
    // Warm once, so the first wake is not also the first load.
    await page.evaluate(`ask('search', { query: 'warm' })`);
    for (let i = 0; i < WAKES; i++) {
      await stopWorkers(watch, [id, bareId]);
      bareTimes.push(Number(await page.evaluate(`ask('ping', null, ${JSON.stringify(bareId)})`)));
      await stopWorkers(watch, [id, bareId]);
      wake.push(Number(await page.evaluate(`ask('search', { query: ${JSON.stringify(WAKE_QUERY)} })`)));
      await stopWorkers(watch, [id, bareId]);
      wakeDirect.push(Number(await page.evaluate(`askDirect('search', { query: ${JSON.stringify(WAKE_QUERY)} })`)));
      await stopWorkers(watch, [id, bareId]);
      const read = (await page.evaluate(`pageKnowledge()`)) as { ms: number; asked: boolean };
      knowledge.push(read.ms);
      if (read.asked) knowledgeAsked++;
      await stopWorkers(watch, [id, bareId]);
      knowledgeMessage.push(Number(await page.evaluate(`ask('getKnowledge')`)));
    }

    let lunr: Figures['lunr'] = null;
    let naiveFirst: number | null = null;
    let lunrQueries = QUERIES.map(() => '');
    if (withPeers) {
      const peers = (await page.evaluate(`loadPeers(${JSON.stringify(lunrQuery(WAKE_QUERY, true))})`)) as { lunrFirst: number | null; naiveFirst: number };
      naiveFirst = peers.naiveFirst;
      if (peers.lunrFirst !== null) (lunr = { p50: Number.NaN, p95: Number.NaN, first: peers.lunrFirst }), (lunrQueries = QUERIES.map((q) => lunrQuery(q, true)));
    }
    const times = (await page.evaluate(`runQueries(${JSON.stringify(QUERIES)}, ${JSON.stringify(lunrQueries)}, ${RUNS}, ${WARMUP})`)) as { dossier: number[][]; viaWorker: number[][]; lunr: number[][]; hop: number[]; hopViaWorker: number[]; fellBack: number; calledInProcess: number; asked: number };
    const search = summarise(QUERIES, times.dossier);
    const searchViaWorker = summarise(QUERIES, times.viaWorker);
    const hop = { p50: median(times.hop), p95: percentile(times.hop, 0.95) };
    const hopViaWorker = { p50: median(times.hopViaWorker), p95: percentile(times.hopViaWorker, 0.95) };
    if (lunr) {
      const l = summarise(QUERIES, times.lunr);
      lunr = { ...lunr, p50: l.p50, p95: l.p95 };
    }
    const heap = await heapMb(browser, id);
    return { firstSearch: Number(firstSearch), wake, wakeDirect, knowledge, knowledgeAsked, knowledgeMessage, bare: bareTimes, search, searchViaWorker, hop, hopViaWorker, fellBack: times.fellBack, calledInProcess: times.calledInProcess, asked: times.asked, lunr, naiveFirst, heap };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- one size

interface Row {
  spec: SizeSpec;
  articles: number;
  archiveMb: number;
  knowledgeMb: number;
  miniSearchMb: number;
  /** Sizes of what archive.json and the snapshot hold, and the index's load in Node (tests/bench/index-size.ts). */
  index: IndexFigures;
  builds: Array<{ name: string; figures: Figures }>;
  firefox: FirefoxFigures | string | null;
}

/** An archive as builds before format 2 wrote it (MiniSearch's JSON as the index), for DOSSIER_BASELINE builds of that time. */
function writeFormat1(file: string, archive: ArchiveFile): number {
  const index = 'compactIndex' in archive.index ? decodeIndex(archive.index) : archive.index;
  const text = JSON.stringify({ ...archive, format: 1, index });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function naiveMiniSearchJson(articles: readonly Article[]): string {
  const index = new MiniSearch({ fields: ['title', 'altTitles', 'body'], storeFields: ['title', 'date', 'source'] });
  index.addAll(articles.map((a) => ({ id: a.id, title: a.title, altTitles: a.altTitles.map((t) => t.title).join('\n'), body: a.body.join('\n'), date: a.date, source: a.source })));
  return JSON.stringify(index);
}

async function benchSize(spec: SizeSpec, work: string, bare: string): Promise<Row | null> {
  const given = await spec.articles();
  if (typeof given === 'string') {
    console.log(`${spec.label}: ${given}`);
    return null;
  }
  progress(`[${spec.key}] building the archive`);
  let file: ArchiveFile;
  if (given === null) {
    file = archiveFileOf(await readArchiveFile(path.join(WITH_CHROMIUM ? CHROME_BUILD : FIREFOX_BUILD, 'archive.json'), ROOT));
  } else {
    const t0 = performance.now();
    file = buildArchiveWithEntities(given);
    progress(`[${spec.key}] built ${file.articleCount} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const articles = file.articles;
  const lunrSkipped = NO_LUNR_AT.has(spec.key);
  if (lunrSkipped) console.log(`${spec.label}: Lunr peer skipped (NO_LUNR_AT); naive MiniSearch peer measured`);
  progress(`[${spec.key}] peers: ${lunrSkipped ? '' : 'Lunr and '}MiniSearch JSON`);
  const lunrJson = lunrSkipped || !WITH_CHROMIUM ? '' : JSON.stringify(buildLunr(articles));
  const miniSearchJson = naiveMiniSearchJson(articles);
  progress(`[${spec.key}] sizes and the index's load in Node`);
  const index = indexFigures(file);

  const variants = WITH_CHROMIUM ? [{ name: 'this branch', dir: CHROME_BUILD }, ...(BASELINE ? [{ name: 'baseline', dir: path.resolve(BASELINE) }] : [])] : [];
  const builds: Row['builds'] = [];
  let archiveMb = 0;
  let knowledgeMb = 0;
  for (const [i, variant] of variants.entries()) {
    const ext = path.join(work, `${spec.key}-${i}`);
    cpSync(variant.dir, ext, { recursive: true });
    // The baseline reads the archive as its own build wrote it (format 1, every field).
    const bytes = variant.name === 'baseline' ? writeFormat1(path.join(ext, 'archive.json'), file) : await writeBundleArchive(path.join(ext, 'archive.json'), ROOT, file);
    await writeKnowledgeFile(path.join(ext, 'archive-knowledge.json'), ROOT, file);
    if (i === 0) (archiveMb = mb(bytes)), (knowledgeMb = mb(statSync(path.join(ext, 'archive-knowledge.json')).size));
    writeFileSync(path.join(ext, 'bench.js'), BENCH_JS);
    writeFileSync(path.join(ext, 'bench.html'), BENCH_HTML);
    const withPeers = i === 0;
    if (withPeers) {
      writeFileSync(path.join(ext, 'bench-lunr.json'), lunrSkipped ? 'null' : lunrJson);
      writeFileSync(path.join(ext, 'bench-minisearch.json'), miniSearchJson);
      cpSync(path.join(ROOT, 'node_modules/lunr/lunr.min.js'), path.join(ext, 'lunr.min.js'));
      cpSync(path.join(ROOT, 'node_modules/minisearch/dist/umd/index.js'), path.join(ext, 'minisearch.js'));
    } else {
      writeFileSync(path.join(ext, 'lunr.min.js'), '');
      writeFileSync(path.join(ext, 'minisearch.js'), '');
    }
    progress(`[${spec.key}] measuring ${variant.name}`);
    builds.push({ name: variant.name, figures: await measure(ext, bare, withPeers) });
    rmSync(ext, { recursive: true, force: true });
  }
  const miniSearchMb = mb(Buffer.byteLength(miniSearchJson));
  // Chrome's figures are printed before Firefox runs, which is slow at large sizes.
  printRow({ spec, articles: file.articleCount, archiveMb, knowledgeMb, miniSearchMb, index, builds, firefox: null });
  let firefox: Row['firefox'] = null;
  if (existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    const ext = path.join(work, `${spec.key}-firefox`);
    cpSync(FIREFOX_BUILD, ext, { recursive: true });
    await writeBundleArchive(path.join(ext, 'archive.json'), ROOT, file);
    await writeKnowledgeFile(path.join(ext, 'archive-knowledge.json'), ROOT, file);
    writeFileSync(path.join(ext, 'bench.js'), BENCH_JS);
    writeFileSync(path.join(ext, 'bench.html'), BENCH_HTML);
    writeFileSync(path.join(ext, 'lunr.min.js'), '');
    writeFileSync(path.join(ext, 'minisearch.js'), '');
    progress(`[${spec.key}] measuring Firefox`);
    firefox = await measureFirefox(ext, path.join(work, 'bare-firefox'), spec.key).catch((error: unknown) => `Firefox failed: ${error instanceof Error ? error.message : String(error)}`);
    rmSync(ext, { recursive: true, force: true });
  } else {
    firefox = 'Firefox skipped: no Firefox build (npm run build:firefox)';
  }
  return { spec, articles: file.articleCount, archiveMb, knowledgeMb, miniSearchMb, index, builds, firefox };
}

// ---------------------------------------------------------------- Firefox

/**
 * Firefox has no offscreen documents: its background (an event page) loads the archive itself
 * (entrypoints/background/archive-route.ts). Firefox suspends an idle event page after
 * `extensions.background.idle.timeout` (30 s by default); the bench shortens it and waits past
 * it, so each wake below follows a real suspension. Firefox used to suspend the page while it
 * was still loading the archive for a pending message (the sender then got no answer: seen at
 * 2k with one second); the page now keeps itself awake while it loads
 * (entrypoints/background/keep-awake.ts), which works when no single synchronous step of the
 * load (parsing the index, loading it) outlasts the timeout: so one second up to 2k, and a few
 * seconds above.
 */
const FIREFOX_IDLE_MS: Record<string, number> = { '5': 1000, '2k': 1000, '60k': 3000, '100k': 5000 };
const firefoxWakes = (key: string): number => ((FIREFOX_IDLE_MS[key] ?? 1000) >= 20_000 ? Math.min(WAKES, 4) : WAKES);

interface FirefoxFigures {
  firstSearch: number;
  wake: number[];
  /** The bare event page's wakes, interleaved with Dossier's. */
  bare: number[];
  /** Per wake: the background's user timings (entrypoints/background/wake-timeline.ts), ms after the message was sent. */
  stages: Array<Record<string, number>>;
  knowledge: number[];
  search: { p50: number; p95: number; slowest: string };
}

/** A wake's stages as the bench prints them: from the stage before (or the message's sending) to this one. */
const FIREFOX_STAGES: ReadonlyArray<[from: string, to: string, label: string]> = [
  ['sent', 'page', 'Firefox starts the event page'],
  ['page', 'script', 'background.js loaded and parsed'],
  ['script', 'main', "Dossier's modules evaluated"],
  ['main', 'listening', 'listeners registered'],
  ['listening', 'search', 'the search message reaches its handler'],
  ['search', 'fetched', 'archive.json read as text'],
  ['fetched', 'parsed', 'archive.json parsed (JSON.parse)'],
  ['parsed', 'bundle', 'the bundle loaded: records checked, the index'],
  ['bundle', 'archive', "the user's archive joined (IndexedDB)"],
  ['archive', 'entities', 'the query entity finder made'],
  ['entities', 'answered', 'the search answered (query entities, snippets)'],
  ['answered', 'reply', 'the answer back to the bench page'],
];

async function measureFirefox(build: string, bareDir: string, key: string): Promise<FirefoxFigures | string> {
  const idleMs = FIREFOX_IDLE_MS[key] ?? 1000;
  const firefox = findFirefoxSync();
  if (!firefox.path) return `Firefox skipped: ${firefox.error ?? 'not found'}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox.path,
    headless: true,
    protocolTimeout: 0,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID, [FIREFOX_BARE_ID]: FIREFOX_BARE_UUID }),
      'extensions.background.idle.timeout': idleMs,
    },
  });
  try {
    writeFirefoxBareExtension(bareDir);
    await browser.installExtension(build);
    await browser.installExtension(bareDir);
    const openBench = async (origin: string): Promise<Page> => {
      const opened = await browser.newPage();
      void opened.goto(`${origin}/bench.html`).catch(() => {});
      const end = Date.now() + 15_000;
      while (!(await opened.evaluate(`typeof ask === 'function'`).catch(() => false))) {
        if (Date.now() > end) throw new Error('the bench page did not open in Firefox');
        await new Promise((r) => setTimeout(r, 50));
      }
      return opened;
    };
    const page = await openBench(EXTENSION_ORIGIN);
    const barePage = await openBench(`moz-extension://${FIREFOX_BARE_UUID}`);
    // A search left unanswered (an event page suspended mid-load) fails the run instead of hanging it.
    const ask = async (expression: string, on: Page = page): Promise<unknown> => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unanswered = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in 60 s to ${expression}`)), 60_000);
      });
      return Promise.race([on.evaluate(expression), unanswered]).finally(() => clearTimeout(timer));
    };
    const firstSearch = Number(await ask(`ask('search', { query: ${JSON.stringify(WAKE_QUERY)} })`));
    await ask(`ask('ping')`, barePage);
    const idle = () => new Promise((r) => setTimeout(r, idleMs + 1500));
    const wake: number[] = [];
    const bare: number[] = [];
    const stages: FirefoxFigures['stages'] = [];
    const knowledge: number[] = [];
    for (let i = 0; i < firefoxWakes(key); i++) {
      await idle();
      bare.push(Number(await ask(`ask('ping')`, barePage)));
      await idle();
      const woken = (await ask(`askWake('search', { query: ${JSON.stringify(WAKE_QUERY)} })`)) as { ms: number; stages: Record<string, number> };
      wake.push(woken.ms);
      stages.push(woken.stages);
      await idle();
      knowledge.push(((await ask(`pageKnowledge()`)) as { ms: number }).ms);
    }
    const times: number[][] = QUERIES.map(() => []);
    for (let r = 0; r < WARMUP + RUNS; r++) {
      for (const [i, query] of QUERIES.entries()) {
        const time = Number(await page.evaluate(`ask('search', { query: ${JSON.stringify(query)} })`));
        if (r >= WARMUP) times[i]!.push(time);
      }
    }
    return { firstSearch, wake, bare, stages, knowledge, search: summarise(QUERIES, times) };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- report

function printRow(row: Row): void {
  console.log(`\n== ${row.spec.label}: ${row.articles} articles${row.spec.synthetic ? ' (synthetic archive)' : ''} ==`);
  console.log(`bundle: archive.json ${row.archiveMb.toFixed(2)} MB + knowledge ${row.knowledgeMb.toFixed(2)} MB`);
  printIndexFigures(row.index, row.miniSearchMb * 1e6);
  for (const { name, figures: f } of row.builds) {
    const bare = median(f.bare);
    console.log(`-- ${name}`);
    console.log(`  first search after install     ${ms(f.firstSearch)} ms`);
    console.log(`  wake → first answer (search)   p50 ${ms(median(f.wake))}  p95 ${ms(percentile(f.wake, 0.95))} ms   bare worker p50 ${ms(bare)} ms → ${(median(f.wake) / bare).toFixed(2)}× bare`);
    console.log(`    the popup's route (direct)   p50 ${ms(median(f.wakeDirect))}  p95 ${ms(percentile(f.wakeDirect, 0.95))} ms`);
    console.log(`  knowledge after a worker stop  p50 ${ms(median(f.knowledge))}  p95 ${ms(percentile(f.knowledge, 0.95))} ms (as a page gets it: the stored copy${f.knowledgeAsked ? `; ${f.knowledgeAsked} of ${f.knowledge.length} had none and asked` : ''})`);
    console.log(`  getKnowledge message after stop p50 ${ms(median(f.knowledgeMessage))}  p95 ${ms(percentile(f.knowledgeMessage, 0.95))} ms (waits for the worker's start)`);
    console.log(`  search round trip (warm)       p50 ${ms(f.search.p50)}  p95 ${ms(f.search.p95)} ms   slowest ${f.search.slowest} (the popup's route: page → offscreen document, ${f.calledInProcess} of ${f.asked} called in the page's process, the rest on a BroadcastChannel${f.fellBack ? `; ${f.fellBack} fell back to the worker` : ''})`);
    console.log(`    via the worker (old route)   p50 ${ms(f.searchViaWorker.p50)}  p95 ${ms(f.searchViaWorker.p95)} ms   slowest ${f.searchViaWorker.slowest} (page → worker → document)`);
    console.log(`  the round trip alone           p50 ${ms(f.hop.p50)}  p95 ${ms(f.hop.p95)} ms direct; p50 ${ms(f.hopViaWorker.p50)}  p95 ${ms(f.hopViaWorker.p95)} ms via the worker (the same message, empty query) → ${((100 * f.hop.p50) / f.search.p50).toFixed(0)}% of the search p50`);
    if (f.lunr) console.log(`  Lunr in the page (same queries) p50 ${ms(f.lunr.p50)}  p95 ${ms(f.lunr.p95)} ms → Lunr/Dossier at p95 ${(f.lunr.p95 / f.search.p95).toFixed(2)}×; Lunr load + first answer ${ms(f.lunr.first)} ms`);
    if (f.naiveFirst !== null) console.log(`  naive MiniSearch.loadJSON + first answer in the page ${ms(f.naiveFirst)} ms → Dossier wake / naive ${(median(f.wake) / f.naiveFirst).toFixed(2)}×`);
    console.log(`  heap: worker ${f.heap.worker.toFixed(1)} MB${f.heap.offscreen === null ? '' : `, offscreen document ${f.heap.offscreen.toFixed(1)} MB`}`);
  }
}

function printFirefox(row: Row): void {
  const ff = row.firefox;
  if (typeof ff === 'string') console.log(`-- Firefox: ${ff}`);
  else if (ff) {
    console.log(`-- Firefox (this branch; the background loads the archive itself)`);
    console.log(`  first search after install     ${ms(ff.firstSearch)} ms`);
    console.log(`  wake → first answer (search)   p50 ${ms(median(ff.wake))}  p95 ${ms(percentile(ff.wake, 0.95))} ms (after an idle suspension; ${ff.wake.length} wakes, idle timeout ${ms(FIREFOX_IDLE_MS[row.spec.key] ?? 1000)} ms)`);
    console.log(`    bare event page p50 ${ms(median(ff.bare))}  p95 ${ms(percentile(ff.bare, 0.95))} ms (a page that answers any message, woken alike in the same run) → ${(median(ff.wake) / median(ff.bare)).toFixed(2)}× bare`);
    console.log(`    the wake's stages (p50 of each, ms; the background's user timings):`);
    for (const [from, to, label] of FIREFOX_STAGES) {
      const spans = ff.stages.filter((st) => st[to] !== undefined).map((st) => st[to]! - (from === 'sent' ? 0 : st[from] ?? Number.NaN));
      const at = ff.stages.map((st) => st[to]).filter((t): t is number => t !== undefined);
      console.log(`      ${`${from} → ${to}`.padEnd(20)} ${ms(median(spans)).padStart(6)}  (at ${ms(median(at))})  ${label}${spans.length < ff.stages.length ? ` (in ${spans.length} of ${ff.stages.length} wakes)` : ''}`);
    }
    console.log(`  knowledge after a suspension (stored copy) p50 ${ms(median(ff.knowledge))}  p95 ${ms(percentile(ff.knowledge, 0.95))} ms`);
    console.log(`  search round trip (warm)       p50 ${ms(ff.search.p50)}  p95 ${ms(ff.search.p95)} ms   slowest ${ff.search.slowest}`);
  }
}

function verdict(label: string, value: number, limit: number, unit: string, better: 'below' | 'above'): string {
  const holds = better === 'below' ? value <= limit : value >= limit;
  const by = holds ? '' : ` — misses by ${(better === 'below' ? value - limit : limit - value).toFixed(2)}${unit}`;
  return `  ${holds ? 'holds ' : 'MISSED'}  ${label}: ${value.toFixed(2)}${unit} (target ${better === 'below' ? '≤' : '≥'} ${limit}${unit})${by}`;
}

function printTargets(rows: readonly Row[]): void {
  console.log('\n== docs/design.md budgets (this branch) ==');
  for (const row of rows) {
    const { key, label } = row.spec;
    const f = row.builds[0]?.figures;
    if (f) printChromiumTargets(row, f);
    const ff = row.firefox;
    if (ff && typeof ff !== 'string') {
      if (TARGETS.wake[key] !== undefined) console.log(verdict(`Firefox ${label} wake → first answer p50`, median(ff.wake), TARGETS.wake[key]!, ' ms', 'below'));
      console.log(`  (info)  Firefox ${label} wake over a bare event page: ${(median(ff.wake) / median(ff.bare)).toFixed(2)}× (Chrome's target of ${TARGETS.wakeOverBare}× is for its worker)`);
      console.log(verdict(`Firefox ${label} knowledge after a suspension p95`, percentile(ff.knowledge, 0.95), TARGETS.knowledge, ' ms', 'below'));
    }
  }
}

function printChromiumTargets(row: Row, f: Figures): void {
  const { key, label } = row.spec;
  const wake = median(f.wake);
  if (TARGETS.wake[key] !== undefined) console.log(verdict(`${label} wake → first answer p50`, wake, TARGETS.wake[key]!, ' ms', 'below'));
  if (TARGETS.wake[key] !== undefined) console.log(verdict(`${label} wake → first answer p50 on the popup's route`, median(f.wakeDirect), TARGETS.wake[key]!, ' ms', 'below'));
  if (key === '5') console.log(verdict(`${label} wake over a bare worker start`, wake / median(f.bare), TARGETS.wakeOverBare, '×', 'below'));
  console.log(verdict(`${label} knowledge after a worker stop p95`, percentile(f.knowledge, 0.95), TARGETS.knowledge, ' ms', 'below'));
  if (TARGETS.searchP95[key] !== undefined) {
    console.log(verdict(`${label} search p95 (round trip)`, f.search.p95, TARGETS.searchP95[key]!, ' ms', 'below'));
    if (f.lunr) console.log(verdict(`${label} ahead of Lunr at p95`, f.lunr.p95 / f.search.p95, TARGETS.aheadOfLunr, '×', 'above'));
  }
  console.log(verdict(`${label} index + metadata (archive.json without bodies) over MiniSearch's JSON`, indexAndMetadata(row.index) / (row.miniSearchMb * 1e6), TARGETS.sizeOverMiniSearch, '×', 'below'));
}

async function main(): Promise<void> {
  if (WITH_CHROMIUM && !existsSync(path.join(CHROME_BUILD, 'manifest.json'))) throw new Error('Dossier is not built: run `npm run build` first.');
  if (BASELINE && !existsSync(path.join(BASELINE, 'manifest.json'))) throw new Error(`DOSSIER_BASELINE has no built extension (${BASELINE})`);
  console.log(`archive bench: Chromium ${BROWSER}; ${WAKES} wakes, ${QUERIES.length} queries × ${RUNS} runs; node ${process.version}${BASELINE ? '; baseline build measured in the same run' : ''}`);
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-archive-bench-'));
  const bare = path.join(work, 'bare');
  mkdirSync(bare);
  writeBareExtension(bare);
  const rows: Row[] = [];
  try {
    for (const spec of SPECS.filter((s) => SIZES.includes(s.key))) {
      const row = await benchSize(spec, work, bare);
      if (row) rows.push(row), printFirefox(row);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  printTargets(rows);
}

await main();
