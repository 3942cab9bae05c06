import type { Mention } from '../lib/entities/types.ts';
import type { BlockEvidence } from '../lib/highlight/main-report.ts';
import { placement } from '../lib/highlight/visibility.ts';
import { insertInOrder } from './document-order.ts';
import type { BlockRoot } from './roles.ts';
import type { ScannedSegment } from './scan.ts';

/**
 * A segment's life: walked (`new`), measured without a box (`hidden`, waiting to appear) or
 * with one (`queued` for recognition), recognised and marked (`done`), or replaced by a
 * rescan or gone from the page (`dead`).
 */
export type SegmentState = 'new' | 'hidden' | 'queued' | 'done' | 'dead';

export interface Segment extends ScannedSegment {
  state: SegmentState;
  mentions: Mention[];
  ranges: StaticRange[];
  /** Top of the block in page coordinates when measured (for the mark window). */
  top: number;
  /** Whether its ranges are in the highlight registry now. */
  registered: boolean;
  /** What the page report keeps of it once recognised (page-report.ts). */
  evidence: BlockEvidence | null;
}

/** Segments start without marks; these are replaced, never pushed to (see MarkRegistry.drop). */
export const NO_MENTIONS: Mention[] = [];
export const NO_RANGES: StaticRange[] = [];
Object.freeze(NO_MENTIONS);
Object.freeze(NO_RANGES);

/**
 * Completes a scanned segment in place: a large page has tens of thousands, and copies are
 * garbage. Plain stores, in this order, give every segment the same shape (Object.assign
 * measured slower, for the completion and for later reads), hence the one cast.
 */
export function toSegment(s: ScannedSegment): Segment {
  const segment = s as Segment;
  segment.state = 'new';
  segment.mentions = NO_MENTIONS;
  segment.ranges = NO_RANGES;
  segment.top = 0;
  segment.registered = false;
  segment.evidence = null;
  return segment;
}

/**
 * A block's box: its root element's, else (display: contents, shadow roots) its first text's.
 * A root taller than the viewport is a long run of text cut into several segments (a page
 * that is one block of 200,000 text nodes): each segment is then placed by its own text, so
 * that the visible part goes first and the mark window holds only the marks near the
 * viewport (with every segment at the root's top, all of them were registered, and each
 * registry change repainted them all: tasks of 130–250 ms).
 */
export function boxOf(s: Segment): DOMRect {
  if (s.root instanceof Element) {
    const box = s.root.getBoundingClientRect();
    if (box.height > window.innerHeight) return textBoxOf(s) ?? box;
    if (box.width !== 0 || box.height !== 0) return box;
    // Elements with no box of their own may still lay out their text (display: contents).
    if (s.root.getClientRects().length > 0) return box;
  }
  const range = document.createRange();
  range.selectNodeContents(s.nodes[0]!);
  return range.getBoundingClientRect();
}

/**
 * The box from a segment's first character to its last: two one-character ranges, not one
 * range over the segment (whose box is the union of thousands of nodes' boxes: on a block of
 * 100,000 inline elements, tens of ms per segment). Null when neither character has a box.
 */
function textBoxOf(s: Segment): DOMRect | null {
  const last = s.nodes.length - 1;
  // A recognised segment's text is dropped (mark-pass.ts): it then ends where its last node does.
  const end = s.text === '' ? s.nodes[last]!.length : s.bases[last]! + s.text.length - s.starts[last]!;
  const first = charBox(s.nodes[0]!, s.bases[0]!);
  const final = charBox(s.nodes[last]!, end - 1);
  if (first.height === 0 && final.height === 0) return null;
  const left = Math.min(first.left, final.left);
  const top = Math.min(first.top, final.top);
  return new DOMRect(left, top, Math.max(first.right, final.right) - left, Math.max(first.bottom, final.bottom) - top);
}

function charBox(node: Text, offset: number): DOMRect {
  const at = Math.max(0, Math.min(offset, node.length - 1));
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, Math.min(at + 1, node.length));
  return range.getBoundingClientRect();
}

/**
 * The page's segments: by block root (a rescan replaces a block's segments), in document
 * order, the hidden ones (waiting for a box) and the ones still to recognise (work left
 * when highlighting was turned off). A segment that dies is handed to `onDrop` so its marks
 * leave the registry.
 */
export class SegmentStore {
  private readonly byRoot = new Map<BlockRoot, Segment[]>();
  /** Live segments in document order (dead ones are dropped lazily, see `compact`). */
  private ordered: Segment[] = [];
  private readonly hidden = new Set<Segment>();
  /** Segments walked but not yet recognised. */
  private pending: Segment[] = [];

  constructor(private readonly onDrop: (s: Segment) => void) {}

  /** The segments in document order (may include dead ones until the next `compact`). */
  get inOrder(): readonly Segment[] {
    return this.ordered;
  }

  get size(): number {
    return this.ordered.length;
  }

  /** Stores a segment of the first scan (nothing to replace: a block may have several segments). */
  adopt(s: Segment): void {
    const list = this.byRoot.get(s.root);
    if (list) list.push(s);
    else this.byRoot.set(s.root, [s]);
  }

  /** The first scan's walk is complete: its segments, in document order, are the page. */
  adoptOrder(walked: Segment[]): void {
    this.ordered = walked;
  }

  /** The first scan's walk was cut short: its segments are dropped, the next scan starts over. */
  abandon(walked: readonly Segment[]): void {
    for (const s of walked) s.state = 'dead';
    this.byRoot.clear();
  }

  hasRoot(root: BlockRoot): boolean {
    return this.byRoot.has(root);
  }

  /** Stores a rescan's segments, replacing older segments of the same block roots. */
  replace(fresh: readonly Segment[]): void {
    const grouped = new Map<BlockRoot, Segment[]>();
    for (const s of fresh) {
      const list = grouped.get(s.root);
      if (list) list.push(s);
      else grouped.set(s.root, [s]);
    }
    for (const [root, list] of grouped) {
      this.killRoot(root);
      this.byRoot.set(root, list);
    }
  }

  /** Drops dead segments and inserts a rescan's segments at their place in document order. */
  insert(fresh: readonly Segment[]): void {
    this.compact();
    insertInOrder(this.ordered, fresh, (s) => s.nodes[0]!);
  }

  compact(): void {
    this.ordered = this.ordered.filter((s) => s.state !== 'dead');
  }

  /** A block's text is all gone: its segments die. */
  killRoot(root: BlockRoot): void {
    for (const old of this.byRoot.get(root) ?? []) this.kill(old);
  }

  /** Segments inside `node`, which left the scanned part of the page (made editable or hidden). */
  killInside(node: Node): void {
    for (const s of this.ordered) if (s.state !== 'dead' && node.contains(s.root)) this.kill(s);
    for (const s of this.pending) if (s.state !== 'dead' && node.contains(s.root)) this.kill(s);
  }

  /** Drops segments whose block left the page. */
  sweep(): void {
    for (const s of this.ordered) if (s.state !== 'dead' && !s.root.isConnected) this.kill(s);
    for (const s of this.hidden) if (!s.root.isConnected) this.kill(s);
  }

  /** Sets a measured segment without a box aside until it gets one. */
  hide(s: Segment): void {
    s.state = 'hidden';
    this.hidden.add(s);
  }

  /** Hidden segments that now have a box (a tab opened, a class changed), made `new` again. */
  revealed(): Segment[] {
    const out: Segment[] = [];
    for (const s of this.hidden) {
      if (!s.root.isConnected) continue;
      if (placement(boxOf(s), window.innerHeight, 0) !== 'hidden') out.push(s);
    }
    for (const s of out) {
      this.hidden.delete(s);
      s.state = 'new';
    }
    return out;
  }

  /** Notes segments about to be recognised (left over if highlighting is turned off meanwhile). */
  addPending(segments: readonly Segment[]): void {
    // Not push(...segments): a spread of a huge page's segments would pass the engine's argument limit.
    for (const s of segments) this.pending.push(s);
  }

  /** Forgets pending segments that were recognised, hidden or dropped. */
  settlePending(): void {
    this.pending = this.pending.filter((s) => s.state === 'new' || s.state === 'queued');
  }

  /** The segments left to recognise, handed over once. */
  takePending(): Segment[] {
    return this.pending.splice(0);
  }

  private kill(s: Segment): void {
    if (s.state === 'dead') return;
    s.state = 'dead';
    this.hidden.delete(s);
    this.onDrop(s);
    const list = this.byRoot.get(s.root);
    if (list) {
      const rest = list.filter((x) => x !== s);
      if (rest.length > 0) this.byRoot.set(s.root, rest);
      else this.byRoot.delete(s.root);
    }
  }
}
