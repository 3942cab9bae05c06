import { describe, expect, it } from 'vitest';
import { archiveFileOf, loadArchive, type LoadedArchive } from '../../../lib/search/archive.ts';
import type { ArchiveFile } from '../../../lib/search/archive-types.ts';
import { ArticleTexts } from '../../../lib/search/article-texts.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { bundleFiles, type TextChunk } from '../../../lib/search/bundle-files.ts';
import { entityCard } from '../../../lib/search/entity-card.ts';
import { entityInfo } from '../../../lib/entities/info.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { searchArchive, suggest } from '../../../lib/search/search.ts';
import { rankRelated } from '../../../lib/search/related.ts';
import { toRelatedHits } from '../../../lib/search/related-hits.ts';
import { seedArchive, seedArticles } from '../helpers/seed-archive.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';

const built: ArchiveFile = buildArchiveWithEntities(seedArticles());
/** Small text files, so that the five seed articles fill several. */
const CHUNK_BYTES = 2000;

/** The seed archive as the extension bundles it, loaded with a reader that counts the files it reads. */
function bundled(fail: (chunk: number) => boolean = () => false): { archive: LoadedArchive; reads: number[]; chunks: TextChunk[] } {
  const { archive: records, chunks } = bundleFiles(built, CHUNK_BYTES);
  const reads: number[] = [];
  const archive = loadArchive(JSON.parse(JSON.stringify(records)), async (chunk) => {
    reads.push(chunk);
    if (fail(chunk)) throw new Error('read failed');
    return JSON.parse(JSON.stringify(chunks[chunk]));
  });
  return { archive, reads, chunks };
}

describe('the bundle: article texts in files of their own', () => {
  it('keeps every text out of archive.json, in files read only when shown', () => {
    const { archive: records, chunks } = bundleFiles(built, CHUNK_BYTES);
    expect(chunks.length).toBeGreaterThan(1);
    expect(JSON.stringify(records.articles)).not.toContain(built.articles[0]!.body[0]);
    // The records are columns (lib/search/compact-articles.ts): none holds a text.
    expect(Object.keys(records.articles).filter((column) => column === 'body' || column === 'sidebar')).toEqual([]);
    const inFiles = chunks.flatMap((c) => Object.keys(c));
    expect(inFiles.sort()).toEqual(built.articles.filter((a) => a.body.length || a.sidebar.length).map((a) => a.id).sort());
  });

  it('a wake reads no text: the loaded articles carry none, and no text file is read', () => {
    const { archive, reads } = bundled();
    expect(reads).toEqual([]);
    for (const a of archive.file.articles) {
      expect(a).not.toHaveProperty('body');
      expect(a).not.toHaveProperty('sidebar');
      expect(archive.texts.text(a.id)).toEqual({ body: [], sidebar: [] });
    }
    expect(archive.file.articles.map((a) => a.bodyLength)).toEqual(seedArchive().file.articles.map((a) => a.bodyLength));
  });

  it('answers exactly as the archive with its texts inline, reading only the files of what it shows', async () => {
    const inline = seedArchive();
    const { archive, reads, chunks } = bundled();
    const request = { query: 'Serbia', limit: 2 };
    const answer = await archive.texts.answer(() => searchArchive(archive, request, queryEntityFinderFor(archive)));
    expect(answer).toEqual(searchArchive(inline, request, queryEntityFinderFor(inline)));
    expect(answer.hits.every((h) => h.snippet.text.length > 0)).toBe(true);
    const shown = new Set(answer.hits.map((h) => chunks.findIndex((c) => h.id in c)));
    expect(new Set(reads)).toEqual(shown);
    expect(shown.size).toBeLessThan(chunks.length);

    const info = entityInfo(inline.file.knowledge!, 'country:RS');
    expect(await archive.texts.answer(() => entityCard(archive, 'country:RS', info))).toEqual(entityCard(inline, 'country:RS', info));
    expect(await archive.texts.answer(() => suggest(archive, 'serb'))).toEqual(suggest(inline, 'serb'));
    const source = inline.file.articles[0]!;
    const related = (a: LoadedArchive) => toRelatedHits(a, rankRelated(a, { entities: source.entities, terms: ['visa', 'minister'], exclude: source.id }, 5));
    expect(await archive.texts.answer(() => related(archive))).toEqual(related(inline));
  });

  it('reads each file once, and again only after a failed read', async () => {
    let failing = true;
    const { archive, reads } = bundled(() => failing);
    const id = archive.file.articles[0]!.id;
    await expect(archive.texts.load([id])).rejects.toThrow('read failed');
    failing = false;
    await archive.texts.load([id]);
    await archive.texts.load([id]);
    expect(reads).toEqual([0, 0]);
    expect(archive.texts.text(id)).toEqual({ body: built.articles[0]!.body, sidebar: built.articles[0]!.sidebar });
  });

  it('gives the archive file back whole once every text is read (the CLI reads them all)', async () => {
    const { archive } = bundled();
    await archive.texts.load(archive.file.articles.map((a) => a.id));
    expect(archiveFileOf(archive).articles).toEqual(built.articles);
  });
});

describe('texts joined from two readers (the bundle and the user’s store)', () => {
  it('reads the ids the second reader owns from it, the rest from the first', async () => {
    const bundle = smallArchive([article('b1', 'Bundle', ['bundle text'])]);
    const asked: string[][] = [];
    const joined = bundle.texts.joinedWith(
      (id) => id.startsWith('u'),
      async (ids) => {
        asked.push([...ids]);
        return new Map(ids.map((id) => [id, { body: [`stored ${id}`], sidebar: [] }]));
      },
    );
    await joined.load(['b1', 'u1']);
    expect(asked).toEqual([['u1']]);
    expect(joined.text('u1').body).toEqual(['stored u1']);
    expect(joined.text('b1').body).toEqual(['bundle text']);
  });

  it('an answer ends even when a text is gone from its reader (removed meanwhile)', async () => {
    const texts = new ArticleTexts(async () => new Map());
    const meta = { ...smallArchive([article('x', 'X', ['body'])]).file.articles[0]! };
    let runs = 0;
    const body = await texts.answer(() => {
      runs++;
      return texts.body(meta);
    });
    expect(body).toEqual([]);
    expect(runs).toBe(2);
  });
});
