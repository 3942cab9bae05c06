import { highlightingActive } from '../../lib/highlight/sites.ts';
import { disabledSites, highlightingEnabled } from '../../components/settings.ts';
import { Highlighter } from './highlighter.ts';
import { startHoverCards } from './card/index.ts';
import './highlight.css';

export { getHighlightedMentions, onHighlightsChanged, toLiveRange, type HighlightedMention } from './page-highlights.ts';

/**
 * Page highlighting: every country and official the recogniser finds is marked with the CSS
 * Custom Highlight API, without changing the page's DOM. See highlighter.ts for the flow.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const highlighter = new Highlighter(window === window.top);
    startHoverCards(ctx);
    // about:blank frames inherit their parent's host, which is the site the user sees.
    const host = location.hostname || safeParentHost();
    let globalOn = await highlightingEnabled.getValue();
    let disabled = await disabledSites.getValue();
    const apply = (): void => {
      if (highlightingActive(globalOn, disabled, host)) highlighter.enable();
      else highlighter.disable();
    };
    const unwatchGlobal = highlightingEnabled.watch((value) => {
      globalOn = value;
      apply();
    });
    const unwatchSites = disabledSites.watch((value) => {
      disabled = value;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatchGlobal();
      unwatchSites();
      highlighter.stop();
    });
    if (highlightingActive(globalOn, disabled, host)) highlighter.enable();
    else highlighter.announceOff();
  },
});

function safeParentHost(): string {
  try {
    return window.parent.location.hostname;
  } catch {
    return '';
  }
}
