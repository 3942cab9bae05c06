// Dynamic pages: content added after load, edited and removed text, SPA navigation.
// The page with 20,000 paragraphs is in highlight-large.spec.ts.
import { test, expect } from './fixtures.ts';
import { storedReports, waitForMarks } from './highlight-support.ts';

declare global {
  interface Window {
    __pageMutations: string[];
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
