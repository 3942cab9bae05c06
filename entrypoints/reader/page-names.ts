import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startHoverCards } from '../../hover-card/index.ts';
import { PageMarking } from '../../page-marking/page-marking.ts';
import '../../page-marking/highlight.css';

/**
 * The reader marks the names in the article it shows and opens the same hover cards as web
 * pages do (extension pages get no content scripts).
 */
export function startReaderNames(): void {
  // Dossier's own page: names known only from the archive are painted here too.
  const marking = new PageMarking(true, true);
  marking.enable();
  startHoverCards(new ContentScriptContext('reader-names'), marking.marks);
}
