/**
 * Recogniser throughput on 1 MB of real visible text: 100 names against 10,000 names on the
 * same text (the cost should be nearly flat), with one big alternation RegExp of the same
 * names as the naive peer; then the full knowledge (every country form and the curated
 * officials) against the design's "bare pass" (one alternation RegExp of all its name
 * forms over the same blocks), `createRecogniser` time and the knowledge's JSON size.
 * Run: npx tsx tests/bench/recogniser.bench.ts
 *
 * Side by side: `npm run bench:recogniser -- --against OTHER_CHECKOUT` times, instead, this
 * tree's recogniser and the other's on the full knowledge and the same text in one process,
 * in rounds in random order, as CPU time (on a shared machine, wall time mostly measures
 * the neighbours).
 *
 * Text: the visible text of ../shared/data/pages, repeated to 1 MB. Names: the curated
 * officials, then fake "First Last" names from a seeded PRNG up to 10,000.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToBlocks } from '../../lib/cli/html-text.ts';
import { buildCountries, compileNames, loadCuratedOfficials } from '../../lib/entities/index.ts';
import { createRecogniser } from '../../lib/entities/recogniser.ts';
import type { Recogniser } from '../../lib/entities/recogniser.ts';
import type { Knowledge, OfficialEntry } from '../../lib/entities/types.ts';

const PAGES = path.resolve(import.meta.dirname, '../../../shared/data/pages');
const TARGET = 1_000_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fakeNames(count: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const syllables = ['ka', 'ri', 'mo', 'zel', 'an', 'dor', 'vi', 'tsa', 'lem', 'os', 'ur', 'bek', 'ja', 'ni', 'qa', 'sho', 'ev', 'ic'];
  const word = (): string => {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const out = new Set<string>();
  while (out.size < count) out.add(`${word()} ${word()}`);
  return [...out];
}

function namesList(n: number): string[] {
  const curated = loadCuratedOfficials().officials.map((o) => o.name);
  const base = curated.slice(0, Math.min(n, curated.length));
  return base.length >= n ? base : [...base, ...fakeNames(n - base.length, 42)];
}

function knowledgeOf(names: readonly string[]): Knowledge {
  const officials: OfficialEntry[] = names.map((name, i) => ({ slug: `p${i}`, name, aliases: [], roles: [], articleIds: [] }));
  return { format: 1, countries: [], officials };
}

function alternation(names: readonly string[]): RegExp {
  const escaped = [...new Set(names)].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function time<T>(fn: () => T, runs = 7): { ms: number; result: T } {
  let result = fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

/** CPU milliseconds of this process so far. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

const ROUNDS = 30;

/** This tree's recogniser and another checkout's, interleaved in random order, `ROUNDS` passes each. */
async function sideBySide(other: string, knowledge: Knowledge, text: readonly string[]): Promise<void> {
  const theirs = (await import(path.resolve(other, 'lib/entities/recogniser.ts'))) as { createRecogniser(k: Knowledge): Recogniser };
  const sides = [
    { name: 'this tree', recogniser: createRecogniser(knowledge), page: [] as number[], queries: [] as number[], mentions: 0 },
    { name: other, recogniser: theirs.createRecogniser(knowledge), page: [] as number[], queries: [] as number[], mentions: 0 },
  ];
  const queries = text.slice(0, 3000).map((b) => b.slice(0, 60));
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of Math.random() < 0.5 ? sides : [...sides].reverse()) {
      let t = cpuMs();
      side.mentions = side.recogniser.newPage().recognise(text).reduce((s, m) => s + m.length, 0);
      side.page.push(cpuMs() - t);
      t = cpuMs();
      for (const q of queries) side.recogniser.queryEntities(q);
      side.queries.push(cpuMs() - t);
    }
  }
  console.log(`side by side, ${ROUNDS} rounds in random order, CPU ms (median / min):`);
  for (const side of sides) {
    console.log(
      `  ${side.name}: full knowledge on 1 MB ${median(side.page).toFixed(1)} / ${Math.min(...side.page).toFixed(1)} (${side.mentions} mentions)` +
        ` | ${queries.length} queries ${median(side.queries).toFixed(1)} / ${Math.min(...side.queries).toFixed(1)}`,
    );
  }
}

async function main(): Promise<void> {
  if (!existsSync(PAGES)) {
    console.log(`skipped: ${PAGES} is absent (the benchmark needs ../shared/data/pages)`);
    return;
  }
  const blocks: string[] = [];
  for (const f of readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort()) blocks.push(...htmlToBlocks(readFileSync(path.join(PAGES, f), 'utf8')));
  let size = 0;
  const text: string[] = [];
  for (let i = 0; size < TARGET; i = (i + 1) % blocks.length) {
    text.push(blocks[i]!);
    size += blocks[i]!.length + 1;
  }
  const mb = size / 1e6;
  console.log(`text: ${text.length} blocks, ${mb.toFixed(2)} MB of visible text from ${PAGES.split(path.sep).slice(-3).join('/')}`);

  // Alone, and without compiled keys (compiling runs this tree's recognition code): code
  // warmed on other work before the rounds would favour one side.
  const against = process.argv.indexOf('--against');
  if (against !== -1 && process.argv[against + 1]) {
    await sideBySide(process.argv[against + 1]!, { format: 1, countries: buildCountries(), officials: knowledgeOf(namesList(650)).officials }, text);
    return;
  }

  const rows: Array<{ n: number; trie: number; regex: number }> = [];
  for (const n of [100, 10_000]) {
    const names = namesList(n);
    const build = time(() => createRecogniser(knowledgeOf(names)), 3);
    const trie = time(() => build.result.newPage().recognise(text).reduce((s, m) => s + m.length, 0));
    const re = alternation(names);
    const regex = time(() => text.reduce((s, b) => s + (b.match(re)?.length ?? 0), 0));
    rows.push({ n, trie: trie.ms, regex: regex.ms });
    console.log(
      `${String(n).padStart(6)} names: recogniser ${trie.ms.toFixed(0).padStart(5)} ms (${(mb / (trie.ms / 1000)).toFixed(1)} MB/s, ${trie.result} mentions, build ${build.ms.toFixed(1)} ms)` +
        ` | one alternation RegExp ${regex.ms.toFixed(0).padStart(5)} ms (${(mb / (regex.ms / 1000)).toFixed(1)} MB/s, ${regex.result} matches)`,
    );
  }
  const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
  console.log(`ratio 10k/100: recogniser ${(large.trie / small.trie).toFixed(2)} (target <= 1.3), RegExp ${(large.regex / small.regex).toFixed(2)}`);
  console.log(`at 10k names the recogniser takes ${(large.trie / large.regex).toFixed(2)}x the RegExp's time`);

  const plain: Knowledge = { format: 1, countries: buildCountries(), officials: knowledgeOf(namesList(650)).officials };
  // As shipped: buildKnowledge compiles the names' keys into the knowledge.
  const full: Knowledge = { ...plain, compiled: compileNames(plain) };
  const shipped = JSON.stringify(full);
  const builds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const copy = JSON.parse(shipped) as Knowledge;
    const t = performance.now();
    createRecogniser(copy);
    builds.push(performance.now() - t);
  }
  builds.sort((a, b) => a - b);
  const uncompiled = time(() => createRecogniser(plain), 5);
  const recogniser = createRecogniser(full);
  const fullRun = time(() => recogniser.newPage().recognise(text).reduce((s, m) => s + m.length, 0));
  const forms = [...full.countries.flatMap((c) => Object.values(c.names).flat()), ...full.officials.flatMap((o) => [o.name, ...o.aliases])];
  const bare = alternation(forms);
  const bareRun = time(() => text.reduce((s, b) => s + (b.match(bare)?.length ?? 0), 0));
  const perMb = (ms: number): string => `${(ms / mb).toFixed(1)} ms/MB, ${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(
    `full knowledge (${full.countries.length} countries, ${full.officials.length} officials, ${forms.length} name forms): ` +
      `JSON ${(shipped.length / 1024).toFixed(0)} KB (${(JSON.stringify(plain).length / 1024).toFixed(0)} KB without compiled keys)`,
  );
  console.log(`  createRecogniser: median of 20 ${builds[10]!.toFixed(1)} ms (without compiled keys ${uncompiled.ms.toFixed(1)} ms)`);
  console.log(`  recogniser ${fullRun.ms.toFixed(0)} ms (${perMb(fullRun.ms)}, ${fullRun.result} mentions)`);
  console.log(`  bare pass, one alternation RegExp of all name forms: ${bareRun.ms.toFixed(0)} ms (${perMb(bareRun.ms)}, ${bareRun.result} matches)`);
  console.log(`  recogniser / bare pass: ${(fullRun.ms / bareRun.ms).toFixed(2)}x (design budget for the whole highlight pass: 1.5x)`);
}

await main();
