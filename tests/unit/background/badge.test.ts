import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../entrypoints/background/badge.ts';
import { unsupportedReason } from '../../../entrypoints/background/tab-summary.ts';

describe('the toolbar badge', () => {
  it('is hidden at 0 and capped at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
    expect(badgeText(5000)).toBe('99+');
  });
});

describe('pages Dossier cannot read', () => {
  it.each([
    ['chrome://extensions/', /Browser pages/],
    ['https://chromewebstore.google.com/detail/x', /Web Store/],
    ['https://example.org/report.pdf', /PDF/],
    [null, /no page/],
  ])('%s gets an explanation', (url, reason) => {
    expect(unsupportedReason(url)).toMatch(reason);
  });

  it('web pages are readable', () => {
    expect(unsupportedReason('https://www.reuters.com/world/')).toBeNull();
  });
});
