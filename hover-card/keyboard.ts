import { stepName, type Direction } from '../lib/hover/name-steps.ts';
import { nameHit, type NameHit } from './hit-test.ts';
import type { MentionIndex } from './mention-index.ts';
import { AdoptedSheet } from '../page-marking/adopted-sheet.ts';
import focusStyles from './focus.css?inline';

/** The name visited from the keyboard is painted with this highlight (focus.css); the page's DOM is untouched. */
const FOCUS_HIGHLIGHT = 'dossier-focus';
/** Its style, adopted by the document only while a name is in hand. */
const focusSheet = new AdoptedSheet(focusStyles);

/**
 * Steps through the page's highlighted names in document order (the next-name and
 * previous-name commands, and n/p or arrow keys inside a card opened this way). Highlights
 * are not focusable elements, so the name in hand is shown with its own highlight and
 * scrolled into view, and focus goes to its card.
 */
export class NameSteps {
  private current: NameHit | null = null;

  constructor(private readonly index: MentionIndex) {}

  /** The hit for the next or previous name, scrolled into view, or null when the page has none. */
  step(direction: Direction): NameHit | null {
    const all = this.index.all;
    const at = this.current ? all.indexOf(this.current.mark) : -1;
    let i = stepName(at >= 0 ? at : null, all.length, direction, () => this.firstInView());
    // Names without a box (hidden since marked) are skipped.
    for (let tries = 0; i !== null && tries < all.length; tries++) {
      const hit = nameHit(this.index, i);
      if (hit) return this.visit(hit);
      i = stepName(i, all.length, direction, () => 0);
    }
    return null;
  }

  /** Forgets the name in hand (its card closed). */
  clear(): void {
    this.current = null;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    focusSheet.drop(document);
  }

  private visit(hit: NameHit): NameHit {
    this.current = hit;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
      const mark = new Highlight(hit.mark.range);
      // Above the country and official highlights of the same text.
      mark.priority = 1;
      focusSheet.adopt(document);
      CSS.highlights.set(FOCUS_HIGHLIGHT, mark);
    }
    const h = document.documentElement.clientHeight || innerHeight;
    if (hit.anchor.top < 0 || hit.anchor.bottom > h) {
      hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      return nameHit(this.index, hit.index) ?? hit;
    }
    return hit;
  }

  /** The first name at or below the top of the viewport (marks are in document order: binary search). */
  private firstInView(): number {
    const all = this.index.all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const hit = nameHit(this.index, mid);
      if (hit !== null && hit.anchor.bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Keys that step inside a card opened from the keyboard. */
export function stepKey(e: KeyboardEvent): Direction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'n' || e.key === 'ArrowDown') return 'next';
  if (e.key === 'p' || e.key === 'ArrowUp') return 'previous';
  return null;
}

/** Keeps Tab inside a card opened from the keyboard: past the last link it wraps to the first. */
export function wrapTab(e: KeyboardEvent, card: HTMLElement, active: Element | null): void {
  if (e.key !== 'Tab') return;
  const focusable = [...card.querySelectorAll<HTMLElement>('a[href], button')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && (active === first || active === card)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
