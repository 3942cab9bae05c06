import type { Options, SearchOptions } from 'minisearch';
import type { ArchiveArticle } from './archive-types.ts';
import { normaliseTerm, tokenizeWords } from './tokenize.ts';

export const ENTITY_FIELD = 'entities';

/** One document as MiniSearch sees it. Ids are the article ids. */
export interface IndexedDocument {
  id: string;
  title: string;
  altTitles: string;
  body: string;
  entities: string;
}

export function toIndexedDocument(article: ArchiveArticle): IndexedDocument {
  return {
    id: article.id,
    title: article.title,
    altTitles: article.altTitles.map((t) => t.title).join('\n'),
    body: article.body.join('\n'),
    entities: article.entities.map((e) => e.id).join(' '),
  };
}

/** Entity ids (`country:RS`) are matched exactly, never folded or split. */
function tokenizeField(text: string, fieldName?: string): string[] {
  return fieldName === ENTITY_FIELD ? text.split(' ').filter(Boolean) : tokenizeWords(text);
}

function processField(term: string, fieldName?: string): string | null {
  return fieldName === ENTITY_FIELD ? term : normaliseTerm(term);
}

const TYPO_RATIO = 0.2;
const MAX_TYPOS = 2;

/**
 * Prefix and typo expansion only where they help: short words expand into thousands of
 * terms on big archives and are the slowest queries (docs/design.md, Budgets).
 */
export const textSearchOptions: SearchOptions = {
  fields: ['title', 'altTitles', 'body'],
  boost: { title: 3, altTitles: 2 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 4 ? TYPO_RATIO : false),
  maxFuzzy: MAX_TYPOS,
  combineWith: 'OR',
};

/**
 * A word at least this many articles hold as typed is taken as spelled right: it is expanded
 * by one typo at most, never two. Its two-typo variants are other words ("minister" →
 * "ministry"), and finding them is the costliest part of a typo search
 * (lib/search/typo-variants.ts). Its one-typo variants stay: they find the plural or the
 * singular ("phones" → "phone"); without them the judged set's recall drops from 0.899 to
 * 0.885 (tests/unit/relevance/search-judged.test.ts).
 */
export const SPELLED_RIGHT_FROM = 3;

/**
 * textSearchOptions for one index: `heldIn(term, n)` says whether at least n of its articles
 * hold the term as typed (lib/search/posting-scores.ts). The typos allowed are
 * textSearchOptions' (one from 4 letters, two from 8), less SPELLED_RIGHT_FROM's.
 */
export function textSearchOptionsFor(heldIn: (term: string, atLeast: number) => boolean): SearchOptions {
  return {
    ...textSearchOptions,
    fuzzy: (term) => {
      if (term.length < 4) return false;
      const typos = Math.min(MAX_TYPOS, Math.round(term.length * TYPO_RATIO));
      return typos > 1 && heldIn(term, SPELLED_RIGHT_FROM) ? 1 : typos;
    },
  };
}

export const indexOptions: Options<IndexedDocument> = {
  fields: ['title', 'altTitles', 'body', ENTITY_FIELD],
  storeFields: [],
  tokenize: tokenizeField,
  processTerm: processField,
  searchOptions: textSearchOptions,
};
