import * as v from 'valibot';
import { storage, type StorageItemKey } from 'wxt/utils/storage';

/** A stored value that is always of its schema's type: a missing or malformed value reads as the default. */
export interface ValidatedItem<T> {
  readonly key: StorageItemKey;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with each new value, validated the same way; returns the unwatch function. */
  watch(callback: (value: T) => void): () => void;
  /**
   * Removes a stored value that does not fit the schema, so that it reads as the default
   * there too and sync carries the removal to the user's other devices. Returns whether it did.
   */
  repair(): Promise<boolean>;
}

/**
 * A wxt/storage item checked against a valibot schema on every read. Written here because
 * wxt's items have no validation hook: their `fallback` covers a missing value only, and a
 * malformed one (an old format, a bad sync from another device) would reach the code as is.
 */
export function defineValidatedItem<T>(key: StorageItemKey, schema: v.GenericSchema<T>, fallback: T): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key);
  const valid = (value: unknown): T => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  return {
    key,
    fallback,
    getValue: async () => valid(await item.getValue()),
    setValue: (value) => item.setValue(value),
    removeValue: () => item.removeValue(),
    watch: (callback) => item.watch((value) => callback(valid(value))),
    repair: async () => {
      const stored = await item.getValue();
      if (stored === null || v.safeParse(schema, stored).success) return false;
      await item.removeValue();
      return true;
    },
  };
}
