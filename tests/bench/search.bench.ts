/**
 * Archive build, service-worker wake and search latency of Dossier against Lunr 2.3.9 on
 * the default seed archive, the 2,225 BBC articles and the 60,146 headlines, in one run,
 * checked against the targets of docs/design.md (Budgets).
 * Run: npm run bench:search (npx tsx tests/bench/search.bench.ts); SIZES=default,2k runs only those
 * (default, 2k, 60k).
 *
 * Dossier runs the real path: readCorpus → buildArchiveWithEntities (learns officials,
 * annotates every article) → JSON text → JSON.parse + loadArchive + the query recogniser →
 * searchArchive (entity-aware query, filter callback, snippets). Lunr indexes the same
 * title / altTitles / body with the same boosts and answers the same queries written in
 * its syntax.
 *
 * Figures: builds run once per archive (3 times below 5k articles, median); wake and load
 * are medians of 5 loads from the JSON text into fresh objects; query latency is, per
 * query, the median of RUNS warm runs, then p50/p95 over the queries (medians because the
 * 2 cores are shared with other work; the p95 over every raw run is printed too), in wall
 * time and in the process's CPU time (process.cpuUsage, which other work on the machine does
 * not inflate; it counts the garbage collector's helper threads too).
 * Dossier and Lunr runs are interleaved query by query so machine noise hits both alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import { buildLunr, lunrQuery } from './lunr-peer.ts';
import { QUERIES } from './queries.ts';
import { readCorpus } from '../../lib/cli/corpus-files.ts';
import type { Article } from '../../lib/corpus/article.ts';
import { loadArchive } from '../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../lib/search/build-archive.ts';
import { queryEntityFinderFor } from '../../lib/search/query-entities.ts';
import { searchArchive, type SearchResponse } from '../../lib/search/search.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 7;
const WARMUP = 2;
const LOADS = 5;
/** The query a wake answers first: a name the user hovered or typed. */
const WAKE_QUERY = 'Aliyev';

interface ArchiveSpec {
  label: string;
  /** As written in messages: relative to the project root. */
  given: string;
  /** The design's size class whose targets apply. */
  size: 'default' | '2k' | '60k';
  shared: boolean;
}

const ALL_ARCHIVES: ArchiveSpec[] = [
  { label: 'default seed', given: 'assets/corpus', size: 'default', shared: false },
  { label: 'BBC 2004 (2k)', given: '../shared/data/corpora/bbc-2004/articles.jsonl', size: '2k', shared: true },
  { label: 'headlines 2025-26 (60k)', given: '../shared/data/corpora/headlines-2025-2026/headlines.jsonl', size: '60k', shared: true },
];
const SIZES = (process.env.SIZES ?? 'default,2k,60k').split(',');
const ARCHIVES = ALL_ARCHIVES.filter((a) => SIZES.includes(a.size));

/** docs/design.md, Budgets. */
const TARGETS = {
  searchP95: { '2k': 3, '60k': 8 } as Record<string, number>,
  aheadOfLunr: 2,
  wake: { default: 20, '2k': 60, '60k': 150 } as Record<string, number>,
};


// ---------------------------------------------------------------- measuring helpers

function now(): number {
  return performance.now();
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The process's CPU time between two readings, in ms: what a query cost, less the time the shared machine ran other work. */
function cpuMs(from: NodeJS.CpuUsage, to: NodeJS.CpuUsage): number {
  return (to.user - from.user + to.system - from.system) / 1000;
}

/** Between phases only, and only when node runs with --expose-gc: keeps one archive's garbage out of the next's figures. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

// ---------------------------------------------------------------- Lunr, the peer

function lunrSearch(index: lunr.Index, query: string): number {
  return query ? index.search(query).length : 0;
}

// ---------------------------------------------------------------- one archive

interface Row {
  spec: ArchiveSpec;
  articles: number;
  dossier: { build: number; stringify: number; mb: number; parse: number; load: number; recogniser: number; firstQuery: number; wake: number; wakeMax: number; p50: number; p95: number; p95raw: number; max: number; slowest: string; cpu: Latency; answerKb: { p50: number; max: number } };
  lunr: { build: number; mb: number; load: number; firstAnswer: number; p50: number; p95: number; p95raw: number; max: number; slowest: string; p95literal: number; slowestLiteral: string; cpu: Latency };
}

interface Latency {
  p50: number;
  p95: number;
  p95raw: number;
  max: number;
  slowest: string;
}

function summarise(perQuery: ReadonlyMap<string, number[]>): Latency {
  const medians: Array<[string, number]> = [...perQuery].map(([q, times]) => [q, median(times)]);
  medians.sort((a, b) => a[1] - b[1]);
  const sorted = medians.map(([, t]) => t);
  const raw = [...perQuery.values()].flat().sort((a, b) => a - b);
  const top = medians.slice(-3).reverse().map(([q, t]) => `"${q}" ${t.toFixed(2)}`);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p95raw: percentile(raw, 0.95), max: sorted[sorted.length - 1] ?? Number.NaN, slowest: top.join(', ') };
}

async function benchArchive(spec: ArchiveSpec): Promise<Row | null> {
  const full = path.resolve(ROOT, spec.given);
  if (!existsSync(full)) {
    console.log(`${spec.label}: skipped, ${spec.given} is absent (the shared benchmark data is not on this machine)`);
    return null;
  }
  progress(`[${spec.label}] reading ${spec.given}`);
  const read = await readCorpus([spec.given], { cwd: ROOT });
  let articles: Article[] | null = read.articles;
  if (read.errors.length) progress(`[${spec.label}] ${read.errors.length} parse errors (first: ${read.errors[0]!.message})`);
  const count = articles.length;

  // Build: the whole CLI build, learning entities included. Repeated only where cheap.
  const buildRuns = count < 5000 ? 3 : 1;
  const builds: number[] = [];
  const stringifies: number[] = [];
  let json = '';
  for (let r = 0; r < buildRuns; r++) {
    progress(`[${spec.label}] Dossier build ${r + 1}/${buildRuns} of ${count} articles`);
    let lastTenth = -1;
    const t0 = now();
    const file = buildArchiveWithEntities(articles, {
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth && count >= 1000) (lastTenth = tenth), progress(`[${spec.label}]   ${done}/${total} (${((now() - t0) / 1000).toFixed(1)} s)`);
      },
    });
    const t1 = now();
    json = JSON.stringify(file);
    stringifies.push(now() - t1);
    builds.push(t1 - t0);
  }
  collect();

  progress(`[${spec.label}] Lunr build`);
  const lunrBuilds: number[] = [];
  let lunrJson = '';
  for (let r = 0; r < buildRuns; r++) {
    const t0 = now();
    const idx = buildLunr(articles);
    lunrJson = JSON.stringify(idx);
    lunrBuilds.push(now() - t0);
  }
  // The corpus is not needed any more; only the two serialized indexes are measured from here.
  articles = null;
  collect();

  // Wake: from the JSON text to the first answer, in fresh objects every time.
  progress(`[${spec.label}] wake ×${LOADS}`);
  const parse: number[] = [];
  const load: number[] = [];
  const recog: number[] = [];
  const first: number[] = [];
  const wake: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const t0 = now();
    const value: unknown = JSON.parse(json);
    const t1 = now();
    const archive = loadArchive(value);
    const t2 = now();
    const finder = queryEntityFinderFor(archive);
    const t3 = now();
    const answer: SearchResponse = searchArchive(archive, { query: WAKE_QUERY }, finder);
    const t4 = now();
    if (answer.query !== WAKE_QUERY) throw new Error('unexpected answer');
    parse.push(t1 - t0), load.push(t2 - t1), recog.push(t3 - t2), first.push(t4 - t3), wake.push(t4 - t0);
    collect();
  }
  const lunrLoad: number[] = [];
  const lunrFirst: number[] = [];
  const wakeLunrQuery = lunrQuery(WAKE_QUERY, true);
  for (let i = 0; i < LOADS; i++) {
    const t0 = now();
    const idx = lunr.Index.load(JSON.parse(lunrJson) as object);
    const t1 = now();
    lunrSearch(idx, wakeLunrQuery);
    lunrLoad.push(t1 - t0), lunrFirst.push(now() - t0);
    collect();
  }

  // Warm queries: one loaded archive and one loaded Lunr index, as a worker that stays up.
  progress(`[${spec.label}] queries: ${QUERIES.length} × ${RUNS} runs (+${WARMUP} warm-up)`);
  const archive = loadArchive(JSON.parse(json));
  const finder = queryEntityFinderFor(archive);
  const lunrIdx = lunr.Index.load(JSON.parse(lunrJson) as object);
  const dossierTimes = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  const lunrTimes = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  const literalTimes = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  const dossierCpu = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  const lunrCpu = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  const limited = new Map(QUERIES.map((q) => [q, lunrQuery(q, true)]));
  const literal = new Map(QUERIES.map((q) => [q, lunrQuery(q, false)]));
  let sink = 0;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    for (const q of QUERIES) {
      const c0 = process.cpuUsage();
      const t0 = now();
      sink += searchArchive(archive, { query: q }, finder).total;
      const t1 = now();
      const c1 = process.cpuUsage();
      sink += lunrSearch(lunrIdx, limited.get(q)!);
      const t2 = now();
      const c2 = process.cpuUsage();
      sink += lunrSearch(lunrIdx, literal.get(q)!);
      const t3 = now();
      if (r >= WARMUP) {
        dossierTimes.get(q)!.push(t1 - t0), lunrTimes.get(q)!.push(t2 - t1), literalTimes.get(q)!.push(t3 - t2);
        dossierCpu.get(q)!.push(cpuMs(c0, c1)), lunrCpu.get(q)!.push(cpuMs(c1, c2));
      }
    }
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  // What a page receives per query: the answer's JSON size (a message clones as much).
  const answerBytes = QUERIES.map((q) => Buffer.byteLength(JSON.stringify(searchArchive(archive, { query: q }, finder)))).sort((a, b) => a - b);
  const d = summarise(dossierTimes);
  const l = summarise(lunrTimes);
  const lit = summarise(literalTimes);
  const dc = summarise(dossierCpu);
  const lc = summarise(lunrCpu);

  return {
    spec,
    articles: count,
    dossier: {
      build: median(builds),
      stringify: median(stringifies),
      mb: Buffer.byteLength(json) / 1e6,
      parse: median(parse),
      load: median(load),
      recogniser: median(recog),
      firstQuery: median(first),
      wake: median(wake),
      wakeMax: Math.max(...wake),
      ...d,
      cpu: dc,
      answerKb: { p50: percentile(answerBytes, 0.5) / 1000, max: answerBytes[answerBytes.length - 1]! / 1000 },
    },
    lunr: {
      build: median(lunrBuilds),
      mb: Buffer.byteLength(lunrJson) / 1e6,
      load: median(lunrLoad),
      firstAnswer: median(lunrFirst),
      ...l,
      p95literal: lit.p95,
      slowestLiteral: lit.slowest,
      cpu: lc,
    },
  };
}

// ---------------------------------------------------------------- report

const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

function printRow(row: Row): string[] {
  const { dossier: d, lunr: l, spec } = row;
  const lines = [
    `\n== ${spec.label}: ${row.articles} articles (${spec.given}) ==`,
    `                          Dossier          Lunr 2.3.9      Lunr/Dossier`,
    `build (ms)                ${ms(d.build).padEnd(16)} ${ms(l.build).padEnd(15)} ${ratio(l.build, d.build)}   (Dossier: entities learned + annotated; + ${ms(d.stringify)} ms JSON.stringify)`,
    `serialized size (MB)      ${d.mb.toFixed(2).padEnd(16)} ${l.mb.toFixed(2).padEnd(15)} ${ratio(l.mb, d.mb)}   (Dossier holds the articles too; Lunr's index alone cannot show a snippet)`,
    `load (ms)                 ${ms(d.parse + d.load).padEnd(16)} ${ms(l.load).padEnd(15)} ${ratio(l.load, d.parse + d.load)}   (JSON.parse ${ms(d.parse)} + loadArchive ${ms(d.load)} | JSON.parse + Index.load)`,
    `wake → first answer (ms)  ${ms(d.wake).padEnd(16)} ${ms(l.firstAnswer).padEnd(15)} ${ratio(l.firstAnswer, d.wake)}   (Dossier: + recogniser ${ms(d.recogniser)} + first query ${ms(d.firstQuery)}; worst of ${LOADS} ${ms(d.wakeMax)})`,
    `query p50 (ms)            ${ms(d.p50).padEnd(16)} ${ms(l.p50).padEnd(15)} ${ratio(l.p50, d.p50)}`,
    `query p95 (ms)            ${ms(d.p95).padEnd(16)} ${ms(l.p95).padEnd(15)} ${ratio(l.p95, d.p95)}   (over every raw run: ${ms(d.p95raw)} | ${ms(l.p95raw)})`,
    `query max (ms)            ${ms(d.max).padEnd(16)} ${ms(l.max).padEnd(15)}`,
    `query CPU p50 (ms)        ${ms(d.cpu.p50).padEnd(16)} ${ms(l.cpu.p50).padEnd(15)} ${ratio(l.cpu.p50, d.cpu.p50)}   (the process's CPU time: steadier than wall time on a shared machine)`,
    `query CPU p95 (ms)        ${ms(d.cpu.p95).padEnd(16)} ${ms(l.cpu.p95).padEnd(15)} ${ratio(l.cpu.p95, d.cpu.p95)}`,
    `answer size (kB of JSON)  p50 ${d.answerKb.p50.toFixed(1)}, max ${d.answerKb.max.toFixed(1)}   (what a page receives per query: the first page of hits with their snippets)`,
    `  slowest Dossier: ${d.slowest}`,
    `  slowest Lunr:    ${l.slowest}`,
    `  Lunr literal \`t t* t~1\` on every term (no length limits): p95 ${ms(l.p95literal)} ms; slowest ${l.slowestLiteral}`,
  ];
  return lines;
}

function verdict(label: string, value: number, limit: number, unit: string, better: 'below' | 'above'): string {
  const holds = better === 'below' ? value <= limit : value >= limit;
  const sign = better === 'below' ? '≤' : '≥';
  return `  ${holds ? 'holds ' : 'MISSED'}  ${label}: ${value.toFixed(2)}${unit} (target ${sign} ${limit}${unit})`;
}

function printTargets(rows: readonly Row[]): string[] {
  const lines = ['\n== docs/design.md budgets =='];
  for (const row of rows) {
    const { size, label } = row.spec;
    const wakeLimit = TARGETS.wake[size];
    if (wakeLimit !== undefined) lines.push(verdict(`${label} wake to first answer (median of ${LOADS})`, row.dossier.wake, wakeLimit, ' ms', 'below'));
    const p95Limit = TARGETS.searchP95[size];
    if (p95Limit !== undefined) {
      lines.push(verdict(`${label} search p95 on the full path`, row.dossier.p95, p95Limit, ' ms', 'below'));
      lines.push(verdict(`${label} ahead of Lunr at p95 (Lunr/Dossier)`, row.lunr.p95 / row.dossier.p95, TARGETS.aheadOfLunr, '×', 'above'));
    }
  }
  return lines;
}

async function main(): Promise<void> {
  console.log(`search bench: ${QUERIES.length} queries, ${RUNS} warm runs each (median per query), wake/load median of ${LOADS}; node ${process.version}`);
  const rows: Row[] = [];
  for (const spec of ARCHIVES) {
    const row = await benchArchive(spec);
    if (row) {
      rows.push(row);
      // Printed as each archive finishes, so a long 60k run still shows the others.
      console.log(printRow(row).join('\n'));
    }
    collect();
  }
  console.log(printTargets(rows).join('\n'));
}

await main();
