import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpusFile } from '../../../lib/corpus/index.ts';
import type { Article } from '../../../lib/corpus/article.ts';
import { loadArchive, serializeArchive, type LoadedArchive } from '../../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusDir = path.join(projectRoot, 'assets/corpus');

export function seedArticles(): Article[] {
  return readdirSync(corpusDir)
    .sort()
    .flatMap((name) => parseCorpusFile(name, readFileSync(path.join(corpusDir, name))).articles);
}

let cached: LoadedArchive | null = null;

/** The default archive, built and round-tripped through JSON exactly as the extension loads it. */
export function seedArchive(): LoadedArchive {
  cached ??= loadArchive(JSON.parse(serializeArchive(buildArchiveWithEntities(seedArticles()))));
  return cached;
}
