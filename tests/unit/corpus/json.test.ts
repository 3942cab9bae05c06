import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.ts';

const EMPTY_META = { titleDerived: false, time: null, timeZone: null, author: null, altTitles: [], sidebar: [] };

describe('.json files', () => {
  it('reads a single article object; without an id it is named after the file, like a .txt', () => {
    const result = parseText('story.json', JSON.stringify({ title: 'Talks in Baku', date: '2024-10-16', source: 'Report', url: 'https://example.org/1', body: 'First paragraph.\n\nSecond\nparagraph, wrapped.' }));
    expect(result).toEqual({
      articles: [
        {
          ...EMPTY_META,
          id: 'story',
          title: 'Talks in Baku',
          date: '2024-10-16',
          source: 'Report',
          section: null,
          lang: 'en',
          url: 'https://example.org/1',
          body: ['First paragraph.', 'Second paragraph, wrapped.'],
          file: 'story.json',
        },
      ],
      errors: [],
    });
  });

  it('reads an array; own ids become <stem>:<id>, records without one <stem>#<n> (1-based)', () => {
    const result = parseText('batch.json', JSON.stringify([
      { id: 'a-1', title: 'One', body: ['Para one.', 'Para two.'] },
      { title: 'Two', body: 'Line one.\nLine two.' },
      { id: 7, title: 'Three' },
    ]));
    expect(result.errors).toEqual([]);
    expect(result.articles.map((a) => [a.id, a.title, a.body])).toEqual([
      ['batch:a-1', 'One', ['Para one.', 'Para two.']],
      ['batch#2', 'Two', ['Line one.', 'Line two.']],
      ['batch:7', 'Three', []],
    ]);
  });

  it('derives a missing title from the body and says so', () => {
    const [a] = parseText('x.json', JSON.stringify([{ body: 'Farmers in the north reported a record harvest this autumn. Prices fell.' }])).articles;
    expect(a?.title).toBe('Farmers in the north reported a record harvest this autumn');
    expect(a?.titleDerived).toBe(true);
  });

  it('reports records with neither title nor body and values that are not objects, keeping the rest', () => {
    const result = parseText('mixed.json', JSON.stringify([{ title: 'Kept' }, { source: 'Nobody', body: '   ' }, 42, 'text', null, [1]]));
    expect(result.articles.map((a) => a.id)).toEqual(['mixed#1']);
    expect(result.errors).toEqual([
      { file: 'mixed.json', line: null, message: 'record 2: the record has neither a title nor a body' },
      { file: 'mixed.json', line: null, message: 'record 3: expected an object with a title or a body, found a number' },
      { file: 'mixed.json', line: null, message: 'record 4: expected an object with a title or a body, found a string' },
      { file: 'mixed.json', line: null, message: 'record 5: expected an object with a title or a body, found null' },
      { file: 'mixed.json', line: null, message: 'record 6: expected an object with a title or a body, found an array' },
    ]);
  });

  it('reports invalid JSON with the line of the mistake', () => {
    const result = parseText('broken.json', '[\n  {"title": "A"},\n  {"title": "B",}\n]');
    expect(result.articles).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'broken.json', line: 3 });
    expect(result.errors[0]!.message).toMatch(/^not valid JSON: /);
  });

  it('reports a top-level value that is not an article', () => {
    expect(parseText('n.json', '"just a string"').errors).toEqual([
      { file: 'n.json', line: null, message: 'expected an article object or an array of article objects' },
    ]);
  });
});

describe('.jsonl files', () => {
  it('reads one record per line, naming records without an id by their 1-based line', () => {
    const text = [
      JSON.stringify({ title: 'First', source: 'AP News', first_seen: '2025-07-24T16:27' }),
      '',
      JSON.stringify({ title: 'Second', source: 'JAMnews', url: 'https://jam-news.net/x/', published_date: '2026-03-26T17:10:33Z', category: 'Diplomacy' }),
    ].join('\n');
    const result = parseText('feed.jsonl', text);
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual([
      { ...EMPTY_META, id: 'feed#1', title: 'First', date: '2025-07-24', time: '16:27', source: 'AP News', section: null, lang: 'en', url: null, body: [], file: 'feed.jsonl' },
      {
        ...EMPTY_META,
        id: 'feed#3',
        title: 'Second',
        date: '2026-03-26',
        time: '17:10',
        timeZone: 'UTC+00:00',
        source: 'JAMnews',
        section: 'Diplomacy',
        lang: 'en',
        url: 'https://jam-news.net/x/',
        body: [],
        file: 'feed.jsonl',
      },
    ]);
  });

  it('keeps the good lines around a broken one and names the file and line', () => {
    const text = ['{"title": "One"}', '{"title": "Two", oops}', '{"title": "Three"}'].join('\r\n');
    const result = parseText('feed.jsonl', text);
    expect(result.articles.map((a) => a.title)).toEqual(['One', 'Three']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'feed.jsonl', line: 2 });
    expect(result.errors[0]!.message).toMatch(/^line 2: not valid JSON: /);
  });

  it('reports non-object lines and records without title or body by line', () => {
    const result = parseText('odd.jsonl', ['[1, 2]', 'true', '{"title": "", "body": []}', '{"title": "Fine"}'].join('\n'));
    expect(result.articles.map((a) => a.id)).toEqual(['odd#4']);
    expect(result.errors).toEqual([
      { file: 'odd.jsonl', line: 1, message: 'line 1: expected an object with a title or a body, found an array' },
      { file: 'odd.jsonl', line: 2, message: 'line 2: expected an object with a title or a body, found true' },
      { file: 'odd.jsonl', line: 3, message: 'line 3: the record has neither a title nor a body' },
    ]);
  });

  it('keeps identical records without ids (nothing is deduplicated silently)', () => {
    const line = '{"title": "Same headline", "source": "Wire"}';
    expect(parseText('twice.jsonl', `${line}\n${line}`).articles.map((a) => a.id)).toEqual(['twice#1', 'twice#2']);
  });

  it('keeps the first of two records with the same own id and reports the second by line', () => {
    const result = parseText('dup.jsonl', '{"id": "x", "title": "First"}\n{"id": "x", "title": "Second"}');
    expect(result.articles.map((a) => [a.id, a.title])).toEqual([['dup:x', 'First']]);
    expect(result.errors).toEqual([
      { file: 'dup.jsonl', line: 2, message: 'line 2: duplicate id "dup:x" in dup.jsonl: the first record with this id is kept, this one ("Second") is skipped' },
    ]);
  });

  it('never invents a date: unreadable dates are null', () => {
    const result = parseText('d.jsonl', ['{"title": "A", "date": "yesterday"}', '{"title": "B", "date": "2024-02-30"}', '{"title": "C", "date": 1700000000}'].join('\n'));
    expect(result.articles.map((a) => a.date)).toEqual([null, null, null]);
  });

  it('takes language, author, time and zone when the record gives them, and detects the language otherwise', () => {
    const result = parseText('m.jsonl', [
      JSON.stringify({ title: 'Prezident İlham Əliyev görüşdü', author: ['A. Bayramova', 'R. Aliyev'], date: '2024-10-16', time: '17:40', timeZone: 'UTC+04:00' }),
      JSON.stringify({ title: 'Title', lang: 'de', body: 'Text.' }),
    ].join('\n'));
    expect(result.articles.map((a) => [a.lang, a.author, a.date, a.time, a.timeZone])).toEqual([
      ['az', 'A. Bayramova, R. Aliyev', '2024-10-16', '17:40', 'UTC+04:00'],
      ['de', null, null, null, null],
    ]);
  });
});
