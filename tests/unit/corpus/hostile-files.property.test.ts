// Property-based tests of the corpus parser against hostile files: it never throws, and a
// bad line never costs a good record beside it. Fixed seed and bounded runs, so every
// `npm test` checks the same few hundred generated files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCorpusBytes, JsonLinesReader, parseCorpusFile } from '../../../lib/corpus/index.ts';

const RUNS = { seed: 20261130, numRuns: 150 };
/** A few hundred generated files take about a second; a busy machine may take far longer. */
const TIMEOUT = 30_000;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function join(parts: readonly Uint8Array[], separator: Uint8Array): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0) + separator.length * Math.max(0, parts.length - 1);
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) (out.set(separator, at), (at += separator.length));
    out.set(p, at);
    at += p.length;
  });
  return out;
}

/** Words in several scripts, so good lines hold multi-byte UTF-8. */
const word = fc.stringMatching(/^[A-Za-zÀ-ÿЀ-ӿ]{1,10}$/);
const title = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

/**
 * Damaged text: any bytes but line breaks and control characters. (Data with more than 5 %
 * control bytes is binary, refused as a whole by design; odd-inputs.test.ts covers it.)
 */
const lineBytes = fc.uint8Array({ maxLength: 80 }).map((b) => b.filter((x) => x >= 0x20 && x !== 0x7f));

type Line =
  | { kind: 'good'; title: string; bytes: Uint8Array }
  /** A good record whose line ends in a UTF-8 character cut short: read, with a problem. */
  | { kind: 'truncated'; title: string; bytes: Uint8Array }
  /** Never a record: a NUL byte, JSON cut short (maybe with broken bytes), or not JSON at all. */
  | { kind: 'bad'; bytes: Uint8Array };

const goodLine = title.map((t): Line => ({ kind: 'good', title: t, bytes: encode(JSON.stringify({ title: t, body: `${t}. Body text.` })) }));
const truncatedLine = title.map((t): Line => {
  const record = encode(JSON.stringify({ title: t, body: 'Text.' }));
  return { kind: 'truncated', title: t, bytes: Uint8Array.from([...record, 0xd0]) };
});
const badLine = fc.oneof(
  fc.tuple(title, fc.nat(20)).map(([t, at]): Line => {
    const bytes = encode(JSON.stringify({ title: t, body: 'Text.' }));
    bytes[Math.min(at, bytes.length - 1)] = 0;
    return { kind: 'bad', bytes };
  }),
  fc.tuple(title, lineBytes).map(([t, junk]): Line => ({ kind: 'bad', bytes: Uint8Array.from([...encode(`{"title": "${t}`), ...junk.filter((b) => b !== 0x22 && b !== 0x5c)]) })),
  lineBytes.map((junk): Line => ({ kind: 'bad', bytes: Uint8Array.from([0x7d, ...junk]) })),
);
const lines = fc.array(fc.oneof({ weight: 3, arbitrary: goodLine }, truncatedLine, badLine), { minLength: 1, maxLength: 30 });
const separator = fc.constantFrom('\n', '\r\n').map(encode);

/** The file through the streaming reader, cut into chunks at the given points. */
function streamed(file: Uint8Array, cuts: number[]) {
  const reader = new JsonLinesReader('feed.jsonl', 'feed');
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(cut, file.length);
    if (to > at) reader.push(file.subarray(at, to));
    at = Math.max(at, to);
  }
  reader.push(file.subarray(at));
  return reader.end();
}

describe('hostile corpus files (property-based)', () => {
  it('never throws, whatever the bytes, and names the file in every problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'a.json', 'a.jsonl'), (bytes, name) => {
        const result = parseCorpusFile(name, bytes);
        for (const e of result.errors) expect(e.file).toBe(name);
        for (const a of result.articles) expect(a.file).toBe(name);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('JSONL: every good record is kept, at its line, whatever the lines around it', () => {
    fc.assert(
      fc.property(lines, separator, (generated, sep) => {
        const result = parseCorpusFile('feed.jsonl', join(generated.map((l) => l.bytes), sep));
        const expected = generated.flatMap((l, i) => (l.kind === 'bad' ? [] : [{ id: `feed#${i + 1}`, title: l.title }]));
        expect(result.articles.map((a) => ({ id: a.id, title: a.title }))).toEqual(expected);
        // Every line that is not a clean record is reported, at its own line.
        const reported = new Set(result.errors.map((e) => e.line));
        generated.forEach((l, i) => {
          if (l.kind !== 'good') expect(reported.has(i + 1), `line ${i + 1}`).toBe(true);
        });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('JSONL read as a stream in chunks of any size gives what the whole file gives', () => {
    fc.assert(
      fc.property(lines, separator, fc.array(fc.nat(4000), { maxLength: 12 }), (generated, sep, cuts) => {
        const file = join(generated.map((l) => l.bytes), sep);
        expect(streamed(file, cuts)).toEqual(parseCorpusFile('feed.jsonl', file));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('text: a damaged line costs that line only, the others decode as written', () => {
    const textLine = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const damaged = fc.oneof(
      lineBytes.map((b) => Uint8Array.from([...b, 0])),
      textLine.map((t) => Uint8Array.from([...encode(t), 0xff, 0xc3])),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 3, arbitrary: textLine }, damaged), { minLength: 1, maxLength: 40 }), (generated) => {
        const decoded = decodeCorpusBytes(join(generated.map((l) => (typeof l === 'string' ? encode(l) : l)), encode('\n')));
        if (!decoded.ok) throw new Error(decoded.message);
        const out = decoded.text.split('\n');
        expect(out).toHaveLength(generated.length);
        generated.forEach((l, i) => {
          if (typeof l === 'string') expect(out[i]).toBe(l);
        });
      }),
      RUNS,
    );
  }, TIMEOUT);
});
