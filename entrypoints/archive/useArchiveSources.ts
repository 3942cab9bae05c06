import { useCallback, useEffect, useState } from 'preact/hooks';
import { listSources, type SourceRecord } from '../../archive-store/index.ts';
import { sendMessage } from '../../lib/messages/messenger.ts';
import { userMessage } from '../../lib/messages/user-error.ts';
import type { RequestOf } from '../../lib/messages/background-protocol.ts';
import { defaultArchiveHidden } from '../../storage/archive-settings.ts';

type DefaultArchive = Awaited<ReturnType<typeof sendMessage<'getDefaultArchive'>>>;

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

/** The default archive (from the background) and the user's sources (from the store), kept fresh. */
export function useArchiveSources(): ArchiveSources {
  const [state, setState] = useState<Omit<ArchiveSources, 'reload'>>({ status: 'loading', error: null, defaultArchive: null, sources: [] });
  const reload = useCallback(() => {
    const noData: RequestOf<'getDefaultArchive'> = undefined;
    Promise.all([sendMessage('getDefaultArchive', noData), listSources()]).then(
      ([defaultArchive, sources]) => setState({ status: 'ready', error: null, defaultArchive, sources }),
      (e: unknown) => setState((s) => ({ ...s, status: 'error', error: userMessage(e) })),
    );
  }, []);
  useEffect(() => {
    reload();
    return defaultArchiveHidden.watch(reload);
  }, [reload]);
  return { ...state, reload };
}
