// Schema 4 (archive-store/schema.ts): records in `articles`, texts in `texts`. The upgrade from
// version 3 keeps everything, and every writer keeps the two stores in step. fake-indexeddb.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitArticles, type CommitInput } from '../../../archive-store/commit.ts';
import { exportUserArchive } from '../../../archive-store/export.ts';
import { listArticles, listSources, readAllRecords, readArticle, readChanges, readTexts, readUserArchive } from '../../../archive-store/read.ts';
import { restoreSource, takeSource } from '../../../archive-store/restore.ts';
import { DB_VERSION, openArchiveDb, type ArchiveDatabase } from '../../../archive-store/schema.ts';
import { removeSource } from '../../../archive-store/sources.ts';
import type { OfficialEntry } from '../../../lib/entities/types.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { storedArticle, metaOf } from '../../../lib/search/stored-article.ts';
import { article } from '../helpers/small-archive.ts';
import { oldDatabase, recordWithText } from './old-versions.ts';

let dbCount = 0;
const opened: ArchiveDatabase[] = [];

async function open(name = `texts-${++dbCount}`): Promise<ArchiveDatabase> {
  const db = await openArchiveDb(DB_VERSION, name);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

const official: OfficialEntry = {
  slug: 'jeyhun-bayramov', name: 'Jeyhun Bayramov', aliases: ['Ceyhun Bayramov'], articleIds: ['az:1'],
  roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-04-20', origin: 'archive', articleId: 'az:1' }],
};

/** Real-looking articles: every field set in some, a text with odd Unicode, one with a sidebar only, one with no text. */
const articles: ArchiveArticle[] = [
  {
    ...article('az:1', 'Bayramov receives the Serbian ambassador', ['Birinci abzas: ə, ş, ğ, İ ı — “quotes”.', 'Combining: e\u0301 n\u0303; emoji: 👩🏽‍⚕️ 🇦🇿; RTL: مرحبا; ZWJ\u200d and NBSP\u00a0; astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.'], {
      date: '2026-04-20', time: '17:41', timeZone: 'UTC+04:00', source: 'Trend', author: 'Qabil Ashirov', section: 'Politics',
      altTitles: [{ lang: 'az', title: 'Bayramov Serbiya səfirini qəbul edib' }], url: 'https://trend.az/x', sidebar: ['Latest: other news'], file: 'az/headlines.jsonl',
    }),
    entities: [{ id: 'country:AZ', count: 2, first: 0, length: 10 }, { id: 'official:jeyhun-bayramov', count: 1, first: 0, length: 8 }],
  },
  { ...article('az:2', 'Undated note on gas transit', [], { titleDerived: true, lang: 'ru' }), entities: [] },
  { ...article('az:3', 'Только боковая панель', [], { sidebar: ['Читайте также: 日本語のテキスト'], date: '2026-01-02', lang: 'ru' }), entities: [] },
  { ...article('saved:nyt', 'United States to Lift Sudan Sanctions', ['One.', 'Two paragraphs, the second long enough to have a near-duplicate key of its own, as saved pages do.'], { url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', source: 'The New York Times', date: '2017-01-13' }), entities: [] },
];
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const sourceOf = (a: ArchiveArticle) => (a.id.startsWith('saved:') ? 'saved' : 'import-1');
const sources = [
  { id: 'import-1', kind: 'import', label: 'az/headlines.jsonl', createdAt: '2026-04-21T08:00:00.000Z', articleCount: 3, dateRange: ['2026-01-02', '2026-04-20'], errorCount: 1, errors: [{ file: 'az/headlines.jsonl', line: 17, message: 'line 17: invalid JSON' }] },
  { id: 'saved', kind: 'saved', label: 'Saved pages', createdAt: '2026-04-22T08:00:00.000Z', articleCount: 1, dateRange: ['2017-01-13', '2017-01-13'], errorCount: 0, errors: [] },
];

async function exported(db: ArchiveDatabase): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of exportUserArchive(db)) lines.push(line);
  return lines;
}

describe('upgrade from version 3', () => {
  it('moves every text to the texts store and keeps every article, source, lesson, counter and export line', async () => {
    const name = `texts-v3-${++dbCount}`;
    await oldDatabase(name, 3, {
      articles: articles.map((a) => recordWithText(a, sourceOf(a))),
      sources,
      meta: { changes: 7, 'learned:import-1': [official] },
    });
    const db = await open(name);
    expect(db.version).toBe(DB_VERSION);
    const archive = await readUserArchive(db);
    expect(archive.articles.sort(byId)).toEqual([...articles].sort(byId));
    expect(archive.learned).toEqual([official]);
    expect(archive.changes).toBe(7);
    expect(await readChanges(db)).toBe(7);
    expect(await listSources(db)).toEqual([...sources].reverse());
    // The records hold no text but what answers need of it; the texts are found by id.
    const plain = await openDB(name);
    const records = await plain.getAll('articles');
    plain.close();
    expect(records.some((r) => 'body' in r || 'sidebar' in r)).toBe(false);
    expect((await readAllRecords(db)).sort(byId)).toEqual(articles.map(metaOf).sort(byId));
    const texts = await readTexts(db, articles.map((a) => a.id));
    expect(articles.map((a) => texts.get(a.id))).toEqual(articles.map((a) => ({ body: a.body, sidebar: a.sidebar })));
    expect(await readArticle(db, 'az:1')).toEqual(articles[0]);
    // Exported as version 3 exported them: the article's fields and its source.
    const lines = (await exported(db)).slice(1).map((line) => JSON.parse(line));
    expect(lines.sort(byId)).toEqual(articles.map((a) => ({ ...storedArticle(a), sourceId: sourceOf(a) })).sort(byId));
    // Duplicates are still found by the indexes the records keep.
    const again = await commitArticles(db, { source: { id: 'import-2', kind: 'import', label: 'again.jsonl' }, articles: [{ ...articles[0]!, id: 'other' }], errors: [] });
    expect(again.duplicates.map((d) => d.reason)).toEqual(['url']);
  });

  it('a database already empty at version 3 upgrades to an empty one', async () => {
    const name = `texts-v3-empty-${++dbCount}`;
    await oldDatabase(name, 3, { articles: [] });
    const db = await open(name);
    expect(await readUserArchive(db)).toEqual({ articles: [], learned: [], changes: 0 });
  });
});

describe('records and texts kept in step', () => {
  const input = (id: string, list: ArchiveArticle[]): CommitInput => ({ source: { id, kind: 'import', label: `${id}.jsonl` }, articles: list, errors: [], learned: [official] });

  async function storeCounts(db: ArchiveDatabase): Promise<[number, number]> {
    return [await db.count('articles'), await db.count('texts')];
  }

  it('a batch that fails on a text leaves both stores as they were', async () => {
    const db = await open();
    await commitArticles(db, input('import-1', articles.slice(0, 1)));
    const before = { counts: await storeCounts(db), archive: await readUserArchive(db), sources: await listSources(db) };
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The last article's text: its record and every earlier article's are already written.
      if (this.name === 'texts' && args[1] === 'saved:nyt') throw new DOMException('cannot clone', 'DataCloneError');
      return put.apply(this, args);
    });
    await expect(commitArticles(db, input('import-2', articles.slice(1)))).rejects.toThrow('cannot clone');
    vi.restoreAllMocks();
    expect(await storeCounts(db)).toEqual(before.counts);
    expect(await readUserArchive(db)).toEqual(before.archive);
    expect(await listSources(db)).toEqual(before.sources);
  });

  it('removing a source removes its texts, and only its own', async () => {
    const db = await open();
    await commitArticles(db, input('import-1', articles.slice(0, 3)));
    await commitArticles(db, input('saved', articles.slice(3)));
    expect(await storeCounts(db)).toEqual([4, 3]);
    expect(await removeSource(db, 'import-1')).toBe(3);
    expect(await storeCounts(db)).toEqual([1, 1]);
    expect((await readTexts(db, ['az:1', 'saved:nyt'])).get('saved:nyt')?.body).toEqual(articles[3]!.body);
    // Stored again later, the same id has the new text only.
    await commitArticles(db, input('import-3', [{ ...articles[0]!, body: ['A new text.'], sidebar: [] }]));
    expect((await readArticle(db, 'az:1'))?.body).toEqual(['A new text.']);
  });

  it('Undo puts the texts back with the records', async () => {
    const db = await open();
    await commitArticles(db, input('import-1', articles));
    const before = await readUserArchive(db);
    const removed = await takeSource(db, 'import-1');
    expect(await storeCounts(db)).toEqual([0, 0]);
    await restoreSource(db, removed!);
    expect(await storeCounts(db)).toEqual([4, 3]);
    expect((await readUserArchive(db)).articles).toEqual(before.articles);
  });

  it('lists pages of articles with their texts, newest first', async () => {
    const db = await open();
    await commitArticles(db, input('import-1', articles));
    const listed = await listArticles(db, { offset: 0, limit: 2 });
    expect(listed.map((l) => l.article)).toEqual([articles[0], articles[2]]);
  });
});
