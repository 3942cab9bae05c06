import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../../lib/entities/types.ts';
import { MarkFilter } from '../../../page-marking/mark-filter.ts';
import { MarkRegistry } from '../../../page-marking/mark-registry.ts';
import { watchAltHold } from '../../../page-marking/modifier-hold.ts';
import { Walk, WALK_STEP_NODES } from '../../../page-marking/scan.ts';
import { toSegment, type Segment } from '../../../page-marking/segments.ts';
import { highlighted } from './page-fixture.ts';

let registry: MarkRegistry | null = null;

afterEach(() => {
  registry?.hide();
  registry?.stop();
  registry = null;
  document.body.innerHTML = '';
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

describe('watchAltHold', () => {
  it('ignores key and pointer events a page’s script dispatches, and leaves them uncancelled', () => {
    const held = vi.fn();
    const stop = watchAltHold(held);
    const events = [
      new KeyboardEvent('keydown', { key: 'Alt', altKey: true, bubbles: true, cancelable: true }),
      new PointerEvent('pointermove', { altKey: true, bubbles: true, cancelable: true }),
    ];
    for (const e of events) document.body.dispatchEvent(e);
    stop();
    expect(held).not.toHaveBeenCalled();
    expect(events.map((e) => e.defaultPrevented)).toEqual([false, false]);
  });
});
