import type { RequestOf, SaveArticleResponse } from '../../lib/messages/background-protocol.ts';
import { savedArticle } from '../../lib/saved-page/saved-article.ts';
import { isExtensionPage, RefusedSenderError, type MessageSender } from './guard.ts';

/**
 * Stores a page the user saved. Only Dossier's own pages may save (the popup and the save
 * window): a content script runs inside web pages, and no page may write to the archive.
 */
export async function handleSaveArticle(request: RequestOf<'saveArticle'>, sender: MessageSender): Promise<SaveArticleResponse> {
  if (!isExtensionPage(sender)) throw new RefusedSenderError('saveArticle: only Dossier’s own pages may save');
  const article = savedArticle(request);
  return { status: 'failed', reason: `storing saved pages is not wired yet (${article.id})` };
}
