import { commitArticles } from '../../archive-store/index.ts';
import type { DuplicateReason } from '../../archive-store/index.ts';
import type { RequestOf, SaveArticleResponse } from '../../lib/messages/background-protocol.ts';
import { SAVED_SOURCE, savedArticle } from '../../lib/saved-page/saved-article.ts';
import { summariseMentions } from '../../lib/entities/summary.ts';
import { articleText } from '../../lib/search/article-text.ts';
import { recogniserFor } from '../../lib/search/query-entities.ts';
import type { ArchiveArticle } from '../../lib/search/archive-types.ts';
import { getArchive, reloadUserArchive } from './archive-loader.ts';
import { bundleDedupKeys } from './user-archive.ts';

const DUPLICATE_REASONS: Record<DuplicateReason, string> = {
  id: 'saved before',
  url: 'an article with the same address',
  'title-date-source': 'an article with the same title, date and source',
};

/**
 * Stores a page the user saved, in the "Saved pages" source, with its entities found by
 * the same recogniser as every archive article's; then the background searches it at once
 * (as after `archiveChanged`). Only Dossier's own pages may save (the popup and the save
 * window; index.ts registers it with `extensionPagesOnly`): a content script runs inside
 * web pages, and no page may write to the archive.
 */
export async function handleSaveArticle(request: RequestOf<'saveArticle'>): Promise<SaveArticleResponse> {
  const archive = await getArchive();
  const article = savedArticle(request);
  const recogniser = recogniserFor(archive);
  const annotated: ArchiveArticle = { ...article, entities: recogniser ? summariseMentions(recogniser.recogniseText(articleText(article))) : [] };
  const result = await commitArticles({ source: SAVED_SOURCE, articles: [annotated], errors: [] }, { bundle: bundleDedupKeys(archive) });
  if (result.quota !== null) return { status: 'failed', reason: result.quota };
  const duplicate = result.duplicates[0];
  if (duplicate) return { status: 'duplicate', id: duplicate.reason === 'id' ? duplicate.id : null, reason: DUPLICATE_REASONS[duplicate.reason] };
  await reloadUserArchive();
  return { status: 'saved', id: annotated.id };
}
