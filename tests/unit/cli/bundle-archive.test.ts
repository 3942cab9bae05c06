import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArchiveFile, writeArchiveFile, writeBundleArchive } from '../../../lib/cli/archive-file.ts';
import { archiveFileOf } from '../../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { seedArticles } from '../helpers/seed-archive.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the archive as the build bundles it', () => {
  const built = buildArchiveWithEntities(seedArticles());

  it('writes the records and index to archive.json and the texts beside it; the CLI reads both back whole', async () => {
    const file = path.join(dir, 'archive.json');
    const bytes = await writeBundleArchive(file, dir, built);
    expect(bytes).toBe(readFileSync(file).byteLength);
    expect(readdirSync(path.join(dir, 'archive-texts')).length).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).not.toContain(built.articles[0]!.body[0]);
    expect(archiveFileOf(await readArchiveFile(file, dir)).articles).toEqual(built.articles);
  });

  it('is smaller than the archive file with its texts inline, which the CLI still writes and reads', async () => {
    const inline = path.join(dir, 'inline.json');
    const inlineBytes = await writeArchiveFile(inline, dir, built);
    const bundleBytes = await writeBundleArchive(path.join(dir, 'bundle', 'archive.json'), dir, built);
    expect(bundleBytes).toBeLessThan(inlineBytes);
    expect(archiveFileOf(await readArchiveFile(inline, dir)).articles).toEqual(built.articles);
  });
});
