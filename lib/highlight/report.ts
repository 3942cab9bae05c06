import * as v from 'valibot';
import type { Mention } from '../entities/types.ts';
import { entityIdSchema } from '../messages/fields.ts';

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
  /** Canonical name; needed for officials the page itself introduced (unknown to the archive). */
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type PageEntity = v.InferOutput<typeof pageEntitySchema>;

/** What a frame's content script reports about its page. */
export const pageReportSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  entities: v.pipe(v.array(pageEntitySchema), v.maxLength(MAX_REPORTED_ENTITIES)),
  /** The page's salient words (lib/search/salient-terms.ts), for related-article ranking. */
  terms: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200))),
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

/** Whether two reports say the same, so an unchanged page is not reported again. */
export function sameReport(a: readonly PageEntity[], b: readonly PageEntity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.count !== y.count || x.first !== y.first) return false;
  }
  return true;
}
