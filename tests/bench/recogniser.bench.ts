/**
 * Recogniser throughput on 1 MB of real visible text: 100 names against 10,000 names on the
 * same text (the cost should be nearly flat), with one big alternation RegExp of the same
 * names as the naive peer. Run: npx tsx tests/bench/recogniser.bench.ts
 *
 * Text: the visible text of ../shared/data/pages, repeated to 1 MB. Names: the curated
 * officials, then fake "First Last" names from a seeded PRNG up to 10,000.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToBlocks } from '../../lib/cli/html-text.ts';
import { buildCountries } from '../../lib/entities/countries.ts';
import { loadCuratedOfficials } from '../../lib/entities/index.ts';
import { createRecogniser } from '../../lib/entities/recogniser.ts';
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

function time<T>(fn: () => T, runs = 5): { ms: number; result: T } {
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

function main(): void {
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

  const rows: Array<{ n: number; trie: number; regex: number }> = [];
  for (const n of [100, 10_000]) {
    const names = namesList(n);
    const build = time(() => createRecogniser(knowledgeOf(names)), 3);
    const trie = time(() => build.result.newPage().recognise(text).reduce((s, m) => s + m.length, 0));
    const escaped = names.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
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

  const full: Knowledge = { format: 1, countries: buildCountries(), officials: knowledgeOf(namesList(650)).officials };
  const fullBuild = time(() => createRecogniser(full), 5);
  const fullRun = time(() => fullBuild.result.newPage().recognise(text).reduce((s, m) => s + m.length, 0));
  console.log(
    `full knowledge (${full.countries.length} countries, ${full.officials.length} officials, ${(JSON.stringify(full).length / 1024).toFixed(0)} KB JSON): ` +
      `build ${fullBuild.ms.toFixed(1)} ms, recognise ${fullRun.ms.toFixed(0)} ms (${(mb / (fullRun.ms / 1000)).toFixed(1)} MB/s, ${fullRun.result} mentions)`,
  );
}

main();
