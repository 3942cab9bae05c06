import { CliError, type Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { DEFAULT_ARCHIVE, DEFAULT_CORPUS, writeArchiveFile } from '../archive-file.ts';
import { readCorpus } from '../corpus-files.ts';
import { buildArchiveWithEntities } from '../../search/build-archive.ts';

const usage = `Usage: npm run -s dossier -- build-index [--corpus PATH ...] [--out FILE]

Builds an archive (articles, entities, search index) from folders or files of
.txt, .json and .jsonl articles.
  --corpus PATH   a file or folder; repeat for several (default: ${DEFAULT_CORPUS})
  --out FILE      where to write the archive (default: ${DEFAULT_ARCHIVE},
                  the archive bundled with the extension)
  --quiet         no progress or summary on stderr`;

/** Progress is worth showing only when a build takes more than a moment. */
const PROGRESS_MIN_FILES = 20;
const MAX_ERRORS_SHOWN = 20;

export const buildIndexCommand: Command = {
  name: 'build-index',
  summary: 'build an archive from .txt/.json/.jsonl articles',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      corpus: { type: 'string', multiple: true },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
    });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (use --corpus PATH)`);
    const corpus = values.corpus?.length ? values.corpus : [DEFAULT_CORPUS];
    const out = values.out ?? DEFAULT_ARCHIVE;
    const log = values.quiet ? () => {} : io.stderr;
    const started = Date.now();

    const parsed = await readCorpus(corpus, {
      cwd: io.cwd,
      onProgress(done, total) {
        if (total >= PROGRESS_MIN_FILES && (done === total || done % Math.ceil(total / 20) === 0)) {
          log(`\rreading ${done}/${total} files`);
          if (done === total) log('\n');
        }
      },
    });
    for (const e of parsed.errors.slice(0, MAX_ERRORS_SHOWN)) log(`warning: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
    if (parsed.errors.length > MAX_ERRORS_SHOWN) log(`warning: … and ${parsed.errors.length - MAX_ERRORS_SHOWN} more problems\n`);
    if (parsed.articles.length === 0) throw new CliError(`no readable articles in ${corpus.join(', ')}`);

    const big = parsed.articles.length >= 500;
    const archive = buildArchiveWithEntities(parsed.articles, {
      onProgress: big
        ? (done, total) => {
            if (done === total || done % Math.ceil(total / 20) === 0) log(`\rindexing ${done}/${total} articles`);
            if (done === total) log('\n');
          }
        : undefined,
    });
    const bytes = await writeArchiveFile(out, io.cwd, archive);
    log(
      `${out}: ${archive.articleCount} articles, ${(bytes / 1024).toFixed(0)} KB, version ${archive.version}` +
        `${parsed.errors.length ? `, ${parsed.errors.length} problems` : ''} (${Date.now() - started} ms)\n`,
    );
    return 0;
  },
};
