import type { Mention, PageSession } from '../lib/entities/types.ts';
import { batchesByChars } from '../lib/highlight/batches.ts';
import { placement } from '../lib/highlight/visibility.ts';
import type { SliceHost } from '../lib/highlight/slicer.ts';
import type { KnowledgeClient } from './knowledge-client.ts';
import type { MarkRegistry } from './mark-registry.ts';
import type { PageReport } from './page-report.ts';
import { afterPaint, idleHost, sliced, urgentHost } from './scheduler.ts';
import { boxOf, type Segment, type SegmentStore } from './segments.ts';
import { timingMark } from './timing.ts';

/** Boxes read per step. */
const MEASURE_STEP = 64;
/** Characters per recogniser batch (a few milliseconds of work). */
const BATCH_CHARS = 8_000;

/** What the pass works with: the page marking's parts. */
export interface MarkPassParts {
  store: SegmentStore;
  registry: MarkRegistry;
  knowledge: KnowledgeClient;
  report: PageReport;
  /** Whether highlighting is still on (the pass stops between slices when it is not). */
  active(): boolean;
  /** Called after the pass changed marks. */
  changed(): void;
}

/**
 * Recognise and mark: measures the segments' boxes (reads only, batched: no layout thrash),
 * sets hidden ones aside, then recognises the rest in document order and marks what was
 * found. The visible part goes first: when the viewport is not at the top, it is previewed
 * with a throwaway session (the page session must see the page in order to resolve
 * surnames), then the ordered pass confirms it. Returns whether the pass ran to its end
 * (the page's report is then due).
 */
export async function markSegments(parts: MarkPassParts, segments: readonly Segment[]): Promise<boolean> {
  const { store } = parts;
  const cancelled = (): boolean => !parts.active();
  const queue = segments.filter((s) => s.state === 'new' || s.state === 'queued');
  if (queue.length === 0) return false;
  store.addPending(queue);
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
          store.hide(s);
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
    cancelled,
  );
  if (!measured) return false;
  const work = queue.filter((s) => s.state === 'queued');
  if (work.length === 0) {
    store.settlePending();
    return false;
  }
  const ready = await parts.knowledge.recogniser();
  if (ready === null || !parts.active()) return false;

  const urgent = new Set(visible);
  if (visibleAfterLater) await recognise(parts, visible, ready.recogniser.newPage(), urgent, false);
  const lastVisible = visible[visible.length - 1];
  let visibleMarked = lastVisible === undefined;
  const ok = await recognise(parts, work, ready.session, urgent, true, (s) => {
    if (!visibleMarked && s === lastVisible) {
      visibleMarked = true;
      void afterPaint().then(() => timingMark('visible'));
    }
  });
  store.settlePending();
  return ok;
}

/**
 * Feeds segments to a recogniser session in small batches and marks the result. Batches
 * run back to back while visible segments remain (urgent), then in idle time.
 */
async function recognise(
  parts: MarkPassParts,
  segments: readonly Segment[],
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
      changed = mark(parts, s, results[k] ?? [], final) || changed;
      onDone?.(s);
    });
    return b < batches.length;
  };
  // Back to back while visible text is left, then in idle time.
  const host: SliceHost = { now: urgentHost.now, yield: () => ((batches[b]?.[0] ?? 0) > lastUrgent ? idleHost.yield() : urgentHost.yield()) };
  const ok = await sliced(step, host, () => !parts.active());
  if (changed) parts.changed();
  return ok;
}

/** Sets a segment's mentions and marks; returns whether its marks changed. */
function mark(parts: MarkPassParts, s: Segment, mentions: Mention[], final: boolean): boolean {
  if (s.state === 'dead') return false;
  const same = sameMentions(s.mentions, mentions);
  if (final) {
    s.evidence = parts.report.evidenceOf(s, mentions);
    s.state = 'done';
    // The text is no longer needed once recognised: keep memory to the marks.
    s.text = '';
  }
  if (same && s.ranges.length === mentions.length) return false;
  parts.registry.setMarks(s, mentions);
  return true;
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
