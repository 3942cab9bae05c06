import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitArticles, type CommitInput } from '../../../archive-store/commit.ts';
import { compactArticle, expandArticle } from '../../../archive-store/compact.ts';
import { dedupKeysOf } from '../../../archive-store/dedup.ts';
import { readKnownKeys } from '../../../archive-store/known-keys.ts';
import { exportUserArchive } from '../../../archive-store/export.ts';
import { readExportHeader, readExportLine } from '../../../lib/import/export-format.ts';
import { listArticles, listSources, readArticle, readChanges, readUserArchive } from '../../../archive-store/read.ts';
import { DB_VERSION, openArchiveDb, type ArchiveDatabase } from '../../../archive-store/schema.ts';
import { removeSource } from '../../../archive-store/sources.ts';
import { oldDatabase, recordWithText } from './old-versions.ts';
import type { OfficialEntry } from '../../../lib/entities/types.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { metaOf } from '../../../lib/search/stored-article.ts';
import { article } from '../helpers/small-archive.ts';

let dbCount = 0;
const opened: ArchiveDatabase[] = [];

async function freshDb(): Promise<ArchiveDatabase> {
  const db = await openArchiveDb(DB_VERSION, `test-${++dbCount}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

function stored(id: string, title: string, extra: Partial<ArchiveArticle> = {}): ArchiveArticle {
  return { ...article(id, title, [`${title} body.`], extra), entities: [], ...extra };
}

function batch(id: string, articles: ArchiveArticle[], extra: Partial<CommitInput> = {}): CommitInput {
  return { source: { id, kind: 'import', label: `${id}.jsonl` }, articles, errors: [], ...extra };
}

describe('compact articles', () => {
  it('stores no empty field and expands back to the same article', () => {
    const a = stored('a1', 'Talks in Baku', { date: '2026-01-02', source: 'Report', url: 'https://report.az/x' });
    const c = compactArticle(a, 's1');
    const values = [...Object.values(c.record), ...Object.values(c.text ?? {})];
    expect(values.some((v) => v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0))).toBe(false);
    expect([...Object.keys(c.record), ...Object.keys(c.text ?? {})]).not.toContain('sidebar');
    // The text apart from the record, which keeps what answers need of it.
    expect(c.text).toEqual({ body: a.body });
    expect(c.record).not.toHaveProperty('body');
    expect(c.record).toMatchObject({ bodyLength: metaOf(a).bodyLength });
    expect(expandArticle(c)).toEqual(a);
  });
});

describe('commitArticles', () => {
  it('stores a chunk, counts its source and reads it back newest first', async () => {
    const db = await freshDb();
    const result = await commitArticles(
      db,
      batch('s1', [stored('a1', 'Old', { date: '2025-01-01' }), stored('a2', 'New', { date: '2026-03-01' }), stored('a3', 'Undated')]),
    );
    expect(result).toEqual({ added: 3, duplicates: [], quota: null });
    expect((await listArticles(db, { offset: 0, limit: 10 })).map((l) => l.article.id)).toEqual(['a2', 'a1', 'a3']);
    expect((await listArticles(db, { sourceId: 's1', offset: 1, limit: 1 })).map((l) => l.article.id)).toEqual(['a1']);
    expect(await readArticle(db, 'a2')).toEqual(stored('a2', 'New', { date: '2026-03-01' }));
    const [source] = await listSources(db);
    expect(source).toMatchObject({ id: 's1', articleCount: 3, dateRange: ['2025-01-01', '2026-03-01'] });
  });

  it.each([
    ['by index lookups', false],
    ['by the keys read once for an import', true],
  ])('reports duplicates by id, URL and title+date+source, against the store, the chunk and the bundle (%s)', async (_how, readOnce) => {
    const db = await freshDb();
    await commitArticles(db, batch('s1', [stored('a1', 'Minister visits Baku', { date: '2026-01-02', source: 'Report', url: 'https://x.az/1' })]));
    const bundle = dedupKeysOf([stored('b1', 'Bundled', { url: 'https://bundle.az/b' })]);
    const known = readOnce ? await readKnownKeys(db) : undefined;
    const result = await commitArticles(
      db,
      batch('s2', [
        stored('a1', 'Anything'),
        stored('a2', 'Other title', { url: 'https://x.az/1#comments' }),
        stored('a3', 'Minister  visits BAKU!', { date: '2026-01-02', source: 'report' }),
        stored('a4', 'New one'),
        stored('a5', 'New one'),
        stored('a6', 'From the bundle', { url: 'https://bundle.az/b/' }),
      ]),
      { bundle, ...(known ? { known } : {}) },
    );
    expect(result.added).toBe(1);
    expect(result.duplicates.map((d) => [d.id, d.reason])).toEqual([
      ['a1', 'id'],
      ['a2', 'url'],
      ['a3', 'title-date-source'],
      ['a5', 'title-date-source'],
      ['a6', 'url'],
    ]);
    expect((await readUserArchive(db)).articles.map((a) => a.id).sort()).toEqual(['a1', 'a4']);
  });

  it('keys read once follow the import’s own chunks, and another writer’s articles are still found', async () => {
    const db = await freshDb();
    await commitArticles(db, batch('s1', [stored('a1', 'Before the import', { url: 'https://x.az/1' })]));
    const known = await readKnownKeys(db);
    expect((await commitArticles(db, batch('imp', [stored('i1', 'First chunk', { url: 'https://x.az/2' })]), { known })).added).toBe(1);
    const second = await commitArticles(db, batch('imp', [stored('i2', 'x', { url: 'https://x.az/2/' }), stored('i3', 'y', { url: 'https://x.az/1' })]), { known });
    expect(second.duplicates.map((d) => [d.id, d.reason])).toEqual([
      ['i2', 'url'],
      ['i3', 'url'],
    ]);
    // A page saved while the import runs: its keys are not in memory, the store is asked.
    await commitArticles(db, batch('saved', [stored('p1', 'Saved meanwhile', { url: 'https://x.az/saved' })]));
    const third = await commitArticles(db, batch('imp', [stored('i4', 'z', { url: 'https://x.az/saved' })]), { known });
    expect(third.duplicates.map((d) => [d.id, d.reason])).toEqual([['i4', 'url']]);
    expect(known.trusted).toBe(false);
  });

  it('stores nothing of a chunk when the quota runs out halfway, and says so', async () => {
    const db = await freshDb();
    await commitArticles(db, batch('s1', [stored('a0', 'Before')]));
    const before = await readChanges(db);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await commitArticles(db, batch('s2', [stored('a1', 'One'), stored('a2', 'Two'), stored('a3', 'Three')]));
    vi.restoreAllMocks();
    expect(result.added).toBe(0);
    expect(result.quota).toMatch(/no more room/);
    expect((await readUserArchive(db)).articles.map((a) => a.id)).toEqual(['a0']);
    expect((await listSources(db)).map((s) => s.id)).toEqual(['s1']);
    expect(await readChanges(db)).toBe(before);
  });

  it('rolls a chunk back whole when any write fails, and rethrows errors that are not about space', async () => {
    const db = await freshDb();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (args[0] && typeof args[0] === 'object' && 'id' in args[0] && args[0].id === 'a2') throw new DOMException('cannot clone', 'DataCloneError');
      return put.apply(this, args);
    });
    await expect(commitArticles(db, batch('s1', [stored('a1', 'Good'), stored('a2', 'Bad')]))).rejects.toThrow('cannot clone');
    vi.restoreAllMocks();
    expect((await readUserArchive(db)).articles).toEqual([]);
    expect(await listSources(db)).toEqual([]);
  });
});

describe('sources and what they taught', () => {
  const official = (slug: string, articleId: string): OfficialEntry => ({
    slug, name: slug, aliases: [], roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-01-01', origin: 'archive', articleId }], articleIds: [articleId],
  });

  it('removing a source removes its articles and only what it alone taught', async () => {
    const db = await freshDb();
    await commitArticles(db, batch('s1', [stored('a1', 'One')], { learned: [official('jeyhun-bayramov', 'a1'), official('only-s1', 'a1')] }));
    await commitArticles(db, batch('s2', [stored('a2', 'Two')], { learned: [official('jeyhun-bayramov', 'a2')] }));
    const both = await readUserArchive(db);
    expect(both.learned.find((o) => o.slug === 'jeyhun-bayramov')?.articleIds).toEqual(['a1', 'a2']);
    expect(await removeSource(db, 's1')).toBe(1);
    const after = await readUserArchive(db);
    expect(after.articles.map((a) => a.id)).toEqual(['a2']);
    expect(after.learned.map((o) => [o.slug, o.articleIds])).toEqual([['jeyhun-bayramov', ['a2']]]);
    expect(after.changes).toBeGreaterThan(both.changes);
  });
});

describe('export', () => {
  it('writes a metadata line then every article, which read back to the same articles and sources', async () => {
    const db = await freshDb();
    const articles = Array.from({ length: 1203 }, (_, i) => stored(`a${String(i).padStart(5, '0')}`, `Title ${i}`, { date: '2026-02-03' }));
    await commitArticles(db, batch('s1', articles.slice(0, 1000)));
    await commitArticles(db, batch('s1', articles.slice(1000)));
    const lines: string[] = [];
    for await (const line of exportUserArchive(db)) lines.push(line);
    const header = readExportHeader(lines[0]!);
    expect(header?.articleCount).toBe(1203);
    expect(header?.sources).toEqual(await listSources(db));
    const back = lines.slice(1).map(readExportLine);
    expect(back.map((l) => (l.ok ? l.article : null))).toEqual(articles);
    expect(readExportLine('{"id":"x"}').ok).toBe(false);
    expect(readExportHeader('{"id":"x","title":"t"}')).toBeNull();
    // 1,203 articles through fake-indexeddb: seconds on a busy machine.
  }, 30_000);
});

describe('schema migration', () => {
  it('upgrades a version 1 database: articles kept, and dedup and newest-first work on them', async () => {
    const name = `test-v1-${++dbCount}`;
    (await openArchiveDb(1, name)).close();
    // Written without the current schema's types: a version 1 record has no index keys.
    const v1 = await openDB(name);
    await v1.put('articles', { id: 'old', title: 'Talks in Baku', lang: 'en', file: 'h.jsonl', sourceId: 's1', date: '2026-01-01', url: 'https://x.az/old' });
    await v1.put('sources', { id: 's1', kind: 'import', label: 'h.jsonl', createdAt: '2026-01-01T00:00:00Z', articleCount: 1, dateRange: null, errorCount: 0, errors: [] });
    v1.close();
    const db = await openArchiveDb(DB_VERSION, name);
    opened.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect((await listArticles(db, { offset: 0, limit: 5 })).map((l) => l.article.title)).toEqual(['Talks in Baku']);
    const again = await commitArticles(db, batch('s2', [stored('new', 'Talks in BAKU', { date: '2026-01-01' }), stored('n2', 'x', { url: 'https://x.az/old' })]));
    expect(again.duplicates.map((d) => d.reason)).toEqual(['title-date-source', 'url']);
  });

  it('upgrades a version 2 database: the source index goes, and a source still lists and removes its articles', async () => {
    const name = `test-v2-${++dbCount}`;
    const v2 = await openArchiveDb(2, name);
    expect([...v2.transaction('articles').store.indexNames]).toContain('bySource');
    v2.close();
    // Stored as version 2 stored them (the current commit writes a store version 2 lacks).
    const records = [recordWithText(stored('a1', 'One', { date: '2026-01-01' }), 's1'), recordWithText(stored('a2', 'Two', { date: '2026-02-01' }), 's1'), recordWithText(stored('b1', 'Other'), 's2')];
    await oldDatabase(name, 2, { articles: records });
    const db = await openArchiveDb(DB_VERSION, name);
    opened.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('articles').store.indexNames]).not.toContain('bySource');
    expect((await listArticles(db, { sourceId: 's1', offset: 0, limit: 5 })).map((l) => l.article.id)).toEqual(['a2', 'a1']);
    expect(await removeSource(db, 's1')).toBe(2);
    expect((await readUserArchive(db)).articles.map((a) => a.id)).toEqual(['b1']);
  });

  it('a fresh database is created at the current version with every store', async () => {
    const db = await freshDb();
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'meta', 'sources', 'texts']);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['bySort', 'bySourceSort', 'byDedup', 'byUrl'].sort());
    // idb is what opens it: the same database reads with the plain library.
    const plain = await openDB(db.name);
    expect(plain.version).toBe(DB_VERSION);
    plain.close();
  });
});
