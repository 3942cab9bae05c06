// The first-run page: opened on install, one screen, its example paragraph highlighted with
// hover cards like any page, light and dark.
import { test, expect, screenshot, welcomePage } from './fixtures.ts';
import { cardIn, pointAt, waitForCard } from './card-support.ts';
import { waitForMarks } from './highlight-support.ts';

test.use({ keepWelcomePage: true });

test('opens on install: what Dossier does and keeps, a live example to hover, light and dark', async ({ context }) => {
  const page = await welcomePage(context);
  await page.setViewportSize({ width: 1000, height: 760 });
  await expect(page.getByRole('heading', { name: 'Welcome to Dossier' })).toBeVisible();
  await expect(page.getByText('Nothing leaves your browser.')).toBeVisible();
  await expect(page.getByText(/^Your archive \(\d[\d,]* articles\)/)).toBeVisible();

  const marks = await waitForMarks(page, (m) => m.country.includes('Serbia') && m.official.includes('Ivica Dačić'));
  expect(marks.country).toEqual(expect.arrayContaining(['Azerbaijan', 'Serbia', 'Montenegro']));
  expect(marks.official).toEqual(expect.arrayContaining(['Jeyhun Bayramov', 'Ivica Dačić']));

  // One screen: nothing to scroll at a common laptop size.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  await screenshot(page, 'welcome-light');

  await pointAt(page, page, 'Ivica Dačić');
  const card = await waitForCard(page, 'official:ivica-dacic');
  expect(card.text).toContain('Ivica Dačić');
  await screenshot(page, 'welcome-card');

  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await expect.poll(() => cardIn(page)).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 25, 29)');
  await screenshot(page, 'welcome-dark');
});
