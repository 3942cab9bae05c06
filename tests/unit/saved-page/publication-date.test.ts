import { describe, expect, it } from 'vitest';
import { publicationDate, type DateEvidence } from '../../../lib/saved-page/publication-date.ts';

const none: DateEvidence = { meta: [], jsonLd: [], times: [] };
const time = (value: string, more: Partial<DateEvidence['times'][number]> = {}) => ({ value, withHeadline: false, itemprop: null, pubdate: false, ...more });

describe('publicationDate', () => {
  it('finds nothing on a page that declares no date (never a guess)', () => {
    expect(publicationDate(none)).toBeNull();
    expect(publicationDate({ ...none, meta: [{ key: 'description', value: 'Published 2020-01-01' }] })).toBeNull();
  });

  it('reads article:published_time with its time and zone (Reuters)', () => {
    const evidence = { ...none, meta: [{ key: 'article:modified_time', value: '2025-12-27T08:56:42.774Z' }, { key: 'article:published_time', value: '2025-12-26T08:09:50Z' }] };
    expect(publicationDate(evidence)).toEqual({ date: '2025-12-26', time: '08:09', timeZone: 'UTC+00:00', from: 'meta tag' });
  });

  it('prefers the datePublished of an article node in JSON-LD, inside @graph, over meta tags', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', datePublished: '2001-10-29T01:59:14Z' },
        { '@type': ['NewsArticle'], datePublished: '2015-07-24T05:36:09+01:00', dateModified: '2015-07-25T00:00:00Z' },
      ],
    });
    const found = publicationDate({ ...none, jsonLd: [jsonLd], meta: [{ key: 'date', value: '2010-01-01' }] });
    expect(found).toEqual({ date: '2015-07-24', time: '05:36', timeZone: 'UTC+01:00', from: 'structured data' });
  });

  it('takes a non-article JSON-LD date when no article node has one, and skips broken JSON-LD', () => {
    const found = publicationDate({ ...none, jsonLd: ['{ broken', JSON.stringify({ '@type': 'WebPage', datePublished: '2013-06-18T08:11:41Z' })] });
    expect(found?.date).toBe('2013-06-18');
  });

  it('rejects dates that are not calendar days and goes on to the next source', () => {
    const found = publicationDate({ ...none, meta: [{ key: 'article:published_time', value: '2021-02-30' }], times: [time('2021-03-01', { withHeadline: true })] });
    expect(found).toEqual({ date: '2021-03-01', time: null, timeZone: null, from: 'dateline' });
  });

  it('ranks <time> elements: pubdate, then the first with the headline (labelled when dateModified); teasers never', () => {
    const times = [time('2025-12-28T01:09:47Z'), time('2025-12-26T08:09:50Z', { withHeadline: true }), time('2020-05-05', { pubdate: true })];
    expect(publicationDate({ ...none, times })?.date).toBe('2020-05-05');
    expect(publicationDate({ ...none, times: times.slice(0, 2) })?.date).toBe('2025-12-26');
    expect(publicationDate({ ...none, times: times.slice(0, 1) })).toBeNull();
    // The New York Times page: its dateline is marked dateModified; teasers of older stories follow.
    const nyt = [time('2017-01-13T03:38:38-05:00', { itemprop: 'datemodified', withHeadline: true }), time('', { withHeadline: true }), time('NOV. 7, 2010', { withHeadline: true })];
    expect(publicationDate({ ...none, times: nyt })).toEqual({ date: '2017-01-13', time: '03:38', timeZone: 'UTC-05:00', from: 'dateline (updated)' });
  });

  it('reads a <time> element’s text when it has no datetime', () => {
    expect(publicationDate({ ...none, times: [time('January 13, 2017', { withHeadline: true })] })?.date).toBe('2017-01-13');
  });

  it('survives hostile JSON-LD: deep nesting and huge arrays', () => {
    const deep = '{"@graph":['.repeat(20_000) + '{"@type":"NewsArticle","datePublished":"2019-09-09"}' + ']}'.repeat(20_000);
    const wide = JSON.stringify(Array.from({ length: 100_000 }, () => 1));
    expect(() => publicationDate({ ...none, jsonLd: [deep, wide] })).not.toThrow();
  });
});
