import { useEffect, useState } from 'preact/hooks';
import { userMessage } from '../lib/messages/user-error.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** Runs an async request when `key` changes; answers to stale requests are dropped. */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (e: unknown) => current && setState({ status: 'error', message: userMessage(e) }),
    );
    return () => {
      current = false;
    };
    // `key` identifies the request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
