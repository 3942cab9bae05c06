import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listSources, readChanges, type SourceRecord } from '../../archive-store/index.ts';
import { askArchive } from '../../lib/messages/archive-client.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import type { RequestOf } from '../../lib/messages/background-protocol.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';

type DefaultArchive = Awaited<ReturnType<typeof askArchive.getDefaultArchive>>;

export interface ArchiveSources {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The built-in default archive; null while loading or when it could not be read. */
  defaultArchive: DefaultArchive | null;
  /** The user's sources, newest first. */
  sources: SourceRecord[];
  /** Reads both again (after a change made here or in another tab). */
  reload(): void;
}

/** How often the store's change counter is read: imports on this page and saves from the popup show within it. */
const WATCH_MS = 1000;

/**
 * The default archive (from the background) and the user's sources (from the store), kept
 * fresh: read again when the store's change counter moves (an import on this page, a page
 * saved from the popup, another archive tab) or the default archive is hidden or shown.
 */
export function useArchiveSources(): ArchiveSources {
  const [state, setState] = useState<Omit<ArchiveSources, 'reload'>>({ status: 'loading', error: null, defaultArchive: null, sources: [] });
  // The change counter the shown sources were read at (null until the first read).
  const seen = useRef<number | null>(null);
  const reload = useCallback(() => {
    const noData: RequestOf<'getDefaultArchive'> = undefined;
    Promise.all([readChanges(), askArchive.getDefaultArchive(noData), listSources()]).then(
      ([changes, defaultArchive, sources]) => {
        seen.current = changes;
        setState({ status: 'ready', error: null, defaultArchive, sources });
      },
      (e: unknown) => setState((s) => ({ ...s, status: 'error', error: userMessage(e) })),
    );
  }, []);
  useEffect(() => {
    reload();
    const timer = setInterval(() => {
      if (document.hidden) return;
      readChanges().then(
        (changes) => {
          if (seen.current !== null && changes !== seen.current) reload();
        },
        () => undefined,
      );
    }, WATCH_MS);
    const unwatch = defaultArchiveHidden.watch(reload);
    return () => {
      clearInterval(timer);
      unwatch();
    };
  }, [reload]);
  return { ...state, reload };
}
