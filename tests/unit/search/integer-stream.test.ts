import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntegerReader, IntegerStreamError, IntegerWriter } from '../../../lib/search/integer-stream.ts';

function readAll(text: string, count: number): number[] {
  const reader = new IntegerReader(text);
  const values = Array.from({ length: count }, () => reader.read());
  expect(reader.done).toBe(true);
  return values;
}

describe('the integer stream', () => {
  it('writes numbers under 32 in one character and reads every size back, across many pieces of text', () => {
    const values = [0, 1, 31, 32, 1023, 1024, 2 ** 31, Number.MAX_SAFE_INTEGER];
    const writer = new IntegerWriter();
    // Far more than one piece of the writer's text, each value at every offset in a piece.
    const many = Array.from({ length: 20_000 }, (_, i) => values[i % values.length]!);
    for (const value of many) writer.write(value);
    expect(readAll(writer.text(), many.length)).toEqual(many);
    const small = new IntegerWriter();
    for (const value of [0, 5, 31]) small.write(value);
    expect(small.text()).toBe('AFf');
  });

  it('round-trips any safe integers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat(), { maxLength: 3000 }), (values) => {
        const writer = new IntegerWriter();
        for (const value of values) writer.write(value);
        expect(readAll(writer.text(), values.length)).toEqual(values);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses what it cannot store or read', () => {
    expect(() => new IntegerWriter().write(-1)).toThrow(IntegerStreamError);
    expect(() => new IntegerWriter().write(1.5)).toThrow(IntegerStreamError);
    expect(() => new IntegerReader('g').read()).toThrow(/ends early/);
    expect(() => new IntegerReader('!').read()).toThrow(/unexpected character/);
  });
});
