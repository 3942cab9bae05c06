import { useEffect, useRef, useState } from 'preact/hooks';
import { listArticles } from '../../archive-store/index.ts';
import { askArchive } from '../../lib/messages/archive-client.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import type { ListedArticleLine } from '../../lib/messages/background-protocol.ts';
import { articleHash, readerUrl } from '../../storage/reader-url.ts';
import type { ArchiveSources } from './useArchiveSources.ts';
import { mergeNewestFirst, type BrowseLine } from './browse-merge.ts';

/** Articles shown per "Show more". */
const PAGE = 50;
const ALL = '*';
const DEFAULT = 'default';

interface Shown {
  lines: BrowseLine[];
  /** How far each stream has been read. */
  userOffset: number;
  defaultOffset: number;
  more: boolean;
}

const fromDefault = (a: ListedArticleLine): BrowseLine => ({ ...a, sourceId: DEFAULT });

/**
 * Every article, newest first (undated last), of all sources or of one; each opens in the
 * reader. The user's articles come from the store a page at a time, the default archive's
 * from the background; "all sources" merges the two streams page by page.
 */
export function BrowseList({ sources }: { sources: ArchiveSources }) {
  const [filter, setFilter] = useState(ALL);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hidden = sources.defaultArchive?.hidden ?? false;
  const labels = new Map<string, string>([[DEFAULT, 'Built-in default archive'], ...sources.sources.map((s): [string, string] => [s.id, s.label])]);

  // Each load's number: the answer of a load overtaken by a newer one is dropped.
  const loads = useRef(0);
  const shownFilter = useRef(filter);

  const load = (from: Shown | null) => {
    const current = ++loads.current;
    const at = from ?? { lines: [], userOffset: 0, defaultOffset: 0, more: true };
    const readUser = filter !== DEFAULT;
    const readDefault = filter === DEFAULT || (filter === ALL && !hidden);
    Promise.all([
      readUser ? listArticles({ sourceId: filter === ALL ? undefined : filter, offset: at.userOffset, limit: PAGE }) : Promise.resolve([]),
      readDefault ? askArchive.listDefaultArticles({ offset: at.defaultOffset, limit: PAGE }) : Promise.resolve([]),
    ]).then(
      ([user, bundled]) => {
        if (current !== loads.current) return;
        const userLines = user.map(({ article, sourceId }): BrowseLine => ({ id: article.id, title: article.title, date: article.date, source: article.source, sourceId }));
        const page = mergeNewestFirst(userLines, bundled.map(fromDefault), PAGE);
        setError(null);
        setShown({
          lines: [...at.lines, ...page.lines],
          userOffset: at.userOffset + page.takenFromFirst,
          defaultOffset: at.defaultOffset + page.takenFromSecond,
          more: user.length === PAGE || bundled.length === PAGE || page.lines.length < user.length + bundled.length,
        });
      },
      (e: unknown) => current === loads.current && setError(userMessage(e)),
    );
  };
  // Start again whenever the filter or the archive changes.
  const archiveKey = `${filter}|${hidden}|${sources.sources.map((s) => `${s.id}:${s.articleCount}`).join(',')}`;
  useEffect(() => {
    if (sources.status !== 'ready') return;
    // Another filter is another list; while an import adds articles (the counts move every
    // second), the list shown stays until the new first page is read, instead of going back
    // to "Loading" each time: reads wait behind the import's writes and rarely came in between.
    if (shownFilter.current !== filter) setShown(null);
    shownFilter.current = filter;
    load(null);
    // `archiveKey` names everything `load` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [archiveKey, sources.status]);

  return (
    <section class="archive-panel" aria-labelledby="browse-title">
      <div class="section-head">
        <h2 id="browse-title">Articles</h2>
        <label class="browse-filter">
          Show articles from{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
            <option value={ALL}>All sources</option>
            <option value={DEFAULT}>Built-in default archive{hidden ? ' (hidden)' : ''}</option>
            {sources.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p class="error">{error}</p>}
      {shown === null && !error && <p class="status">Loading articles…</p>}
      {shown && shown.lines.length === 0 && <p class="status">No articles here.</p>}
      {shown && shown.lines.length > 0 && (
        <ol class="browse-list" aria-label="Articles, newest first">
          {shown.lines.map((a) => (
            <li key={a.id}>
              <a class="browse-title" href={readerUrl(articleHash(a.id))} target="_blank" rel="noopener">
                {a.title}
              </a>
              <span class="browse-meta">
                {[a.date ?? 'undated', a.source, filter === ALL ? labels.get(a.sourceId) : null].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      {shown?.more && (
        <button type="button" class="archive-button" onClick={() => load(shown)}>
          Show more
        </button>
      )}
    </section>
  );
}
