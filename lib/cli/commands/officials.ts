import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../args.ts';
import { DEFAULT_ARCHIVE } from '../archive-file.ts';
import { CliError, type Command } from '../command.ts';
import { learnedOfficials } from '../../entities/building/learned.ts';
import type { Knowledge } from '../../entities/types.ts';

const usage = `Usage: npm run -s dossier -- officials --learned [--archive FILE] [--json]

Lists the officials an archive learned from its own articles: each person's offices, as of
the article's date, and the articles that introduced them.
  --learned       only officials learned from the archive (required for now)
  --archive FILE  a built archive (default: ${DEFAULT_ARCHIVE})
  --json          [{"id","name","curated","roles":[{"role","country","asOf","articleId"}],"articleIds"}]`;

/** The archive's knowledge, read without building its search index (the CLI's archive reader builds it). */
async function knowledgeOf(file: string, cwd: string): Promise<Knowledge> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new CliError(error instanceof SyntaxError ? `${file} is not a Dossier archive (invalid JSON)` : `cannot read archive ${file}`);
  }
  const knowledge = typeof json === 'object' && json !== null && 'knowledge' in json ? json.knowledge : null;
  if (!isKnowledge(knowledge)) throw new CliError(`${file} has no entity knowledge (expected { knowledge: { format: 1, countries, officials } })`);
  return knowledge;
}

function isKnowledge(value: unknown): value is Knowledge {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === 1 &&
    'officials' in value &&
    Array.isArray(value.officials) &&
    'countries' in value &&
    Array.isArray(value.countries)
  );
}

export const officialsCommand: Command = {
  name: 'officials',
  summary: 'list the officials an archive learned, with the articles behind them',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { learned: { type: 'boolean' }, archive: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
    if (!values.learned) throw new CliError('officials needs --learned (the only listing so far)');
    const learned = learnedOfficials(await knowledgeOf(values.archive ?? DEFAULT_ARCHIVE, io.cwd));
    if (values.json) {
      io.stdout(JSON.stringify(learned) + '\n');
      return 0;
    }
    for (const o of learned) {
      io.stdout(`${o.name} (${o.id})${o.curated ? ', also curated' : ''}: ${o.articleIds.length} article${o.articleIds.length === 1 ? '' : 's'}\n`);
      for (const r of o.roles) io.stdout(`  ${r.role}${r.country ? ` (${r.country})` : ''}, as of ${r.asOf ?? 'undated'}: ${r.articleId ?? 'no article'}\n`);
    }
    const only = learned.filter((o) => !o.curated).length;
    io.stdout(`${learned.length} officials learned from the archive (${only} known only from it)\n`);
    return 0;
  },
};
