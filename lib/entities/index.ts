/**
 * Public API of the entity knowledge base and recogniser.
 *
 * Index time (Node): `buildKnowledge({ articles, curated: loadCuratedOfficials() })`.
 * Content script: `createRecogniser(knowledge)`, then `newPage().recognise(blocks)`. Import
 * from `./recogniser.ts` and `./info.ts` there: this module also pulls in the country
 * datasets (used only to build the knowledge).
 */
import curatedData from '../../assets/entities/officials.json' with { type: 'json' };
import minedData from '../../assets/entities/officials-2025-2026.json' with { type: 'json' };
import type { CuratedOfficials } from './types.ts';

export type * from './types.ts';
export { buildKnowledge, compareRoles, type BuildKnowledgeInput } from './building/knowledge.ts';
export { compileNames } from './building/compile-names.ts';
export { buildCountries } from './building/countries.ts';
export { curateOfficials } from './building/curated.ts';
export { createRecogniser, type DossierPageSession, type PageOfficial, type Recogniser } from './recogniser.ts';
export { entityInfo } from './info.ts';
export { summariseMentions, type EntitySummary } from './summary.ts';

/**
 * The committed curated bases of office-holders, Wikidata's (2022–23) and the one mined from
 * 2025–26 headlines, as one (regenerate both with `dossier curate-officials`).
 */
export function loadCuratedOfficials(): CuratedOfficials {
  const wikidata = curatedData as CuratedOfficials;
  const mined = minedData as CuratedOfficials;
  return { source: `${wikidata.source} ${mined.source}`, officials: [...wikidata.officials, ...mined.officials] };
}
