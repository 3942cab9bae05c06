import { describe, expect, it } from 'vitest';
import { ArchiveFormatError, archiveFileOf, loadArchive, serializeArchive } from '../../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { decodeIndex } from '../../../lib/search/compact-index.ts';
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
    expect(stored.format).toBe(5);
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
    // Format 1 and 2 stored MiniSearch's own JSON as the index.
    const old = JSON.parse(JSON.stringify({ ...built, format: 1, index: decodeIndex(built.index) }));
    expect(archiveFileOf(loadArchive(old)).articles).toEqual(built.articles);
    expect(loadArchive(old).index.search('Khasiyev').map((r) => r.id)).toEqual(['000_9bc284ab3f6946f2']);
  });

  it('still reads an archive of format 2 (MiniSearch\'s JSON as the index), and writes it back compact', () => {
    const built = buildArchiveWithEntities(seedArticles());
    const format2 = JSON.parse(serializeArchive(built));
    format2.format = 2;
    format2.index = decodeIndex(built.index);
    const loaded = loadArchive(format2);
    expect(archiveFileOf(loaded).articles).toEqual(built.articles);
    expect(loaded.index.search('Khasiyev').map((r) => r.id)).toEqual(['000_9bc284ab3f6946f2']);
    const rewritten = JSON.parse(serializeArchive(archiveFileOf(loaded)));
    expect(rewritten.format).toBe(5);
    expect(rewritten.index).toEqual(JSON.parse(serializeArchive(built)).index);
  });

  it('stores the index compact (format 3; from format 5 with its postings apart), under half the size of MiniSearch\'s own JSON', () => {
    const built = buildArchiveWithEntities(seedArticles());
    const stored = JSON.parse(serializeArchive(built));
    expect(stored.index.compactIndex).toBe(2);
    expect(JSON.stringify(stored.index).length).toBeLessThan(JSON.stringify(decodeIndex(built.index)).length / 2);
  });

  it.each([
    ['a truncated index', (index: { numbers: string }) => ({ ...index, numbers: index.numbers.slice(0, -10) }), /archive index is unreadable: the index is corrupt/],
    ['an index of another compact format', (index: object) => ({ ...index, compactIndex: 9 }), /archive index is unreadable: not a compact index of format 1 or 2 \(format: 9\)/],
    ['MiniSearch\'s JSON in a format 3 archive', () => decodeIndex(buildArchiveWithEntities(seedArticles()).index), /archive index is unreadable: not a compact index/],
  ])('refuses %s with a clear error, never loading a wrong index', (_label, corrupt, message) => {
    const stored = JSON.parse(serializeArchive(buildArchiveWithEntities(seedArticles())));
    stored.index = corrupt(stored.index);
    expect(() => loadArchive(stored)).toThrow(ArchiveFormatError);
    expect(() => loadArchive(stored)).toThrow(message);
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
