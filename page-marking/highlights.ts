import type { EntityKind } from '../lib/entities/types.ts';
import { AdoptedSheet } from './adopted-sheet.ts';
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
  private readonly sheet = new AdoptedSheet(styles);
  private readonly styledRoots = new Set<ShadowRoot>();

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

  /**
   * Adopts the styles before the marks are shown, while the document is still empty: a sheet
   * added to a loaded page restyles all of it (on 20,000 paragraphs, a task of 80 ms).
   */
  styleDocument(): void {
    if (this.available) this.sheet.adopt(document);
  }

  show(): void {
    if (!this.available || this.shown) return;
    this.shown = true;
    this.sheet.adopt(document);
    for (const root of this.styledRoots) this.sheet.adopt(root);
    for (const [kind, set] of this.sets) CSS.highlights.set(HIGHLIGHT_NAMES[kind], set);
  }

  /** Removes the highlights and their styles (the styles also when adopted early and never shown). */
  hide(): void {
    if (!this.available) return;
    if (this.shown) {
      this.shown = false;
      for (const [kind, set] of this.sets) {
        // Leave a page's own highlight of the same name alone (unlikely, but not ours).
        if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === set) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    }
    this.sheet.drop(document);
    for (const root of this.styledRoots) this.sheet.drop(root);
  }

  /**
   * The document adopts the highlights' styles while they are shown (page-marking/adopted-sheet.ts:
   * not a manifest style that a page could probe on a site where Dossier is off); a shadow
   * root's text is styled only by the shadow tree's own sheets, so each open shadow root
   * adopts the same sheet while shown.
   */
  styleShadowRoot(root: ShadowRoot): void {
    if (!this.available) return;
    this.styledRoots.add(root);
    if (this.shown) this.sheet.adopt(root);
  }
}
