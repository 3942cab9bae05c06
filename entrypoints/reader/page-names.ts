import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startHoverCards } from '../content/card/index.ts';
import { Highlighter } from '../content/highlighter.ts';
import '../content/highlight.css';

/**
 * The reader highlights the names in the article it shows and opens the same hover cards as
 * web pages do, by running the content script's own highlighter and card on its document
 * (extension pages get no content scripts).
 */
export function startReaderNames(): void {
  const highlighter = new Highlighter(true);
  highlighter.enable();
  startHoverCards(new ContentScriptContext('reader-names'));
}
