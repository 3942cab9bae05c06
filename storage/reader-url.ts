/**
 * The reader page's address and its deep links: `reader.html#/article/<id>` and
 * `reader.html#/search?q=…`. The one place that knows them (the popup, the hover card, the
 * context menu and the background's reader tabs build links with these).
 */

export function articleHash(id: string): string {
  return `#/article/${encodeURIComponent(id)}`;
}

export function searchHash(query: string): string {
  return `#/search?q=${encodeURIComponent(query)}`;
}

/** The reader's full address at a route (`articleHash`, `searchHash`). */
export function readerUrl(hash: string): string {
  return browser.runtime.getURL('/reader.html') + hash;
}

/** The archive page (entrypoints/archive/): the user's sources, import, export and every article. */
export function archivePageUrl(): string {
  return browser.runtime.getURL('/archive.html');
}

export type ReaderRoute = { view: 'article'; id: string } | { view: 'search'; query: string };

/** Reads a reader hash; anything unrecognised shows the search page. */
export function parseReaderHash(hash: string): ReaderRoute {
  const article = /^#\/article\/(.+)$/.exec(hash);
  if (article?.[1]) {
    try {
      return { view: 'article', id: decodeURIComponent(article[1]) };
    } catch {
      return { view: 'search', query: '' };
    }
  }
  const search = /^#\/search(?:\?(.*))?$/.exec(hash);
  const query = new URLSearchParams(search?.[1] ?? '').get('q') ?? '';
  return { view: 'search', query };
}
