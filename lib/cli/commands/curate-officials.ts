import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.ts';
import { CliError, type Command } from '../command.ts';
import { buildCountries, curateOfficials } from '../../entities/index.ts';

const DEFAULT_LEADERS = '../shared/data/leaders';
const DEFAULT_OUT = 'assets/entities/officials.json';

const usage = `Usage: npm run -s dossier -- curate-officials [--leaders DIR] [--out FILE]

Regenerates the curated base of office-holders from the every-politician Wikidata
CSV exports (CC0).
  --leaders DIR   folder of epscr_*.csv files (default: ${DEFAULT_LEADERS})
  --out FILE      where to write it (default: ${DEFAULT_OUT})`;

export const curateOfficialsCommand: Command = {
  name: 'curate-officials',
  summary: 'regenerate the curated officials base from Wikidata CSVs',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { leaders: { type: 'string' }, out: { type: 'string' } });
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
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })));
    const curated = curateOfficials(files, buildCountries());
    const full = path.resolve(io.cwd, out);
    await mkdir(path.dirname(full), { recursive: true });
    const text = JSON.stringify(curated, null, 1) + '\n';
    await writeFile(full, text);
    io.stderr(`${out}: ${curated.officials.length} officials from ${files.length} files, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB\n`);
    return 0;
  },
};
