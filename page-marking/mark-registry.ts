import type { EntityKind, Mention } from '../lib/entities/types.ts';
import { inMarkWindow, mayRegisterAll, mustWindow, windowedFromStart, type ViewportSpan } from '../lib/highlight/mark-window.ts';
import { locate } from '../lib/highlight/segment-text.ts';
import { debounce } from '../lib/highlight/slicer.ts';
import { PageHighlights } from './highlights.ts';
import { pageTimers } from './scheduler.ts';
import { NO_RANGES, boxOf, type Segment } from './segments.ts';

const WINDOW_WAIT_MS = 60;
const WINDOW_MAX_WAIT_MS = 200;

/**
 * The segments' marks in the browser's highlight registry: their ranges, and on pages with
 * many marks the window around the viewport whose marks are registered (the decision is
 * lib/highlight/mark-window.ts), following scrolling and resizing.
 */
export class MarkRegistry {
  private readonly highlights = new PageHighlights();
  private totalRanges = 0;
  private windowed = false;
  private view: ViewportSpan = { y: 0, h: 0 };
  private viewAt = -Infinity;
  private readonly cleanups: Array<() => void> = [];

  /** Registers what entered the window and unregisters what left it. */
  private readonly follow = debounce(() => this.updateWindow(), WINDOW_WAIT_MS, WINDOW_MAX_WAIT_MS, pageTimers);

  /**
   * @param segments the page's segments in document order
   * @param active whether highlighting is on (the window does not move while it is off)
   * @param changed called when registered marks changed
   * @param shows whether marks of a kind are painted now (the user's kinds, quiet mode);
   *   when its answer changes, call `refilter()`
   * @param painted whether a mention may enter the page-readable highlight registry at all
   *   (names known only from the user's archive may not: lib/highlight/public-names.ts);
   *   the others keep their ranges, so the hover card still finds them under the pointer
   */
  constructor(
    private readonly segments: () => readonly Segment[],
    private readonly active: () => boolean,
    private readonly changed: () => void,
    private readonly shows: (kind: EntityKind) => boolean = () => true,
    private readonly painted: (mention: Mention) => boolean = () => true,
  ) {
    const onScroll = (e: Event): void => {
      if (!this.windowed) return;
      const target = e.target;
      if (target instanceof Element && target !== document.scrollingElement) this.remeasureInside(target);
      this.follow();
    };
    const onResize = (): void => this.follow();
    addEventListener('scroll', onScroll, { capture: true, passive: true });
    addEventListener('resize', onResize, { passive: true });
    this.cleanups.push(() => {
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onResize);
    });
  }

  /** Whether this browser paints marks (else segments are recognised and reported, not marked). */
  get available(): boolean {
    return this.highlights.available;
  }

  styleDocument(): void {
    this.highlights.styleDocument();
  }

  show(): void {
    this.highlights.show();
  }

  hide(): void {
    this.highlights.hide();
  }

  styleShadowRoot(root: ShadowRoot): void {
    this.highlights.styleShadowRoot(root);
  }

  stop(): void {
    for (const c of this.cleanups.splice(0)) c();
  }

  /** The first scan walked `blocks` blocks: a large page registers only a window from the start. */
  windowFromStart(blocks: number): void {
    this.windowed = windowedFromStart(blocks);
  }

  /** Moves the window soon, if there is one (the page changed under it). */
  followSoon(): void {
    if (this.windowed) this.follow();
  }

  /** Replaces a segment's marks with ranges for `mentions`, registered if within the window. */
  setMarks(s: Segment, mentions: Mention[]): void {
    this.drop(s);
    s.mentions = mentions;
    if (!this.highlights.available || mentions.length === 0) return;
    s.ranges = [];
    for (const m of mentions) {
      const a = locate(s, m.start, 'start');
      const z = locate(s, m.end, 'end');
      s.ranges.push(new StaticRange({ startContainer: s.nodes[a.piece]!, startOffset: a.offset, endContainer: s.nodes[z.piece]!, endOffset: z.offset }));
    }
    this.totalRanges += s.ranges.length;
    if (this.inWindow(s)) this.register(s);
    // Crossing the limit switches to a window: drop what lies far away.
    if (!this.windowed && mustWindow(this.totalRanges)) {
      this.windowed = true;
      this.follow();
    }
  }

  /** Removes a segment's marks (it died, or is marked again). */
  drop(s: Segment): void {
    this.unregister(s);
    this.totalRanges -= s.ranges.length;
    s.ranges = NO_RANGES;
  }

  /**
   * `shows` changed: each registered segment's ranges join or leave their kind's highlight.
   * Unregistered segments need nothing: `register` consults `shows` when they enter.
   */
  refilter(): void {
    for (const s of this.segments()) {
      if (!s.registered) continue;
      for (let i = 0; i < s.ranges.length; i++) {
        const mention = s.mentions[i]!;
        if (this.shows(mention.kind) && this.painted(mention)) this.highlights.add(mention.kind, s.ranges[i]!);
        else this.highlights.delete(mention.kind, s.ranges[i]!);
      }
    }
  }

  private register(s: Segment): void {
    if (s.registered) return;
    s.registered = true;
    for (let i = 0; i < s.ranges.length; i++) {
      const mention = s.mentions[i]!;
      if (this.shows(mention.kind) && this.painted(mention)) this.highlights.add(mention.kind, s.ranges[i]!);
    }
  }

  private unregister(s: Segment): void {
    if (!s.registered) return;
    s.registered = false;
    for (let i = 0; i < s.ranges.length; i++) this.highlights.delete(s.mentions[i]!.kind, s.ranges[i]!);
  }

  private inWindow(s: Segment): boolean {
    if (!this.windowed) return true;
    const now = performance.now();
    // Reading the scroll position may force a layout: once per frame is enough.
    if (now - this.viewAt > 16) {
      this.viewAt = now;
      this.view = { y: window.scrollY, h: window.innerHeight };
    }
    return inMarkWindow(s.top, this.view);
  }

  private updateWindow(): void {
    if (!this.active()) return;
    const segments = this.segments();
    if (this.windowed && mayRegisterAll(this.totalRanges, segments.length)) this.windowed = false;
    this.viewAt = -Infinity;
    let changed = false;
    for (const s of segments) {
      if (s.state !== 'done' || s.ranges.length === 0) continue;
      const want = this.inWindow(s);
      if (want === s.registered) continue;
      changed = true;
      if (want) this.register(s);
      else this.unregister(s);
    }
    if (changed) this.changed();
  }

  /** Content that scrolls inside an element moves on the page: measure its blocks again. */
  private remeasureInside(el: Element): void {
    const y = window.scrollY;
    for (const s of this.segments()) {
      if (s.state === 'done' && s.ranges.length > 0 && el.contains(s.root)) s.top = boxOf(s).top + y;
    }
  }
}
