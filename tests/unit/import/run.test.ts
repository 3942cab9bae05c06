import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commitArticles } from '../../../archive-store/commit.ts';
import { exportUserArchive } from '../../../archive-store/export.ts';
import { listSources, readUserArchive } from '../../../archive-store/read.ts';
import { DB_VERSION, openArchiveDb } from '../../../archive-store/schema.ts';
import type { ParseError } from '../../../lib/corpus/article.ts';
import { runImport, type ImportFile, type ImportRun } from '../../../entrypoints/archive/import/run.ts';
import type { ImportProgress } from '../../../entrypoints/archive/import/protocol.ts';

let dbs = 0;
const file = (name: string, text: string): ImportFile => ({ name, bytes: async () => new TextEncoder().encode(text) });
const headlines = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ title: `Dispatch ${from + i} from the Caspian`, source: 'Wire', date: '2026-03-01' })).join('\n');

async function run(files: ImportFile[], extra: Partial<ImportRun> = {}) {
  const db = await openArchiveDb(DB_VERSION, `run-${++dbs}`);
  const reports: ImportProgress[] = [];
  const problems: ParseError[] = [];
  let committed = 0;
  const outcome = await runImport({
    files,
    source: { id: 'import-1', label: 'test' },
    commit: (input, options) => commitArticles(db, input, options),
    bundle: undefined,
    isCancelled: () => false,
    report: (p, found) => (reports.push(p), problems.push(...found)),
    committed: () => committed++,
    ...extra,
  });
  return { db, outcome, reports, problems, committed };
}

describe('runImport', () => {
  it('stores a big file in chunks, reports every problem with its file and line, and learns officials', async () => {
    const text = `${headlines(2500)}\n{"title": broken}\nForeign Minister Nora Kestrel met envoys\n`;
    const intro = [1, 2, 3].map((i) => JSON.stringify({ title: `Foreign Minister Nora Kestrel visits Baku, day ${i}`, source: `Paper ${i}`, date: `2026-03-0${i}` })).join('\n');
    const { db, outcome, problems, committed, reports } = await run([file('a.jsonl', text), file('intro.jsonl', intro), file('b.json', '[')]);
    expect(outcome).toMatchObject({ phase: 'done', cancelled: false, quota: null, filesDone: 3, articlesRead: 2503, articlesStored: 2503 });
    expect(committed).toBe(3);
    expect(problems.map((p) => [p.file, p.line])).toEqual([['a.jsonl', 2501], ['a.jsonl', 2502], ['b.json', null]]);
    expect(reports.map((r) => r.phase)).toEqual(expect.arrayContaining(['reading', 'learning', 'storing']));
    const stored = await readUserArchive(db);
    expect(stored.articles[0]?.id).toMatch(/^import-1:/);
    expect(stored.learned.map((o) => o.name)).toContain('Nora Kestrel');
    // The articles carry the official they taught, so the card lists them.
    expect(stored.articles.find((a) => a.title.includes('day 1'))?.entities.map((e) => e.id)).toContain('official:nora-kestrel');
    expect((await listSources(db))[0]).toMatchObject({ id: 'import-1', articleCount: 2503, errorCount: 3 });
  }, 60_000);

  it('stops between chunks when cancelled, keeping the chunks stored', async () => {
    let chunks = 0;
    const { db, outcome } = await run([file('a.jsonl', headlines(3500))], { isCancelled: () => chunks >= 2, committed: () => chunks++ });
    expect(outcome).toMatchObject({ cancelled: true, articlesStored: 2000, articlesRead: 3500 });
    expect((await readUserArchive(db)).articles).toHaveLength(2000);
  }, 60_000);

  it('an export imported into an empty archive gives back the same archive', async () => {
    const first = await run([file('a.jsonl', headlines(1200)), file('b.jsonl', headlines(3, 5000))]);
    const lines: string[] = [];
    for await (const line of exportUserArchive(first.db)) lines.push(line);
    const second = await run([file('dossier-export.jsonl', lines.join('\n') + '\n')]);
    expect(second.problems).toEqual([]);
    const [a, b] = await Promise.all([readUserArchive(first.db), readUserArchive(second.db)]);
    expect(b.articles).toEqual(a.articles);
    expect(b.learned).toEqual(a.learned);
    const strip = (s: Awaited<ReturnType<typeof listSources>>) => s.map(({ createdAt: _, ...rest }) => rest);
    expect(strip(await listSources(second.db))).toEqual(strip(await listSources(first.db)));
  }, 60_000);
});
