import { contains } from '../lib/hover/placement.ts';
import type { HighlightedMention } from '../page-marking/page-marks.ts';
import type { MentionIndex } from './mention-index.ts';

/** A highlighted name under the pointer (or chosen from the keyboard). */
export interface NameHit {
  /** Position in the index's document-order list (valid until the marks change). */
  index: number;
  /** The mark itself: its StaticRange identifies the name until its text is rescanned. */
  mark: HighlightedMention;
  range: Range;
  /** Its line boxes (a name may break over lines) and the one the card anchors to. */
  rects: DOMRect[];
  anchor: DOMRect;
}

/** Pixels of slack around a name's boxes: the pointer on an underline or a glyph's edge still counts. */
const SLACK = 1;

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

/**
 * The text node under a point: caretPositionFromPoint (Firefox, Chrome 128+; it can look into
 * the open shadow roots it is given), else caretRangeFromPoint. Either answers the nearest
 * caret even far from any glyph, so callers must check the point against the text's boxes.
 */
function nodeAt(x: number, y: number, shadowRoots: readonly ShadowRoot[]): Node | null {
  const doc = document as Document & { caretPositionFromPoint?: CaretPositionFromPoint };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] }) : doc.caretPositionFromPoint(x, y);
    return position?.offsetNode ?? null;
  }
  return document.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

/** The highlighted name at a viewport point, or null. Reads layout only (no writes): one layout per frame at most. */
export function hitTest(index: MentionIndex, x: number, y: number): NameHit | null {
  if (index.size === 0) return null;
  const node = nodeAt(x, y, index.shadowRoots);
  if (node === null || node.nodeType !== Node.TEXT_NODE) return null;
  for (const i of index.at(node)) {
    const hit = nameHit(index, i);
    if (hit && hit.rects.some((r) => contains(r, x, y, SLACK))) {
      hit.anchor = hit.rects.find((r) => contains(r, x, y, SLACK)) ?? hit.anchor;
      return hit;
    }
  }
  return null;
}

/** A live Range for a mark, for geometry (getClientRects). */
function toLiveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** The geometry of the index's mark `i`, or null when it has no box (hidden, detached). */
export function nameHit(index: MentionIndex, i: number): NameHit | null {
  const mark = index.all[i];
  if (!mark || !mark.range.startContainer.isConnected) return null;
  const range = toLiveRange(mark.range);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const first = rects[0];
  return first ? { index: i, mark, range, rects, anchor: first } : null;
}
