import { describe, expect, it } from 'vitest';
import { parseDateline, deriveTitle, detectLang } from '../../../lib/corpus/index.ts';
import { sourceFromProse } from '../../../lib/corpus/sources.ts';
import { onlyArticle, parseText } from './helpers.ts';

describe('datelines', () => {
  it.each([
    ['• 02 February, 2026', { date: '2026-02-02', time: null, timeZone: null }],
    ['October 16, 2024 17:40', { date: '2024-10-16', time: '17:40', timeZone: null }],
    ['- 1 September 2024 13:52', { date: '2024-09-01', time: '13:52', timeZone: null }],
    ['7 November 2023 17:41 (UTC+04:00)', { date: '2023-11-07', time: '17:41', timeZone: 'UTC+04:00' }],
    ['Monday, 3 March 2025, 5:10 pm GMT+4', { date: '2025-03-03', time: '17:10', timeZone: 'UTC+04:00' }],
    ['16.10.2024 09:05', { date: '2024-10-16', time: '09:05', timeZone: null }],
    ['2026-03-26T17:10:33Z', { date: '2026-03-26', time: '17:10', timeZone: 'UTC+00:00' }],
  ])('reads "%s"', (line, expected) => {
    expect(parseDateline(line)).toEqual(expected);
  });

  it.each(['30 February 2024', '2024-13-01', 'On November 7, 2023, the minister met', '12:00', 'Politics'])('does not take "%s" for a dateline', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('sources named in prose', () => {
  it.each([
    ['Talks took place in Belgrade, Report informs, citing the ministry.', 'Report'],
    ['The minister met his counterpart, Azernews reports.', 'Azernews'],
    ['The spokesperson clarified the issue, according to Azerbaijan in Focus, reporting Trend News.', 'Trend News'],
    ['Troops withdrew overnight (APA reports).', 'APA'],
  ])('finds the agency in "%s"', (text, source) => {
    expect(sourceFromProse(text)).toBe(source);
  });

  it.each([
    'His wife, Sevinc Sadigova, reported that journalists joined the protest.',
    'According to Aliyev, relations are very important.',
    'Serbia is a partner, Aliyev said during the meeting, the website of the head of state reported.',
  ])('finds no agency in "%s"', (text) => {
    expect(sourceFromProse(text)).toBeNull();
  });
});

describe('language by script', () => {
  it.each([
    ['Azərbaycanla Monteneqro arasında əməkdaşlıq', 'az'],
    ['Азербайджан и Черногория обсудили сотрудничество', 'ru'],
    ['Україна і Азербайджан', 'uk'],
    ['Србија и Азербејџан јачају сарадњу', 'sr'],
    ['Türkiye ve Azerbaycan işbirliği', 'tr'],
    ['Azerbaijan and Serbia hold consultations', 'en'],
    ['2024 — 17:40', null],
  ])('"%s" is %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe('derived titles', () => {
  it('take the first sentence, not fooled by abbreviations and initials', () => {
    expect(deriveTitle('The U.S. envoy met Gen. J. Smith on Nov. 10 in Baku. He left the next day.')).toBe('The U.S. envoy met Gen. J. Smith on Nov. 10 in Baku');
  });

  it('cut long sentences between words at about 100 characters', () => {
    const title = deriveTitle(`${'word '.repeat(40)}end.`);
    expect(title).toBe(`${'word '.repeat(19)}word…`);
    expect(title.length).toBe(100);
  });
});

describe('the text layout rules generalise beyond the seeds', () => {
  it('prefers the repeated headline over a masthead, and splits off the "Latest news" tail', () => {
    const page = [
      'Example Daily',
      'Minister visits Baku',
      'Economy',
      '12 March 2025 09:15',
      'Minister visits Baku',
      '',
      'The minister arrived in Baku on Tuesday for two days of talks, APA reports.',
      '',
      'Both sides signed agreements on transport and energy.',
      'Share',
      'Latest news',
      'Parliament approves the new budget after a long debate.',
      'Sport',
    ].join('\n');
    expect(onlyArticle(parseText('page.txt', page))).toMatchObject({
      title: 'Minister visits Baku',
      date: '2025-03-12',
      time: '09:15',
      section: 'Economy',
      source: 'APA',
      body: ['The minister arrived in Baku on Tuesday for two days of talks, APA reports.', 'Both sides signed agreements on transport and energy.'],
      sidebar: ['Parliament approves the new budget after a long debate.'],
    });
  });

  it('joins hard-wrapped lines into paragraphs and reads "By" bylines', () => {
    const page = [
      'Harvest breaks records',
      'By Leyla Mammadova',
      '',
      'Farmers in the north of the country reported a record harvest',
      'this autumn, the ministry said on Friday.',
      '',
      'Prices are expected to fall.',
    ].join('\n');
    expect(onlyArticle(parseText('wrapped.txt', page))).toMatchObject({
      title: 'Harvest breaks records',
      author: 'Leyla Mammadova',
      body: ['Farmers in the north of the country reported a record harvest this autumn, the ministry said on Friday.', 'Prices are expected to fall.'],
    });
  });

  it('starts the sidebar at another story\'s dateline after the text', () => {
    const page = [
      'Bridge reopens after repairs',
      'Transport',
      '2 May 2025',
      '',
      'The old bridge over the river reopened to traffic on Friday morning after repairs.',
      '',
      'Regional news',
      '3 May 2025 10:00',
      'A new school opened in the village with places for three hundred pupils.',
    ].join('\n');
    expect(onlyArticle(parseText('tail.txt', page))).toMatchObject({
      date: '2025-05-02',
      section: 'Transport',
      body: ['The old bridge over the river reopened to traffic on Friday morning after repairs.'],
      sidebar: ['A new school opened in the village with places for three hundred pupils.'],
    });
  });

  it('keeps a teaser that says something the body does not, without the glued headline', () => {
    const page = [
      'Ports expand',
      'Ports expand Two new terminals will double the capacity of the country\'s ports by 2030.',
      'Business',
      '1 June 2025 12:00',
      'Ports expand',
      'Construction starts next month at both sites, the agency said.',
    ].join('\n');
    expect(onlyArticle(parseText('teaser.txt', page)).body).toEqual([
      'Two new terminals will double the capacity of the country\'s ports by 2030.',
      'Construction starts next month at both sites, the agency said.',
    ]);
  });
});
