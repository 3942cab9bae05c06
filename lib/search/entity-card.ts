import type { EntityInfo } from '../entities/types.ts';
import type { LoadedArchive } from './archive.ts';
import { articleText } from './article-text.ts';
import { collapseDuplicates, type Duplicate } from './near-duplicates.ts';
import { bestSnippet, type MarkedText } from './snippet.ts';

export interface CardArticle {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  /** One sentence in which the entity occurs, the mention marked. */
  snippet: MarkedText;
  mentions: number;
  /** Near-duplicates folded into this entry, for "also in: …" (absent when there are none to say). */
  duplicates?: Duplicate[];
}

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** What the archive knows about one entity: everything a hover card shows. */
export interface EntityCard {
  info: EntityInfo | null;
  /** Archive articles that mention the entity. */
  articleCount: number;
  /** Articles per month, oldest first, gaps filled with 0; empty when none is dated. */
  timeline: MonthCount[];
  undated: number;
  top: CardArticle[];
}

const TIMELINE_MAX_MONTHS = 36;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Monthly counts over the dated articles; long spans keep their last 36 months. */
export function monthlyTimeline(dates: readonly string[]): MonthCount[] {
  if (dates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  const timeline: MonthCount[] = [];
  for (let m = months[0]!; m <= months[months.length - 1]!; m = nextMonth(m)) {
    timeline.push({ month: m, count: counts.get(m) ?? 0 });
  }
  return timeline.slice(-TIMELINE_MAX_MONTHS);
}

/** The card for an entity: its articles ranked by how much they say about it, newest first on ties. */
export function entityCard(archive: LoadedArchive, id: string, info: EntityInfo | null, limit = 3): EntityCard {
  const matches = archive.file.articles.flatMap((article) => {
    const entity = article.entities.find((e) => e.id === id);
    return entity ? [{ article, entity }] : [];
  });
  matches.sort(
    (a, b) => b.entity.count - a.entity.count || (b.article.date ?? '').localeCompare(a.article.date ?? ''),
  );
  const dates = matches.flatMap((m) => (m.article.date ? [m.article.date] : []));
  return {
    info,
    articleCount: matches.length,
    timeline: monthlyTimeline(dates),
    undated: matches.length - dates.length,
    top: collapseDuplicates(matches, (m) => m.article, limit).entries.map(({ item: { article, entity }, duplicates }) => {
      const body = archive.texts.body(article);
      const mention = articleText({ title: article.title, body }).slice(entity.first, entity.first + entity.length);
      const paragraphs = body.length ? body : [article.title];
      return {
        id: article.id,
        title: article.title,
        date: article.date,
        source: article.source,
        snippet: bestSnippet(paragraphs, [], mention),
        mentions: entity.count,
        duplicates,
      };
    }),
  };
}
