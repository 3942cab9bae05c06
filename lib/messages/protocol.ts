import type { ArchiveArticle } from '../search/archive-types.ts';
import type { EntityCard } from '../search/entity-card.ts';
import type { SearchRequest, SearchResponse } from '../search/search.ts';

/** What the popup and reader need to know about the archive as a whole. */
export interface ArchiveInfo {
  version: string;
  articleCount: number;
  sources: string[];
  /** Earliest and latest article dates, or null when no article is dated. */
  dateRange: [string, string] | null;
  /** Entities the archive mentions, with how many articles mention each (for filters). */
  entities: NamedEntity[];
}

/** One entity as a page reports it: how often, and where it first occurs (document order). */
export interface PageEntity {
  id: string;
  count: number;
  /** Index of the first mention among all mentions on the page (0 = first). */
  first: number;
  /** Canonical name; needed for officials the page itself introduced (unknown to the archive). */
  name?: string;
}

export interface PageEntityReport {
  url: string;
  title: string;
  entities: PageEntity[];
  /** The page's salient words (lib/search/salient-terms.ts), for related-article ranking. */
  terms?: string[];
}

export type { RelatedHit } from '../search/related-hits.ts';
import type { RelatedHit } from '../search/related-hits.ts';

/** An entity as the popup lists it. */
export interface NamedEntity {
  id: string;
  kind: 'country' | 'official';
  name: string;
  count: number;
}

export type TabSummary =
  | { status: 'unsupported'; url: string | null; reason: string }
  | { status: 'waiting'; url: string | null }
  | { status: 'ready'; url: string; title: string; entities: NamedEntity[]; related: RelatedHit[] };

/** The entity knowledge as shipped to content scripts (shape owned by lib/entities). */
export interface KnowledgePayload {
  version: string;
  knowledge: unknown;
}

/**
 * The one message protocol between content scripts, popup, reader and background.
 * Every request is validated by the background (lib/messages/schemas.ts) before use.
 */
export interface ProtocolMap {
  search(request: SearchRequest): SearchResponse;
  suggest(request: { prefix: string }): string[];
  getArticle(request: { id: string }): ArchiveArticle | null;
  getArchiveInfo(): ArchiveInfo;
  getKnowledge(): KnowledgePayload;
  reportPageEntities(report: PageEntityReport): void;
  getTabSummary(request: { tabId: number }): TabSummary;
  getRelatedToArticle(request: { id: string; limit?: number }): RelatedHit[];
  getEntityCard(request: EntityCardRequest): EntityCard;
  /** Several cards in one round trip: a page prefetches its names' cards for the hover card. */
  getEntityCards(request: { requests: EntityCardRequest[] }): EntityCard[];
  /** Opens the reader in a new tab next to the sender's (content scripts cannot open extension pages). */
  openReader(request: { hash: string; active?: boolean }): void;
  /** Background to content script: move to the next or previous highlighted name (keyboard command). */
  focusName(request: { direction: 'next' | 'previous' }): void;
}

/** A card request; officials the page introduced come with what the page said of them. */
export interface EntityCardRequest {
  id: string;
  pageOfficial?: { name: string; role: string | null; country: string | null };
}

export type MessageName = keyof ProtocolMap;

/** Most cards one `getEntityCards` request may ask for. */
export const MAX_CARDS_PER_REQUEST = 60;
