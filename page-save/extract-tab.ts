import * as v from 'valibot';
import { UserFacingError } from '../lib/messages/user-error.ts';
import { pageDraftSchema, type PageDraft } from './page-draft.ts';

/** The bundled extraction script (entrypoints/page-extract.ts). */
const EXTRACT_SCRIPT = '/page-extract.js';

/**
 * Reads the article in a tab: injects the extraction script into its top frame (allowed by
 * the `activeTab` grant of the click that opened the popup or the menu) and checks what it
 * returns, which comes from the page's own markup.
 */
export async function extractTab(tabId: number): Promise<PageDraft> {
  let result: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
    result = injection?.result;
  } catch {
    // chrome://, the web store, PDF viewers and pages Dossier may not read refuse scripts.
    throw new UserFacingError('Dossier can’t read this page, so it can’t save it.');
  }
  const parsed = v.safeParse(pageDraftSchema, result);
  if (!parsed.success) throw new UserFacingError('Dossier could not find an article on this page.');
  return parsed.output;
}
