import { describe, expect, it } from 'vitest';
import { mergeNewestFirst, type BrowseLine } from '../../../entrypoints/archive/browse-merge.ts';
import { articleCount, dateRangeText } from '../../../entrypoints/archive/archive-format.ts';
import { bundleSummary, hiddenBundle, newestFirst } from '../../../lib/search/bundle-view.ts';
import { searchArchive } from '../../../lib/search/search.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';

const line = (id: string, date: string | null, sourceId = 's'): BrowseLine => ({ id, title: id, date, source: null, sourceId });

describe('mergeNewestFirst', () => {
  it('merges two newest-first lists a page at a time, undated last, and says how far each was read', () => {
    const user = [line('u1', '2026-04-20'), line('u2', '2005-03-01'), line('u3', null)];
    const bundled = [line('b1', '2026-02-02', 'default'), line('b2', '2024-10-16', 'default'), line('b3', null, 'default')];
    const first = mergeNewestFirst(user, bundled, 3);
    expect(first.lines.map((l) => l.id)).toEqual(['u1', 'b1', 'b2']);
    expect([first.takenFromFirst, first.takenFromSecond]).toEqual([1, 2]);
    const rest = mergeNewestFirst(user.slice(1), bundled.slice(2), 10);
    expect(rest.lines.map((l) => l.id)).toEqual(['u2', 'u3', 'b3']);
    expect(mergeNewestFirst([], [], 5)).toEqual({ lines: [], takenFromFirst: 0, takenFromSecond: 0 });
  });
});

describe('archive page wording', () => {
  it('counts articles and writes date ranges', () => {
    expect(articleCount(1)).toBe('1 article');
    expect(articleCount(60146)).toBe('60,146 articles');
    expect(dateRangeText(null)).toBe('no dates');
    expect(dateRangeText(['2026-04-20', '2026-04-20'])).toBe('2026-04-20');
    expect(dateRangeText(['2005-02-10', '2005-03-01'])).toBe('2005-02-10 to 2005-03-01');
  });
});

describe('the default archive hidden', () => {
  const bundle = smallArchive([
    article('a', 'Montenegro security talks', ['Montenegro and Azerbaijan.'], { date: '2026-02-02' }),
    article('b', 'Serbia consultations', ['Serbia.'], { date: '2024-10-16' }),
    article('c', 'Visa regime', ['Armenia.']),
  ]);

  it('searches nothing, keeps the knowledge and changes the version; the bundle itself is untouched', () => {
    expect(searchArchive(bundle, { query: 'Montenegro' }).total).toBe(1);
    const hidden = hiddenBundle(bundle);
    expect(searchArchive(hidden, { query: 'Montenegro' }).total).toBe(0);
    expect(hidden.file.articles).toEqual([]);
    expect(hidden.file.knowledge).toBe(bundle.file.knowledge);
    expect(hidden.file.version).not.toBe(bundle.file.version);
    expect(bundle.file.articles).toHaveLength(3);
    expect(searchArchive(bundle, { query: 'Montenegro' }).total).toBe(1);
  });

  it('summarises and lists the bundle newest first, undated last', () => {
    expect(bundleSummary(bundle.file.articles)).toEqual({ articleCount: 3, dateRange: ['2024-10-16', '2026-02-02'] });
    expect(bundleSummary([])).toEqual({ articleCount: 0, dateRange: null });
    expect(newestFirst(bundle.file.articles).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
