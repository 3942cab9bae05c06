import { parseKnowledgeFile, type KnowledgeFile } from '../../lib/search/knowledge-file.ts';
import { UserFacingError } from '../../lib/messages/user-error.ts';
import { loadOnce } from './load-once.ts';
import { readLearned, type LearnedState } from '../../archive-store/index.ts';
import { withLearned } from '../../lib/search/combined-archive.ts';
import { forgetPageKnowledge, writePageKnowledge } from '../../storage/page-knowledge.ts';

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

type KnowledgeAnswer = Pick<KnowledgeFile, 'version' | 'knowledge'>;

/** The bundle's knowledge with what the user's sources taught, for the store's change counter it was made at. */
let withUser: { changes: number; answer: KnowledgeAnswer } | null = null;

/**
 * The `getKnowledge` answer: the bundle's knowledge plus the officials the user's imported
 * articles taught (archive-store/learned.ts), so the next page highlights them; its version,
 * by which content scripts cache it, names both. Only the store's small `meta` and `sources`
 * are read, never an article.
 */
export async function handleGetKnowledge(): Promise<KnowledgeAnswer> {
  return (await servedKnowledge()).answer;
}

/** The answer, and whether it holds what the user's sources taught (false when the store could not be read). */
async function servedKnowledge(): Promise<{ answer: KnowledgeAnswer; complete: boolean }> {
  const file = await getKnowledge();
  let learned: LearnedState;
  try {
    learned = await readLearned();
  } catch (error) {
    console.warn('Dossier: what your articles taught could not be read; the bundled knowledge is used.', error);
    return { answer: { version: file.version, knowledge: file.knowledge }, complete: false };
  }
  if (learned.learned.length === 0) return { answer: { version: file.version, knowledge: file.knowledge }, complete: true };
  if (withUser?.changes !== learned.changes) {
    withUser = { changes: learned.changes, answer: { version: `${file.version}+${learned.changes}`, knowledge: withLearned(file.knowledge, learned.learned) } };
  }
  return { answer: withUser.answer, complete: true };
}

/** The version this context last stored for pages (storage/page-knowledge.ts); null: unknown. */
let storedVersion: string | null = null;
let storing: Promise<void> = Promise.resolve();

/**
 * The worker keeps the copy that content scripts read without a message
 * (storage/page-knowledge.ts) equal to what it serves: after an install or update, after the
 * user's archive changed, and whenever a page had to ask (no copy yet). One write at a time,
 * in order. A copy that cannot be written (quota) is removed, so that pages ask the
 * background instead of reading an old one; an incomplete answer is not stored.
 */
export function storeServedKnowledge(): Promise<void> {
  storing = storing.then(async () => {
    const { answer, complete } = await servedKnowledge();
    if (!complete) {
      storedVersion = null;
      await forgetPageKnowledge();
      return;
    }
    if (answer.version === storedVersion) return;
    try {
      await writePageKnowledge(answer);
      storedVersion = answer.version;
    } catch (error) {
      storedVersion = null;
      console.warn('Dossier: the knowledge for pages could not be stored; pages will ask the background.', error);
      await forgetPageKnowledge();
    }
  }).catch((error: unknown) => console.warn('Dossier: the knowledge for pages could not be stored', error));
  return storing;
}

/** Install or update: another build's copy goes at once (pages ask the background meanwhile), then this build's is stored. */
export async function restorePageKnowledge(): Promise<void> {
  storedVersion = null;
  await forgetPageKnowledge().catch((error: unknown) => console.warn('Dossier: the stored knowledge for pages could not be removed', error));
  await storeServedKnowledge();
}

async function fetchKnowledge(): Promise<KnowledgeFile> {
  // Generated at build time, so WXT's PublicPath type may not list it yet.
  const url = (browser.runtime.getURL as (path: string) => string)(KNOWLEDGE_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new UserFacingError(`The entity knowledge could not be read (${response.status}). Rebuild Dossier.`);
  return parseKnowledgeFile(await response.json());
}
