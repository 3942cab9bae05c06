import { createQueryFinder, createRecogniser, type QueryFinder, type Recogniser } from '../entities/recogniser.ts';
import type { Knowledge } from '../entities/types.ts';
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

/** By knowledge, not archive: a refresh of the user's articles that taught nothing keeps the knowledge, and its finder. */
const finders = new WeakMap<Knowledge, QueryFinder>();

/**
 * Finds the entities a query names ("Черногория" → country:ME) with the archive's knowledge,
 * as its recogniser would, without building the whole recogniser: a woken Firefox event page
 * answers its first search without waiting for it (createQueryFinder says how).
 */
export function queryEntityFinderFor(archive: LoadedArchive): QueryEntityFinder | undefined {
  const knowledge = archive.file.knowledge;
  if (!knowledge) return undefined;
  let finder = finders.get(knowledge);
  if (!finder) finders.set(knowledge, (finder = createQueryFinder(knowledge)));
  return finder;
}
