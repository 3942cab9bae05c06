import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../lib/entities/types.ts';
import { WINDOWED_PAGE_BLOCKS } from '../../../lib/highlight/mark-window.ts';
import { MarkFilter } from '../../../page-marking/mark-filter.ts';
import { MarkRegistry } from '../../../page-marking/mark-registry.ts';
import { Walk, WALK_STEP_NODES } from '../../../page-marking/scan.ts';
import { boxOf, toSegment, type Segment } from '../../../page-marking/segments.ts';
import { highlighted } from './page-fixture.ts';

let registry: MarkRegistry | null = null;

afterEach(() => {
  registry?.hide();
  registry?.stop();
  registry = null;
  document.body.innerHTML = '';
  scrollTo(0, 0);
});

/** The page's blocks as recognised segments (not marked yet), each one naming Serbia at its start. */
function serbiaBlocks(html: string): { segments: Segment[]; serbia: (s: Segment) => Mention[] } {
  document.body.innerHTML = html;
  const walk = new Walk(document.body, 'subtree', () => undefined);
  while (walk.step(WALK_STEP_NODES));
  const segments = walk.take().map(toSegment);
  for (const s of segments) {
    s.state = 'done';
    s.top = boxOf(s).top + scrollY;
  }
  const mention: Mention = { text: 'Serbia', start: 0, end: 6, kind: 'country', id: 'country:RS', name: 'Serbia', form: 'name' };
  const serbia = (s: Segment): Mention[] => (s.text.startsWith('Serbia') ? [mention] : []);
  return { segments, serbia };
}

describe('MarkRegistry', () => {
  it('registers every mark of a small page, and removes a segment’s marks when it is dropped', () => {
    const { segments, serbia } = serbiaBlocks('<p>Serbia one</p><p>Serbia <b>two</b></p><p>none</p>');
    registry = new MarkRegistry(() => segments, () => true, () => undefined);
    registry.show();
    for (const s of segments) registry.setMarks(s, serbia(s));
    expect(highlighted('dossier-country')).toEqual(['Serbia', 'Serbia']);
    expect(segments.map((s) => s.registered)).toEqual([true, true, false]);
    registry.drop(segments[0]!);
    expect(highlighted('dossier-country')).toEqual(['Serbia']);
    expect(segments[0]!.ranges).toEqual([]);
  });

  it('hides and shows all marks at once', () => {
    const { segments, serbia } = serbiaBlocks('<p>Serbia</p>');
    registry = new MarkRegistry(() => segments, () => true, () => undefined);
    registry.show();
    registry.setMarks(segments[0]!, serbia(segments[0]!));
    registry.hide();
    expect(CSS.highlights.has('dossier-country')).toBe(false);
    registry.show();
    expect(highlighted('dossier-country')).toEqual(['Serbia']);
  });

  it('on a windowed page registers only marks near the viewport, and follows scrolling', async () => {
    // Past the page limit of blocks: a smaller page with few marks would register them all again.
    const blocks = Array.from({ length: WINDOWED_PAGE_BLOCKS + 100 }, (_, i) => `<p style="height:${innerHeight}px;margin:0">Serbia ${i}</p>`).join('');
    const { segments, serbia } = serbiaBlocks(blocks);
    const changed = vi.fn();
    registry = new MarkRegistry(() => segments, () => true, changed);
    registry.show();
    registry.windowFromStart(WINDOWED_PAGE_BLOCKS + 1);
    for (const s of segments) registry.setMarks(s, serbia(s));
    const registered = (): number[] => segments.flatMap((s, i) => (s.registered ? [i] : []));
    // The viewport's screen and two below it.
    expect(registered()).toEqual([0, 1, 2]);
    expect(highlighted('dossier-country')).toHaveLength(3);
    scrollTo(0, 30 * innerHeight);
    await vi.waitFor(() => expect(registered()).toEqual([29, 30, 31, 32]));
    expect(changed).toHaveBeenCalled();
    expect(highlighted('dossier-country')).toHaveLength(4);
  });

  it('places the segments of one block taller than the viewport by their own text, so the window holds only the near ones', () => {
    // One block of 40,000 inline elements: its text is cut into segments of at most 20,000 characters.
    const spans = Array.from({ length: 40_000 }, (_, i) => `<span>${i % 4_000 === 0 ? 'Serbia' : 'word'} </span>`).join('');
    const { segments, serbia } = serbiaBlocks(`<div style="width:300px">${spans}</div>`);
    expect(segments.length).toBeGreaterThan(5);
    expect(new Set(segments.map((s) => s.root)).size).toBe(1);
    const tops = segments.map((s) => s.top);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(tops.at(-1)!).toBeGreaterThan(10 * innerHeight);
    registry = new MarkRegistry(() => segments, () => true, () => undefined);
    registry.show();
    registry.windowFromStart(WINDOWED_PAGE_BLOCKS + 1);
    for (const s of segments) registry.setMarks(s, serbia(s));
    expect(segments[0]!.registered).toBe(true);
    expect(segments.at(-1)!.registered).toBe(false);
  });

  it('switches to a window once a page passes the limit of marks', () => {
    const blocks = Array.from({ length: 1_100 }, () => `<p style="margin:0">Serbia</p>`).join('');
    const { segments, serbia } = serbiaBlocks(blocks);
    registry = new MarkRegistry(() => segments, () => true, () => undefined);
    registry.show();
    for (const s of segments) registry.setMarks(s, serbia(s));
    // Marks set after crossing the limit go in only within the window.
    const last = segments.at(-1)!;
    expect(last.top).toBeGreaterThan(3 * innerHeight);
    expect(last.registered).toBe(false);
    expect(segments[0]!.registered).toBe(true);
  });
});

const SERBIA: Mention = { text: 'Serbia', start: 0, end: 6, kind: 'country', id: 'country:RS', name: 'Serbia', form: 'name' };
const DACIC: Mention = { text: 'Ivica Dačić', start: 11, end: 22, kind: 'official', id: 'official:ivica-dacic', name: 'Ivica Dačić', form: 'name' };

/** One block naming a country and an official, marked through a registry that consults `filter`. */
function markedBlock(filter: MarkFilter): Segment {
  document.body.innerHTML = '<p>Serbia and Ivica Dačić</p>';
  const walk = new Walk(document.body, 'subtree', () => undefined);
  while (walk.step(WALK_STEP_NODES));
  const [segment] = walk.take().map(toSegment);
  segment!.state = 'done';
  registry = new MarkRegistry(() => [segment!], () => true, () => undefined, filter.shows);
  registry.show();
  registry.setMarks(segment!, [SERBIA, DACIC]);
  return segment!;
}

describe('MarkFilter and the registry', () => {
  it('paints only the kinds chosen, and follows a change of choice', () => {
    const filter: MarkFilter = new MarkFilter(() => registry?.refilter());
    filter.setKinds({ country: true, official: false });
    markedBlock(filter);
    expect(highlighted('dossier-country')).toEqual(['Serbia']);
    expect(highlighted('dossier-official')).toEqual([]);
    filter.setKinds({ country: false, official: true });
    expect(highlighted('dossier-country')).toEqual([]);
    expect(highlighted('dossier-official')).toEqual(['Ivica Dačić']);
  });

  it('in quiet mode paints nothing until the modifier is held, and nothing again once released', () => {
    const changed = vi.fn(() => registry?.refilter());
    const filter = new MarkFilter(changed);
    filter.setQuiet(true);
    markedBlock(filter);
    expect(highlighted('dossier-country')).toEqual([]);
    filter.setHeld(true);
    expect(highlighted('dossier-country')).toEqual(['Serbia']);
    expect(highlighted('dossier-official')).toEqual(['Ivica Dačić']);
    filter.setHeld(false);
    expect(highlighted('dossier-official')).toEqual([]);
    // Out of quiet mode the modifier changes nothing (and costs no refilter).
    filter.setQuiet(false);
    changed.mockClear();
    filter.setHeld(true);
    expect(changed).not.toHaveBeenCalled();
    expect(highlighted('dossier-country')).toEqual(['Serbia']);
  });
});
