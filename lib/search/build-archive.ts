import type { Article } from '../corpus/article.ts';
import { buildKnowledge, createRecogniser, loadCuratedOfficials, summariseMentions } from '../entities/index.ts';
import type { Knowledge } from '../entities/types.ts';
import { buildArchive, type ArticleAnnotator } from './archive.ts';
import type { ArchiveFile } from './archive-types.ts';
import { articleText } from './article-text.ts';

export interface BuildOptions {
  onProgress?: (done: number, total: number) => void;
}

/**
 * The whole build: learn officials from the articles (merged with the curated base),
 * find every article's entities with the same recogniser the content script uses, index.
 */
export function buildArchiveWithEntities(articles: readonly Article[], options: BuildOptions = {}): ArchiveFile {
  const { knowledge, annotate } = learnFrom(articles);
  return buildArchive({ articles, knowledge, annotate, onProgress: options.onProgress });
}

/** The knowledge the articles teach (with the curated base) and the annotator that uses it: the CLI's and the archive page's import. */
export function learnFrom(articles: readonly Article[]): { knowledge: Knowledge; annotate: ArticleAnnotator } {
  const knowledge = buildKnowledge({ articles, curated: loadCuratedOfficials() });
  const recogniser = createRecogniser(knowledge);
  return { knowledge, annotate: (article) => summariseMentions(recogniser.recogniseText(articleText(article))) };
}
