import type { Article } from '../corpus/article.ts';

/** The text that entity offsets refer to: title, then body paragraphs, blank-line separated. */
export function articleText(article: Pick<Article, 'title' | 'body'>): string {
  return [article.title, ...article.body].join('\n\n');
}
