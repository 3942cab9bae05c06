/** Deep links into the reader page: `reader.html#/article/<id>` and `#/search?q=…`. */
export function articleHash(id: string): string {
  return `#/article/${encodeURIComponent(id)}`;
}

export function searchHash(query: string): string {
  return `#/search?q=${encodeURIComponent(query)}`;
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
