import { contains } from '../lib/hover/placement.ts';
import { hitTest, type NameHit } from './hit-test.ts';
import type { MentionIndex } from './mention-index.ts';

export interface PointerReport {
  /** The name under the pointer, or null. */
  hit: NameHit | null;
  /** The pointer is inside the card. */
  inCard: boolean;
}

/**
 * Follows the pointer over the page at most once per animation frame and reports which
 * highlighted name (if any) is under it. The pointermove handler only stores the position:
 * the hit-test (one caret lookup, a few boxes) runs in the next frame, and not at all while
 * the page has no marks or the pointer stays within the last name's boxes.
 */
export class PointerWatch {
  /** The last pointer position; `moved` when it came from a pointer event (its target is current). */
  private point: { x: number; y: number; target: EventTarget | null; moved: boolean } | null = null;
  private frame = 0;
  private last: NameHit | null = null;

  constructor(
    private readonly index: MentionIndex,
    private readonly isCard: (target: EventTarget | null) => boolean,
    private readonly cardOpen: () => boolean,
    private readonly report: (r: PointerReport) => void,
  ) {}

  start(): void {
    addEventListener('pointermove', this.onMove, { capture: true, passive: true });
    addEventListener('scroll', this.onLayoutChange, { capture: true, passive: true });
    addEventListener('resize', this.onLayoutChange, { passive: true });
    document.addEventListener('pointerleave', this.onLeave, { passive: true });
  }

  stop(): void {
    removeEventListener('pointermove', this.onMove, { capture: true });
    removeEventListener('scroll', this.onLayoutChange, { capture: true });
    removeEventListener('resize', this.onLayoutChange);
    document.removeEventListener('pointerleave', this.onLeave);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Marks changed: boxes remembered from before may be stale. */
  forget(): void {
    this.last = null;
  }

  private readonly onMove = (e: PointerEvent): void => {
    // Touch has no hover; pages without marks cost one comparison per move; a page's
    // synthetic events (isTrusted false) are not the user's pointer.
    if (!e.isTrusted || e.pointerType === 'touch' || (this.index.size === 0 && !this.cardOpen())) return;
    // Inside open shadow roots the event is retargeted to the host: the inner target is first on the path.
    const target = this.index.shadowRoots.length > 0 ? (e.composedPath()[0] ?? e.target) : e.target;
    this.point = { x: e.clientX, y: e.clientY, target, moved: true };
    this.schedule();
  };

  /** Scrolling moves the text under a still pointer. */
  private readonly onLayoutChange = (): void => {
    this.last = null;
    // What is under a still pointer changed: its old target says nothing now.
    if (this.point !== null) this.point.moved = false;
    if (this.point !== null && (this.index.size > 0 || this.cardOpen())) this.schedule();
  };

  private readonly onLeave = (e: PointerEvent): void => {
    if (!e.isTrusted) return;
    this.point = null;
    this.last = null;
    this.report({ hit: null, inCard: false });
  };

  private schedule(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.run);
  }

  private readonly run = (): void => {
    this.frame = 0;
    const p = this.point;
    if (p === null) return;
    if (this.isCard(p.target)) {
      this.report({ hit: null, inCard: true });
      return;
    }
    // Over text that holds no marks (most of a page), no caret lookup at all.
    if (p.moved && p.target instanceof Node && !this.index.holdsMarks(p.target) && !this.isCard(p.target)) {
      this.last = null;
      this.report({ hit: null, inCard: false });
      return;
    }
    const last = this.last;
    if (last !== null && last.rects.some((r) => contains(r, p.x, p.y, 1))) {
      this.report({ hit: last, inCard: false });
      return;
    }
    this.last = hitTest(this.index, p.x, p.y);
    this.report({ hit: this.last, inCard: false });
  };
}
