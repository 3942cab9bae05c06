// Issue 14: leaders named by surname alone in headlines, on a page with no other context.
import { test, expect } from './fixtures.ts';
import { openMarked, pointAt, waitForCard } from './card-support.ts';
import { waitForMarks } from './highlight-support.ts';

test('a surname alone in a headline is highlighted and its card opens with the right person', async ({ page, server }) => {
  await openMarked(page, server.url('/pages/card/surnames.html'), 'Trump');
  const marks = await waitForMarks(page, (m) => m.official.includes('Trump'));
  // "a trump card" is no one.
  expect([...marks.official].sort()).toEqual(['Aliyev', 'Pashinyan', 'Putin', 'Trump']);
  expect(marks.country).toEqual([]);
  for (const [surname, id, name] of [
    ['Putin', 'official:vladimir-putin', 'Vladimir Putin'],
    ['Pashinyan', 'official:nikol-pashinyan', 'Nikol Pashinyan'],
    // Read as of today: the Aliyev who is president now, not Heydar Aliyev.
    ['Aliyev', 'official:ilham-aliyev', 'Ilham Aliyev'],
    ['Trump', 'official:donald-trump', 'Donald Trump'],
  ] as const) {
    await pointAt(page, page, surname);
    const card = await waitForCard(page, id);
    expect(card.text).toContain(name);
    expect(card.text).toMatch(/President|Prime Minister/);
    await page.keyboard.press('Escape');
  }
});
