/**
 * A constructed style sheet that a document or shadow root adopts only while it is needed.
 * Styles a content script declares in the manifest apply to every page all the time, and a
 * page can probe them (`getComputedStyle(el, '::highlight(name)')`); adopted only while
 * marking is on, nothing of them is left on a site where highlighting is off.
 * `adoptedStyleSheets` is not a DOM mutation.
 */
export class AdoptedSheet {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly css: string) {}

  adopt(root: Document | ShadowRoot): void {
    try {
      const sheet = (this.sheet ??= constructSheet(this.css));
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // Firefox's content-script wrappers may refuse; the marks are then unstyled there.
    }
  }

  drop(root: Document | ShadowRoot): void {
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      if (root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // As above: nothing was adopted.
    }
  }
}

function constructSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}
