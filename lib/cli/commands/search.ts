import { CliError, type Command } from '../command.ts';
import { parseCommandArgs, parseLimit } from '../args.ts';
import { DEFAULT_ARCHIVE, readArchiveFile } from '../archive-file.ts';
import { searchArchive } from '../../search/search.ts';
import { queryEntityFinderFor } from '../../search/query-entities.ts';
import { formatDate } from '../format.ts';

const usage = `Usage: npm run -s dossier -- search "<query>" [--limit N] [--json] [--archive FILE]

Searches the archive (prefix and typo tolerant; names in any language).
  --limit N        at most N results (default 10)
  --json           print [{"id","title","date","source","score"}], best first
  --archive FILE   archive to search (default: ${DEFAULT_ARCHIVE})`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the archive',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      limit: { type: 'string' },
      json: { type: 'boolean' },
      archive: { type: 'string' },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new CliError('search needs a query, e.g. search "Dačić"');
    const limit = parseLimit(values.limit, 10);
    const archive = await readArchiveFile(values.archive ?? DEFAULT_ARCHIVE, io.cwd);
    const response = searchArchive(archive, { query, limit }, queryEntityFinderFor(archive));
    if (values.json) {
      const rows = response.hits.map(({ id, title, date, source, score }) => ({ id, title, date, source, score }));
      io.stdout(JSON.stringify(rows, null, 2) + '\n');
      return 0;
    }
    if (response.hits.length === 0) {
      io.stdout(`No articles match "${query}".\n`);
      return 0;
    }
    io.stdout(`${response.total} article${response.total === 1 ? '' : 's'} match "${query}"\n\n`);
    for (const hit of response.hits) {
      io.stdout(`${hit.title}\n  ${formatDate(hit.date)} · ${hit.source ?? 'unknown source'} · ${hit.id} · score ${hit.score}\n  ${hit.snippet.text}\n\n`);
    }
    return 0;
  },
};
