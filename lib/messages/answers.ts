import * as v from 'valibot';
import type { ArchiveArticle } from '../search/archive-types.ts';
import type { EntityCard } from '../search/entity-card.ts';
import { officialRoleSchema, type Same } from '../search/knowledge-schema.ts';
import type { RelatedHit } from '../search/related-hits.ts';
import type { SearchResponse } from '../search/search.ts';
import { entityKindSchema } from './fields.ts';

/**
 * The shapes of the background's answers whose types belong to their producers in
 * lib/search. Each `SAME_AS_*` line fails to compile when a schema and its producer's type
 * drift apart; tests/unit/messages check real answers against these schemas. Answers are
 * not parsed at run time: the background is the one trusted party of the protocol.
 */

const markedText = v.object({ text: v.string(), marks: v.array(v.tuple([v.number(), v.number()])) });

/** How a list (search results, related articles, a card's articles) names an article. */
const articleLine = { id: v.string(), title: v.string(), date: v.nullable(v.string()), source: v.nullable(v.string()) };

/** Near-duplicates folded into one entry, for "also in: …" (lib/search/near-duplicates.ts). */
const duplicates = v.array(v.object(articleLine));

export const searchResponseSchema = v.object({
  query: v.string(),
  total: v.number(),
  hits: v.array(
    v.object({ ...articleLine, score: v.number(), snippet: markedText, entityIds: v.array(v.string()), duplicates }),
  ),
  queryEntities: v.array(v.string()),
});

export const archiveArticleSchema = v.object({
  id: v.string(),
  title: v.string(),
  titleDerived: v.boolean(),
  date: v.nullable(v.string()),
  time: v.nullable(v.string()),
  timeZone: v.nullable(v.string()),
  source: v.nullable(v.string()),
  author: v.nullable(v.string()),
  section: v.nullable(v.string()),
  lang: v.string(),
  altTitles: v.array(v.object({ lang: v.string(), title: v.string() })),
  url: v.nullable(v.string()),
  body: v.array(v.string()),
  sidebar: v.array(v.string()),
  file: v.string(),
  entities: v.array(v.object({ id: v.string(), count: v.number(), first: v.number(), length: v.number() })),
});

export const relatedHitSchema = v.object({ ...articleLine, score: v.number(), reasons: v.array(v.string()), duplicates });

const entityInfo = v.object({
  id: v.string(),
  kind: entityKindSchema,
  name: v.string(),
  code: v.optional(v.string()),
  flag: v.optional(v.string()),
  roles: v.optional(v.array(officialRoleSchema)),
  inArchive: v.nullable(v.boolean()),
  articleIds: v.optional(v.array(v.string())),
});

export const entityCardSchema = v.object({
  info: v.nullable(entityInfo),
  articleCount: v.number(),
  timeline: v.array(v.object({ month: v.string(), count: v.number() })),
  undated: v.number(),
  top: v.array(v.object({ ...articleLine, snippet: markedText, mentions: v.number(), duplicates: v.optional(duplicates) })),
});

// Compile-time checks only.
export const SAME_AS_SEARCH_RESPONSE: Same<v.InferOutput<typeof searchResponseSchema>, SearchResponse> = true;
export const SAME_AS_ARCHIVE_ARTICLE: Same<v.InferOutput<typeof archiveArticleSchema>, ArchiveArticle> = true;
export const SAME_AS_RELATED_HIT: Same<v.InferOutput<typeof relatedHitSchema>, RelatedHit> = true;
export const SAME_AS_ENTITY_CARD: Same<v.InferOutput<typeof entityCardSchema>, EntityCard> = true;
