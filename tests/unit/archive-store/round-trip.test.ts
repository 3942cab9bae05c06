// Export then import restores the user's archive exactly (compared field by field), and a
// removed source put back by Undo is the source it was. IndexedDB is fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { commitArticles, type CommitInput } from '../../../archive-store/commit.ts';
import { exportUserArchive } from '../../../archive-store/export.ts';
import { readExportHeader, readExportLine } from '../../../archive-store/index.ts';
import { listArticles, listSources, readUserArchive } from '../../../archive-store/read.ts';
import { restoreSource, takeSource } from '../../../archive-store/restore.ts';
import { DB_VERSION, openArchiveDb, type ArchiveDatabase } from '../../../archive-store/schema.ts';
import type { OfficialEntry } from '../../../lib/entities/types.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { savedArticle, SAVED_SOURCE } from '../../../lib/saved-page/saved-article.ts';
import { article } from '../helpers/small-archive.ts';

let dbCount = 0;
const opened: ArchiveDatabase[] = [];

async function freshDb(): Promise<ArchiveDatabase> {
  const db = await openArchiveDb(DB_VERSION, `round-trip-${++dbCount}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const official: OfficialEntry = {
  slug: 'jeyhun-bayramov',
  name: 'Jeyhun Bayramov',
  aliases: ['Ceyhun Bayramov'],
  roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-04-20', origin: 'archive', articleId: 'az:1' }],
  articleIds: ['az:1'],
};

/** Articles with every field set in some and empty in others, as real imports and saved pages have. */
const imported: ArchiveArticle[] = [
  {
    ...article('az:1', 'Bayramov receives the Serbian ambassador', ['First paragraph.', 'Second, with “quotes” and ə, ş, ğ.'], {
      date: '2026-04-20', time: '17:41', timeZone: 'UTC+04:00', source: 'Trend', author: 'Qabil Ashirov', section: 'Politics',
      altTitles: [{ lang: 'az', title: 'Bayramov Serbiya səfirini qəbul edib' }], url: 'https://trend.az/x', sidebar: ['Latest: other news'], file: 'az/headlines.jsonl',
    }),
    entities: [{ id: 'country:AZ', count: 2, first: 0, length: 10 }, { id: 'official:jeyhun-bayramov', count: 1, first: 0, length: 8 }],
  },
  { ...article('az:2', 'Undated note on gas transit', [], { titleDerived: true, lang: 'ru' }), entities: [] },
];
const saved: ArchiveArticle = {
  ...savedArticle({ title: 'United States to Lift Sudan Sanctions', date: '2017-01-13', time: '03:38', timeZone: 'UTC-05:00', url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', source: 'The New York Times', lang: 'en', body: ['One.', 'Two.'] }),
  entities: [{ id: 'country:SD', count: 39, first: 30, length: 5 }],
};

async function fill(db: ArchiveDatabase): Promise<void> {
  const input: CommitInput = {
    source: { id: 'import-1', kind: 'import', label: 'az/headlines.jsonl' },
    articles: imported,
    errors: [{ file: 'az/headlines.jsonl', line: 17, message: 'line 17: invalid JSON' }],
    learned: [official],
  };
  await commitArticles(db, input);
  await commitArticles(db, { source: SAVED_SOURCE, articles: [saved], errors: [] });
}

async function exportLines(db: ArchiveDatabase): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of exportUserArchive(db)) lines.push(line);
  return lines;
}

/** What an import of an export does with the store's API: each source committed with its articles, problems and what it taught. */
async function importExport(db: ArchiveDatabase, lines: string[]): Promise<void> {
  const header = readExportHeader(lines[0]!);
  if (!header) throw new Error('not an export');
  const bySource = new Map<string, ArchiveArticle[]>();
  for (const line of lines.slice(1)) {
    const read = readExportLine(line);
    if (!read.ok) throw new Error(read.message);
    bySource.set(read.sourceId, [...(bySource.get(read.sourceId) ?? []), read.article]);
  }
  for (const source of header.sources) {
    await commitArticles(db, {
      source: { id: source.id, kind: source.kind, label: source.label },
      articles: bySource.get(source.id) ?? [],
      errors: source.errors,
      learned: header.learned[source.id],
    });
  }
}

const byId = (a: ArchiveArticle, b: ArchiveArticle) => a.id.localeCompare(b.id);

describe('export then import', () => {
  it('restores every article, source and learned official exactly, field by field', async () => {
    const from = await freshDb();
    await fill(from);
    const lines = await exportLines(from);
    expect(readExportHeader(lines[0]!)).toMatchObject({ dossier: 'dossier-user-archive', format: 1, articleCount: 3 });

    const to = await freshDb();
    await importExport(to, lines);
    const [before, after] = await Promise.all([readUserArchive(from), readUserArchive(to)]);
    const [a, b] = [before.articles.sort(byId), after.articles.sort(byId)];
    expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id));
    a.forEach((article, i) => {
      for (const key of Object.keys(article) as Array<keyof ArchiveArticle>) expect({ id: article.id, key, value: b[i]![key] }).toEqual({ id: article.id, key, value: article[key] });
    });
    expect(after.learned).toEqual(before.learned);
    // The import stamps its own date; everything else of each source is as it was.
    const strip = ({ createdAt: _createdAt, ...rest }: Awaited<ReturnType<typeof listSources>>[number]) => rest;
    expect((await listSources(to)).map(strip).sort((x, y) => x.id.localeCompare(y.id))).toEqual((await listSources(from)).map(strip).sort((x, y) => x.id.localeCompare(y.id)));
    // And an export of the import is the same file, but for the moment it was made.
    const again = await exportLines(to);
    const withoutTimes = (header: string) => ({ ...readExportHeader(header), exportedAt: null, sources: null });
    expect(withoutTimes(again[0]!)).toEqual(withoutTimes(lines[0]!));
    expect(again.slice(1).sort()).toEqual(lines.slice(1).sort());
  });
});

describe('remove and undo', () => {
  it('takes a source with its articles and what it taught, and puts back exactly that', async () => {
    const db = await freshDb();
    await fill(db);
    const before = { archive: await readUserArchive(db), sources: await listSources(db), listed: await listArticles(db, { offset: 0, limit: 10 }) };

    const removed = await takeSource(db, 'import-1');
    expect(removed?.articles.map((a) => a.record.id).sort()).toEqual(['az:1', 'az:2']);
    const gone = await readUserArchive(db);
    expect(gone.articles.map((a) => a.id)).toEqual([saved.id]);
    expect(gone.learned).toEqual([]);
    expect((await listSources(db)).map((s) => s.id)).toEqual([SAVED_SOURCE.id]);

    await restoreSource(db, removed!);
    const back = await readUserArchive(db);
    expect(back.articles.sort(byId)).toEqual(before.archive.articles.sort(byId));
    expect(back.learned).toEqual(before.archive.learned);
    expect(await listSources(db)).toEqual(before.sources);
    expect(await listArticles(db, { offset: 0, limit: 10 })).toEqual(before.listed);
    // Both changes are changes: the background re-reads after each.
    expect(back.changes).toBe(before.archive.changes + 2);
  });

  it('finds nothing to take for an unknown source, and keeps a newer copy of an article stored meanwhile', async () => {
    const db = await freshDb();
    await fill(db);
    expect(await takeSource(db, 'no-such-source')).toBeNull();
    const removed = await takeSource(db, 'import-1');
    const newer = { ...imported[0]!, title: 'Imported again' };
    await commitArticles(db, { source: { id: 'import-2', kind: 'import', label: 'again.jsonl' }, articles: [newer], errors: [] });
    await restoreSource(db, removed!);
    const articles = (await readUserArchive(db)).articles;
    expect(articles.find((a) => a.id === 'az:1')?.title).toBe('Imported again');
    expect(articles.map((a) => a.id).sort()).toEqual(['az:1', 'az:2', saved.id].sort());
  });
});
