import { recogniserInSteps, type Recogniser } from '../../lib/entities/recogniser.ts';
import type { Mention, PageSession } from '../../lib/entities/types.ts';
import { batchesByChars } from '../../lib/highlight/batches.ts';
import { elementRole } from '../../lib/highlight/elements.ts';
import { entityReport, sameReport } from '../../lib/highlight/report.ts';
import { locate } from '../../lib/highlight/segment-text.ts';
import { debounce, type SliceHost } from '../../lib/highlight/slicer.ts';
import { PageTerms } from '../../lib/highlight/terms.ts';
import { placement } from '../../lib/highlight/visibility.ts';
import { sendMessage } from '../../lib/messages/messenger.ts';
import type { PageEntity } from '../../lib/highlight/report.ts';
import { insertInOrder } from './document-order.ts';
import { PageHighlights } from './highlights.ts';
import { UrlWatcher } from './navigation.ts';
import { ChangeObserver, type PageChanges } from './observer.ts';
import { notifyHighlightsChanged, publishHighlights, publishPageOfficials, type HighlightedMention } from './page-highlights.ts';
import { blockRootOf, type BlockRoot } from './roles.ts';
import { Walk, type ScannedSegment } from './scan.ts';
import { afterPaint, idleHost, sliced, urgentHost } from './scheduler.ts';

type SegmentState = 'new' | 'hidden' | 'queued' | 'done' | 'dead';

interface Segment extends ScannedSegment {
  state: SegmentState;
  mentions: Mention[];
  ranges: StaticRange[];
  /** Top of the block in page coordinates when measured (for the registration window). */
  top: number;
  /** Whether its ranges are in the highlight registry now. */
  registered: boolean;
}

/** Nodes a walk step visits before the clock is read. */
const WALK_STEP_NODES = 400;
/** Boxes read per step. */
const MEASURE_STEP = 64;
/** Characters per recogniser batch (a few milliseconds of work). */
const BATCH_CHARS = 8_000;
const REPORT_WAIT_MS = 300;
const REPORT_MAX_WAIT_MS = 2_000;

/** Up to this many marks, all are registered; beyond it, only those near the viewport. */
const ALL_RANGES_LIMIT = 1_000;
/**
 * A page with more blocks than this is windowed from its first scan: it would likely pass
 * the limit anyway, and registering marks far away only to drop them later costs repaints.
 */
const WINDOWED_PAGE_BLOCKS = 2_000;
/** Screens above and below the viewport whose marks are registered. */
const WINDOW_SCREENS = 2;

/** Performance marks (not DOM changes) so benchmarks and curious users can time a scan. */
export const MARKS = {
  start: 'dossier:start',
  walked: 'dossier:walked',
  received: 'dossier:received',
  knowledge: 'dossier:knowledge',
  visible: 'dossier:visible',
  done: 'dossier:done',
} as const;

/**
 * One page's (one frame's) highlighting: a time-sliced first scan, visible part first, then
 * incremental rescans of what the page changes. All work runs through one serial queue, so a
 * flush never interleaves with a scan.
 */
export class Highlighter {
  private readonly highlights = new PageHighlights();
  private readonly byRoot = new Map<BlockRoot, Segment[]>();
  /** Live segments in document order (dead ones are dropped lazily). */
  private ordered: Segment[] = [];
  private readonly hidden = new Set<Segment>();
  /** Segments walked but not yet recognised (work left when highlighting was turned off). */
  private pending: Segment[] = [];
  private readonly observer = new ChangeObserver(() => this.enqueue(() => this.flush()));
  private readonly urls = new UrlWatcher(() => this.navigated());
  private terms = new PageTerms();
  private recogniser: Promise<{ recogniser: Recogniser; session: PageSession } | null> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private active = false;
  private scanned = false;
  private stopped = false;
  private lastReport: { url: string; entities: PageEntity[] } | null = null;
  private forceReport = false;
  private readonly report = debounce(() => void this.sendReport(), REPORT_WAIT_MS, REPORT_MAX_WAIT_MS, {
    now: () => performance.now(),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  });

  constructor(private readonly isTopFrame: boolean) {
    publishHighlights(() => this.mentions());
    const onScroll = (e: Event): void => {
      if (!this.windowed) return;
      const target = e.target;
      if (target instanceof Element && target !== document.scrollingElement) this.remeasureInside(target);
      this.follow();
    };
    addEventListener('scroll', onScroll, { capture: true, passive: true });
    addEventListener('resize', () => this.follow(), { passive: true });
    this.cleanups.push(() => removeEventListener('scroll', onScroll, { capture: true }));
  }

  private readonly cleanups: Array<() => void> = [];

  /**
   * Fetches the knowledge and builds the recogniser ahead of the first scan (while the page
   * is still loading), so the scan does not wait for them.
   */
  prepare(): void {
    if (!this.stopped) void this.ensureRecogniser();
  }

  /** Turns highlighting on: marks return at once, then work left over is done. */
  enable(): void {
    if (this.stopped || this.active) return;
    this.active = true;
    this.highlights.show();
    this.observer.paused = false;
    notifyHighlightsChanged();
    if (!this.scanned) {
      this.scanned = true;
      this.enqueue(() => this.firstScan());
    } else {
      this.enqueue(() => this.process(this.pending.splice(0)));
      this.observer.resume();
      this.forceReport = true;
      this.report();
    }
  }

  /** Turns highlighting off: every mark goes in one call; changes are still noted for later. */
  disable(): void {
    if (!this.active) return;
    this.active = false;
    this.highlights.hide();
    this.observer.paused = true;
    this.observer.pause();
    notifyHighlightsChanged();
    this.report.cancel();
    void this.send([], []);
  }

  /** Highlighting is off from the start: the top frame still tells the popup so, with an empty list. */
  announceOff(): void {
    if (this.isTopFrame) void this.send([], []);
  }

  stop(): void {
    this.disable();
    this.stopped = true;
    this.observer.disconnect();
    this.urls.stop();
    for (const c of this.cleanups.splice(0)) c();
    publishHighlights(() => []);
  }

  /** How many marks are registered (for tests and diagnostics). */
  get markCount(): number {
    return this.highlights.size;
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((e: unknown) => console.error('Dossier: highlighting failed', e));
  }

  private readonly cancelled = (): boolean => !this.active;

  // --- the first scan ---

  private async firstScan(): Promise<void> {
    // Its own task: the one that turned highlighting on may have done other work.
    await urgentHost.yield();
    if (!this.active) {
      this.scanned = false;
      return;
    }
    performance.mark(MARKS.start);
    // The top frame almost always has text: ask for the knowledge while the walk runs.
    if (this.isTopFrame) void this.ensureRecogniser();
    this.observer.observe(document);
    const walk = new Walk(document.documentElement, 'subtree', (root) => this.adoptShadowRoot(root));
    // Segments are taken as they are walked: handing over a large page's at the end was one long task.
    const fresh: Segment[] = [];
    const walkStep = (): boolean => {
      const more = walk.step(WALK_STEP_NODES);
      for (const s of walk.take()) {
        const segment = toSegment(s);
        fresh.push(segment);
        this.adopt(segment);
      }
      return more;
    };
    if (!(await sliced(walkStep, urgentHost, this.cancelled))) {
      // Turned off mid-walk: the next first scan starts over.
      for (const s of fresh) s.state = 'dead';
      this.byRoot.clear();
      this.scanned = false;
      return;
    }
    performance.mark(MARKS.walked);
    this.ordered = fresh;
    this.windowed = fresh.length > WINDOWED_PAGE_BLOCKS;
    await this.process(fresh);
    if (!this.active) return;
    await afterPaint();
    performance.mark(MARKS.done);
    this.forceReport = true;
    this.report();
  }

  private adoptShadowRoot(root: ShadowRoot): void {
    this.observer.observe(root);
    this.highlights.styleShadowRoot(root);
  }

  /** Stores a segment of the first scan (nothing to replace: a block may have several segments). */
  private adopt(s: Segment): void {
    const list = this.byRoot.get(s.root);
    if (list) list.push(s);
    else this.byRoot.set(s.root, [s]);
  }

  /** Stores new segments, replacing older segments of the same block roots. */
  private commit(fresh: Segment[]): Segment[] {
    const grouped = new Map<BlockRoot, Segment[]>();
    for (const s of fresh) {
      const list = grouped.get(s.root);
      if (list) list.push(s);
      else grouped.set(s.root, [s]);
    }
    for (const [root, list] of grouped) {
      for (const old of this.byRoot.get(root) ?? []) this.kill(old);
      this.byRoot.set(root, list);
    }
    return fresh;
  }

  private kill(s: Segment): void {
    if (s.state === 'dead') return;
    s.state = 'dead';
    this.hidden.delete(s);
    this.removeRanges(s);
    const list = this.byRoot.get(s.root);
    if (list) {
      const rest = list.filter((x) => x !== s);
      if (rest.length > 0) this.byRoot.set(s.root, rest);
      else this.byRoot.delete(s.root);
    }
  }

  private removeRanges(s: Segment): void {
    this.unregister(s);
    this.totalRanges -= s.ranges.length;
    s.ranges = NO_RANGES;
  }

  private register(s: Segment): void {
    if (s.registered) return;
    s.registered = true;
    this.registeredCount += s.ranges.length;
    for (let i = 0; i < s.ranges.length; i++) this.highlights.add(s.mentions[i]!.kind, s.ranges[i]!);
  }

  private unregister(s: Segment): void {
    if (!s.registered) return;
    s.registered = false;
    this.registeredCount -= s.ranges.length;
    for (let i = 0; i < s.ranges.length; i++) this.highlights.delete(s.mentions[i]!.kind, s.ranges[i]!);
  }

  /**
   * Every change to the highlight registry repaints the whole document in Chrome, and the
   * rendering task also rebuilds the markers of every registered range (measured on a page
   * of 20,000 paragraphs: about 10 ms for the repaint, 30 ms with 3,000 ranges registered,
   * more on a busy machine); that task recurs whenever the page changes. So on pages with
   * many marks only those within a few screens of the viewport are registered, and the
   * window follows scrolling; smaller pages register everything.
   */
  private inWindow(s: Segment): boolean {
    if (!this.windowed) return true;
    const now = performance.now();
    // Reading the scroll position may force a layout: once per frame is enough.
    if (now - this.viewAt > 16) {
      this.viewAt = now;
      this.view = { y: window.scrollY, h: window.innerHeight };
    }
    const { y, h } = this.view;
    return s.top > y - WINDOW_SCREENS * h && s.top < y + (WINDOW_SCREENS + 1) * h;
  }

  private view = { y: 0, h: 0 };
  private viewAt = -Infinity;

  private totalRanges = 0;
  private windowed = false;
  private registeredCount = 0;

  /** Registers what entered the window and unregisters what left it. */
  private readonly follow = debounce(() => this.updateWindow(), 60, 200, {
    now: () => performance.now(),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  });

  private updateWindow(): void {
    if (!this.active) return;
    // A page that shrank (an SPA left its endless feed) goes back to registering everything.
    if (this.windowed && this.totalRanges <= ALL_RANGES_LIMIT / 2 && this.ordered.length <= WINDOWED_PAGE_BLOCKS) this.windowed = false;
    this.viewAt = -Infinity;
    let changed = false;
    for (const s of this.ordered) {
      if (s.state !== 'done' || s.ranges.length === 0) continue;
      const want = this.inWindow(s);
      if (want === s.registered) continue;
      changed = true;
      if (want) this.register(s);
      else this.unregister(s);
    }
    if (changed) notifyHighlightsChanged();
  }

  /** Content that scrolls inside an element moves on the page: measure its blocks again. */
  private remeasureInside(el: Element): void {
    const y = window.scrollY;
    for (const s of this.ordered) {
      if (s.state === 'done' && s.ranges.length > 0 && el.contains(s.root)) s.top = boxOf(s).top + y;
    }
  }

  // --- measuring, recognising, marking ---

  /**
   * Measures the segments' boxes (reads only, batched: no layout thrash), sets hidden ones
   * aside, then recognises the rest in document order. The visible part goes first: when the
   * viewport is not at the top, it is previewed with a throwaway session (the page session
   * must see the page in order to resolve surnames), then the ordered pass confirms it.
   */
  private async process(segments: Segment[]): Promise<void> {
    const queue = segments.filter((s) => s.state === 'new' || s.state === 'queued');
    if (queue.length === 0) return;
    // Not push(...queue): a spread of a huge page's segments would pass the engine's argument limit.
    for (const s of queue) this.pending.push(s);
    const visible: Segment[] = [];
    const viewport = window.innerHeight;
    let i = 0;
    let visibleAfterLater = false;
    let sawLater = false;
    const measured = await sliced(
      () => {
        const end = Math.min(i + MEASURE_STEP, queue.length);
        for (; i < end; i++) {
          const s = queue[i]!;
          if (s.state !== 'new') continue;
          const box = boxOf(s);
          s.top = box.top + window.scrollY;
          const where = placement(box, viewport, viewport / 2);
          if (where === 'hidden') {
            s.state = 'hidden';
            this.hidden.add(s);
          } else {
            s.state = 'queued';
            if (where === 'visible') {
              visible.push(s);
              if (sawLater) visibleAfterLater = true;
            } else sawLater = true;
          }
        }
        return i < queue.length;
      },
      urgentHost,
      this.cancelled,
    );
    if (!measured) return;
    const work = queue.filter((s) => s.state === 'queued');
    if (work.length === 0) {
      this.pending = this.pending.filter((s) => s.state === 'new' || s.state === 'queued');
      return;
    }
    const ready = await this.ensureRecogniser();
    if (ready === null || !this.active) return;

    const urgent = new Set(visible);
    if (visibleAfterLater) await this.recognise(visible, ready.recogniser.newPage(), urgent, false);
    const lastVisible = visible[visible.length - 1];
    let visibleMarked = lastVisible === undefined;
    const ok = await this.recognise(work, ready.session, urgent, true, (s) => {
      if (!visibleMarked && s === lastVisible) {
        visibleMarked = true;
        void afterPaint().then(() => performance.mark(MARKS.visible));
      }
    });
    this.pending = this.pending.filter((s) => s.state === 'new' || s.state === 'queued');
    if (ok) this.report();
  }

  /**
   * Feeds segments to a recogniser session in small batches and marks the result. Batches
   * run back to back while visible segments remain (urgent), then in idle time.
   */
  private async recognise(
    segments: Segment[],
    session: PageSession,
    urgent: ReadonlySet<Segment>,
    final: boolean,
    onDone?: (s: Segment) => void,
  ): Promise<boolean> {
    const batches = batchesByChars(
      segments.map((s) => s.text),
      BATCH_CHARS,
    );
    let b = 0;
    let changed = false;
    const lastUrgent = segments.findLastIndex((s) => urgent.has(s));
    const step = (): boolean => {
      const [from, to] = batches[b++]!;
      const slice = segments.slice(from, to).filter((s) => s.state === 'queued');
      const results = session.recognise(slice.map((s) => s.text));
      slice.forEach((s, k) => {
        changed = this.mark(s, results[k] ?? [], final) || changed;
        onDone?.(s);
      });
      return b < batches.length;
    };
    // Back to back while visible text is left, then in idle time.
    const host: SliceHost = { now: urgentHost.now, yield: () => ((batches[b]?.[0] ?? 0) > lastUrgent ? idleHost.yield() : urgentHost.yield()) };
    const ok = await sliced(step, host, this.cancelled);
    if (changed) notifyHighlightsChanged();
    return ok;
  }

  /** Sets a segment's mentions and ranges; returns whether its marks changed. */
  private mark(s: Segment, mentions: Mention[], final: boolean): boolean {
    if (s.state === 'dead') return false;
    const same = sameMentions(s.mentions, mentions);
    if (final) {
      this.terms.add(s.text, mentions);
      s.state = 'done';
      // The text is no longer needed once recognised: keep memory to the marks.
      s.text = '';
    }
    if (same && s.ranges.length === mentions.length) return false;
    this.removeRanges(s);
    s.mentions = mentions;
    if (!this.highlights.available || mentions.length === 0) return true;
    s.ranges = [];
    for (const m of mentions) {
      const a = locate(s, m.start, 'start');
      const z = locate(s, m.end, 'end');
      const range = new StaticRange({
        startContainer: s.nodes[a.piece]!,
        startOffset: a.offset,
        endContainer: s.nodes[z.piece]!,
        endOffset: z.offset,
      });
      s.ranges.push(range);
    }
    this.totalRanges += s.ranges.length;
    if (this.inWindow(s)) this.register(s);
    // Crossing the limit switches to a window: drop what lies far away.
    if (this.totalRanges > ALL_RANGES_LIMIT && !this.windowed) {
      this.windowed = true;
      this.follow();
    }
    return true;
  }

  private ensureRecogniser(): Promise<{ recogniser: Recogniser; session: PageSession } | null> {
    this.recogniser ??= sendMessage('getKnowledge').then(
      async ({ knowledge }) => {
        performance.mark(MARKS.received);
        // Checked by the background when it loaded the archive (lib/search/knowledge-schema.ts).
        if (!knowledge) return null;
        // The message's decoding and the recogniser's build (30–90 ms) go in separate, short tasks.
        await urgentHost.yield();
        const build = recogniserInSteps(knowledge);
        await sliced(() => build.step(), urgentHost);
        const recogniser = build.result();
        const session = recogniser.newPage();
        publishPageOfficials(() => session.pageOfficials());
        performance.mark(MARKS.knowledge);
        // The first recognition then starts in a task of its own.
        await urgentHost.yield();
        return { recogniser, session };
      },
      (e: unknown) => {
        console.warn('Dossier: no entity knowledge from the background', e);
        this.recogniser = null;
        return null;
      },
    );
    return this.recogniser;
  }

  // --- changes ---

  private async flush(): Promise<void> {
    if (!this.active) return;
    this.urls.check();
    const changes = this.observer.take();
    const scanned = await this.rescan(changes);
    if (scanned === null) return;
    const fresh = this.commit(scanned.map(toSegment));
    if (changes.removed) this.sweep();
    const revealed = changes.restyled ? this.revealed() : [];
    this.ordered = this.ordered.filter((s) => s.state !== 'dead');
    insertInOrder(this.ordered, fresh, (s) => s.nodes[0]!);
    await this.process([...fresh, ...revealed]);
    if (this.windowed) this.follow();
    // Removals change the report even when nothing new was recognised.
    this.report();
  }

  /** Walks what changed: added subtrees whole, touched blocks' own text only. */
  private async rescan(changes: PageChanges): Promise<ScannedSegment[] | null> {
    const out: ScannedSegment[] = [];
    const walkedRoots = new Set<BlockRoot>();
    // Containers whose own text may have changed: rescanned only if they had text of their own.
    const containers = new Set<Node>(changes.removedFrom);
    const added = [...changes.added].filter((n) => n.isConnected && !hasAncestorIn(n, changes.added));
    for (const node of added) {
      if (blockRootOf(node) === null) {
        this.killInside(node);
        continue;
      }
      const walk = new Walk(node, 'subtree', (root) => this.adoptShadowRoot(root));
      if (!(await sliced(() => walk.step(WALK_STEP_NODES), urgentHost, this.cancelled))) return null;
      for (const s of walk.take()) {
        // Text directly in an added inline element belongs to the block around it: that block is rescanned whole.
        if (!node.contains(s.root)) continue;
        walkedRoots.add(s.root);
        out.push(s);
      }
      const parent = node.parentNode;
      // An inline element's text joins its parent block's; a block only splits its parent's text.
      if (parent) (node.nodeType === Node.ELEMENT_NODE && elementRole((node as Element).tagName) === 'block' ? containers : changes.touched).add(parent);
    }
    const dirty = new Set<BlockRoot>();
    const consider = (node: Node, onlyWithText: boolean): void => {
      if (!node.isConnected) return;
      const root = blockRootOf(node);
      if (root === null || walkedRoots.has(root) || dirty.has(root)) return;
      if (onlyWithText && !this.byRoot.has(root)) return;
      dirty.add(root);
    };
    for (const node of changes.touched) consider(node, false);
    for (const node of containers) consider(node, true);
    for (const root of dirty) {
      const walk = new Walk(root, 'own', (r) => this.adoptShadowRoot(r));
      if (!(await sliced(() => walk.step(WALK_STEP_NODES), urgentHost, this.cancelled))) return null;
      const segs = walk.take();
      // A block whose text is all gone still needs its old marks dropped.
      if (segs.length === 0) for (const old of this.byRoot.get(root) ?? []) this.kill(old);
      for (const seg of segs) out.push(seg);
    }
    return out;
  }

  /** Segments inside `node`, which left the scanned part of the page (made editable or hidden). */
  private killInside(node: Node): void {
    for (const s of this.ordered) if (s.state !== 'dead' && node.contains(s.root)) this.kill(s);
    for (const s of this.pending) if (s.state !== 'dead' && node.contains(s.root)) this.kill(s);
  }

  /** Drops segments whose block left the page. */
  private sweep(): void {
    for (const s of this.ordered) if (s.state !== 'dead' && !s.root.isConnected) this.kill(s);
    for (const s of this.hidden) if (!s.root.isConnected) this.kill(s);
  }

  /** Hidden segments that now have a box (a tab opened, a class changed). */
  private revealed(): Segment[] {
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

  private navigated(): void {
    // A new route is a new page for the popup: fresh salient terms, and a report even if unchanged.
    this.terms = new PageTerms();
    this.forceReport = true;
    this.report();
  }

  // --- reporting ---

  private async sendReport(): Promise<void> {
    if (!this.active) return;
    this.ordered = this.ordered.filter((s) => s.state !== 'dead');
    const entities = entityReport(this.ordered.filter((s) => s.state === 'done').map((s) => s.mentions));
    const url = location.href;
    const force = this.forceReport;
    this.forceReport = false;
    if (!force && this.lastReport && this.lastReport.url === url && sameReport(this.lastReport.entities, entities)) return;
    await this.send(entities, this.terms.top());
  }

  private async send(entities: PageEntity[], terms: string[]): Promise<void> {
    const url = location.href;
    const before = this.lastReport;
    this.lastReport = { url, entities };
    // Frames without names stay quiet (ad frames would otherwise message on every page).
    if (!this.isTopFrame && entities.length === 0 && (before?.entities.length ?? 0) === 0) return;
    try {
      await sendMessage('reportPageEntities', { url: url.slice(0, 8192), title: document.title.slice(0, 2000), entities, terms });
    } catch (e) {
      console.warn('Dossier: could not report the page’s entities', e);
    }
  }

  private mentions(): HighlightedMention[] {
    if (!this.active) return [];
    const out: HighlightedMention[] = [];
    for (const s of this.ordered) {
      if (s.state !== 'done') continue;
      for (let i = 0; i < s.ranges.length; i++) out.push({ range: s.ranges[i]!, mention: s.mentions[i]! });
    }
    return out;
  }
}

/** Segments start without marks; these are replaced, never pushed to (see `removeRanges`). */
const NO_MENTIONS: Mention[] = Object.freeze([]) as unknown as Mention[];
const NO_RANGES: StaticRange[] = Object.freeze([]) as unknown as StaticRange[];

/** Completes a scanned segment in place: a large page has tens of thousands, and copies are garbage. */
function toSegment(s: ScannedSegment): Segment {
  const segment = s as Segment;
  segment.state = 'new';
  segment.mentions = NO_MENTIONS;
  segment.ranges = NO_RANGES;
  segment.top = 0;
  segment.registered = false;
  return segment;
}

/** A block's box: its root element's, else (display: contents, shadow roots) its first text's. */
function boxOf(s: Segment): DOMRect {
  if (s.root.nodeType === Node.ELEMENT_NODE) {
    const box = (s.root as Element).getBoundingClientRect();
    if (box.width !== 0 || box.height !== 0) return box;
    // Elements with no box of their own may still lay out their text (display: contents).
    if ((s.root as Element).getClientRects().length > 0) return box;
  }
  const range = document.createRange();
  range.selectNodeContents(s.nodes[0]!);
  return range.getBoundingClientRect();
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.id !== y.id) return false;
  }
  return true;
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode; n !== null; n = n.parentNode) if (set.has(n)) return true;
  return false;
}
