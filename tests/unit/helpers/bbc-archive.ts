import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../../lib/cli/corpus-files.ts';
import { loadArchive, serializeArchive, type LoadedArchive } from '../../../lib/search/archive.ts';
import { buildArchiveWithEntities } from '../../../lib/search/build-archive.ts';
import { projectRoot, seedArticles } from './seed-archive.ts';

/** Third-party data (its README says what it is); tests that need it skip without it. */
export const sharedData = path.resolve(projectRoot, '../shared/data');
export const hasSharedData = existsSync(path.join(sharedData, 'corpora/bbc-2004/articles.jsonl'));
export const SHARED_MISSING = '(skipped: ../shared/data is absent, so the BBC archive and real pages cannot be read)';

/** The id prefix readCorpus gives the BBC file's articles. */
export const BBC_PREFIX = 'articles:';

let cached: Promise<LoadedArchive> | null = null;

/** The BBC 2004 articles plus the seeds, built with the project's own build path, as the extension would load it. */
export function bbcArchive(): Promise<LoadedArchive> {
  cached ??= (async () => {
    const { articles } = await readCorpus([path.join(sharedData, 'corpora/bbc-2004/articles.jsonl')]);
    return loadArchive(JSON.parse(serializeArchive(buildArchiveWithEntities([...articles, ...seedArticles()]))));
  })();
  return cached;
}
