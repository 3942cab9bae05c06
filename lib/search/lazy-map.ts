/**
 * A Map filled on its first use: any read or change first runs `fill` (once; again after a fill
 * that threw, which leaves it empty). For what a load of the compact index
 * (lib/search/compact-index.ts) can leave unread: MiniSearch reads and changes its maps only
 * through these methods. Hand-written: no library makes a built-in Map fill itself on first use.
 */
export abstract class LazyMap<K, V> extends Map<K, V> {
  private filled = false;

  /** Fills the map through `set` (which no longer waits for a fill by then). */
  protected abstract fill(): void;

  private ready(): void {
    if (this.filled) return;
    this.filled = true;
    try {
      this.fill();
    } catch (error) {
      super.clear();
      this.filled = false;
      throw error;
    }
  }

  /** Whether it was filled: a map never used is a copy of what the index stores. */
  protected get used(): boolean {
    return this.filled;
  }

  override get size(): number {
    this.ready();
    return super.size;
  }
  override get(key: K): V | undefined {
    this.ready();
    return super.get(key);
  }
  override has(key: K): boolean {
    this.ready();
    return super.has(key);
  }
  override set(key: K, value: V): this {
    this.ready();
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.ready();
    return super.delete(key);
  }
  override clear(): void {
    this.filled = true;
    super.clear();
  }
  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.ready();
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<K> {
    this.ready();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.ready();
    return super.values();
  }
  override entries(): MapIterator<[K, V]> {
    this.ready();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.ready();
    return super[Symbol.iterator]();
  }
}
