import { describe, expect, it } from 'vitest';
import { contentScore, mainContentBlocks, type PageBlock } from '../../../lib/search/main-content.ts';

const prose = (text: string, over: Partial<PageBlock> = {}): PageBlock => ({ text, role: 'other', linkChars: 0, container: 'body', ...over });
const PARAGRAPH = 'Serbia and Azerbaijan agreed on Tuesday to expand gas deliveries, the ministers said, and to open a direct flight between Baku and Belgrade next spring.';

describe('main content of a page', () => {
  it('takes the blocks inside <article> and leaves navigation, asides and footers out', () => {
    const blocks = [
      prose('Home World Business Sport', { role: 'nav', linkChars: 25 }),
      prose(PARAGRAPH, { role: 'article' }),
      prose(PARAGRAPH, { role: 'article' }),
      prose('Most read: Chelsea beat Arsenal, Henman to face Saulnier', { role: 'aside' }),
      prose('© BBC. Terms of use. Privacy.', { role: 'footer' }),
    ];
    expect(mainContentBlocks(blocks)).toEqual([1, 2]);
  });

  it('falls back to <main> when there is no article', () => {
    const blocks = [prose(PARAGRAPH), prose(PARAGRAPH, { role: 'main' }), prose('Menu', { role: 'nav' })];
    expect(mainContentBlocks(blocks)).toEqual([1]);
  });

  it('without landmarks, picks the container whose prose scores highest, as Readability does', () => {
    const blocks = [
      prose('Sign in to read more stories from around the world today', { container: 'top', linkChars: 40 }),
      prose(PARAGRAPH, { container: 'story' }),
      prose(PARAGRAPH, { container: 'story' }),
      prose(PARAGRAPH, { container: 'story' }),
      prose('A short teaser, with one comma, about something else entirely', { container: 'teasers' }),
    ];
    expect(mainContentBlocks(blocks)).toEqual([1, 2, 3]);
  });

  it('never counts table cells or link lists, so a table of countries is not what a page is about', () => {
    const cells = ['Serbia', 'Montenegro', 'Azerbaijan'].map((c) => prose(`${c}, population 6,600,000, area 77,000 square kilometres, capital city`, { role: 'table', container: 'table' }));
    const links = prose('Serbia news, Montenegro news, Azerbaijan news, Armenia news', { role: 'list', linkChars: 55, container: 'list' });
    const intro = prose('This is a list of countries by population, based on the estimates published by the United Nations.', { container: 'body' });
    expect(mainContentBlocks([...cells, links, intro])).toEqual([4]);
  });

  it('scores a paragraph by commas and length, less its links', () => {
    expect(contentScore(prose('too short'))).toBe(0);
    expect(contentScore(prose(PARAGRAPH))).toBe(1 + 2 + 1);
    expect(contentScore(prose(PARAGRAPH, { linkChars: PARAGRAPH.length / 2 }))).toBe(2);
  });
});
