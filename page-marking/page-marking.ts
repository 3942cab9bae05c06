import { KnowledgeClient } from './knowledge-client.ts';
import { MarkFilter } from './mark-filter.ts';
import { MarkRegistry } from './mark-registry.ts';
import { markSegments, type MarkPassParts } from './mark-pass.ts';
import { UrlWatcher } from './navigation.ts';
import { ChangeObserver } from './observer.ts';
import { MarkListeners, type HighlightedMention, type PageMarks } from './page-marks.ts';
import { PageReport, type ReportedBlock } from './page-report.ts';
import { rescan } from './rescan.ts';
import { Walk, WALK_STEP_NODES } from './scan.ts';
import { afterPaint, sliced, urgentHost } from './scheduler.ts';
import { SegmentStore, toSegment, type Segment } from './segments.ts';
import { timingMark } from './timing.ts';

/**
 * One page's (one frame's) marking: a time-sliced first scan, visible part first, then
 * incremental rescans of what the page changes, with the marks handed to in-page features
 * as `marks`. All work runs through one serial queue, so a flush never interleaves with a
 * scan. The parts: segments.ts (the page's blocks), mark-registry.ts (their marks in the
 * highlight registry), mark-filter.ts (which kinds are painted), mark-pass.ts (recognise and
 * mark), rescan.ts, page-report.ts, knowledge-client.ts.
 */
export class PageMarking {
  private readonly store = new SegmentStore((s) => this.registry.drop(s));
  private readonly listeners = new MarkListeners();
  private readonly registry = new MarkRegistry(
    () => this.store.inOrder,
    () => this.active,
    () => this.listeners.notify(),
    (kind) => this.filter.shows(kind),
    (m) => this.paintsArchiveOnly || !this.knowledge.isArchiveOnly(m.id),
  );
  /** Which kinds are painted now (mark-settings.ts sets it from the user's options). */
  readonly filter = new MarkFilter(() => {
    this.registry.refilter();
    this.listeners.notify();
  });
  private readonly knowledge = new KnowledgeClient();
  private readonly report: PageReport;
  private readonly parts: MarkPassParts;
  private readonly observer = new ChangeObserver(() => this.enqueue(() => this.flush()));
  private readonly urls = new UrlWatcher(() => this.report.newPage());
  private queue: Promise<void> = Promise.resolve();
  private active = false;
  private scanned = false;
  private stopped = false;

  /** The marks now on the page, for the hover card. */
  readonly marks: PageMarks = {
    all: () => this.mentions(),
    onChange: (listener) => this.listeners.add(listener),
    pageOfficial: (id) => this.knowledge.pageOfficials().find((o) => o.id === id),
  };

  /**
   * @param isTopFrame the top frame reports for the tab (and says so when highlighting is off)
   * @param paintsArchiveOnly paint names known only from the archive too: only on Dossier's
   *   own pages (the reader), whose highlight registry no web page's script can read
   */
  constructor(
    private readonly isTopFrame: boolean,
    private readonly paintsArchiveOnly = false,
  ) {
    this.report = new PageReport(isTopFrame, () => this.active, () => this.markedBlocks());
    this.parts = {
      store: this.store,
      registry: this.registry,
      knowledge: this.knowledge,
      report: this.report,
      active: () => this.active,
      changed: () => this.listeners.notify(),
    };
  }

  /**
   * Fetches the knowledge and builds the recogniser ahead of the first scan (while the page
   * is still loading), so the scan does not wait for them.
   */
  prepare(): void {
    if (!this.stopped) void this.knowledge.recogniser();
  }

  /** Highlighting is on at `document_start`: the marks' styles are adopted now, on an empty document. */
  styleEarly(): void {
    if (!this.stopped) this.registry.styleDocument();
  }

  /** Turns highlighting on: marks return at once, then work left over is done. */
  enable(): void {
    if (this.stopped || this.active) return;
    this.active = true;
    this.registry.show();
    this.observer.paused = false;
    this.listeners.notify();
    if (!this.scanned) {
      this.scanned = true;
      this.enqueue(() => this.firstScan());
    } else {
      this.enqueue(() => this.mark(this.store.takePending()));
      this.observer.resume();
      this.report.force();
    }
  }

  /** Turns highlighting off: every mark goes in one call; changes are still noted for later. */
  disable(): void {
    if (!this.active) return;
    this.active = false;
    this.registry.hide();
    this.observer.paused = true;
    this.observer.pause();
    this.listeners.notify();
    this.report.reportNone();
  }

  /** Highlighting is off from the start: the top frame still tells the popup so, with an empty list. */
  announceOff(): void {
    // Styles adopted at document_start, before highlighting was turned off, go too.
    this.registry.hide();
    if (this.isTopFrame) this.report.reportNone();
  }

  stop(): void {
    this.disable();
    this.stopped = true;
    this.observer.disconnect();
    this.urls.stop();
    this.registry.stop();
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((e: unknown) => console.error('Dossier: highlighting failed', e));
  }

  private readonly cancelled = (): boolean => !this.active;

  private async mark(segments: readonly Segment[]): Promise<void> {
    if (await markSegments(this.parts, segments)) this.report.schedule();
  }

  private async firstScan(): Promise<void> {
    // Its own task: the one that turned highlighting on may have done other work.
    await urgentHost.yield();
    if (!this.active) {
      this.scanned = false;
      return;
    }
    timingMark('start');
    // The top frame almost always has text: ask for the knowledge while the walk runs.
    if (this.isTopFrame) void this.knowledge.recogniser();
    this.observer.observe(document);
    const walk = new Walk(document.documentElement, 'subtree', this.adoptShadowRoot);
    // Segments are taken as they are walked: handing over a large page's at the end was one long task.
    const walked: Segment[] = [];
    const walkStep = (): boolean => {
      const more = walk.step(WALK_STEP_NODES);
      for (const s of walk.take()) {
        const segment = toSegment(s);
        walked.push(segment);
        this.store.adopt(segment);
      }
      return more;
    };
    if (!(await sliced(walkStep, urgentHost, this.cancelled))) {
      // Turned off mid-walk: the next first scan starts over.
      this.store.abandon(walked);
      this.scanned = false;
      return;
    }
    timingMark('walked');
    this.store.adoptOrder(walked);
    this.registry.windowFromStart(walked.length);
    await this.mark(walked);
    if (!this.active) return;
    await afterPaint();
    timingMark('done');
    this.report.force();
  }

  private readonly adoptShadowRoot = (root: ShadowRoot): void => {
    this.observer.observe(root);
    this.registry.styleShadowRoot(root);
  };

  private async flush(): Promise<void> {
    if (!this.active) return;
    this.urls.check();
    const changes = this.observer.take();
    const scanned = await rescan(changes, this.store, this.adoptShadowRoot, this.cancelled);
    if (scanned === null) return;
    const fresh = scanned.map(toSegment);
    this.store.replace(fresh);
    if (changes.removed) this.store.sweep();
    const revealed = changes.restyled ? this.store.revealed() : [];
    this.store.insert(fresh);
    await this.mark([...fresh, ...revealed]);
    this.registry.followSoon();
    // Removals change the report even when nothing new was recognised.
    this.report.schedule();
  }

  private *markedBlocks(): Generator<ReportedBlock> {
    this.store.compact();
    for (const s of this.store.inOrder) if (s.state === 'done' && s.evidence) yield { mentions: s.mentions, evidence: s.evidence };
  }

  private mentions(): HighlightedMention[] {
    if (!this.active) return [];
    const out: HighlightedMention[] = [];
    for (const s of this.store.inOrder) {
      if (s.state !== 'done') continue;
      // The hover card opens only on names that are painted (the kinds chosen, quiet mode).
      for (let i = 0; i < s.ranges.length; i++) {
        if (this.filter.shows(s.mentions[i]!.kind)) out.push({ range: s.ranges[i]!, mention: s.mentions[i]! });
      }
    }
    return out;
  }
}
