/**
 * Dossier's toolbar icons, by state (paths inside the built extension; the PNGs are
 * assets/icon/*.svg rasterised into assets/public by scripts/icons.mjs). The manifest
 * (wxt.config.ts) declares `on`; the background shows `off` on tabs where Dossier is off.
 */
export const TOOLBAR_ICONS = {
  on: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  off: { 16: 'icon-off/16.png', 32: 'icon-off/32.png', 48: 'icon-off/48.png', 128: 'icon-off/128.png' },
} as const;
