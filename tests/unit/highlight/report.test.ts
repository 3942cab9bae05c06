import { describe, expect, it } from 'vitest';
import { batchesByChars } from '../../../lib/highlight/batches.ts';
import { entityReport, MAX_REPORTED_ENTITIES, sameReport, type PageEntity } from '../../../lib/highlight/report.ts';
import type { Mention } from '../../../lib/entities/types.ts';

type Named = Pick<Mention, 'id' | 'name'>;

const AZ: Named = { id: 'country:AZ', name: 'Azerbaijan' };
const RS: Named = { id: 'country:RS', name: 'Serbia' };
const GE: Named = { id: 'country:GE', name: 'Georgia' };
const ALIYEV: Named = { id: 'official:ilham-aliyev', name: 'Ilham Aliyev' };

describe('entityReport', () => {
  it('gives nothing for a page without mentions', () => {
    expect(entityReport([])).toEqual([]);
    expect(entityReport([[], [], []])).toEqual([]);
  });

  it('counts mentions per id and numbers them across blocks in document order', () => {
    // Mention indexes: AZ 0, ALIYEV 1, (empty block), RS 2, AZ 3, ALIYEV 4, AZ 5, GE 6.
    const report = entityReport([[AZ, ALIYEV], [], [RS, AZ], [ALIYEV, AZ], [GE]]);
    expect(report).toEqual([
      { id: 'country:AZ', count: 3, first: 0, name: 'Azerbaijan' },
      { id: 'official:ilham-aliyev', count: 2, first: 1, name: 'Ilham Aliyev' },
      { id: 'country:RS', count: 1, first: 2, name: 'Serbia' },
      { id: 'country:GE', count: 1, first: 6, name: 'Georgia' },
    ]);
  });

  it('sorts by count, most first, then by first mention, not by id', () => {
    const report = entityReport([[GE], [RS, AZ], [AZ, RS]]);
    expect(report.map((e) => [e.id, e.count, e.first])).toEqual([
      ['country:RS', 2, 1],
      ['country:AZ', 2, 2],
      ['country:GE', 1, 0],
    ]);
  });

  it('counts a later frequent entity ahead of an early rare one', () => {
    const report = entityReport([[RS], [GE, GE, GE]]);
    expect(report.map((e) => e.id)).toEqual(['country:GE', 'country:RS']);
    expect(report[0]!.first).toBe(1);
  });

  it('keeps the name of the first mention', () => {
    const report = entityReport([[{ id: 'official:x', name: 'First Name' }], [{ id: 'official:x', name: 'Other Name' }]]);
    expect(report).toEqual([{ id: 'official:x', count: 2, first: 0, name: 'First Name' }]);
  });

  it('reads any iterable of blocks, such as a generator', () => {
    function* blocks(): Generator<Named[]> {
      yield [AZ];
      yield [RS, AZ];
    }
    expect(entityReport(blocks()).map((e) => [e.id, e.count, e.first])).toEqual([
      ['country:AZ', 2, 0],
      ['country:RS', 1, 1],
    ]);
  });

  it('drops the rarest entities past MAX_REPORTED_ENTITIES', () => {
    const extra = 100;
    const n = MAX_REPORTED_ENTITIES + extra;
    const ids = Array.from({ length: n }, (_, i) => ({ id: `official:p${i}`, name: `P ${i}` }));
    // Every id once in document order, then the last `extra` ids again: those are the frequent ones,
    // although their first mentions come last.
    const report = entityReport([ids, ids.slice(MAX_REPORTED_ENTITIES)]);
    expect(report).toHaveLength(MAX_REPORTED_ENTITIES);
    const kept = new Set(report.map((e) => e.id));
    // The twice-mentioned come first, in order of first mention.
    expect(report.slice(0, extra).map((e) => e.id)).toEqual(ids.slice(MAX_REPORTED_ENTITIES).map((e) => e.id));
    for (const e of report.slice(0, extra)) expect(e.count).toBe(2);
    // Among those mentioned once, the earliest are kept and the latest dropped.
    for (let i = 0; i < MAX_REPORTED_ENTITIES - extra; i++) expect(kept.has(`official:p${i}`)).toBe(true);
    for (let i = MAX_REPORTED_ENTITIES - extra; i < MAX_REPORTED_ENTITIES; i++) expect(kept.has(`official:p${i}`)).toBe(false);
    expect(report.at(-1)).toEqual({ id: `official:p${MAX_REPORTED_ENTITIES - extra - 1}`, count: 1, first: MAX_REPORTED_ENTITIES - extra - 1, name: `P ${MAX_REPORTED_ENTITIES - extra - 1}` });
  });

  it('keeps every entity when there are exactly MAX_REPORTED_ENTITIES', () => {
    const ids = Array.from({ length: MAX_REPORTED_ENTITIES }, (_, i) => ({ id: `official:p${i}`, name: `P ${i}` }));
    const report = entityReport([ids]);
    expect(report).toHaveLength(MAX_REPORTED_ENTITIES);
    expect(report.at(-1)!.id).toBe(`official:p${MAX_REPORTED_ENTITIES - 1}`);
  });
});

describe('sameReport', () => {
  const a: PageEntity[] = [
    { id: 'country:AZ', count: 3, first: 0, name: 'Azerbaijan' },
    { id: 'country:RS', count: 1, first: 2, name: 'Serbia' },
  ];
  const copy = (): PageEntity[] => a.map((e) => ({ ...e }));

  it('is true for equal reports, including two empty ones', () => {
    expect(sameReport(a, copy())).toBe(true);
    expect(sameReport([], [])).toBe(true);
  });

  it('is true for a report recomputed from the same mentions', () => {
    const blocks = [[AZ, RS], [AZ]];
    expect(sameReport(entityReport(blocks), entityReport(blocks))).toBe(true);
  });

  it('is false when an entity was added or removed', () => {
    expect(sameReport(a, a.slice(0, 1))).toBe(false);
    expect(sameReport(a.slice(0, 1), a)).toBe(false);
    expect(sameReport(a, [])).toBe(false);
  });

  it('is false when an id, a count or a first position differs', () => {
    const id = copy();
    id[1]!.id = 'country:GE';
    const count = copy();
    count[0]!.count = 4;
    const first = copy();
    first[1]!.first = 1;
    expect(sameReport(a, id)).toBe(false);
    expect(sameReport(a, count)).toBe(false);
    expect(sameReport(a, first)).toBe(false);
  });

  it('is false for the same entities in another order', () => {
    expect(sameReport(a, copy().reverse())).toBe(false);
  });

  it('ignores names (an id has one canonical name)', () => {
    const renamed = copy();
    delete renamed[0]!.name;
    expect(sameReport(a, renamed)).toBe(true);
  });
});

describe('batchesByChars', () => {
  const texts = (...lengths: number[]): string[] => lengths.map((n) => 'x'.repeat(n));

  /** Checks the invariants: contiguous, covering, bounded unless a single text, and greedy. */
  function checkBatches(input: string[], max: number): void {
    const batches = batchesByChars(input, max);
    const covered: number[] = [];
    let expectedStart = 0;
    for (const [i, [start, end]] of batches.entries()) {
      expect(start).toBe(expectedStart);
      expect(end).toBeGreaterThan(start);
      for (let k = start; k < end; k++) covered.push(k);
      const chars = input.slice(start, end).reduce((n, t) => n + t.length, 0);
      if (end - start > 1) expect(chars).toBeLessThanOrEqual(max);
      // Greedy: the next text would not have fitted.
      if (i < batches.length - 1) expect(chars + input[end]!.length).toBeGreaterThan(max);
      expectedStart = end;
    }
    expect(covered).toEqual(input.map((_, k) => k));
  }

  it('gives no batches for no texts', () => {
    expect(batchesByChars([], 100)).toEqual([]);
  });

  it('puts texts that fit together in one batch', () => {
    expect(batchesByChars(texts(10, 20, 30), 100)).toEqual([[0, 3]]);
    expect(batchesByChars(texts(40, 60), 100)).toEqual([[0, 2]]);
  });

  it('starts a new batch when the next text would go past max', () => {
    expect(batchesByChars(texts(40, 61), 100)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(batchesByChars(texts(50, 50, 50, 50, 1), 100)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('gives a text longer than max a batch of its own', () => {
    expect(batchesByChars(texts(5, 500, 5), 100)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(batchesByChars(texts(500), 100)).toEqual([[0, 1]]);
    expect(batchesByChars(texts(500, 500), 100)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('counts empty texts in the batches without letting them add up', () => {
    expect(batchesByChars(texts(0, 0, 0), 100)).toEqual([[0, 3]]);
    expect(batchesByChars(texts(100, 0, 1), 100)).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('covers every index exactly once, in order, for many mixes of lengths', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const lengths = Array.from({ length: rand(40) }, () => (rand(10) === 0 ? rand(3000) : rand(300)));
      checkBatches(texts(...lengths), 1 + rand(1000));
    }
  });
});
