import type { EntityKind } from '../lib/entities/types.ts';
import styles from './highlight.css?inline';

export const HIGHLIGHT_NAMES: Readonly<Record<EntityKind, string>> = {
  country: 'dossier-country',
  official: 'dossier-official',
};

/** Whether this browser paints custom highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

/**
 * The page's two highlights in `CSS.highlights`. Ranges are StaticRanges: the browser does
 * not keep them up to date on every DOM change (thousands of live Ranges would tax every
 * mutation the page makes); changed text is rescanned and its ranges replaced instead.
 *
 * Off removes both highlights from the registry in one call and on puts them back, so the
 * marks vanish and return at once without rescanning.
 *
 * Where the API is missing nothing is painted, and the page is still scanned and reported so
 * that the popup and badge work: wrapping text in elements would break the rule that the
 * page's DOM is never changed.
 */
export class PageHighlights {
  readonly available = highlightApiAvailable();
  private readonly sets = new Map<EntityKind, Highlight>();
  private shown = false;
  private sheet: CSSStyleSheet | null = null;

  constructor() {
    if (!this.available) return;
    for (const kind of ['country', 'official'] as const) this.sets.set(kind, new Highlight());
  }

  add(kind: EntityKind, range: AbstractRange): void {
    this.sets.get(kind)?.add(range);
  }

  delete(kind: EntityKind, range: AbstractRange): void {
    this.sets.get(kind)?.delete(range);
  }

  show(): void {
    if (!this.available || this.shown) return;
    this.shown = true;
    for (const [kind, set] of this.sets) CSS.highlights.set(HIGHLIGHT_NAMES[kind], set);
  }

  hide(): void {
    if (!this.available || !this.shown) return;
    this.shown = false;
    for (const [kind, set] of this.sets) {
      // Leave a page's own highlight of the same name alone (unlikely, but not ours).
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === set) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  }

  /**
   * The document gets the styles from the manifest (content-script CSS, no element added);
   * a shadow root's text is styled only by the shadow tree's own sheets, so each open shadow
   * root adopts a constructed sheet (adoptedStyleSheets is not a DOM mutation).
   */
  styleShadowRoot(root: ShadowRoot): void {
    if (!this.available) return;
    try {
      this.sheet ??= constructSheet();
      if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // Firefox's content-script wrappers may refuse; the shadow root's marks are then unstyled.
    }
  }
}

function constructSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  return sheet;
}
