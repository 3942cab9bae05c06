import { pageTheme, type Theme } from '../lib/hover/page-theme.ts';

const osDark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** The theme of the page around a name: its ancestors' backgrounds, then the canvas (lib/hover/page-theme.ts). */
export function themeAround(node: Node): Theme {
  const backgrounds: string[] = [];
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  // Up through shadow hosts too: a name in a shadow tree sits on its host's background.
  while (el !== null) {
    backgrounds.push(getComputedStyle(el).backgroundColor);
    el = el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null);
  }
  return pageTheme(backgrounds, colorScheme(), osDark?.matches ?? false);
}

/** The page's colour scheme: the root's `color-scheme` property, else its `<meta name="color-scheme">`. */
function colorScheme(): string {
  const property = getComputedStyle(document.documentElement).colorScheme;
  if (property && property !== 'normal') return property;
  return document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? 'normal';
}
