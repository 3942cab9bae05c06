/**
 * The publication date of a web page, read from what the page declares about itself:
 * JSON-LD (`datePublished`), meta tags (`article:published_time` and the other names news
 * sites use) and `<time>` elements. The page side (page-save/extract-in-page.ts) collects
 * the raw values; this decides. A date is only ever read, never guessed: when nothing
 * parses as a real calendar day the answer is null and the user types one (or none).
 * Modification dates (`dateModified`, `article:modified_time`) are never taken for the
 * publication date, except a `<time>` marked `dateModified` that is the story's dateline,
 * and then the answer says so.
 */

import { parseDateValue } from '../corpus/dates.ts';

/** What the page declares, in document order. */
export interface DateEvidence {
  /** `<meta>` elements: the `name`, `property` or `itemprop` (lower-cased) and the `content`. */
  meta: ReadonlyArray<{ key: string; value: string }>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: readonly string[];
  /**
   * `<time>` elements: `datetime` (or the text), their `itemprop`/`pubdate`, and whether
   * they sit with the headline (in the `<article>` or `<main>` holding the page's `<h1>`;
   * every `<time>` does on a page without one). Others date teasers of other stories.
   */
  times: ReadonlyArray<{ value: string; withHeadline: boolean; itemprop: string | null; pubdate: boolean }>;
}

/** Where a date was found, as the save form tells the user. */
export const DATE_ORIGINS = ['structured data', 'meta tag', 'dateline', 'dateline (updated)'] as const;
export type DateOrigin = (typeof DATE_ORIGINS)[number];

export interface FoundDate {
  /** `YYYY-MM-DD`, as written by the page (in the page's own time zone). */
  date: string;
  time: string | null;
  timeZone: string | null;
  /** Where it was found, shown to the user next to the date. */
  from: DateOrigin;
}

/** Meta names for the publication date, best first (Open Graph, Dublin Core, Parse.ly, Sailthru, Google News). */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
] as const;

/** Schema.org types that are articles (a page's JSON-LD also describes its site, breadcrumbs, videos). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$/;
/** Bounds for walking untrusted JSON-LD: a hostile page may nest or repeat without end. */
const MAX_JSON_LD_CHARS = 500_000;
const MAX_NODES = 2_000;

export function publicationDate(evidence: DateEvidence): FoundDate | null {
  return fromJsonLd(evidence.jsonLd) ?? fromMeta(evidence.meta) ?? fromTimes(evidence.times);
}

function found(raw: string, from: DateOrigin): FoundDate | null {
  const parts = parseDateValue(raw);
  return parts?.date ? { date: parts.date, time: parts.time, timeZone: parts.timeZone, from } : null;
}

function fromMeta(meta: DateEvidence['meta']): FoundDate | null {
  for (const key of META_KEYS) {
    for (const m of meta) {
      if (m.key === key) {
        const date = found(m.value, 'meta tag');
        if (date) return date;
      }
    }
  }
  return null;
}

/** `datePublished` of an article node first; of any node only when no article node has one. */
function fromJsonLd(scripts: readonly string[]): FoundDate | null {
  const articleDates: string[] = [];
  const otherDates: string[] = [];
  for (const text of scripts) {
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // pages ship broken JSON-LD; it costs that script only
    }
    const stack: unknown[] = [parsed];
    for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
        continue;
      }
      if (typeof node !== 'object' || node === null) continue;
      const record: Record<string, unknown> = { ...node };
      const published = record['datePublished'];
      if (typeof published === 'string') (isArticleType(record['@type']) ? articleDates : otherDates).push(published);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
        if (typeof record[key] === 'object' && record[key] !== null) stack.push(record[key]);
      }
    }
  }
  for (const raw of [...articleDates, ...otherDates]) {
    const date = found(raw, 'structured data');
    if (date) return date;
  }
  return null;
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/**
 * `<time>` elements: one marked as the publication date, else the first with the headline
 * (the story's dateline; a later one dates a related story), labelled as an update when the
 * page marks it `dateModified`. Times away from the headline (teasers) never count.
 */
function fromTimes(times: DateEvidence['times']): FoundDate | null {
  for (const t of times) {
    if (!t.pubdate && t.itemprop !== 'datepublished') continue;
    const date = found(t.value, 'dateline');
    if (date) return date;
  }
  for (const t of times) {
    if (!t.withHeadline) continue;
    const date = found(t.value, t.itemprop === 'datemodified' ? 'dateline (updated)' : 'dateline');
    if (date) return date;
  }
  return null;
}
