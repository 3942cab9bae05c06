import { describe, expect, it } from 'vitest';
import { bodyParagraphs, savedTitle, withoutSiteName } from '../../../lib/saved-page/body-paragraphs.ts';
import { SAVED_LIMITS } from '../../../lib/saved-page/limits.ts';
import { savedArticle, savedArticleId } from '../../../lib/saved-page/saved-article.ts';

describe('bodyParagraphs', () => {
  it('tidies white space and drops empty blocks, separators and page furniture', () => {
    const blocks = ['  The   minister\n said on\u00a0Friday.  ', '', '   ', '* * *', 'Share this article', 'Advertisement', 'Second paragraph.'];
    expect(bodyParagraphs(blocks, 'Title')).toEqual({ paragraphs: ['The minister said on Friday.', 'Second paragraph.'], truncated: false });
  });

  it('drops a first block that repeats the title, and a block repeated right after itself', () => {
    const blocks = ['United States to Lift Sudan Sanctions', 'Photo caption.', 'Photo caption.', 'Text.', 'United States to Lift Sudan Sanctions'];
    expect(bodyParagraphs(blocks, 'United States to Lift Sudan Sanctions – ').paragraphs).toEqual([
      'Photo caption.',
      'Text.',
      'United States to Lift Sudan Sanctions',
    ]);
  });

  it('keeps a sentence that merely starts like furniture', () => {
    const long = 'Share prices fell sharply on Monday after the central bank raised rates again, analysts said.';
    expect(bodyParagraphs([long], 'x').paragraphs).toEqual([long]);
  });

  it('cuts a page longer than the limits and says so', () => {
    const many = Array.from({ length: SAVED_LIMITS.paragraphs + 5 }, (_, i) => `Paragraph ${i}.`);
    const cut = bodyParagraphs(many, 'x');
    expect(cut.paragraphs).toHaveLength(SAVED_LIMITS.paragraphs);
    expect(cut.truncated).toBe(true);
    const huge = bodyParagraphs(['a'.repeat(SAVED_LIMITS.paragraphChars + 10)], 'x');
    expect(huge.paragraphs[0]).toHaveLength(SAVED_LIMITS.paragraphChars);
    expect(huge.truncated).toBe(true);
    const total = bodyParagraphs(Array.from({ length: 100 }, (_, i) => `${i} ${'b'.repeat(SAVED_LIMITS.paragraphChars - 10)}`), 'x');
    expect(total.paragraphs.reduce((n, p) => n + p.length, 0)).toBeLessThanOrEqual(SAVED_LIMITS.bodyChars);
    expect(total.truncated).toBe(true);
  });
});

describe('savedTitle', () => {
  it('takes the first non-empty candidate, tidied and cut to the limit', () => {
    expect(savedTitle(null, '  ', ' A\n title ')).toBe('A title');
    expect(savedTitle('x'.repeat(600))).toHaveLength(SAVED_LIMITS.titleChars);
    expect(savedTitle(undefined, '')).toBe('');
  });
});

describe('savedArticle', () => {
  const page = { title: 'T', date: '2017-01-13', time: '03:38', timeZone: 'UTC-05:00', url: 'https://example.com/a', source: 'Example', lang: 'en', body: ['P.'] };

  it('is an article with the page’s fields and an id from its address', () => {
    const article = savedArticle(page);
    expect(article).toMatchObject({ title: 'T', date: '2017-01-13', time: '03:38', source: 'Example', url: 'https://example.com/a', body: ['P.'], titleDerived: false });
    expect(article.id).toBe(savedArticleId(page));
    expect(savedArticleId({ ...page, title: 'Other' })).toBe(article.id);
    expect(savedArticleId({ ...page, url: 'https://example.com/b' })).not.toBe(article.id);
    expect(article.id).toMatch(/^saved:/);
  });

  it('keeps no time without a date, and no source when it is empty', () => {
    expect(savedArticle({ ...page, date: null, source: '' })).toMatchObject({ date: null, time: null, timeZone: null, source: null });
  });
});

describe('withoutSiteName', () => {
  it('drops the site name after a separator when the page names its site or its host does', () => {
    const demo = 'Baku, Belgrade and Podgorica map out a new Balkan–Caucasus corridor · The Dossier Demo Gazette';
    expect(withoutSiteName(demo, [null, 'The Dossier Demo Gazette'])).toBe('Baku, Belgrade and Podgorica map out a new Balkan–Caucasus corridor');
    expect(withoutSiteName('Russian drones damage vessels | Reuters', ['reuters.com'])).toBe('Russian drones damage vessels');
    expect(withoutSiteName('Talks - Dossier Demo Gazette', ['The Dossier Demo Gazette'])).toBe('Talks');
  });

  it('keeps a title whose last part is not the site’s name', () => {
    expect(withoutSiteName('Serbia – Azerbaijan: strategic partners', ['report.az'])).toBe('Serbia – Azerbaijan: strategic partners');
    expect(withoutSiteName('No separator here', ['here'])).toBe('No separator here');
    expect(withoutSiteName('Talks · Reuters', [null, undefined, ''])).toBe('Talks · Reuters');
  });
});
