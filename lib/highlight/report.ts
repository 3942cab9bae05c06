import * as v from 'valibot';
import type { Mention } from '../entities/types.ts';
import { entityIdSchema } from '../messages/fields.ts';
import { MAX_REPORTED_TERMS, MAX_TERM_LENGTH, type MainContent } from './main-report.ts';

/** The background accepts at most this many entities per report. */
export const MAX_REPORTED_ENTITIES = 5000;

/**
 * One entity as a page reports it: how often, and where it first occurs. Defined here, by
 * the report's producer; the background validates reports with these schemas
 * (lib/messages/background-protocol.ts).
 */
export const pageEntitySchema = v.strictObject({
  id: entityIdSchema,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Index of the first mention among all mentions on the page (0 = first). */
  first: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /**
   * How many of the mentions are in the page's main content (lib/highlight/main-report.ts):
   * only these make the entity evidence of what the page is about (lib/search/related-query.ts).
   * Absent in a report with `mainTerms`: none.
   */
  mainCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Canonical name; needed for officials the page itself introduced (unknown to the archive). */
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type PageEntity = v.InferOutput<typeof pageEntitySchema>;

/** What a frame's content script reports about its page. */
export const pageReportSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  entities: v.pipe(v.array(pageEntitySchema), v.maxLength(MAX_REPORTED_ENTITIES)),
  /**
   * The page's salient words without counts: the report's older shape, still read when
   * `mainTerms` is absent (lib/search/related-query.ts).
   */
  terms: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TERM_LENGTH))), v.maxLength(MAX_REPORTED_TERMS))),
  /** The main content's most frequent topic words outside names, with their counts, for related-article ranking. */
  mainTerms: v.optional(
    v.pipe(
      v.array(v.strictObject({ term: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TERM_LENGTH)), count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
      v.maxLength(MAX_REPORTED_TERMS),
    ),
  ),
});
export type PageEntityReport = v.InferOutput<typeof pageReportSchema>;

/**
 * The page's entity list: each entity's count and the index of its first mention among
 * all mentions, given the mentions of each block in document order. Most frequent first,
 * so that the cap drops the rarest.
 */
export function entityReport(blocks: Iterable<readonly Pick<Mention, 'id' | 'name'>[]>): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  let index = 0;
  for (const mentions of blocks) {
    for (const m of mentions) {
      const seen = byId.get(m.id);
      if (seen) seen.count++;
      else byId.set(m.id, { id: m.id, count: 1, first: index, name: m.name });
      index++;
    }
  }
  const entities = [...byId.values()];
  entities.sort((a, b) => b.count - a.count || a.first - b.first);
  return entities.slice(0, MAX_REPORTED_ENTITIES);
}

/**
 * The entity list with each entity's main-content count, where it has one: a report that
 * carries `mainTerms` knows its main content, and there an absent count is 0
 * (lib/search/related-query.ts), so names seen only in menus cost nothing on the wire.
 */
export function withMainCounts(entities: readonly PageEntity[], main: MainContent): PageEntity[] {
  return entities.map((e) => {
    const mainCount = main.mainCounts.get(e.id);
    return mainCount ? { ...e, mainCount } : e;
  });
}

/** Whether two reports say the same, so an unchanged page is not reported again. */
export function sameReport(a: readonly PageEntity[], b: readonly PageEntity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.count !== y.count || x.first !== y.first || x.mainCount !== y.mainCount) return false;
  }
  return true;
}

/** Whether two lists of main-content words say the same. */
export function sameTerms(a: MainContent['mainTerms'], b: MainContent['mainTerms']): boolean {
  return a.length === b.length && a.every((t, i) => t.term === b[i]!.term && t.count === b[i]!.count);
}
