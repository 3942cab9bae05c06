import * as v from 'valibot';
import { MAX_LIMIT, MAX_QUERY_LENGTH } from '../search/search.ts';
import { MAX_CARDS_PER_REQUEST, type MessageName, type ProtocolMap } from './protocol.ts';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'));
const entityId = v.pipe(v.string(), v.maxLength(200), v.regex(/^(country|official):[\p{L}\p{N}_.-]+$/u, 'expected an entity id'));

const searchRequest = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH * 4)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LIMIT))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  sort: v.optional(v.picklist(['relevance', 'date'])),
  filters: v.optional(
    v.strictObject({
      entities: v.optional(v.pipe(v.array(entityId), v.maxLength(50))),
      sources: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50))),
      from: v.optional(v.nullable(isoDate)),
      to: v.optional(v.nullable(isoDate)),
    }),
  ),
});

const pageEntityReport = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: v.pipe(v.string(), v.maxLength(2000)),
  entities: v.pipe(
    v.array(
      v.strictObject({
        id: entityId,
        count: v.pipe(v.number(), v.integer(), v.minValue(1)),
        first: v.pipe(v.number(), v.integer(), v.minValue(0)),
        name: v.optional(v.pipe(v.string(), v.maxLength(200))),
      }),
    ),
    v.maxLength(5000),
  ),
  terms: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(200))),
});

const entityCardRequest = v.strictObject({
  id: entityId,
  pageOfficial: v.optional(
    v.strictObject({
      name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      role: v.nullable(v.pipe(v.string(), v.maxLength(200))),
      country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO country code'))),
    }),
  ),
});

/** Only the reader's own routes (components/reader-links.ts): an article or a search. */
const readerHash = v.pipe(v.string(), v.maxLength(2000), v.regex(/^#\/(?:article\/[^\s#]+|search(?:\?q=[^\s#]*)?)$/, 'expected a reader route'));

const noData = v.optional(v.union([v.undefined(), v.null()]));

/** A schema for the data of every message; the background parses with these before acting. */
export const requestSchemas = {
  search: searchRequest,
  suggest: v.strictObject({ prefix: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)) }),
  getArticle: v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)) }),
  getArchiveInfo: noData,
  getKnowledge: noData,
  reportPageEntities: pageEntityReport,
  getTabSummary: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  getEntityCard: entityCardRequest,
  getEntityCards: v.strictObject({ requests: v.pipe(v.array(entityCardRequest), v.maxLength(MAX_CARDS_PER_REQUEST)) }),
  openReader: v.strictObject({ hash: readerHash, active: v.optional(v.boolean()) }),
  focusName: v.strictObject({ direction: v.picklist(['next', 'previous']) }),
  getRelatedToArticle: v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
  }),
} satisfies Record<MessageName, v.GenericSchema>;

export type RequestOf<K extends MessageName> = Parameters<ProtocolMap[K]>[0];

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** Validates a message's data; throws InvalidMessageError with a readable reason. */
export function parseRequest<K extends MessageName>(name: K, data: unknown): RequestOf<K> {
  const result = v.safeParse(requestSchemas[name], data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new InvalidMessageError(`invalid ${name} request${path ? ` at ${path}` : ''}: ${issue?.message ?? 'malformed'}`);
  }
  return result.output as RequestOf<K>;
}
