import { parseCommandArgs } from '../args.ts';
import { CliError, type Command, type CliIO } from '../command.ts';
import { htmlPage, isHtmlPage, readTextFile, recognisePage, type PageText } from '../page-file.ts';
import type { Article } from '../../corpus/article.ts';
import { isKnowledge } from '../../search/knowledge-schema.ts';
import { buildKnowledge, createRecogniser, loadCuratedOfficials, type Knowledge } from '../../entities/index.ts';

const usage = `Usage: npm run -s dossier -- extract <file.html|file.txt> [--json] [--archive FILE]

Prints the countries and officials recognised in a page (HTML: visible text only).
  --json          [{"text","start","end","kind","id","name","form"}], offsets into the
                  extracted text (HTML: blocks joined by blank lines)
  --archive FILE  take the knowledge from a built archive (default: learn it from
                  assets/corpus plus the curated officials)`;

async function knowledgeFromArchive(file: string, cwd: string): Promise<Knowledge> {
  let json: unknown;
  try {
    json = JSON.parse(await readTextFile(file, cwd));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file} is not a Dossier archive (invalid JSON)`);
  }
  const knowledge = typeof json === 'object' && json !== null && 'knowledge' in json ? json.knowledge : undefined;
  if (!isKnowledge(knowledge)) {
    throw new CliError(`${file} has no entity knowledge (expected { knowledge: { format: 1, countries, officials } })`);
  }
  return knowledge;
}

/**
 * The default archive's articles, through the CLI's corpus reader. Loaded dynamically so
 * that extract still works (countries and curated officials only) while no corpus reader
 * exists.
 */
async function defaultArticles(io: CliIO): Promise<Article[]> {
  const reader = '../corpus-files.ts';
  try {
    const mod = (await import(reader)) as { readCorpus(paths: string[], options: { cwd: string }): Promise<{ articles: Article[] }> };
    return (await mod.readCorpus(['assets/corpus'], { cwd: io.cwd })).articles;
  } catch {
    io.stderr('note: no corpus reader available; using countries and curated officials only\n');
    return [];
  }
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the countries and officials recognised in a page',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, archive: { type: 'string' } });
    const [file, extra] = positionals;
    if (!file) throw new CliError('extract needs a file (.html or .txt)');
    if (extra) throw new CliError(`unexpected argument "${extra}"`);
    const raw = await readTextFile(file, io.cwd);
    const knowledge = values.archive
      ? await knowledgeFromArchive(values.archive, io.cwd)
      : buildKnowledge({ articles: await defaultArticles(io), curated: loadCuratedOfficials() });

    const mentions = recognisePage(createRecogniser(knowledge), isHtmlPage(file, raw) ? htmlPage(raw) : plainPage(raw));

    if (values.json) {
      io.stdout(JSON.stringify(mentions.map(({ text, start, end, kind, id, name, form }) => ({ text, start, end, kind, id, name, form }))) + '\n');
      return 0;
    }
    // A name can span a line break of the page's source: one line per mention on the terminal.
    for (const m of mentions) io.stdout(`${String(m.start).padStart(7)}  ${m.kind.padEnd(8)} ${m.id.padEnd(28)} ${m.form.padEnd(8)} ${m.text.replace(/\s+/g, ' ')}\n`);
    const ids = new Set(mentions.map((m) => m.id));
    io.stdout(`${mentions.length} mentions of ${ids.size} entities\n`);
    return 0;
  },
};

/** A plain text's blank-line-separated blocks, with offsets into the text as given. */
function plainPage(text: string): PageText {
  const blocks = text.split(/\n\s*\n/);
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) {
    const i = text.indexOf(b, at);
    offsets.push(i);
    at = i + b.length;
  }
  return { text, blocks, offsets };
}
