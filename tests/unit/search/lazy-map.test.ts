import { describe, expect, it } from 'vitest';
import { LazyMap } from '../../../lib/search/lazy-map.ts';

/** Filled from `source` on first use; counts its fills; throws while `broken`. */
class Counted extends LazyMap<string, number> {
  fills = 0;
  broken = false;
  constructor(private readonly source: ReadonlyArray<[string, number]>) {
    super();
  }
  protected fill(): void {
    this.fills++;
    for (const [key, value] of this.source) this.set(key, value);
    if (this.broken) throw new Error('broken');
  }
}

describe('a map filled on first use', () => {
  it.each<[string, (map: Counted) => unknown, unknown]>([
    ['get', (m) => m.get('b'), 2],
    ['has', (m) => m.has('a'), true],
    ['size', (m) => m.size, 2],
    ['keys', (m) => [...m.keys()], ['a', 'b']],
    ['values', (m) => [...m.values()], [1, 2]],
    ['entries', (m) => [...m.entries()], [['a', 1], ['b', 2]]],
    ['iteration', (m) => [...m], [['a', 1], ['b', 2]]],
    ['forEach', (m) => { const seen: string[] = []; m.forEach((v, k) => seen.push(`${k}${v}`)); return seen; }, ['a1', 'b2']],
    ['set', (m) => [...m.set('c', 3)], [['a', 1], ['b', 2], ['c', 3]]],
    ['delete', (m) => [m.delete('a'), [...m]], [true, [['b', 2]]]],
  ])('is filled once, by the first %s', (_label, use, expected) => {
    const map = new Counted([['a', 1], ['b', 2]]);
    expect(map.fills).toBe(0);
    expect(use(map)).toEqual(expected);
    map.get('a');
    expect(map.fills).toBe(1);
  });

  it('cleared before any use, stays empty and never fills', () => {
    const map = new Counted([['a', 1]]);
    map.clear();
    expect([map.size, map.fills]).toEqual([0, 0]);
  });

  it('after a fill that throws, throws again at the next use; once a fill succeeds, holds its entries', () => {
    const map = new Counted([['a', 1]]);
    map.broken = true;
    expect(() => map.get('a')).toThrow('broken');
    expect(() => map.size).toThrow('broken');
    map.broken = false;
    expect([...map]).toEqual([['a', 1]]);
    expect(map.fills).toBe(3);
  });
});
