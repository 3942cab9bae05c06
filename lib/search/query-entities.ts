import type { LoadedArchive } from './archive.ts';
import type { QueryEntityFinder } from './search.ts';

/** Finds the entities a query names, with the archive's knowledge (wired to lib/entities). */
export function queryEntityFinderFor(_archive: LoadedArchive): QueryEntityFinder | undefined {
  return undefined;
}
