import * as v from 'valibot';
import { pageReportSchema } from '../highlight/report.ts';
import { MAX_LIMIT, MAX_QUERY_LENGTH, type SearchRequest } from '../search/search.ts';
import { archiveArticleSchema, entityCardSchema, relatedHitSchema, searchResponseSchema } from './answers.ts';
import { parseMessage, type ProtocolOf } from './define-protocol.ts';
import { entityIdSchema, entityKindSchema, isoDateSchema } from './fields.ts';
import { knowledgeSchema, type Same } from '../search/knowledge-schema.ts';
import { SAVED_LIMITS } from '../saved-page/limits.ts';
import type { SavedPage } from '../saved-page/saved-article.ts';

/**
 * Every message the background answers (from content scripts, the popup and the reader):
 * its request schema, which the background parses before acting, and its answer's schema.
 * The types all contexts use are inferred from these (`BackgroundProtocol`, `RequestOf`).
 */

/** Most cards one `getEntityCards` request may ask for. */
export const MAX_CARDS_PER_REQUEST = 60;

const searchRequest = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH * 4)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LIMIT))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  sort: v.optional(v.picklist(['relevance', 'date'])),
  filters: v.optional(
    v.strictObject({
      entities: v.optional(v.pipe(v.array(entityIdSchema), v.maxLength(50))),
      sources: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50))),
      from: v.optional(v.nullable(isoDateSchema)),
      to: v.optional(v.nullable(isoDateSchema)),
    }),
  ),
});

/** Compile-time check: the search request the schema accepts is exactly lib/search's `SearchRequest`. */
export const SAME_AS_SEARCH_REQUEST: Same<v.InferOutput<typeof searchRequest>, SearchRequest> = true;

/** A card request; officials the page introduced come with what the page said of them. */
const entityCardRequest = v.strictObject({
  id: entityIdSchema,
  pageOfficial: v.optional(
    v.strictObject({
      name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      role: v.nullable(v.pipe(v.string(), v.maxLength(200))),
      country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO country code'))),
    }),
  ),
});
export type EntityCardRequest = v.InferOutput<typeof entityCardRequest>;

/** Only the reader's own routes (storage/reader-url.ts): an article or a search. */
const readerHash = v.pipe(v.string(), v.maxLength(2000), v.regex(/^#\/(?:article\/[^\s#]+|search(?:\?q=[^\s#]*)?)$/, 'expected a reader route'));

/** No data; `null` is accepted too, as some senders serialise a missing value that way. */
const noData = v.pipe(
  v.nullish(v.never()),
  v.transform((): undefined => undefined),
);

const articleId = v.pipe(v.string(), v.minLength(1), v.maxLength(500));

/** An entity as the popup lists it. */
const namedEntity = v.object({ id: v.string(), kind: entityKindSchema, name: v.string(), count: v.number() });
export type NamedEntity = v.InferOutput<typeof namedEntity>;

/** What the popup and reader need to know about the archive as a whole. */
const archiveInfo = v.object({
  version: v.string(),
  articleCount: v.number(),
  sources: v.array(v.string()),
  /** Earliest and latest article dates, or null when no article is dated. */
  dateRange: v.nullable(v.tuple([v.string(), v.string()])),
  /** Entities the archive mentions, with how many articles mention each (for filters). */
  entities: v.array(namedEntity),
});
export type ArchiveInfo = v.InferOutput<typeof archiveInfo>;

/** A page's names over all its frames and the archive articles related to it (top frame's URL and title). */
export const pageSummarySchema = v.object({ url: v.string(), title: v.string(), entities: v.array(namedEntity), related: v.array(relatedHitSchema) });
export type PageSummary = v.InferOutput<typeof pageSummarySchema>;

/** What the popup shows for a tab: why it cannot be read, that it is still being read, or its names and related articles. */
const tabSummary = v.variant('status', [
  v.object({ status: v.literal('unsupported'), url: v.nullable(v.string()), reason: v.string() }),
  v.object({ status: v.literal('waiting'), url: v.nullable(v.string()) }),
  v.object({ status: v.literal('ready'), ...pageSummarySchema.entries }),
]);
export type TabSummary = v.InferOutput<typeof tabSummary>;

/** The entity knowledge as shipped to content scripts (validated when the archive loads). */
const knowledgePayload = v.object({ version: v.string(), knowledge: v.nullable(knowledgeSchema) });

const limited = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A page the user saved (page-save/), as checked in the save form: lib/saved-page/saved-article.ts's `SavedPage`. */
const saveArticleRequest = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'the title is empty'), v.maxLength(SAVED_LIMITS.titleChars)),
  date: v.nullable(isoDateSchema),
  time: v.nullable(v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/))),
  timeZone: v.nullable(v.pipe(v.string(), v.regex(/^UTC[+-]\d{2}:\d{2}$/))),
  url: v.nullable(v.pipe(limited(SAVED_LIMITS.urlChars), v.url())),
  source: limited(SAVED_LIMITS.sourceChars),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)),
  body: v.pipe(
    v.array(limited(SAVED_LIMITS.paragraphChars)),
    v.maxLength(SAVED_LIMITS.paragraphs),
    v.check((body) => body.reduce((n, p) => n + p.length, 0) <= SAVED_LIMITS.bodyChars, 'the page is too long to save'),
  ),
});

/** Compile-time check: the request is exactly what lib/saved-page turns into an article. */
export const SAME_AS_SAVED_PAGE: Same<v.InferOutput<typeof saveArticleRequest>, SavedPage> = true;

/** What became of a saved page: stored (its id), already in the archive, or not stored and why. */
const saveArticleResponse = v.variant('status', [
  v.object({ status: v.literal('saved'), id: v.string() }),
  /** `id` is the stored copy's when it is known (the same page saved before). */
  v.object({ status: v.literal('duplicate'), id: v.nullable(v.string()), reason: v.string() }),
  v.object({ status: v.literal('failed'), reason: v.string() }),
]);
export type SaveArticleResponse = v.InferOutput<typeof saveArticleResponse>;

/** The built-in default archive as the archive page lists it. */
const defaultArchiveSummary = v.object({
  articleCount: v.number(),
  dateRange: v.nullable(v.tuple([v.string(), v.string()])),
  /** Left out of search by the user (storage/archive-settings.ts); still bundled. */
  hidden: v.boolean(),
});

/** A line of the archive page's browse list. */
const listedArticle = v.object({ id: v.string(), title: v.string(), date: v.nullable(v.string()), source: v.nullable(v.string()) });
export type ListedArticleLine = v.InferOutput<typeof listedArticle>;

export const toBackground = {
  search: { request: searchRequest, response: searchResponseSchema },
  suggest: { request: v.strictObject({ prefix: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)) }), response: v.array(v.string()) },
  getArticle: { request: v.strictObject({ id: articleId }), response: v.nullable(archiveArticleSchema) },
  getArchiveInfo: { request: noData, response: archiveInfo },
  getKnowledge: { request: noData, response: knowledgePayload },
  /** A frame's content script reports the names on its page (the sender's tab and frame). */
  reportPageEntities: { request: pageReportSchema, response: v.void() },
  getTabSummary: { request: v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }), response: tabSummary },
  getRelatedToArticle: {
    request: v.strictObject({ id: articleId, limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) }),
    response: v.array(relatedHitSchema),
  },
  getEntityCard: { request: entityCardRequest, response: entityCardSchema },
  /** Several cards in one round trip: a page prefetches its names' cards for the hover card. */
  getEntityCards: {
    request: v.strictObject({ requests: v.pipe(v.array(entityCardRequest), v.maxLength(MAX_CARDS_PER_REQUEST)) }),
    response: v.array(entityCardSchema),
  },
  /**
   * The user's archive in IndexedDB changed (archive-store/): the background searches the
   * change from now on. Extension pages only. Answers the archive's new article count.
   */
  archiveChanged: { request: noData, response: v.object({ articleCount: v.number() }) },
  /** What an import counts as already present: the bundled archive's ids, URLs and title+date+source keys. Extension pages only. */
  getBundleDedupKeys: { request: noData, response: v.object({ ids: v.array(v.string()), urls: v.array(v.string()), keys: v.array(v.string()) }) },
  /** Opens the reader in a new tab next to the sender's (content scripts cannot open extension pages). */
  openReader: { request: v.strictObject({ hash: readerHash, active: v.optional(v.boolean()) }), response: v.void() },
  /** The default archive's article count, dates and whether it is hidden (extension pages only). */
  getDefaultArchive: { request: noData, response: defaultArchiveSummary },
  /** A page of the default archive's articles, newest first (extension pages only). */
  listDefaultArticles: {
    request: v.strictObject({ offset: v.pipe(v.number(), v.integer(), v.minValue(0)), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)) }),
    response: v.array(listedArticle),
  },
  /** Stores a page the user saved from the popup or the save window (extension pages only). */
  saveArticle: { request: saveArticleRequest, response: saveArticleResponse },
};

export type BackgroundProtocol = ProtocolOf<typeof toBackground>;
export type BackgroundMessage = keyof BackgroundProtocol;
export type RequestOf<K extends BackgroundMessage> = Parameters<BackgroundProtocol[K]>[0];
export type ResponseOf<K extends BackgroundMessage> = ReturnType<BackgroundProtocol[K]>;

/** Validates a message to the background; throws InvalidMessageError with a readable reason. */
export function parseRequest<K extends BackgroundMessage>(name: K, data: unknown): RequestOf<K> {
  return parseMessage(toBackground, name, data);
}
