import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../lib/hover/hover-intent.ts';

type Name = { id: string };
const a: Name = { id: 'a' };
const b: Name = { id: 'b' };

function machine(dwell = 300, grace = 300) {
  const events: string[] = [];
  const intent = new HoverIntent<Name>({
    dwellMs: () => dwell,
    graceMs: grace,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    same: (x, y) => x === y,
    onIntent: (t) => events.push(`intent ${t.id}`),
    onOpen: (t) => events.push(`open ${t.id}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after the dwell, not before', () => {
    const { intent, events } = machine();
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['intent a']);
    intent.pointerAt(a, false); // moving within the same name does not restart the dwell
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['intent a', 'open a']);
    expect(intent.open).toBe(a);
  });

  it('opens nothing for a pointer passing over', () => {
    const { intent, events } = machine();
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(120);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['intent a']);
    // Crossing two names quickly restarts the dwell on each.
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(200);
    intent.pointerAt(b, false);
    vi.advanceTimersByTime(200);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(1000);
    expect(events.filter((e) => e.startsWith('open'))).toEqual([]);
  });

  it('stays open in the card and on the name, closes after the grace period elsewhere', () => {
    const { intent, events } = machine(300, 300);
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(300);
    intent.pointerAt(null, false); // the gap between name and card
    vi.advanceTimersByTime(150);
    intent.pointerAt(null, true); // inside the card
    vi.advanceTimersByTime(5000);
    expect(intent.open).toBe(a);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(299);
    expect(intent.open).toBe(a);
    intent.pointerAt(a, false); // back on the name
    vi.advanceTimersByTime(5000);
    expect(intent.open).toBe(a);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(300);
    expect(intent.open).toBeNull();
    expect(events).toEqual(['intent a', 'open a', 'close']);
  });

  it('replaces the card when the pointer rests on another name', () => {
    const { intent, events } = machine(300, 1000);
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(300);
    intent.pointerAt(b, false);
    vi.advanceTimersByTime(300);
    expect(intent.open).toBe(b);
    vi.advanceTimersByTime(2000);
    expect(intent.open).toBe(b);
    expect(events).toEqual(['intent a', 'open a', 'intent b', 'open b']);
  });

  it('closes at once when dismissed, and a keyboard-opened card ignores the pointer', () => {
    const { intent, events } = machine();
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(300);
    intent.dismiss();
    expect(intent.open).toBeNull();
    intent.openNow(b);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(5000);
    expect(intent.open).toBe(b);
    intent.dismiss();
    intent.dismiss();
    expect(events).toEqual(['intent a', 'open a', 'close', 'open b', 'close']);
  });

  it('reads the dwell at each arrival', () => {
    let dwell = 300;
    const opened: string[] = [];
    const intent = new HoverIntent<Name>({
      dwellMs: () => dwell,
      graceMs: 100,
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      same: (x, y) => x === y,
      onOpen: (t) => opened.push(t.id),
      onClose: () => undefined,
    });
    dwell = 800;
    intent.pointerAt(a, false);
    vi.advanceTimersByTime(799);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);
  });
});
