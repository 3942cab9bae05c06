import type { ArchiveArticle } from './archive-types.ts';

/**
 * An article as an archive file stores it: without its empty fields (null, false, empty
 * lists), which are most of a headline's record (a 60,000-headline archive is 69% articles,
 * mostly empty fields). `expandArticle` gives the full `ArchiveArticle` back when the archive
 * is loaded, so nothing past the loader sees the difference.
 */
export type StoredArticle = Pick<ArchiveArticle, 'id' | 'title' | 'lang' | 'file'> & Partial<ArchiveArticle>;

export function storedArticle(article: ArchiveArticle): StoredArticle {
  const { id, title, lang, file } = article;
  const stored: StoredArticle = { id, title, lang, file };
  if (article.titleDerived) stored.titleDerived = true;
  if (article.date !== null) stored.date = article.date;
  if (article.time !== null) stored.time = article.time;
  if (article.timeZone !== null) stored.timeZone = article.timeZone;
  if (article.source !== null) stored.source = article.source;
  if (article.author !== null) stored.author = article.author;
  if (article.section !== null) stored.section = article.section;
  if (article.altTitles.length) stored.altTitles = article.altTitles;
  if (article.url !== null) stored.url = article.url;
  if (article.body.length) stored.body = article.body;
  if (article.sidebar.length) stored.sidebar = article.sidebar;
  if (article.entities.length) stored.entities = article.entities;
  return stored;
}

/** The full article back; also reads archives written before fields were left out (format 1). */
export function expandArticle(stored: StoredArticle): ArchiveArticle {
  return {
    id: stored.id,
    title: stored.title,
    titleDerived: stored.titleDerived ?? false,
    date: stored.date ?? null,
    time: stored.time ?? null,
    timeZone: stored.timeZone ?? null,
    source: stored.source ?? null,
    author: stored.author ?? null,
    section: stored.section ?? null,
    lang: stored.lang,
    altTitles: stored.altTitles ?? [],
    url: stored.url ?? null,
    body: stored.body ?? [],
    sidebar: stored.sidebar ?? [],
    file: stored.file,
    entities: stored.entities ?? [],
  };
}
