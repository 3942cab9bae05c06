import { summariseMentions } from '../../entities/summary.ts';
import { recogniserFor } from '../../search/query-entities.ts';
import { rankRelated } from '../../search/related.ts';
import { toRelatedHits } from '../../search/related-hits.ts';
import { salientTermsOutside } from '../../search/salient-terms.ts';
import { parseCommandArgs, parseLimit } from '../args.ts';
import { DEFAULT_ARCHIVE, readArchiveFile } from '../archive-file.ts';
import { CliError, type Command } from '../command.ts';
import { formatDate } from '../format.ts';
import { readPageFile, recognisePage } from '../page-file.ts';

const usage = `Usage: npm run -s dossier -- related <file.html|file.txt> [--limit N] [--json] [--archive FILE]

Lists the archive articles related to a page, ranked as the popup ranks them: shared
entities weighted by their rarity in the archive, plus the page's salient terms.
  --limit N        at most N articles (default 10)
  --json           print [{"id","title","date","score","reasons":[...]}], best first
  --archive FILE   archive to use (default: ${DEFAULT_ARCHIVE})`;

export const relatedCommand: Command = {
  name: 'related',
  summary: 'list the archive articles related to a page',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      limit: { type: 'string' },
      json: { type: 'boolean' },
      archive: { type: 'string' },
    });
    const [file, extra] = positionals;
    if (!file) throw new CliError('related needs a page file (.html or .txt)');
    if (extra) throw new CliError(`unexpected argument "${extra}"`);
    const limit = parseLimit(values.limit, 10);
    const [archive, page] = await Promise.all([readArchiveFile(values.archive ?? DEFAULT_ARCHIVE, io.cwd), readPageFile(file, io.cwd)]);
    const recogniser = recogniserFor(archive);
    const mentions = recogniser ? recognisePage(recogniser, page) : [];
    const names = new Map(mentions.map((m) => [m.id, m.name]));
    const ranked = rankRelated(archive, { entities: summariseMentions(mentions), terms: salientTermsOutside(page.text, mentions) }, limit);
    const hits = toRelatedHits(archive, ranked, names);
    if (values.json) {
      io.stdout(JSON.stringify(hits.map(({ id, title, date, score, reasons }) => ({ id, title, date, score, reasons })), null, 2) + '\n');
      return 0;
    }
    if (hits.length === 0) {
      io.stdout('Nothing in the archive is related to this page.\n');
      return 0;
    }
    for (const hit of hits) {
      io.stdout(`${hit.title}\n  ${formatDate(hit.date)} · ${hit.id} · score ${hit.score}\n  shares: ${hit.reasons.join(' · ')}\n\n`);
    }
    return 0;
  },
};
