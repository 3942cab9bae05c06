import { useEffect, useState } from 'preact/hooks';
import type { ValidatedItem } from '../storage/validated-item.ts';

/** A stored item's value (null until read), kept current as it changes anywhere. */
export function useStoredItem<T>(item: ValidatedItem<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(() => v));
    const unwatch = item.watch((v) => setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
