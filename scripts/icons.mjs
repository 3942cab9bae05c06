// Rasterises the toolbar icons: assets/icon/<name>.svg -> assets/public/<folder>/<size>.png
// (WXT copies assets/public into the build). Run after editing an SVG:
// `node scripts/icons.mjs`; the PNGs are committed, so builds need no browser.
// Chromium renders the SVG (no image library in the dependencies draws SVG).
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { findBrowserSync } from '../tests/support/find-browser.mjs';
import { ROOT } from '../tests/support/paths.mjs';

const SIZES = [16, 32, 48, 128];
const ICONS = [
  { svg: 'dossier.svg', folder: 'icon' },
  { svg: 'dossier-off.svg', folder: 'icon-off' },
];

const found = findBrowserSync();
if (!found.path) throw new Error(found.error);
const browser = await chromium.launch({ executablePath: found.path });
try {
  for (const { svg, folder } of ICONS) {
    const source = fs.readFileSync(path.join(ROOT, 'assets', 'icon', svg), 'utf8');
    const outDir = path.join(ROOT, 'assets', 'public', folder);
    fs.mkdirSync(outDir, { recursive: true });
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
      await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block">`);
      await page.locator('img').evaluate((img) => img.decode());
      await page.screenshot({ path: path.join(outDir, `${size}.png`), omitBackground: true });
      await page.close();
    }
    console.log(`${folder}: ${SIZES.map((s) => `${s}.png`).join(', ')}`);
  }
} finally {
  await browser.close();
}
