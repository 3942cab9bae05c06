import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../lib/import/import-file.ts';
import { EXPORT_FORMAT, EXPORT_KIND } from '../../../lib/import/export-format.ts';
import { buildArchive } from '../../../lib/search/archive.ts';
import { bundleFiles } from '../../../lib/search/bundle-files.ts';
import { article } from '../helpers/small-archive.ts';
import { projectRoot } from '../helpers/seed-archive.ts';

const fixture = (name: string) => readFileSync(path.join(projectRoot, 'tests/fixtures/import', name));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readImportFile', () => {
  it('reads a saved page with Readability: the article, not the navigation, with its date, site and address', () => {
    const read = readImportFile('saved-page.html', fixture('saved-page.html'));
    if (read.kind !== 'articles') throw new Error(`read as ${read.kind}`);
    expect(read.errors).toEqual([]);
    const [page] = read.articles;
    expect(page).toMatchObject({ title: 'Lankaran tea harvest breaks a record', date: '2026-05-11', source: 'Test Gazette', url: 'https://example.invalid/tea-harvest', file: 'saved-page.html' });
    expect(page?.body).toHaveLength(3);
    expect(page?.body.join(' ')).not.toContain('Home');
  });

  it('reports a page without an article and a broken file by name, and keeps the good lines of a JSONL file', () => {
    expect(readImportFile('empty.html', bytes('<html><head><title>Empty</title></head><body></body></html>')).errors[0]).toMatchObject({ file: 'empty.html', line: null });
    expect(readImportFile('broken.json', fixture('broken.json')).errors).toHaveLength(1);
    const wire = readImportFile('wire.jsonl', fixture('wire.jsonl'));
    if (wire.kind !== 'articles') throw new Error(`read as ${wire.kind}`);
    expect(wire.articles.map((a) => a.title)).toEqual(['Caspian ferry line opens between Alat and Kuryk', 'Zangezur corridor talks resume in Tbilisi']);
    expect(wire.errors.map((e) => [e.file, e.line])).toEqual([['wire.jsonl', 2]]);
  });

  it('recognises a Dossier export by its first line, and lists its bad lines', () => {
    const header = { dossier: EXPORT_KIND, format: EXPORT_FORMAT, exportedAt: '2026-06-01T00:00:00Z', articleCount: 1, sources: [], learned: {} };
    const text = [JSON.stringify(header), JSON.stringify({ id: 'x1', title: 'Kept', lang: 'en', file: 'a.jsonl', sourceId: 's1' }), '{"id":'].join('\n');
    const read = readImportFile('dossier-export.jsonl', bytes(text));
    expect(read.kind).toBe('export');
    expect(read.articles).toHaveLength(1);
    expect(read.errors.map((e) => e.line)).toEqual([3]);
  });

  it('recognises an archive built by build-index and keeps its articles with their entities', () => {
    const file = buildArchive({ articles: [article('a:1', 'Archived story', ['Text.'])], knowledge: null, annotate: () => [{ id: 'country:AZ', count: 1, first: 0, length: 4 }] });
    const read = readImportFile('archive.json', bytes(JSON.stringify(file)));
    expect(read.kind).toBe('archive');
    expect(read.articles[0]).toMatchObject({ id: 'a:1', entities: [{ id: 'country:AZ' }] });
  });

  it('says that an extension bundle\'s archive.json holds no whole article, and imports none of it', () => {
    const file = buildArchive({ articles: [article('a:1', 'Archived story', ['Text.'])], knowledge: null });
    const read = readImportFile('archive.json', bytes(JSON.stringify(bundleFiles(file).archive)));
    expect(read.kind).toBe('archive');
    expect(read.articles).toEqual([]);
    expect(read.errors).toEqual([{ file: 'archive.json', line: null, message: expect.stringContaining('import the archive file of `dossier build-index` instead') }]);
  });
});
