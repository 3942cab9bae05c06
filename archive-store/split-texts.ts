/**
 * The upgrade to schema version 4 (archive-store/schema.ts): each article stored whole until
 * then gives its text (body, sidebar) to the `texts` store and keeps, in its record, the text's
 * length and near-duplicate key, exactly what compact.ts stores for an article committed at 4.
 * Runs inside the upgrade's transaction: all articles are split, or the upgrade fails and the
 * database stays at version 3 as it was.
 */
import { splitText, type StoredRecord, type StoredText } from './compact.ts';
import type { UpgradeTransaction } from './schema.ts';

type TextField = keyof Required<StoredText>;

/** A text field of a record written before version 4 (the current types have none). */
function oldText(record: object, name: TextField): string[] | undefined {
  const value: unknown = Object.getOwnPropertyDescriptor(record, name)?.value;
  return Array.isArray(value) && value.every((p) => typeof p === 'string') ? value : undefined;
}

/** The record without its text, and the text (null when it had none). */
export function splitRecord(stored: StoredRecord): { record: StoredRecord; text: StoredText | null } {
  const body = oldText(stored, 'body');
  const sidebar = oldText(stored, 'sidebar');
  if (!body && !sidebar) return { record: stored, text: null };
  const record: StoredRecord = { ...stored };
  Reflect.deleteProperty(record, 'body');
  Reflect.deleteProperty(record, 'sidebar');
  const { kept, text } = splitText(body, sidebar);
  return { record: { ...record, ...kept }, text };
}

export async function splitTexts(tx: UpgradeTransaction): Promise<void> {
  const texts = tx.objectStore('texts');
  const writes: Array<Promise<unknown>> = [];
  for (let cursor = await tx.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
    const { record, text } = splitRecord(cursor.value);
    if (!text) continue;
    // Not awaited one by one: the cursor moves on while they are written, in the same transaction.
    writes.push(texts.put(text, record.id), cursor.update(record));
  }
  await Promise.all(writes);
}
