import { describe, expect, it } from 'vitest';
import { contains, placeCard, rectAt } from '../../../lib/hover/placement.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const name = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('card placement', () => {
  it('goes below the name when it fits', () => {
    const p = placeCard(name(100, 100), card, viewport);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 126, bottom: null });
    expect(p.maxHeight).toBe(800 - 120 - 6 - 8);
  });

  it('flips above near the bottom edge, pinned by its bottom edge', () => {
    const p = placeCard(name(100, 700), card, viewport);
    expect(p).toMatchObject({ side: 'above', top: null, bottom: 800 - 700 + 6 });
    expect(p.maxHeight).toBe(700 - 6 - 8);
  });

  it('stays inside the right and left edges', () => {
    expect(placeCard(name(950, 100), card, viewport).left).toBe(1000 - 8 - 360);
    expect(placeCard(name(-40, 100), card, viewport).left).toBe(8);
  });

  it('takes the roomier side with a height limit when it fits on neither', () => {
    const tall = { width: 360, height: 900 };
    const high = placeCard(name(100, 250), tall, viewport);
    expect(high).toMatchObject({ side: 'below', maxHeight: 800 - 270 - 14 });
    const low = placeCard(name(100, 500), tall, viewport);
    expect(low).toMatchObject({ side: 'above', maxHeight: 500 - 14 });
  });

  it('narrows to a small viewport and anchors names scrolled half out', () => {
    const small = placeCard(name(10, 10), card, { width: 300, height: 600 });
    expect(small.left).toBe(8);
    expect(small.maxWidth).toBe(284);
    const cut = placeCard(name(100, -10), card, viewport);
    expect(cut).toMatchObject({ side: 'below', top: 16 });
  });

  it('finds the line box under the pointer', () => {
    const lines = [name(500, 100, 200), name(0, 120, 60)];
    expect(rectAt(lines, 20, 130)).toBe(lines[1]);
    expect(rectAt(lines, 900, 900)).toBe(lines[0]);
    expect(rectAt([], 0, 0)).toBeNull();
    expect(contains(lines[0]!, 499, 100, 1)).toBe(true);
    expect(contains(lines[0]!, 498, 100, 1)).toBe(false);
  });
});
