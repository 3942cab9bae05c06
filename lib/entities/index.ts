/**
 * Public API of the entity knowledge base and recogniser.
 *
 * Index time (Node): `buildKnowledge({ articles, curated: loadCuratedOfficials() })`.
 * Content script: `createRecogniser(knowledge)` then `newPage().recognise(blocks)`; import
 * from `./recogniser.ts` there to keep the country datasets out of the bundle.
 */
import type { Article } from '../corpus/article.ts';
import type { CuratedOfficials, EntityInfo, Knowledge, Mention, PageSession } from './types.ts';
import curatedData from '../../assets/entities/officials.json' with { type: 'json' };

export type * from './types.ts';

export interface Recogniser {
  newPage(): PageSession;
  /** One-block page. */
  recogniseText(text: string): Mention[];
  /** A search query: case-insensitive, surnames alone allowed; returns entity ids. */
  queryEntities(query: string): string[];
}

export function loadCuratedOfficials(): CuratedOfficials {
  return curatedData as CuratedOfficials;
}

export function buildKnowledge(_input: { articles: readonly Article[]; curated: CuratedOfficials }): Knowledge {
  return { format: 1, countries: [], officials: [] };
}

export function createRecogniser(_knowledge: Knowledge): Recogniser {
  return {
    newPage: () => ({ recognise: (blocks) => blocks.map(() => []) }),
    recogniseText: () => [],
    queryEntities: () => [],
  };
}

export function entityInfo(_knowledge: Knowledge, _id: string): EntityInfo | null {
  return null;
}
