import { describe, expect, it } from 'vitest';
import { parseCorpusFile, type Article } from '../../../lib/corpus/index.ts';
import { onlyArticle, seedBytes } from './helpers.ts';

function seed(file: string): Article {
  return onlyArticle(parseCorpusFile(file, seedBytes(file)));
}

/** Everything a reader sees of an article except the middle paragraphs. */
function summary(a: Article) {
  return {
    id: a.id,
    title: a.title,
    titleDerived: a.titleDerived,
    date: a.date,
    time: a.time,
    timeZone: a.timeZone,
    source: a.source,
    author: a.author,
    section: a.section,
    lang: a.lang,
    altTitles: a.altTitles,
    url: a.url,
    file: a.file,
    firstParagraph: a.body[0],
    lastParagraph: a.body[a.body.length - 1],
    paragraphs: a.body.length,
    sidebar: a.sidebar.length,
  };
}

describe('seed 000 (meta date line with tags, section and bullet dateline, translated titles)', () => {
  const a = seed('000_9bc284ab3f6946f2.txt');

  it('reads the metadata', () => {
    expect(summary(a)).toEqual({
      id: '000_9bc284ab3f6946f2',
      title: 'Azerbaijan, Montenegro mull security co-op',
      titleDerived: false,
      date: '2026-02-02',
      time: '08:26',
      timeZone: null,
      source: 'Report',
      author: null,
      section: 'Foreign policy',
      lang: 'en',
      altTitles: [
        { lang: 'az', title: 'Azərbaycanla Monteneqro arasında təhlükəsizlik sahəsində əməkdaşlıq müzakirə olunub' },
        { lang: 'ru', title: 'Азербайджан и Черногория обсудили сотрудничество в сфере безопасности' },
      ],
      url: null,
      file: '000_9bc284ab3f6946f2.txt',
      firstParagraph:
        'Montenegrin Interior Ministry State Secretary Novica Obradovic and Azerbaijani Ambassador to Montenegro Kamil Khasiyev have discussed bilateral security cooperation, Report informs referring to the Ministry of Interior.',
      lastParagraph: 'In conclusion, the sides emphasized the existing capacity and will to improve security relations and initiate cooperation in this area.',
      paragraphs: 7,
      sidebar: 0,
    });
  });

  it('keeps the tag lines (meta tags and the trailing tag line) out of the title and body', () => {
    const text = [a.title, ...a.body].join('\n');
    expect(text).not.toContain('WUF13');
    expect(text).not.toContain('Azerbaijan Montenegro cooperation');
    expect(a.body.filter((p) => p === a.title)).toEqual([]);
  });
});

describe('seed 001 (title glued to a teaser, plain dateline, "Latest news" tail)', () => {
  const a = seed('001_a34df747b295e036.txt');

  it('reads the metadata', () => {
    expect(summary(a)).toEqual({
      id: '001_a34df747b295e036',
      title: 'Azerbaijan and Serbia hold political consultations',
      titleDerived: false,
      date: '2024-10-16',
      time: '17:40',
      timeZone: null,
      source: 'Report',
      author: null,
      section: 'Foreign policy',
      lang: 'en',
      altTitles: [],
      url: null,
      file: '001_a34df747b295e036.txt',
      firstParagraph:
        'Political consultations between the foreign ministries of Azerbaijan and Serbia took place in Belgrade, Report informs, citing Azerbaijani Ministry of Foreign Affairs.',
      lastParagraph: 'During the visit, Fariz Rzayev met with other Serbian officials and participated in round table discussions with researchers and experts.',
      paragraphs: 6,
      sidebar: 0,
    });
  });

  it('does not start the body with the title glued to the teaser, nor repeat the teaser', () => {
    expect(a.body.some((p) => p.startsWith('Azerbaijan and Serbia hold political consultations'))).toBe(false);
    expect(a.body.some((p) => p.startsWith('The latest round of political consultations'))).toBe(false);
  });

  it('drops the "Latest news" heading and the bug-report widget', () => {
    expect(a.body.concat(a.sidebar).join('\n')).not.toMatch(/Latest news|Orphus/);
  });
});

describe('seed 002 (masthead domain, dateline after the text, sidebar tail)', () => {
  const a = seed('002_66502551f2509c58.txt');

  it('reads the metadata from the first dateline, the one under the article', () => {
    expect(summary(a)).toEqual({
      id: '002_66502551f2509c58',
      title: 'Ilham Aliyev: Azerbaijan and Serbia are strategic partners',
      titleDerived: false,
      date: '2024-09-01',
      time: '13:52',
      timeZone: null,
      source: 'president.az',
      author: null,
      section: 'Politics',
      lang: 'en',
      altTitles: [],
      url: null,
      file: '002_66502551f2509c58.txt',
      firstParagraph: 'Azerbaijani President Ilham Aliyev has today received Serbian Foreign Minister Marko Djuric.',
      lastParagraph: 'During the talk, the sides exchanged views on various areas of cooperation.',
      paragraphs: 6,
      sidebar: 4,
    });
  });

  it('keeps the other stories apart, in page order, without their labels and dates', () => {
    expect(a.sidebar.map((p) => p.slice(0, 40))).toEqual([
      'The governments of France, Germany, and ',
      'Today, in Tbilisi, a protest was held in',
      'Today, Azerbaijani Foreign Minister Jeyh',
      'On September 10, the Orda training groun',
    ]);
    expect(a.body.join('\n')).not.toMatch(/Tbilisi|Photo sessions|Leave a review/);
  });
});

describe('seed 003 (no headline: derived title, byline, time zone)', () => {
  const a = seed('003_b681c1fa2e90997a.txt');

  it('reads the metadata', () => {
    expect(summary(a)).toEqual({
      id: '003_b681c1fa2e90997a',
      title: 'Azerbaijani Foreign Minister Jeyhun Bayramov met with the Serbian First Deputy Prime Minister and…',
      titleDerived: true,
      date: '2023-11-07',
      time: '17:41',
      timeZone: 'UTC+04:00',
      source: 'Azernews',
      author: 'Qabil Ashirov',
      section: null,
      lang: 'en',
      altTitles: [],
      url: null,
      file: '003_b681c1fa2e90997a.txt',
      firstParagraph:
        'On November 7, 2023, the Azerbaijani Foreign Minister Jeyhun Bayramov met with the Serbian First Deputy Prime Minister and Foreign Minister Ivica Dacic within the framework of his official visit to the Republic of Serbia, Azernews reports.',
      lastParagraph:
        'After the meetings, in connection with the celebration of the 100th anniversary of the birth of National Leader Heydar Aliyev, with the participation of Minister Jeyhun Bayramov and State Secretary of the Ministry of Foreign Affairs, Goran Aleksic, sycamore trees were planted in Belgrade\'s Friendship Park. Later, Minister Jeyhun Bayramov and State Secretary of the Ministry of Foreign Affairs visited the monument of the National Leader in "Tashmaydan" park and laid a wreath.',
      paragraphs: 13,
      sidebar: 0,
    });
  });

  it('derives a title of at most about 100 characters, cut between words, without the opening date', () => {
    expect(a.title.length).toBeLessThanOrEqual(101);
    expect(a.body[0]!).toContain(a.title.slice(0, -1));
    expect(a.title).not.toMatch(/^On November/);
  });

  it('drops the byline, separator and social prompt from the body', () => {
    expect(a.body.join('\n')).not.toMatch(/Read more|Follow us|^---$/m);
  });
});

describe('seed 004 (relayed agency report, no date)', () => {
  const a = seed('004_326b7e6a5be190f9.txt');

  it('reads the metadata; the source is the reporting agency, not the aggregator that relayed it', () => {
    expect(summary(a)).toEqual({
      id: '004_326b7e6a5be190f9',
      title: 'Foreign Ministry: Unreasonable To Talk About Visa-free Regime Between Azerbaijan and Armenia',
      titleDerived: false,
      date: null,
      time: null,
      timeZone: null,
      source: 'Trend News',
      author: null,
      section: null,
      lang: 'en',
      altTitles: [],
      url: null,
      file: '004_326b7e6a5be190f9.txt',
      firstParagraph:
        'A spokesperson for the Azerbaijani Foreign Ministry Leyla Abdullayeva clarified the issue related to the visas between Azerbaijan and Armenia, according to Azerbaijan in Focus, reporting Trend News.',
      lastParagraph:
        'The conflict between the two South Caucasus countries began in 1988 when Armenia made territorial claims against Azerbaijan. As a result of the ensuing war, the Armenian Armed Forces occupied 20 percent of Azerbaijan, including the Nagorno-Karabakh region and seven surrounding districts. The 1994 ceasefire agreement was followed by peace negotiations.',
      paragraphs: 8,
      sidebar: 0,
    });
  });

  it('drops the photo credit line', () => {
    expect(a.body.join('\n')).not.toContain('Picture from');
  });
});
