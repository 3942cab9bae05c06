export type Theme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour (`rgb(…)`/`rgba(…)`, comma or space syntax); null for anything else. */
export function parseColor(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number.parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme of the page behind a name: the first mostly opaque background among the name's
 * ancestors (nearest first, up to the root) decides. When all are transparent the browser
 * paints its canvas, which is dark only when the page's colour scheme allows dark and either
 * insists on it or the OS is dark; this is what the reader sees, so the card matches it.
 */
export function pageTheme(backgrounds: readonly string[], colorScheme: string, osDark: boolean): Theme {
  for (const value of backgrounds) {
    const c = parseColor(value);
    if (c && c.a >= 0.5) return luminance(c) < 0.18 ? 'dark' : 'light';
  }
  const schemes = colorScheme.split(/\s+/);
  if (!schemes.includes('dark')) return 'light';
  return !schemes.includes('light') || osDark ? 'dark' : 'light';
}
