// The first-run page: opened on install, one screen, its example paragraph highlighted with
// hover cards like any page, light and dark, without accessibility violations (axe-core).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshot, welcomePage } from './fixtures.ts';
import { cardIn, pointAt, waitForCard } from './card-support.ts';
import { waitForMarks } from './highlight-support.ts';

test.use({ keepWelcomePage: true });

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

declare const chrome: {
  commands: { getAll(): Promise<Array<{ shortcut?: string }>> };
};

test('opens on install: what Dossier does and keeps, a live example to hover, light and dark', async ({ context, serviceWorker }) => {
  const page = await welcomePage(context);
  await page.setViewportSize({ width: 1000, height: 760 });
  await expect(page.getByRole('heading', { name: 'Welcome to Dossier' })).toBeVisible();
  await expect(page.getByText('Nothing leaves your browser.')).toBeVisible();
  await expect(page.getByText(/^Your archive \(\d[\d,]* articles\)/)).toBeVisible();
  // The shortcuts it lists are the ones the browser bound.
  const listed = (await page.locator('.shortcuts kbd').allTextContents()).flatMap((keys) => keys.split(' / '));
  const bound = (await serviceWorker.evaluate(() => chrome.commands.getAll())).map((c) => c.shortcut);
  expect(listed.length).toBe(4);
  for (const keys of listed) expect(bound).toContain(keys);

  const marks = await waitForMarks(page, (m) => m.country.includes('Serbia') && m.official.includes('Ivica Dačić'));
  expect(marks.country).toEqual(expect.arrayContaining(['Azerbaijan', 'Serbia', 'Montenegro']));
  expect(marks.official).toEqual(expect.arrayContaining(['Jeyhun Bayramov', 'Ivica Dačić']));

  // One screen: nothing to scroll at a common laptop size.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
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
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'welcome-dark');
});
