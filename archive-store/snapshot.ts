/** The background's snapshot in `meta` (the index, and the user's records), so a woken worker loads it instead of re-indexing. */
import type { ArchiveDatabase } from './schema.ts';

const KEY = 'snapshot';

export async function readSnapshot(db: ArchiveDatabase): Promise<unknown> {
  return (await db.get('meta', KEY)) ?? null;
}

/** Best effort: a snapshot that cannot be stored (quota) only costs the next wake a re-index. */
export async function writeSnapshot(db: ArchiveDatabase, snapshot: unknown): Promise<boolean> {
  try {
    await db.put('meta', snapshot, KEY);
    return true;
  } catch {
    return false;
  }
}
