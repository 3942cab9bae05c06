import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.ts';
import { CliError, type Command, type CliIO } from '../command.ts';
import { buildCountries, curateOfficials } from '../../entities/index.ts';
import { minedAsCurated, mineOfficials, type DatedHeadline } from '../../entities/building/headline-officials.ts';
import type { CuratedOfficials } from '../../entities/types.ts';

const DEFAULT_LEADERS = '../shared/data/leaders';
const DEFAULT_OUT = 'assets/entities/officials.json';
const DEFAULT_HEADLINES = '../shared/data/corpora/headlines-2025-2026/headlines.jsonl';
const DEFAULT_MINED_OUT = 'assets/entities/officials-2025-2026.json';

const usage = `Usage: npm run -s dossier -- curate-officials [--leaders DIR] [--out FILE] [--headlines FILE] [--mined-out FILE]

Regenerates the curated base of office-holders: from the every-politician Wikidata CSV
exports (CC0), and the office-holders of 2025-26 mined from dated news headlines (facts
only: name, role, country, as-of date, how many headlines support it).
  --leaders DIR      folder of epscr_*.csv files (default: ${DEFAULT_LEADERS})
  --out FILE         where to write the Wikidata-derived base (default: ${DEFAULT_OUT})
  --headlines FILE   JSON lines of {title, first_seen} (default: ${DEFAULT_HEADLINES})
  --mined-out FILE   where to write the mined base (default: ${DEFAULT_MINED_OUT})`;

async function writeCurated(file: string, curated: CuratedOfficials, io: CliIO): Promise<number> {
  const full = path.resolve(io.cwd, file);
  await mkdir(path.dirname(full), { recursive: true });
  const text = JSON.stringify(curated, null, 1) + '\n';
  await writeFile(full, text);
  return Buffer.byteLength(text);
}

async function readHeadlines(file: string, io: CliIO): Promise<DatedHeadline[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch {
    throw new CliError(`cannot read the headlines file ${file}`);
  }
  const headlines: DatedHeadline[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      const row = JSON.parse(line) as { title?: unknown; first_seen?: unknown };
      if (typeof row.title === 'string') headlines.push({ title: row.title, date: typeof row.first_seen === 'string' ? row.first_seen : null });
    } catch {
      io.stderr(`${file}:${i + 1}: not JSON, skipped\n`);
    }
  }
  return headlines;
}

export const curateOfficialsCommand: Command = {
  name: 'curate-officials',
  summary: 'regenerate the curated officials bases (Wikidata CSVs, mined headlines)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      leaders: { type: 'string' },
      out: { type: 'string' },
      headlines: { type: 'string' },
      'mined-out': { type: 'string' },
    });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
    const dir = path.resolve(io.cwd, values.leaders ?? DEFAULT_LEADERS);
    const out = values.out ?? DEFAULT_OUT;
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.startsWith('epscr_') && n.endsWith('.csv')).sort();
    } catch {
      throw new CliError(`cannot read the leaders folder ${values.leaders ?? DEFAULT_LEADERS}`);
    }
    if (names.length === 0) throw new CliError(`no epscr_*.csv files in ${values.leaders ?? DEFAULT_LEADERS}`);
    const headlinesFile = values.headlines ?? DEFAULT_HEADLINES;
    const headlines = await readHeadlines(headlinesFile, io);
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })));
    const countries = buildCountries();
    const curated = curateOfficials(files, countries);
    const bytes = await writeCurated(out, curated, io);
    io.stderr(`${out}: ${curated.officials.length} officials from ${files.length} files, ${(bytes / 1024).toFixed(0)} KB\n`);

    const mined = mineOfficials(headlines, countries);
    // What was mined, with its evidence, so a person can look at it.
    for (const m of mined) {
      const roles = m.roles.map((r) => `${r.role}${r.country ? ` (${r.country})` : ''} as of ${r.asOf}, ${r.headlines} headlines`).join('; ');
      io.stderr(`  ${m.name}: ${m.headlines} headlines: ${roles}\n`);
    }
    const minedOut = values['mined-out'] ?? DEFAULT_MINED_OUT;
    const minedBytes = await writeCurated(minedOut, minedAsCurated(mined), io);
    io.stderr(`${minedOut}: ${mined.length} officials from ${headlines.length} headlines, ${(minedBytes / 1024).toFixed(0)} KB\n`);
    return 0;
  },
};
