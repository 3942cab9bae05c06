import type { PageOfficial } from '../lib/entities/recogniser.ts';
import type { Mention } from '../lib/entities/types.ts';

/** One marked mention: its range on the page and what it names. */
export interface HighlightedMention {
  /** A StaticRange (not updated by DOM changes; replaced when its text is rescanned). */
  range: AbstractRange;
  mention: Mention;
}

/**
 * What page marking hands to in-page features (the hover card): the marks now on the page
 * and a notification when they change. One object per page marking, passed explicitly.
 */
export interface PageMarks {
  /** The marks in document order; empty while highlighting is off. */
  all(): HighlightedMention[];
  /** Calls `listener` after marks were added, removed or toggled; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /**
   * An official this page introduced with an office and the knowledge does not know (the
   * hover card asks the background with what the page said of them), or undefined.
   */
  pageOfficial(id: string): PageOfficial | undefined;
}

/** The listeners of `PageMarks.onChange`; a failing listener does not stop the others. */
export class MarkListeners {
  private readonly listeners = new Set<() => void>();

  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (e) {
        console.error('Dossier: highlight listener failed', e);
      }
    }
  }
}
