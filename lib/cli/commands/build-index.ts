import { CliError, type Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { DEFAULT_ARCHIVE, DEFAULT_CORPUS, writeArchiveFile } from '../archive-file.ts';
import { readCorpus } from '../corpus-files.ts';
import { problemSummary, writeProblemList } from '../problems.ts';
import { progressLine } from '../progress.ts';
import { buildArchiveWithEntities } from '../../search/build-archive.ts';

const usage = `Usage: npm run -s dossier -- build-index [--corpus PATH ...] [--out FILE]

Builds an archive (articles, entities, search index) from folders or files of
.txt, .json and .jsonl articles.
  --corpus PATH     a file or folder; repeat for several (default: ${DEFAULT_CORPUS})
  --out FILE        where to write the archive (default: ${DEFAULT_ARCHIVE},
                    the archive bundled with the extension)
  --problems FILE   write every problem found (file:line: message, one a line)
  --json            print {"out","articles","bytes","version","problems":[{"file","line","message"}]}
  --quiet           no progress or summary on stderr`;

/** Progress is worth showing only when a build takes more than a moment. */
const PROGRESS_MIN_FILES = 20;
const PROGRESS_MIN_ARTICLES = 500;

export const buildIndexCommand: Command = {
  name: 'build-index',
  summary: 'build an archive from .txt/.json/.jsonl articles',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      corpus: { type: 'string', multiple: true },
      out: { type: 'string' },
      problems: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (use --corpus PATH)`);
    const corpus = values.corpus?.length ? values.corpus : [DEFAULT_CORPUS];
    const out = values.out ?? DEFAULT_ARCHIVE;
    const log = values.quiet ? () => {} : io.stderr;
    const quietIO = { ...io, stderr: log };
    const started = Date.now();

    const reading = progressLine(quietIO, 'reading', 'files');
    const parsed = await readCorpus(corpus, {
      cwd: io.cwd,
      onProgress(done, total) {
        if (total >= PROGRESS_MIN_FILES) reading(done, total);
      },
    });
    if (values.problems !== undefined) await writeProblemList(values.problems, io.cwd, parsed.errors);
    log(problemSummary(parsed.errors, values.problems ?? '--problems FILE or --json'));
    if (parsed.articles.length === 0) throw new CliError(`no readable articles in ${corpus.join(', ')}`);

    const indexing = progressLine(quietIO, 'indexing', 'articles');
    const archive = buildArchiveWithEntities(parsed.articles, {
      onProgress: parsed.articles.length >= PROGRESS_MIN_ARTICLES ? indexing : undefined,
    });
    const bytes = await writeArchiveFile(out, io.cwd, archive);
    log(
      `${out}: ${archive.articleCount} articles, ${(bytes / 1024).toFixed(0)} KB, version ${archive.version}` +
        `${parsed.errors.length ? `, ${parsed.errors.length} problems` : ''} (${Date.now() - started} ms)\n`,
    );
    if (values.json) {
      io.stdout(JSON.stringify({ out, articles: archive.articleCount, bytes, version: archive.version, problems: parsed.errors }) + '\n');
    }
    return 0;
  },
};
