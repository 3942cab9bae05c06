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

test('20,000 paragraphs: the viewport is marked first, the whole page later, and no task exceeds 50 ms', async ({ page, server }) => {
  test.setTimeout(90_000);
  await page.goto(server.url('/pages/highlight/big.html'));
  // The first screenful is marked quickly.
  await waitForMarks(page, (m) => m.country.length > 0, 10_000);
  const visibleMark = await page.evaluate(() => performance.getEntriesByName('dossier:visible')[0]?.startTime ?? null);
  // Then all of it: 20,000 paragraphs, one name each.
  const all = await waitForMarks(page, (m) => m.country.length + m.official.length >= 20_000, 60_000);
  expect(all.country.length + all.official.length).toBe(20_000);
  const timing = await page.evaluate(() => ({
    start: performance.getEntriesByName('dossier:start')[0]?.startTime ?? null,
    visible: performance.getEntriesByName('dossier:visible')[0]?.startTime ?? null,
    done: performance.getEntriesByName('dossier:done')[0]?.startTime ?? null,
    longTasks: window.__longTasks.filter((t) => t.start >= (performance.getEntriesByName('dossier:start')[0]?.startTime ?? 0)),
  }));
  test.info().annotations.push({ type: 'timing', description: JSON.stringify({ ...timing, visibleMark }) });
  expect(timing.visible).not.toBeNull();
  expect(timing.done).not.toBeNull();
  expect(timing.visible!).toBeLessThan(timing.done!);
  expect(timing.longTasks).toEqual([]);
  // A short scroll finds the names below already marked, and far down too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect((await marksIn(page)).registered).toBe(true);
});
