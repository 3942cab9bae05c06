import { extractPage } from '../page-save/extract-in-page.ts';

/**
 * Injected into a tab by page-save/extract-tab.ts when the user saves it. WXT bundles an
 * unlisted script as an anonymous function expression: its value (the draft) is what
 * `scripting.executeScript` returns, and it leaves no global behind.
 */
export default defineUnlistedScript(() => extractPage(document, location.href));
