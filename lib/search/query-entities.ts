import { createRecogniser, type Recogniser } from '../entities/recogniser.ts';
import type { LoadedArchive } from './archive.ts';
import type { QueryEntityFinder } from './search.ts';

const recognisers = new WeakMap<LoadedArchive, Recogniser>();

/** The archive's recogniser, built once per loaded archive (so once per worker life). */
export function recogniserFor(archive: LoadedArchive): Recogniser | undefined {
  const knowledge = archive.file.knowledge;
  if (!knowledge) return undefined;
  let recogniser = recognisers.get(archive);
  if (!recogniser) recognisers.set(archive, (recogniser = createRecogniser(knowledge)));
  return recogniser;
}

/** Finds the entities a query names ("Черногория" → country:ME) with the archive's knowledge. */
export function queryEntityFinderFor(archive: LoadedArchive): QueryEntityFinder | undefined {
  const recogniser = recogniserFor(archive);
  return recogniser ? (query) => recogniser.queryEntities(query) : undefined;
}
