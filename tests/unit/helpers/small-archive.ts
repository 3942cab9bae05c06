import type { Article } from '../../../lib/corpus/article.ts';
import { buildArchive, loadArchive, serializeArchive, type LoadedArchive } from '../../../lib/search/archive.ts';

/** An article with only what a test says about it. */
export function article(id: string, title: string, body: string[], extra: Partial<Article> = {}): Article {
  return {
    id, title, body, titleDerived: false, date: null, time: null, timeZone: null, source: null, author: null,
    section: null, lang: 'en', altTitles: [], url: null, sidebar: [], file: 'test.txt', ...extra,
  };
}

/** An archive of the given articles (no knowledge, no entities), loaded as the extension loads one. */
export function smallArchive(articles: readonly Article[]): LoadedArchive {
  return loadArchive(JSON.parse(serializeArchive(buildArchive({ articles, knowledge: null }))));
}
