// The CLI and the extension read a page with one block model (lib/highlight/elements.ts,
// segment-text.ts): `dossier extract --json` reports the names the extension highlights.
//
// Each real page of ../shared/data/pages is opened in Chromium with Dossier loaded, and the
// page report the extension stores (entity ids and counts) is compared with `extract --json`
// run with the same knowledge (the build's archive.json) on:
// - the page as laid out: the browser's DOM, serialized, with every element that has no
//   layout box given `display: none` in its style attribute. The CLI has no layout engine;
//   given the browser's layout facts it must find exactly what the extension found.
// - the file as saved: the only difference left is text hidden by style sheets (the
//   extension sets aside blocks without a box; the CLI sees only `style` attributes). So
//   everything the extension reports, the CLI reports too, at least as often.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../lib/cli/main.ts';
import { EXTENSION_DIR, ROOT, SHARED_PAGES_DIR } from '../support/paths.mjs';
import { test, expect } from './fixtures.ts';
import { storedReports } from './highlight-support.ts';

const pages = existsSync(SHARED_PAGES_DIR) ? readdirSync(SHARED_PAGES_DIR).filter((f) => f.endsWith('.html')).sort() : [];
if (pages.length === 0) console.log(`skipping extract parity: no real pages in ${path.relative(ROOT, SHARED_PAGES_DIR)} (../shared is absent)`);

type Counts = Record<string, number>;

/** `extract --json` on an HTML text, counted per entity id. */
async function extractCounts(html: string): Promise<Counts> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-parity-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    let stdout = '';
    let stderr = '';
    const code = await runCli(['extract', file, '--json', '--archive', path.join(EXTENSION_DIR, 'archive.json')], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: ROOT,
    });
    expect(code, stderr).toBe(0);
    const counts: Counts = {};
    for (const m of JSON.parse(stdout) as Array<{ id: string }>) counts[m.id] = (counts[m.id] ?? 0) + 1;
    return counts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sorted(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

test.describe('extract --json finds what the extension highlights on real pages', () => {
  test.skip(pages.length === 0, '../shared/data/pages is absent');

  for (const file of pages) {
    test(file, async ({ context, page, server, serviceWorker }) => {
      test.setTimeout(90_000);
      // Offline: style sheets, fonts and frames from other hosts are refused at once, so the
      // layout is the page's own markup and inline styles, the same on every run.
      await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
      const url = server.url(`/shared/${file}`);
      await page.goto(url);

      // The report once it has settled (the extension reports as it scans).
      let last = '';
      let extension: Counts = {};
      await expect
        .poll(
          async () => {
            const report = (await storedReports(serviceWorker)).find((r) => r.frameId === 0 && r.url === url);
            if (!report) return false;
            const now = JSON.stringify(report.entities);
            const settled = now === last;
            last = now;
            extension = Object.fromEntries(report.entities.map((e) => [e.id, e.count]));
            return settled;
          },
          { timeout: 60_000, intervals: [1_000] },
        )
        .toBe(true);

      const laidOut = await page.evaluate(() => {
        const live = [document.documentElement, ...document.documentElement.querySelectorAll('*')];
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        const copies = [clone, ...clone.querySelectorAll('*')];
        live.forEach((el, i) => {
          // No box: display: none on it or an ancestor (display: contents lays out its text).
          if (el.getClientRects().length > 0 || getComputedStyle(el).display === 'contents') return;
          const copy = copies[i]!;
          copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};display:none`);
        });
        return `<!doctype html>${clone.outerHTML}`;
      });
      expect(sorted(await extractCounts(laidOut))).toEqual(sorted(extension));

      // The file as saved: style sheets may hide more from the extension, never from the CLI.
      const saved = await extractCounts(readFileSync(path.join(SHARED_PAGES_DIR, file), 'utf8'));
      const onlyCli = Object.entries(saved)
        .filter(([id, n]) => n > (extension[id] ?? 0))
        .map(([id, n]) => `${id} ${extension[id] ?? 0}→${n}`);
      test.info().annotations.push({ type: 'hidden by style sheets (CLI only)', description: onlyCli.join(', ') || 'none' });
      for (const [id, n] of Object.entries(extension)) expect(saved[id] ?? 0, id).toBeGreaterThanOrEqual(n);
    });
  }
});
