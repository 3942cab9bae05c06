import type { LoadedArchive } from '../../lib/search/archive.ts';
import type { QueryEntityFinder } from '../../lib/search/search.ts';

/** Entity recognition for search queries; wired to lib/entities once it lands. */
export async function queryEntityFinder(_archive: LoadedArchive): Promise<QueryEntityFinder | undefined> {
  return undefined;
}
