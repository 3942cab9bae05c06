import { entityLabel, toRelatedHits } from '../../lib/search/related-hits.ts';
import type { Knowledge } from '../../lib/entities/types.ts';
import type { NamedEntity, TabSummary } from '../../lib/messages/background-protocol.ts';
import type { PageEntity } from '../../lib/highlight/report.ts';
import type { LoadedArchive } from '../../lib/search/archive.ts';
import { rankRelated, type RelatedQuery } from '../../lib/search/related.ts';
import type { TabRanking, TabReport } from '../../storage/tab-state.ts';

/** Related articles the popup lists. */
export const RELATED_LIMIT = 10;
/** Related articles the badge counts: it shows `99+` beyond 99, so 100 are enough. */
export const BADGE_COUNT_LIMIT = 100;

/** Pages where the browser lets no extension run content scripts. */
const UNSUPPORTED: Array<[RegExp, string]> = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-search|devtools|view-source):/i, 'Browser pages can’t be read by extensions.'],
  [/^https:\/\/chrome(webstore)?\.google\.com\/(webstore)?/i, 'The Chrome Web Store doesn’t allow extensions to read its pages.'],
  [/^https:\/\/addons\.mozilla\.org\//i, 'Firefox Add-ons pages don’t allow extensions to read them.'],
  [/^(chrome-extension|moz-extension):/i, 'Dossier doesn’t scan extension pages.'],
  [/^file:/i, 'Local files are read only if you allow it: chrome://extensions → Dossier → “Allow access to file URLs”.'],
  [/\.pdf(?:[?#]|$)/i, 'PDFs open in the browser’s own viewer, which extensions can’t read.'],
];

export function unsupportedReason(url: string | null | undefined): string | null {
  if (!url) return 'This tab has no page Dossier can read.';
  for (const [pattern, reason] of UNSUPPORTED) if (pattern.test(url)) return reason;
  return null;
}

function labelFor(knowledge: Knowledge | null, id: string, fallback?: string): { name: string; kind: 'country' | 'official' } {
  return { name: entityLabel(knowledge, id, fallback), kind: id.startsWith('country:') ? 'country' : 'official' };
}

/** One page's entities over all its frames, most frequent first (main-content counts added up where frames report them). */
export function mergeFrames(reports: readonly TabReport[]): PageEntity[] {
  const merged = new Map<string, PageEntity>();
  let offset = 0;
  for (const report of [...reports].sort((a, b) => a.frameId - b.frameId)) {
    for (const e of report.entities) {
      const seen = merged.get(e.id);
      if (seen) {
        seen.count += e.count;
        if (e.mainCount !== undefined) seen.mainCount = (seen.mainCount ?? 0) + e.mainCount;
      } else merged.set(e.id, { ...e, first: e.first + offset });
    }
    offset += report.entities.reduce((n, e) => n + e.count, 0);
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}

/**
 * What the tab's frames say the page is about: the entities with their main-content counts
 * and the main content's words added up over the frames (lib/search/related-query.ts reads
 * only these when present, so names in menus and footers weigh nothing); reports without
 * them fall back to the page-wide counts and salient words.
 */
export function relatedQuery(reports: readonly TabReport[], entities: readonly PageEntity[]): RelatedQuery {
  const withMain = reports.filter((r) => r.mainTerms !== undefined);
  if (withMain.length === 0) return { entities, terms: reports.flatMap((r) => r.terms ?? []) };
  const words = new Map<string, number>();
  for (const r of withMain) for (const { term, count } of r.mainTerms ?? []) words.set(term, (words.get(term) ?? 0) + count);
  return { entities, terms: [], mainTerms: [...words].map(([term, count]) => ({ term, count })) };
}

/**
 * The tab's names and related articles, ranked once per change of its reports: the popup
 * shows the first RELATED_LIMIT, the badge counts them (0 when the page names no entity).
 */
export function rankTab(archive: LoadedArchive, reports: readonly TabReport[]): TabRanking {
  const top = reports.find((r) => r.frameId === 0) ?? reports[0];
  const knowledge = archive.file.knowledge;
  const pageEntities = mergeFrames(reports);
  const entities: NamedEntity[] = pageEntities.map((e) => ({ id: e.id, count: e.count, ...labelFor(knowledge, e.id, e.name) }));
  const ranked = rankRelated(archive, relatedQuery(reports, pageEntities), BADGE_COUNT_LIMIT);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return {
    url: top?.url ?? '',
    title: top?.title ?? '',
    entities,
    related: toRelatedHits(archive, ranked.slice(0, RELATED_LIMIT), names),
    relatedCount: pageEntities.length ? ranked.length : 0,
  };
}

/** What the popup shows for a tab at `url`, given its stored ranking (null before any report). */
export function tabSummary(url: string | null, ranking: TabRanking | null): TabSummary {
  const reason = unsupportedReason(url);
  if (reason) return { status: 'unsupported', url, reason };
  if (!ranking) return { status: 'waiting', url };
  return { status: 'ready', url: ranking.url, title: ranking.title, entities: ranking.entities, related: ranking.related };
}
