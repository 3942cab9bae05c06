import fc from 'fast-check';
import type { ArticleMeta } from '../../../lib/search/archive-types.ts';
import { article } from './small-archive.ts';

const text = fc.string({ unit: 'binary', maxLength: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const entity = fc.record({ id: fc.constantFrom('az', 'rs', 'person:aliyev', '__proto__'), count: fc.nat(50), first: fc.nat(100_000), length: fc.integer({ min: 1, max: 40 }) });

/** Any loaded record: odd Unicode (lone surrogates included), empty and missing fields. */
export const anyRecord: fc.Arbitrary<ArticleMeta> = fc.record({
  id: fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
  title: text,
  titleDerived: fc.boolean(),
  date: maybe(fc.constantFrom('2025-01-02', '2026-12-31', '')),
  time: maybe(fc.constantFrom('09:05', '23:59')),
  timeZone: maybe(fc.constantFrom('UTC+04:00')),
  source: maybe(text),
  author: maybe(text),
  section: maybe(text),
  lang: fc.constantFrom('en', 'az', 'ru'),
  altTitles: fc.array(fc.record({ lang: fc.constantFrom('az', 'ru'), title: text }), { maxLength: 2 }),
  url: maybe(text),
  file: fc.constantFrom('a.jsonl', 'b.txt'),
  entities: fc.array(entity, { maxLength: 3 }),
  bodyLength: fc.nat(1_000_000),
  bodyKey: maybe(fc.string({ maxLength: 8 })),
});

/** 300 articles of several shapes: Latin and Cyrillic titles, some with a body, sparse dates, times and URLs. */
export function generatedArticles(count = 300) {
  return Array.from({ length: count }, (_, i) => ({
    ...article(`g${i}`, i % 7 ? `Headline ${i} about Azerbaijan and Serbia` : `Ильхам Алиев ${i}`, i % 3 ? [] : [`Body ${i} of Baku.`]),
    date: i % 5 ? `2025-0${1 + (i % 9)}-1${i % 10}` : null,
    time: i % 4 ? `1${i % 10}:${10 + (i % 50)}` : null,
    source: i % 2 ? 'Report' : 'Azernews',
    url: i % 11 ? null : `https://example.test/${i}`,
  }));
}
