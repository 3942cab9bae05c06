import type { OfficialRole } from '../lib/entities/types.ts';
import type { EntityCard } from '../lib/search/entity-card.ts';
import { flagEmojiRenders } from './flag-support.ts';
import { neutraliseBidiControls as inert } from '../lib/text/display.ts';
import { formatDate } from './format.ts';
import { MarkedText } from './MarkedText.tsx';
import { Timeline } from './Timeline.tsx';
import { AlsoIn } from './AlsoIn.tsx';

export interface EntityCardViewProps {
  card: EntityCard;
  /** Fallback when the knowledge has no entry (should not happen for highlighted names). */
  fallbackName: string;
  articleHref(id: string): string;
  searchHref(query: string): string;
  onOpenArticle?(id: string, event: MouseEvent): void;
  onSearch?(query: string, event: MouseEvent): void;
  headingId?: string;
}

// Made on first use: the content script loads this module on every page, most never show a card.
let regionNames: Intl.DisplayNames | null | undefined;
const countryName = (code: string | null) => {
  if (!code) return null;
  regionNames ??= typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'region' }) : null;
  return regionNames?.of(code) ?? code;
};

function roleLine(role: OfficialRole): string {
  const where = countryName(role.country);
  const source = role.origin !== 'curated' ? '' : role.source === 'headlines' ? '(news headlines)' : '(Wikidata)';
  const asOf =
    role.origin === 'page'
      ? 'as this page says'
      : role.asOf
        ? `as of ${role.asOf.length === 4 ? role.asOf : formatDate(role.asOf)}${source ? ` ${source}` : ''}`
        : source;
  return [role.role + (where && !role.role.includes(where) ? `, ${where}` : ''), asOf].filter(Boolean).join(' · ');
}

/** What the archive knows about one entity; shared by the hover card and the popup. */
export function EntityCardView({ card, fallbackName, articleHref, searchHref, onOpenArticle, onSearch, headingId }: EntityCardViewProps) {
  const info = card.info;
  const name = info?.name ?? fallbackName;
  const kindLabel = info?.kind === 'country' ? 'Country' : 'Official';
  const roles = info?.roles ?? [];
  return (
    <div class="entity-card">
      <header class="card-head">
        {info?.flag &&
          (flagEmojiRenders() ? (
            <span class="card-flag" aria-hidden="true">
              {info.flag}
            </span>
          ) : (
            // Where flags draw as letters or boxes, the country code says the same plainly.
            <span class="card-flag card-flag-code" aria-hidden="true">
              {info.code}
            </span>
          ))}
        <div class="card-title">
          <h2 id={headingId} dir="auto">
            {inert(name)}
          </h2>
          <p class="card-kind">{kindLabel}</p>
        </div>
      </header>
      {roles.length > 0 && (
        <ul class="card-roles">
          {roles.slice(0, 2).map((r) => (
            <li key={r.role + r.asOf} dir="auto">
              {inert(roleLine(r))}
            </li>
          ))}
        </ul>
      )}
      {card.articleCount === 0 ? (
        <p class="card-empty">Not in your archive yet.</p>
      ) : (
        <>
          <p class="card-count">
            {card.articleCount} archive article{card.articleCount === 1 ? '' : 's'}
            {card.undated > 0 && card.timeline.length > 0 ? ` (${card.undated} undated)` : ''}
          </p>
          <Timeline months={card.timeline} />
          <ul class="card-articles">
            {card.top.map((a) => (
              <li key={a.id}>
                <a href={articleHref(a.id)} dir="auto" onClick={(e) => onOpenArticle?.(a.id, e)}>
                  {inert(a.title)}
                </a>
                <span class="card-meta">
                  {formatDate(a.date)}
                  {a.source && (
                    <>
                      {' · '}
                      <bdi>{inert(a.source)}</bdi>
                    </>
                  )}
                </span>
                <p class="card-snippet" dir="auto">
                  <MarkedText value={a.snippet} />
                </p>
                <AlsoIn source={a.source} duplicates={a.duplicates} />
              </li>
            ))}
          </ul>
        </>
      )}
      <a class="card-search" href={searchHref(name)} onClick={(e) => onSearch?.(name, e)}>
        Search the archive for <bdi>{inert(name)}</bdi>
      </a>
    </div>
  );
}
