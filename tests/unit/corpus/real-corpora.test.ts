import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../../lib/corpus/index.ts';
import { bytes, corporaDir, haveCorpora } from './helpers.ts';

/** The first `n` lines of a corpus file, as their own small JSONL file. */
function firstLines(relative: string, n: number): Uint8Array {
  const text = readFileSync(path.join(corporaDir, relative), 'utf8');
  return bytes(text.split('\n').slice(0, n).join('\n'));
}

describe.skipIf(!haveCorpora)('real corpora in ../shared/data/corpora (skipped when ../shared is absent)', () => {
  it('bbc-2004: {id, category, title, body} with blank-line paragraphs and no dates', () => {
    const result = parseCorpusFile('bbc-2004/articles.jsonl', firstLines('bbc-2004/articles.jsonl', 3));
    expect(result.errors).toEqual([]);
    const [a] = result.articles;
    expect({ ...a, body: a?.body.length }).toEqual({
      id: 'bbc-2004/articles:business/001.txt',
      title: 'Ad sales boost Time Warner profit',
      titleDerived: false,
      date: null,
      time: null,
      timeZone: null,
      source: null,
      author: null,
      section: 'business',
      lang: 'en',
      altTitles: [],
      url: null,
      body: 5,
      sidebar: [],
      file: 'bbc-2004/articles.jsonl',
    });
    expect(a?.body[0]).toBe(
      'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.',
    );
    expect(a?.body[4]?.endsWith('It will now book the sale of its stake in AOL Europe as a loss on the value of that stake.')).toBe(true);
    expect(result.articles.map((x) => x.id)).toEqual(['bbc-2004/articles:business/001.txt', 'bbc-2004/articles:business/002.txt', 'bbc-2004/articles:business/003.txt']);
  });

  it('headlines-2025-2026: {title, source, first_seen} become headline-only articles', () => {
    const result = parseCorpusFile('headlines.jsonl', firstLines('headlines-2025-2026/headlines.jsonl', 2));
    expect(result).toEqual({
      errors: [],
      articles: [
        expect.objectContaining({ id: 'headlines#1', title: 'Trump’s Name in the Epstein Files, and Rare Protests in Ukraine', source: 'The New York Times', date: '2025-07-24', time: '16:27', timeZone: null, body: [], titleDerived: false }),
        expect.objectContaining({ id: 'headlines#2', title: 'DOJ meeting with Ghislaine Maxwell set for Thursday: Sources', source: 'ABC News', date: '2025-07-24', time: '16:27' }),
      ],
    });
  });

  it('az-agency-headlines-2026: {title, source, url, published_date, category}', () => {
    const [a] = parseCorpusFile('headlines.jsonl', firstLines('az-agency-headlines-2026/headlines.jsonl', 1)).articles;
    expect(a).toEqual({
      id: 'headlines#1',
      title: 'NATO secretary general: ‘we continue cooperation with Georgia’',
      titleDerived: false,
      date: '2026-03-26',
      time: '17:10',
      timeZone: 'UTC+00:00',
      source: 'JAMnews',
      author: null,
      section: 'Diplomacy',
      lang: 'en',
      altTitles: [],
      url: 'https://jam-news.net/nato-secretary-general-we-continue-cooperation-with-georgia/',
      body: [],
      sidebar: [],
      file: 'headlines.jsonl',
    });
  });

  it.each([
    ['bbc-2004/articles.jsonl', 2225],
    ['headlines-2025-2026/headlines.jsonl', 60146],
    ['az-agency-headlines-2026/headlines.jsonl', 3172],
  ])('%s parses whole, every record, without errors', (file, count) => {
    const result = parseCorpusFile(file, readFileSync(path.join(corporaDir, file)));
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(count);
    expect(result.articles.every((a) => a.title.length > 0 && !a.titleDerived)).toBe(true);
  });
});
