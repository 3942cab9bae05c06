import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticlesInSlices, storeChanges, storedIdPages } from '../../../archive-store/changed.ts';
import { commitArticles } from '../../../archive-store/commit.ts';
import { DB_VERSION, openArchiveDb, type ArchiveDatabase } from '../../../archive-store/schema.ts';
import { removeSource } from '../../../archive-store/sources.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { article } from '../helpers/small-archive.ts';

let dbCount = 0;
const opened: ArchiveDatabase[] = [];

async function storeOf(sources: Record<string, number>): Promise<ArchiveDatabase> {
  const db = await openArchiveDb(DB_VERSION, `changed-${++dbCount}`);
  opened.push(db);
  for (const [source, count] of Object.entries(sources)) {
    const articles = Array.from({ length: count }, (_, i): ArchiveArticle => ({ ...article(`${source}:${i}`, `${source} story ${i}`, [`Body ${i}.`]), entities: [] }));
    await commitArticles(db, { source: { id: source, kind: 'import', label: source }, articles, errors: [] });
  }
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const held = (ids: readonly string[]) => new Map(ids.map((id) => [id, true]));
const idsOf = (source: string, count: number) => Array.from({ length: count }, (_, i) => `${source}:${i}`);

describe('what changed in the store, read in small pieces', () => {
  it('reads every stored id once, in pages of the size asked for', async () => {
    const db = await storeOf({ a: 7 });
    const pages: string[][] = [];
    for await (const page of storedIdPages(db, 3)) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(idsOf('a', 7).sort());
  });

  it('names the ids added since, without those skipped, and none removed when every held id is still stored', async () => {
    const db = await storeOf({ a: 5, b: 4 });
    const changes = await storeChanges(db, held(idsOf('a', 5)), (id) => id === 'b:0', 2);
    expect(changes.added.sort()).toEqual(['b:1', 'b:2', 'b:3']);
    expect(changes.removed).toEqual([]);
    expect(changes.storedCount).toBe(9);
  });

  it('names the held ids no longer stored once a source is removed', async () => {
    const db = await storeOf({ a: 3, b: 2 });
    await removeSource(db, 'a');
    const changes = await storeChanges(db, held([...idsOf('a', 3), ...idsOf('b', 2)]), () => false, 2);
    expect(changes.added).toEqual([]);
    expect(changes.removed.sort()).toEqual(idsOf('a', 3));
    expect(changes.storedCount).toBe(2);
  });

  it('reads a few new articles by id and most of the store by pages, the same articles either way', async () => {
    const db = await storeOf({ a: 300, b: 5 });
    const few = await readArticlesInSlices(db, ['b:4', 'a:7', 'missing'], 305, 2);
    expect(few.map((a) => a.id)).toEqual(['b:4', 'a:7']);
    expect(few[0]).toEqual({ ...article('b:4', 'b story 4', ['Body 4.']), entities: [] });
    const most = await readArticlesInSlices(db, idsOf('a', 300), 305, 7);
    expect(most.map((a) => a.id).sort()).toEqual(idsOf('a', 300).sort());
    expect(most.find((a) => a.id === 'a:12')).toEqual({ ...article('a:12', 'a story 12', ['Body 12.']), entities: [] });
  });
});
