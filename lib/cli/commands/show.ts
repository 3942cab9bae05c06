import { CliError, type Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { DEFAULT_ARCHIVE, readArchiveFile } from '../archive-file.ts';
import { formatDate } from '../format.ts';
import { fullArticle } from '../../search/stored-article.ts';

const usage = `Usage: npm run -s dossier -- show <article-id> [--json] [--archive FILE]

Prints one article in full.
  --json           print {"id","title","titleDerived","date","source","author","section","lang","url","body"}
  --archive FILE   archive to read (default: ${DEFAULT_ARCHIVE})`;

export const showCommand: Command = {
  name: 'show',
  summary: 'print one archive article',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, archive: { type: 'string' } });
    const id = positionals[0];
    if (!id) throw new CliError('show needs an article id (see: search --json)');
    const archive = await readArchiveFile(values.archive ?? DEFAULT_ARCHIVE, io.cwd);
    const record = archive.byId.get(id);
    if (!record) throw new CliError(`no article with id "${id}" in the archive`);
    const a = fullArticle(record, archive.texts.text(id));
    if (values.json) {
      const { title, titleDerived, date, source, author, section, lang, url, body } = a;
      io.stdout(JSON.stringify({ id: a.id, title, titleDerived, date, source, author, section, lang, url, body }, null, 2) + '\n');
      return 0;
    }
    const meta = [formatDate(a.date) + (a.time ? ` ${a.time}` : '') + (a.timeZone ? ` (${a.timeZone})` : ''), a.source, a.author, a.section]
      .filter(Boolean)
      .join(' · ');
    const url = a.url ? `${a.url}\n` : '';
    io.stdout(`${a.title}${a.titleDerived ? '  [title derived from the text]' : ''}\n${meta}\n${url}\n${a.body.join('\n\n')}\n`);
    return 0;
  },
};
