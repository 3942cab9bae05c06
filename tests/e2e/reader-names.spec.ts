// The reader highlights the names in its article and opens the same hover cards as pages.
import { test, expect } from './fixtures.ts';
import { pointAt, waitForCard } from './card-support.ts';
import { waitForMarks } from './highlight-support.ts';

test('the reader marks the article’s names and a hover opens their card', async ({ extensionPage }) => {
  const reader = await extensionPage('reader.html#/article/003_b681c1fa2e90997a');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Bayramov');
  const marks = await waitForMarks(reader, (m) => m.official.includes('Jeyhun Bayramov') && m.country.includes('Serbia'));
  expect(marks.official).toContain('Heydar Aliyev');
  await reader.mouse.move(5, 5);
  await pointAt(reader, reader, 'Ivitsa Dacic');
  const card = await waitForCard(reader, 'official:ivica-dacic');
  expect(card.text).toContain('Ivica Dačić');
  expect(card.text).toMatch(/1 archive article/);
});
