import { parseKnowledgeFile, type KnowledgeFile } from '../../lib/search/knowledge-file.ts';
import { UserFacingError } from '../../lib/messages/user-error.ts';
import { loadOnce } from './load-once.ts';

/** Written beside the archive by the build (wxt.config.ts, prepareArchive). */
export const KNOWLEDGE_PATH = '/archive-knowledge.json';

/**
 * The entity knowledge pages highlight with, read from its own small file (0.4 MB) once per
 * context's life: a page's first request never waits for the archive to load, whatever its
 * size. What the knowledge served to pages is made of lives here, so that knowledge learned
 * from the user's own articles can be added in one place. In Chrome the offscreen document
 * answers `getKnowledge` too (entrypoints/offscreen/main.ts), and the worker as well: a page
 * takes the first answer, so after a worker stop it need not wait for the worker's start.
 */
export const getKnowledge: () => Promise<KnowledgeFile> = loadOnce(fetchKnowledge);

/** The `getKnowledge` answer: the knowledge and its version, by which content scripts cache it. */
export async function handleGetKnowledge(): Promise<Pick<KnowledgeFile, 'version' | 'knowledge'>> {
  const { version, knowledge } = await getKnowledge();
  return { version, knowledge };
}

async function fetchKnowledge(): Promise<KnowledgeFile> {
  // Generated at build time, so WXT's PublicPath type may not list it yet.
  const url = (browser.runtime.getURL as (path: string) => string)(KNOWLEDGE_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new UserFacingError(`The entity knowledge could not be read (${response.status}). Rebuild Dossier.`);
  return parseKnowledgeFile(await response.json());
}
