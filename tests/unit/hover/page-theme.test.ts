import { describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseColor } from '../../../lib/hover/page-theme.ts';

describe('page theme', () => {
  it('parses computed colours', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('color(srgb 1 1 1)')).toBeNull();
    expect(luminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
  });

  it('follows the nearest opaque background', () => {
    expect(pageTheme(['rgba(0, 0, 0, 0)', 'rgb(20, 22, 25)', 'rgb(255, 255, 255)'], 'normal', false)).toBe('dark');
    expect(pageTheme(['rgb(250, 250, 250)'], 'normal', true)).toBe('light');
    // Translucent tints do not decide.
    expect(pageTheme(['rgba(0, 0, 0, 0.1)', 'rgb(255, 255, 255)'], 'normal', true)).toBe('light');
    // Mid greys count as light.
    expect(pageTheme(['rgb(128, 128, 128)'], 'normal', true)).toBe('light');
  });

  it('follows the canvas when every background is transparent', () => {
    const clear = ['rgba(0, 0, 0, 0)'];
    expect(pageTheme(clear, 'normal', true)).toBe('light');
    expect(pageTheme(clear, 'light dark', true)).toBe('dark');
    expect(pageTheme(clear, 'light dark', false)).toBe('light');
    expect(pageTheme(clear, 'dark', false)).toBe('dark');
  });
});
