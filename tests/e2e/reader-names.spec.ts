// The reader highlights the names in its article and opens the same hover cards as pages.
import { test, expect, screenshot } from './fixtures.ts';
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

test('the reader lists the other articles on its subject, and says so when there is none', async ({ extensionPage }) => {
  const reader = await extensionPage('reader.html#/article/002_66502551f2509c58');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('strategic partners');
  const related = reader.getByRole('list', { name: 'Related archive articles' });
  await expect(related.getByRole('link')).toHaveCount(2);
  await expect(related).toContainText('Azerbaijan and Serbia hold political consultations');
  await expect(related).toContainText('Jeyhun Bayramov');
  await screenshot(reader, 'reader-related-seeds');
  // Following one opens it, with its own related articles (the first among them).
  await related.getByRole('link', { name: /political consultations/ }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Azerbaijan and Serbia hold political consultations');
  await expect(reader.getByRole('list', { name: 'Related archive articles' })).toContainText('strategic partners');

  const alone = await extensionPage('reader.html#/article/000_9bc284ab3f6946f2');
  await expect(alone.getByRole('heading', { level: 1 })).toHaveText('Azerbaijan, Montenegro mull security co-op');
  await expect(alone.getByText('No other article in your archive shares names or topics with this one.')).toBeVisible();
});
