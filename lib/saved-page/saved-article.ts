import type { Article } from '../corpus/article.ts';
import { hash53 } from '../search/hash.ts';

/** A page the user saved, as checked in the save form (the `saveArticle` message's data). */
export interface SavedPage {
  title: string;
  date: string | null;
  time: string | null;
  timeZone: string | null;
  url: string | null;
  source: string;
  lang: string;
  body: string[];
}

/** The one source all saved pages belong to (the archive page lists it as "Saved pages"). */
export const SAVED_SOURCE = { id: 'saved-pages', kind: 'saved', label: 'Saved pages' } as const;

/**
 * A saved page's id: from its address, so that saving the same page twice finds the
 * first copy (the store reports it as a duplicate); from title and date for a page
 * saved without one.
 */
export function savedArticleId(page: Pick<SavedPage, 'url' | 'title' | 'date'>): string {
  return `saved:${hash53(page.url ?? `${page.title}\u0000${page.date ?? ''}`)}`;
}

/** The archive article for a saved page. */
export function savedArticle(page: SavedPage): Article {
  return {
    id: savedArticleId(page),
    title: page.title,
    titleDerived: false,
    date: page.date,
    time: page.date ? page.time : null,
    timeZone: page.date ? page.timeZone : null,
    source: page.source || null,
    author: null,
    section: null,
    lang: page.lang,
    altTitles: [],
    url: page.url,
    body: page.body,
    sidebar: [],
    file: 'saved page',
  };
}
