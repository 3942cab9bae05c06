import type { PageOfficial } from '../../lib/entities/recogniser.ts';
import type { Mention } from '../../lib/entities/types.ts';

/** One marked mention, for the hover card: its range on the page and what it names. */
export interface HighlightedMention {
  /** A StaticRange (not updated by DOM changes; replaced when its text is rescanned). */
  range: AbstractRange;
  mention: Mention;
}

type Source = () => HighlightedMention[];

let source: Source = () => [];
const listeners = new Set<() => void>();

/**
 * The content script's API for the hover card (and other in-page features): the marks now
 * on the page, and a notification when they change. Empty while highlighting is off.
 */
export function getHighlightedMentions(): HighlightedMention[] {
  return source();
}

/** Calls `listener` after marks were added, removed or toggled; returns the unsubscribe. */
export function onHighlightsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A live Range for a mark, for geometry (getClientRects) and hit-testing. */
export function toLiveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

let officials: () => readonly PageOfficial[] = () => [];

/**
 * An official this page introduced with an office and the knowledge does not know (the
 * hover card asks the background with what the page said of them), or undefined.
 */
export function getPageOfficial(id: string): PageOfficial | undefined {
  return officials().find((o) => o.id === id);
}

/** @internal The highlighter publishes its page session's introduced officials here. */
export function publishPageOfficials(next: () => readonly PageOfficial[]): void {
  officials = next;
}

/** @internal The highlighter publishes its marks here. */
export function publishHighlights(next: Source): void {
  source = next;
}

/** @internal */
export function notifyHighlightsChanged(): void {
  for (const listener of listeners) {
    try {
      listener();
    } catch (e) {
      console.error('Dossier: highlight listener failed', e);
    }
  }
}
