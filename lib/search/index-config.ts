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

/**
 * Prefix and typo expansion only where they help: short words expand into thousands of
 * terms on big archives and are the slowest queries (docs/design.md, Budgets).
 */
export const textSearchOptions: SearchOptions = {
  fields: ['title', 'altTitles', 'body'],
  boost: { title: 3, altTitles: 2 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'OR',
};

export const indexOptions: Options<IndexedDocument> = {
  fields: ['title', 'altTitles', 'body', ENTITY_FIELD],
  storeFields: [],
  tokenize: tokenizeField,
  processTerm: processField,
  searchOptions: textSearchOptions,
};
