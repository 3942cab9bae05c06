import type { ArchiveInfo, EntityCardRequest, NamedEntity, RequestOf, ResponseOf } from '../../lib/messages/background-protocol.ts';
import { searchArchive, suggest } from '../../lib/search/search.ts';
import type { LoadedArchive } from '../../lib/search/archive.ts';
import type { ArticleMeta } from '../../lib/search/archive-types.ts';
import { forgetArchive, getArchive, reloadUserArchive } from './archive-loader.ts';
import { answeredAwake } from './keep-awake.ts';
import { bundleDedupKeys } from './user-archive.ts';
import { handleSaveArticle } from './save-article.ts';
import { handleGetDefaultArchive, handleListDefaultArticles } from './default-archive.ts';
import { rankRelated } from '../../lib/search/related.ts';
import { archiveArticleQuery } from '../../lib/search/related-query.ts';
import { fullArticle } from '../../lib/search/stored-article.ts';
import { rankTab } from './tab-summary.ts';
import type { TabRanking, TabReport } from '../../storage/tab-state.ts';
import { toRelatedHits } from '../../lib/search/related-hits.ts';
import { entityCard, type EntityCard } from '../../lib/search/entity-card.ts';
import { entityInfo } from '../../lib/entities/info.ts';
import type { EntityInfo } from '../../lib/entities/types.ts';
import { queryEntityFinderFor } from '../../lib/search/query-entities.ts';
import { markStage } from './wake-timeline.ts';

/**
 * Everything that reads the archive (getArchive), and only that. In Chrome these run in the
 * offscreen document, which keeps the loaded archive across service-worker stops; in Firefox
 * in the background itself (entrypoints/background/archive-route.ts says which). Requests
 * arrive here already validated by the background's guard. The loaded archive holds no
 * article text: an answer that quotes one runs through `archive.texts.answer`, which reads
 * the texts it shows (lib/search/article-texts.ts). In Firefox each keeps the event page
 * awake until it answered (keep-awake.ts).
 */
export interface ArchiveHandlers {
  search(request: RequestOf<'search'>): Promise<ResponseOf<'search'>>;
  suggest(request: RequestOf<'suggest'>): Promise<ResponseOf<'suggest'>>;
  getArticle(request: RequestOf<'getArticle'>): Promise<ResponseOf<'getArticle'>>;
  getArchiveInfo(request: RequestOf<'getArchiveInfo'>): Promise<ResponseOf<'getArchiveInfo'>>;
  getRelatedToArticle(request: RequestOf<'getRelatedToArticle'>): Promise<ResponseOf<'getRelatedToArticle'>>;
  getEntityCard(request: RequestOf<'getEntityCard'>): Promise<ResponseOf<'getEntityCard'>>;
  getEntityCards(request: RequestOf<'getEntityCards'>): Promise<ResponseOf<'getEntityCards'>>;
  /** A tab's names and related articles from its frames' reports (entrypoints/background/tab-summary.ts). */
  rankTab(reports: TabReport[]): Promise<TabRanking>;
  /** The user's archive changed in the store (an import, a removal): the loaded archive follows it. */
  archiveChanged(request: RequestOf<'archiveChanged'>): Promise<ResponseOf<'archiveChanged'>>;
  getBundleDedupKeys(request: RequestOf<'getBundleDedupKeys'>): Promise<ResponseOf<'getBundleDedupKeys'>>;
  saveArticle(request: RequestOf<'saveArticle'>): Promise<ResponseOf<'saveArticle'>>;
  getDefaultArchive(request: RequestOf<'getDefaultArchive'>): Promise<ResponseOf<'getDefaultArchive'>>;
  listDefaultArticles(request: RequestOf<'listDefaultArticles'>): Promise<ResponseOf<'listDefaultArticles'>>;
  /** The default archive was hidden or shown: the next request loads the archive afresh. */
  forgetArchive(): Promise<void>;
}

export const archiveHandlers: ArchiveHandlers = {
  search: answeredAwake(async (request) => {
    markStage('search');
    const archive = await getArchive();
    markStage('archive');
    const findEntities = queryEntityFinderFor(archive);
    markStage('entities');
    const answer = await archive.texts.answer(() => searchArchive(archive, request, findEntities));
    markStage('answered');
    return answer;
  }),
  suggest: answeredAwake(async (request) => {
    const archive = await getArchive();
    return archive.texts.answer(() => suggest(archive, request.prefix));
  }),
  getArticle: answeredAwake(async (request) => {
    const archive = await getArchive();
    const article = archive.byId.get(request.id);
    if (!article) return null;
    await archive.texts.load([article.id]);
    return fullArticle(article, archive.texts.text(article.id));
  }),
  getArchiveInfo: answeredAwake(async () => {
    return archiveInfo(await getArchive());
  }),
  getRelatedToArticle: answeredAwake(async (request) => {
    const archive = await getArchive();
    const article = archive.byId.get(request.id);
    if (!article) return [];
    return archive.texts.answer(() => {
      return toRelatedHits(archive, rankRelated(archive, archiveArticleQuery(archive, article), request.limit ?? 5));
    });
  }),
  getEntityCard: answeredAwake(async (request) => {
    const archive = await getArchive();
    return archive.texts.answer(() => cardFor(archive, request));
  }),
  /** One archive load (one wake) serves a whole page's prefetch. */
  getEntityCards: answeredAwake(async (request) => {
    const archive = await getArchive();
    return archive.texts.answer(() => request.requests.map((r) => cardFor(archive, r)));
  }),
  rankTab: answeredAwake(async (reports) => {
    const archive = await getArchive();
    return archive.texts.answer(() => rankTab(archive, reports));
  }),
  archiveChanged: answeredAwake(async () => {
    return { articleCount: (await reloadUserArchive()).file.articleCount };
  }),
  getBundleDedupKeys: answeredAwake(async () => {
    return bundleDedupKeys(await getArchive());
  }),
  saveArticle: answeredAwake(handleSaveArticle),
  getDefaultArchive: answeredAwake(handleGetDefaultArchive),
  listDefaultArticles: answeredAwake(handleListDefaultArticles),
  async forgetArchive() {
    forgetArchive();
  },
};

export function archiveInfo(archive: LoadedArchive): ArchiveInfo {
  const sources = new Set<string>();
  let min: string | null = null;
  let max: string | null = null;
  for (const a of archive.file.articles) {
    if (a.source) sources.add(a.source);
    if (a.date) {
      if (min === null || a.date < min) min = a.date;
      if (max === null || a.date > max) max = a.date;
    }
  }
  const knowledge = archive.file.knowledge;
  const articleCounts = new Map<string, number>();
  for (const a of archive.file.articles) for (const e of a.entities) articleCounts.set(e.id, (articleCounts.get(e.id) ?? 0) + 1);
  const entities: NamedEntity[] = [...articleCounts].map(([id, count]) => {
    const info = knowledge ? entityInfo(knowledge, id) : null;
    return { id, count, kind: id.startsWith('country:') ? 'country' : 'official', name: info?.name ?? id };
  });
  entities.sort((a, b) => a.name.localeCompare(b.name));
  return {
    entities,
    version: archive.file.version,
    articleCount: archive.file.articleCount,
    sources: [...sources].sort((a, b) => a.localeCompare(b)),
    dateRange: min !== null && max !== null ? [min, max] : null,
  };
}

function cardFor(archive: LoadedArchive, request: EntityCardRequest): EntityCard {
  const knowledge = archive.file.knowledge;
  let info: EntityInfo | null = knowledge ? entityInfo(knowledge, request.id) : null;
  if (!info && request.pageOfficial && request.id.startsWith('official:')) {
    const { name, role, country } = request.pageOfficial;
    info = {
      id: request.id,
      kind: 'official',
      name,
      roles: role ? [{ role, country, asOf: null, origin: 'page' }] : [],
      inArchive: false,
      articleIds: [],
    };
  }
  return entityCard(archive, request.id, info);
}

/** An article's own salient terms, outside its entities' first mentions' words. */
