import { describe, expect, it, vi } from 'vitest';
import { watchAltHold } from '../../../page-marking/modifier-hold.ts';

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
