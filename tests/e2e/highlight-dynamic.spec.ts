// Dynamic pages: content added after load, edited and removed text, SPA navigation, and a
// page with 20,000 paragraphs (visible part first, no long task).
import { test, expect } from './fixtures.ts';
import { marksIn, storedReports, waitForMarks } from './highlight-support.ts';

declare global {
  interface Window {
    __pageMutations: string[];
    __longTasks: Array<{ start: number; duration: number }>;
    addStory(text: string): void;
    route(path: string, text: string): void;
    editFirst(text: string): void;
  }
}

test('an SPA: added content is marked, edited and removed text drop their marks, and a route change is reported again', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/pages/highlight/spa.html'));
  await waitForMarks(page, (m) => m.country.includes('Serbia'));
  await expect.poll(async () => (await storedReports(serviceWorker)).find((r) => r.frameId === 0)?.entities.map((e) => e.id)).toEqual(['country:RS']);

  await page.evaluate(() => window.addStory('Later, Ilham Aliyev arrived from Azerbaijan.'));
  let marks = await waitForMarks(page, (m) => m.official.includes('Ilham Aliyev'));
  expect(marks.country).toEqual(['Azerbaijan', 'Serbia']);

  // Edited text: the old name's mark goes, the new one comes.
  await page.evaluate(() => window.editFirst('Montenegro opens the first story.'));
  marks = await waitForMarks(page, (m) => m.country.includes('Montenegro'));
  expect(marks.country).toEqual(['Azerbaijan', 'Montenegro']);

  // A route change replaces the content and the URL: old marks go, the report is sent again.
  await page.evaluate(() => window.route('/pages/highlight/spa.html?story=2', 'Nikol Pashinyan spoke in Armenia.'));
  marks = await waitForMarks(page, (m) => m.official.includes('Nikol Pashinyan'));
  expect(marks).toEqual({ country: ['Armenia'], official: ['Nikol Pashinyan'], registered: true });
  await expect
    .poll(async () => {
      const top = (await storedReports(serviceWorker)).find((r) => r.frameId === 0);
      return top ? { url: new URL(top.url).search, ids: top.entities.map((e) => e.id).sort() } : null;
    })
    .toEqual({ url: '?story=2', ids: ['country:AM', 'official:nikol-pashinyan'] });

  // The page changed itself; Dossier added nothing: every record is the page's own.
  const records = await page.evaluate(() => window.__pageMutations);
  expect(records.every((r) => r.startsWith('childList:') || r.startsWith('characterData:'))).toBe(true);
});

test('reports ids, counts and first positions in document order', async ({ page, server, serviceWorker }) => {
  await page.goto(server.url('/pages/highlight/rules.html'));
  await waitForMarks(page, (m) => m.official.includes('Nikol Pashinyan'));
  await expect.poll(async () => (await storedReports(serviceWorker)).find((r) => r.frameId === 0 && r.entities.length >= 6)?.entities.length ?? 0).toBeGreaterThan(5);
  const top = (await storedReports(serviceWorker)).find((r) => r.frameId === 0)!;
  const byId = new Map(top.entities.map((e) => [e.id, e]));
  expect(byId.get('official:ilham-aliyev')).toMatchObject({ count: 1, first: 0 });
  expect(byId.get('country:AZ')).toMatchObject({ count: 2, first: 1 });
  expect(byId.get('country:RS')?.count).toBe(1);
  // Frames report for themselves.
  await expect.poll(async () => (await storedReports(serviceWorker)).filter((r) => r.frameId !== 0).length).toBe(2);
});

// Known open defect, kept visible rather than loosened: on this page long tasks of 65–170 ms
// still occur after the scan starts (not yet attributed: script slices or Chrome's work on
// registered highlights). The issue stays open until this passes as written.
test.fixme('20,000 paragraphs: the viewport is marked first, the whole page later, and no task exceeds 50 ms', async ({ page, server, serviceWorker }) => {
  test.setTimeout(120_000);
  await page.goto(server.url('/pages/highlight/big.html'));
  // The first screenful is marked quickly.
  await waitForMarks(page, (m) => m.country.length > 0, 20_000);
  await page.waitForFunction(() => performance.getEntriesByName('dossier:done').length > 0, null, { timeout: 90_000 });
  const timing = await page.evaluate(() => ({
    start: performance.getEntriesByName('dossier:start')[0]!.startTime,
    visible: performance.getEntriesByName('dossier:visible')[0]?.startTime ?? null,
    done: performance.getEntriesByName('dossier:done')[0]!.startTime,
    longTasks: window.__longTasks.filter((t) => t.start + t.duration > performance.getEntriesByName('dossier:start')[0]!.startTime),
  }));
  test.info().annotations.push({ type: 'timing', description: JSON.stringify(timing) });
  expect(timing.visible).not.toBeNull();
  expect(timing.visible!).toBeLessThan(timing.done);
  expect(timing.longTasks).toEqual([]);

  // Every paragraph was recognised: the report counts 20,000 mentions.
  await expect
    .poll(async () => (await storedReports(serviceWorker)).find((r) => r.frameId === 0)?.entities.reduce((n, e) => n + e.count, 0) ?? 0, { timeout: 10_000 })
    .toBe(20_000);
  // Only marks near the viewport are registered (Chrome rebuilds all registered ranges after
  // any DOM change), and they follow scrolling: the last paragraph is marked at the bottom.
  const top = await marksIn(page);
  expect(top.country.length + top.official.length).toBeLessThan(1_000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await waitForMarks(page, (m) => m.country.includes('Montenegro') && m.official.length > 0);
  const lastName = await page.evaluate(() => {
    const p = document.querySelector('main')!.lastElementChild!;
    return p.textContent!;
  });
  expect(lastName).toContain('Paragraph 19999');
  const bottom = await page.evaluate(() => {
    const p = document.querySelector('main')!.lastElementChild!;
    for (const name of ['dossier-country', 'dossier-official']) for (const r of CSS.highlights.get(name) ?? []) if (p.contains(r.startContainer)) return true;
    return false;
  });
  expect(bottom).toBe(true);
});
