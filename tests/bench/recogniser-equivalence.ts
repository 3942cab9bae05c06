/**
 * Equivalence check for recogniser rewrites: dumps everything the recogniser produces over
 * the real pages in ../shared/data/pages and the labelled set (mentions with ids, offsets
 * and forms, page officials, query entities, the knowledge learned from the seed articles)
 * as one line per result, so two versions can be compared with `cmp`.
 *
 * Run: npx tsx tests/bench/recogniser-equivalence.ts OUT_FILE   (once before, once after; then cmp)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToBlocks } from '../../lib/cli/html-text.ts';
import { buildCountries, loadCuratedOfficials } from '../../lib/entities/index.ts';
import { createRecogniser, type Recogniser } from '../../lib/entities/recogniser.ts';
import type { Knowledge, Mention } from '../../lib/entities/types.ts';
import { seedKnowledge } from '../unit/entities/seed-knowledge.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.resolve(ROOT, '../shared/data/pages');
const LABELLED = path.resolve(ROOT, 'tests/fixtures/entities/labelled.json');

function show(m: Mention): string {
  return `${m.start}-${m.end} ${JSON.stringify(m.text)} ${m.id} ${m.form} ${m.kind} ${JSON.stringify(m.name)}`;
}

function fakeOfficials(count: number): Knowledge['officials'] {
  const out: Knowledge['officials'] = [];
  const syllables = ['ka', 'ri', 'mo', 'zel', 'an', 'dor', 'vi', 'tsa', 'lem', 'os', 'ur', 'bek', 'ja', 'ni', 'qa', 'sho', 'ev', 'ic'];
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const word = (): string => {
    let w = '';
    for (let i = 0, n = 2 + Math.floor(rand() * 3); i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  for (let i = 0; i < count; i++) out.push({ slug: `fake-${i}`, name: `${word()} ${word()}`, aliases: [], roles: [], articleIds: [] });
  return out;
}

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: recogniser-equivalence.ts OUT_FILE');
  const lines: string[] = [];
  const { knowledge: seed, recogniser } = seedKnowledge();
  lines.push(`knowledge ${JSON.stringify({ ...seed, compiled: undefined })}`);
  const curated = loadCuratedOfficials().officials.map((o, i) => ({ slug: `c${i}`, name: o.name, aliases: [], roles: [], articleIds: [] }));
  const recognisers: Array<[string, Recogniser]> = [
    ['seed', recogniser],
    ['full', createRecogniser({ format: 1, countries: buildCountries(), officials: [...curated, ...fakeOfficials(3000)] })],
  ];

  const pages = existsSync(PAGES) ? readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort() : [];
  if (pages.length === 0) console.log(`warning: no pages in ${PAGES}`);
  const items = JSON.parse(readFileSync(LABELLED, 'utf8')) as Array<[string, string[]]>;
  for (const [label, r] of recognisers) {
    for (const file of pages) {
      const blocks = htmlToBlocks(readFileSync(path.join(PAGES, file), 'utf8'));
      // Whole page in one batch, then in batches of 37 blocks (signals differ per batch), then as one block.
      const whole = r.newPage();
      whole.recognise(blocks).forEach((ms, b) => ms.forEach((m) => lines.push(`${label} ${file} whole ${b} ${show(m)}`)));
      lines.push(`${label} ${file} whole officials ${JSON.stringify(whole.pageOfficials())}`);
      const batched = r.newPage();
      for (let b = 0; b < blocks.length; b += 37) {
        batched.recognise(blocks.slice(b, b + 37)).forEach((ms, k) => ms.forEach((m) => lines.push(`${label} ${file} batched ${b + k} ${show(m)}`)));
      }
      lines.push(`${label} ${file} batched officials ${JSON.stringify(batched.pageOfficials())}`);
      r.recogniseText(blocks.join('\n')).forEach((m) => lines.push(`${label} ${file} joined ${show(m)}`));
    }
    items.forEach(([text], n) => {
      r.recogniseText(text).forEach((m) => lines.push(`${label} labelled ${n} ${show(m)}`));
      lines.push(`${label} labelled ${n} query ${r.queryEntities(text).join(' ')}`);
      lines.push(`${label} labelled ${n} lower ${r.queryEntities(text.toLowerCase()).join(' ')}`);
      lines.push(`${label} labelled ${n} upper ${r.recogniseText(text.toUpperCase()).map(show).join(' | ')}`);
    });
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} lines written to ${out}`);
}

main();
