// Page highlighting against the built extension: what is marked, what is left alone, and
// that the page's DOM never changes.
import { test, expect, screenshot } from './fixtures.ts';
import { marksIn, waitForMarks } from './highlight-support.ts';

declare global {
  interface Window {
    __pageMutations: string[];
  }
}

test('marks names across inline markup, split words, shadow DOM and frames, and nothing in editors, fields or hidden text', async ({ page, server, serviceWorker }) => {
  expect(serviceWorker.url()).toContain('chrome-extension://');
  await page.goto(server.url('/pages/highlight/rules.html'));
  const marks = await waitForMarks(page, (m) => m.official.some((t) => t.includes('Pashinyan')));

  // Nested and split markup: one block's text, one range over several nodes.
  expect(marks.official).toContain('Ilham Aliyev');
  expect(marks.official).toContain('Ivica Dačić');
  expect(marks.country.filter((t) => t === 'Azerbaijan')).toHaveLength(2);
  expect(marks.country).toContain('Serbia');
  // pre is read, code is not.
  expect(marks.country).toContain('Montenegro');
  expect(marks.country).not.toContain('Georgia');
  // Shadow DOM.
  expect(marks.official).toContain('Nikol Pashinyan');
  // Editors, form fields, hidden, noscript and template content are left alone.
  expect(marks.country).toEqual(expect.arrayContaining(['Armenia']));
  expect(marks.country.filter((t) => t === 'Armenia')).toHaveLength(1); // the shadow root's only
  for (const absent of ['France', 'Germany', 'Italy', 'Spain']) expect(marks.country).not.toContain(absent);

  // Frames: a same-origin document and an about:srcdoc one, each with its own content script.
  const framed = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
  expect((await waitForMarks(framed, (m) => m.official.length > 0)).official).toEqual(['Emmanuel Macron']);
  expect((await marksIn(framed)).country).toEqual(['Serbia']);
  const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
  const inner = await waitForMarks(srcdoc, (m) => m.country.length > 0);
  expect(inner.country).toEqual(['Kazakhstan']);

  // No DOM change at all, as the page's own MutationObserver saw it.
  expect(await page.evaluate(() => window.__pageMutations)).toEqual([]);
  // The counter does see changes (a control for the zero above).
  await page.evaluate(() => document.body.append(document.createElement('hr')));
  await expect.poll(() => page.evaluate(() => window.__pageMutations.length)).toBe(1);
  await screenshot(page, 'highlight-rules');
});
