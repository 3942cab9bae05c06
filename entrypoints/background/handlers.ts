import type { ArchiveInfo, EntityCardRequest, NamedEntity, RequestOf } from '../../lib/messages/background-protocol.ts';
import { searchArchive, suggest } from '../../lib/search/search.ts';
import type { LoadedArchive } from '../../lib/search/archive.ts';
import type { ArchiveArticle } from '../../lib/search/archive-types.ts';
import { getArchive, reloadUserArchive } from './archive-loader.ts';
import { bundleDedupKeys, userArticle } from './user-archive.ts';
import { isExtensionPage, RefusedSenderError, type MessageSender } from './guard.ts';
import { rankRelated } from '../../lib/search/related.ts';
import { salientTermsOutside } from '../../lib/search/salient-terms.ts';
import { articleText } from '../../lib/search/article-text.ts';
import { rankTab, tabSummary } from './tab-summary.ts';
import { getTabRanking, recordReport } from './tab-state.ts';
import { showBadge } from './badge.ts';
import type { TabReport } from '../../storage/tab-state.ts';
import { toRelatedHits } from '../../lib/search/related-hits.ts';
import { entityCard, type EntityCard } from '../../lib/search/entity-card.ts';
import { entityInfo } from '../../lib/entities/info.ts';
import type { EntityInfo } from '../../lib/entities/types.ts';
import { queryEntityFinderFor } from '../../lib/search/query-entities.ts';

export async function handleSearch(request: RequestOf<'search'>) {
  const archive = await getArchive();
  return searchArchive(archive, request, queryEntityFinderFor(archive));
}

export async function handleSuggest(request: RequestOf<'suggest'>) {
  return suggest(await getArchive(), request.prefix);
}

export async function handleGetArticle(request: RequestOf<'getArticle'>) {
  const archive = await getArchive();
  return (await userArticle(request.id)) ?? archive.byId.get(request.id) ?? null;
}

/** What the user's archive holds is for Dossier's own pages only, never a content script. */
function refuseContentScripts(name: string, sender: MessageSender): void {
  if (!isExtensionPage(sender)) throw new RefusedSenderError(`${name}: only Dossier's own pages may ask`);
}

export async function handleArchiveChanged(_request: RequestOf<'archiveChanged'>, sender: MessageSender) {
  refuseContentScripts('archiveChanged', sender);
  return { articleCount: (await reloadUserArchive()).file.articleCount };
}

export async function handleGetBundleDedupKeys(_request: RequestOf<'getBundleDedupKeys'>, sender: MessageSender) {
  refuseContentScripts('getBundleDedupKeys', sender);
  return bundleDedupKeys(await getArchive());
}

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

export async function handleGetArchiveInfo() {
  return archiveInfo(await getArchive());
}

export async function handleGetKnowledge() {
  const archive = await getArchive();
  return { version: archive.file.version, knowledge: archive.file.knowledge };
}

/** Stores a frame's report and the tab's new ranking, then shows its count on the badge. */
export async function handleReportPageEntities(report: RequestOf<'reportPageEntities'>, sender: MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const stored: TabReport = { ...report, frameId: sender.frameId ?? 0, at: Date.now() };
  const ranking = await recordReport(tabId, stored, async (reports) => rankTab(await getArchive(), reports));
  await showBadge(tabId, ranking.relatedCount);
}

/** Reads the ranking stored when the tab's page reported (tab-state.ts): never ranks again. */
export async function handleGetTabSummary(request: RequestOf<'getTabSummary'>) {
  const [ranking, tab] = await Promise.all([getTabRanking(request.tabId), browser.tabs.get(request.tabId).catch(() => null)]);
  return tabSummary(tab?.url ?? null, ranking);
}

export async function handleGetRelatedToArticle(request: RequestOf<'getRelatedToArticle'>) {
  const archive = await getArchive();
  const article = archive.byId.get(request.id);
  if (!article) return [];
  const ranked = rankRelated(
    archive,
    { entities: article.entities, terms: articleTerms(article), exclude: article.id },
    request.limit ?? 5,
  );
  return toRelatedHits(archive, ranked);
}

export async function handleGetEntityCard(request: RequestOf<'getEntityCard'>) {
  return cardFor(await getArchive(), request);
}

/** One archive load (one wake) serves a whole page's prefetch. */
export async function handleGetEntityCards(request: RequestOf<'getEntityCards'>) {
  const archive = await getArchive();
  return request.requests.map((r) => cardFor(archive, r));
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
function articleTerms(article: ArchiveArticle): string[] {
  const text = articleText(article);
  return salientTermsOutside(text, article.entities.map((e) => ({ start: e.first, end: e.first + e.length })));
}
