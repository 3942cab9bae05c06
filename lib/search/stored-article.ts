import type { ArchiveArticle, ArticleMeta, ArticleText } from './archive-types.ts';
import { bodyLengthOf } from './article-text.ts';
import { bodyKeyOf } from './near-duplicates.ts';

/**
 * An article as an archive file stores it: without its empty fields (null, false, empty
 * lists), which are most of a headline's record (a 60,000-headline archive is 69% articles,
 * mostly empty fields). `expandArticle` gives the full `ArchiveArticle` back when the archive
 * is loaded, so nothing past the loader sees the difference. Bundles of format 3 kept the
 * text (body, sidebar) in files of their own (lib/search/bundle-files.ts) and their records
 * named the file (`chunk`) and carried what every answer needs of the text; from format 4 a
 * bundle's records are columns (lib/search/compact-articles.ts).
 */
export type StoredArticle = Pick<ArchiveArticle, 'id' | 'title' | 'lang' | 'file'> &
  Partial<ArchiveArticle> &
  Partial<Pick<ArticleMeta, 'bodyLength'>> & { bodyKey?: string; chunk?: number };

export function storedArticle(article: ArchiveArticle): StoredArticle {
  const stored = storedFields(article);
  if (article.body.length) stored.body = article.body;
  if (article.sidebar.length) stored.sidebar = article.sidebar;
  if (article.entities.length) stored.entities = article.entities;
  return stored;
}

function storedFields(article: ArchiveArticle): StoredArticle {
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
  return stored;
}

/** The full article back; also reads archives written before fields were left out (format 1). */
export function expandArticle(stored: StoredArticle): ArchiveArticle {
  return fullArticle(expandMeta(stored), { body: stored.body ?? [], sidebar: stored.sidebar ?? [] });
}

/** The loaded record of a stored article, with or without its text. */
export function expandMeta(stored: StoredArticle): ArticleMeta {
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
    file: stored.file,
    entities: stored.entities ?? [],
    bodyLength: stored.bodyLength ?? (stored.body ? bodyLengthOf(stored.body) : 0),
    bodyKey: stored.bodyKey ?? (stored.body ? bodyKeyOf(stored.body) : null),
  };
}

/** The loaded record of a full article (one the user stored). */
export function metaOf(article: ArchiveArticle): ArticleMeta {
  const { body, sidebar: _sidebar, ...fields } = article;
  return { ...fields, bodyLength: bodyLengthOf(body), bodyKey: bodyKeyOf(body) };
}

/** The article with its text joined back, as `getArticle` and the CLI give it. */
export function fullArticle(meta: ArticleMeta, text: ArticleText): ArchiveArticle {
  // Field by field, in the order an article always had (some tests compare serialised articles).
  return {
    id: meta.id,
    title: meta.title,
    titleDerived: meta.titleDerived,
    date: meta.date,
    time: meta.time,
    timeZone: meta.timeZone,
    source: meta.source,
    author: meta.author,
    section: meta.section,
    lang: meta.lang,
    altTitles: meta.altTitles,
    url: meta.url,
    body: text.body,
    sidebar: text.sidebar,
    file: meta.file,
    entities: meta.entities,
  };
}
