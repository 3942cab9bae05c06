/**
 * A load that runs once per context's life, on first use, shared by every caller meanwhile.
 * A failed load is not kept: the next call tries again, so one failure never poisons the
 * worker (or the offscreen document) for its whole life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
