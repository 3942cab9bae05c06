import { describe, expect, it } from 'vitest';
import { ArchiveFormatError, archiveFileOf, loadArchive, serializeArchive } from '../../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { seedArchive, seedArticles } from '../helpers/seed-archive.ts';

describe('the archive file', () => {
  it('stores every article with its entities: ids, counts and first occurrence', () => {
    const archive = seedArchive();
    expect(archive.file.articleCount).toBe(5);
    const dacic = archive.byId.get('003_b681c1fa2e90997a')!;
    const serbia = dacic.entities.find((e) => e.id === 'country:RS');
    expect(serbia?.count).toBeGreaterThanOrEqual(5);
    const text = [dacic.title, ...archive.texts.text(dacic.id).body].join('\n\n');
    expect(text.slice(serbia!.first, serbia!.first + serbia!.length)).toMatch(/^Serbia/);
  });

  it('has a version that changes with the content and only with it', () => {
    const articles = seedArticles();
    const a = buildArchiveWithEntities(articles).version;
    expect(buildArchiveWithEntities(articles).version).toBe(a);
    const edited = articles.map((x, i) => (i === 0 ? { ...x, title: `${x.title}!` } : x));
    expect(buildArchiveWithEntities(edited).version).not.toBe(a);
  });

  it('loads the serialized index without re-indexing: search works on the loaded copy', () => {
    const archive = seedArchive();
    expect(archive.index.documentCount).toBe(5);
    expect(archive.index.search('Khasiyev').map((r) => r.id)).toEqual(['000_9bc284ab3f6946f2']);
  });

  it('stores articles without empty fields and loads them back whole', () => {
    const built = buildArchiveWithEntities(seedArticles());
    const stored: { format: number; articles: Array<Record<string, unknown>> } = JSON.parse(serializeArchive(built));
    expect(stored.format).toBe(2);
    for (const article of stored.articles) {
      for (const [field, value] of Object.entries(article)) {
        expect({ field, value }).not.toEqual({ field, value: null });
        expect({ field, value }).not.toEqual({ field, value: false });
        expect({ field, value }).not.toEqual({ field, value: [] });
      }
    }
    expect(stored.articles.some((a) => !('author' in a) && !('sidebar' in a))).toBe(true);
    expect(archiveFileOf(loadArchive(stored)).articles).toEqual(built.articles);
  });

  it('still reads an archive written with every field (format 1)', () => {
    const built = buildArchiveWithEntities(seedArticles());
    const old = JSON.parse(JSON.stringify({ ...built, format: 1 }));
    expect(archiveFileOf(loadArchive(old)).articles).toEqual(built.articles);
    expect(loadArchive(old).index.search('Khasiyev').map((r) => r.id)).toEqual(['000_9bc284ab3f6946f2']);
  });

  it.each([
    ['not an object', 42],
    ['another format', { format: 99, articles: [], index: {}, version: 'x' }],
    ['no index', { format: 1, articles: [], version: 'x' }],
    ['a broken index', { format: 1, articles: [], index: { nope: true }, version: 'x', knowledge: null }],
  ])('refuses %s with a clear error', (_label, value) => {
    expect(() => loadArchive(value)).toThrow(ArchiveFormatError);
  });
});
