import { describe, expect, it } from 'vitest';
import { ALL_RANGES_LIMIT, inMarkWindow, mayRegisterAll, mustWindow, WINDOW_SCREENS, WINDOWED_PAGE_BLOCKS, windowedFromStart } from '../../../lib/highlight/mark-window.ts';

describe('inMarkWindow', () => {
  const view = { y: 10_000, h: 800 };

  it('takes blocks in the viewport and within WINDOW_SCREENS screens above and below it', () => {
    expect(inMarkWindow(10_000, view)).toBe(true);
    expect(inMarkWindow(10_000 - WINDOW_SCREENS * 800 + 1, view)).toBe(true);
    // Below: the viewport's own screen plus WINDOW_SCREENS more.
    expect(inMarkWindow(10_000 + (WINDOW_SCREENS + 1) * 800 - 1, view)).toBe(true);
  });

  it('leaves out blocks beyond the window, edges excluded', () => {
    expect(inMarkWindow(10_000 - WINDOW_SCREENS * 800, view)).toBe(false);
    expect(inMarkWindow(10_000 + (WINDOW_SCREENS + 1) * 800, view)).toBe(false);
    expect(inMarkWindow(0, view)).toBe(false);
    expect(inMarkWindow(50_000, view)).toBe(false);
  });

  it('takes the top of the page when scrolled to the top', () => {
    expect(inMarkWindow(0.5, { y: 0, h: 800 })).toBe(true);
    expect(inMarkWindow(-1, { y: 0, h: 800 })).toBe(true);
  });
});

describe('when a page is windowed', () => {
  it('windows a page from its first scan only past WINDOWED_PAGE_BLOCKS blocks', () => {
    expect(windowedFromStart(WINDOWED_PAGE_BLOCKS)).toBe(false);
    expect(windowedFromStart(WINDOWED_PAGE_BLOCKS + 1)).toBe(true);
  });

  it('switches to a window once marks pass ALL_RANGES_LIMIT', () => {
    expect(mustWindow(ALL_RANGES_LIMIT)).toBe(false);
    expect(mustWindow(ALL_RANGES_LIMIT + 1)).toBe(true);
  });

  it('registers everything again only once marks fell to half the limit and blocks to the page limit', () => {
    expect(mayRegisterAll(ALL_RANGES_LIMIT / 2, WINDOWED_PAGE_BLOCKS)).toBe(true);
    expect(mayRegisterAll(ALL_RANGES_LIMIT / 2 + 1, 10)).toBe(false);
    expect(mayRegisterAll(0, WINDOWED_PAGE_BLOCKS + 1)).toBe(false);
  });
});
