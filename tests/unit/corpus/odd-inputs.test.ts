import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../../lib/corpus/index.ts';
import { bytes, onlyArticle, parseText, seedBytes } from './helpers.ts';

const SEED_001 = '001_a34df747b295e036.txt';

describe('odd input never throws and says what is wrong', () => {
  it('reports an empty file', () => {
    expect(parseCorpusFile('empty.txt', new Uint8Array())).toEqual({
      articles: [],
      errors: [{ file: 'empty.txt', line: null, message: 'the file is empty' }],
    });
    expect(parseText('blank.txt', ' \n\n\t \r\n')).toEqual({
      articles: [],
      errors: [{ file: 'blank.txt', line: null, message: 'the file is empty (no text)' }],
    });
    expect(parseText('empty.jsonl', '\n\n')).toEqual({ articles: [], errors: [{ file: 'empty.jsonl', line: null, message: 'the file is empty' }] });
  });

  it('refuses binary data with NUL bytes', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(parseCorpusFile('photo.txt', garbage)).toEqual({
      articles: [],
      errors: [{ file: 'photo.txt', line: null, message: 'not a text file (it contains NUL bytes)' }],
    });
  });

  it('refuses data that is mostly control characters even without NULs', () => {
    const controls = new Uint8Array(2000).map((_, i) => 1 + (i % 8));
    expect(parseCorpusFile('dump.json', controls).errors).toEqual([
      { file: 'dump.json', line: null, message: 'not a text file (mostly control characters)' },
    ]);
  });

  it('reads CRLF and old-Mac CR line endings exactly like LF', () => {
    const lf = new TextDecoder().decode(seedBytes(SEED_001));
    const expected = parseText(SEED_001, lf);
    expect(parseText(SEED_001, lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseText(SEED_001, lf.replace(/\n/g, '\r'))).toEqual(expected);
  });

  it('ignores a UTF-8 byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes(SEED_001)]);
    expect(parseCorpusFile(SEED_001, withBom)).toEqual(parseCorpusFile(SEED_001, seedBytes(SEED_001)));
    expect(parseCorpusFile('a.json', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"title":"Café talks","body":"Text."}')])).articles[0]?.title).toBe('Café talks');
  });

  it('reads Latin-1 / windows-1252 text as such, without an error', () => {
    // "Café Société reopens in Zürich" / “quoted” in windows-1252: é=E9, ü=FC, “=93, ”=94.
    const latin1 = new Uint8Array([
      ...bytes('Caf'), 0xe9, ...bytes(' Soci'), 0xe9, ...bytes('t'), 0xe9, ...bytes(' reopens in Z'), 0xfc, ...bytes('rich\n\n'),
      0x93, ...bytes('We are back,'), 0x94, ...bytes(' the owner said on Monday, after two years of repairs.\n'),
    ]);
    const a = onlyArticle(parseCorpusFile('cafe.txt', latin1));
    expect(a.title).toBe('Café Société reopens in Zürich');
    expect(a.body).toEqual(['“We are back,” the owner said on Monday, after two years of repairs.']);
  });

  it('reads a UTF-16 file that has a byte-order mark', () => {
    const text = 'Minister visits Baku\n\nThe minister arrived in Baku on Tuesday for talks.\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(onlyArticle(parseCorpusFile('u16.txt', utf16)).title).toBe('Minister visits Baku');
  });

  it('parses a 5 MB scraped page whole: title, date, section and every paragraph', () => {
    const paragraph = 'The delegations discussed energy, transport and trade cooperation at length in the capital, officials said. ';
    const parts = ['Long report on regional cooperation', 'Politics', '3 March 2025 10:15', ''];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const p = `${i}. ${paragraph.repeat(4)}`;
      parts.push(p, '');
      size += p.length + 2;
    }
    const file = bytes(parts.join('\n'));
    const a = onlyArticle(parseCorpusFile('long.txt', file));
    expect(a.title).toBe('Long report on regional cooperation');
    expect(a.date).toBe('2025-03-03');
    expect(a.section).toBe('Politics');
    expect(a.body.length).toBe((parts.length - 4) / 2);
  });

  it('parses a 5 MB JSONL file whole: every record, in order', () => {
    const line = JSON.stringify({ title: 'Headline about cooperation', source: 'Wire', first_seen: '2025-07-24T16:27', body: 'One short paragraph of text.' });
    const count = Math.ceil(5_000_000 / (line.length + 1));
    const file = bytes(Array(count).fill(line).join('\n'));
    const result = parseCorpusFile('big.jsonl', file);
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(count);
    expect(result.articles[count - 1]!.id).toBe(`big#${count}`);
  });

  it('copes with absurdly long lines', () => {
    const word = 'x'.repeat(2_000_000);
    const a = onlyArticle(parseText('oneword.txt', word));
    expect(a.titleDerived).toBe(true);
    expect(a.title).toBe(`${'x'.repeat(100)}…`);
    expect(a.body).toEqual([word]);

    const prose = 'Officials met again and talked about roads and rail. '.repeat(40_000);
    const b = onlyArticle(parseText('oneline.txt', prose));
    expect(b.title).toBe('Officials met again and talked about roads and rail');
    expect(b.body).toHaveLength(1);
  });

  it('reports a file whose extension it does not read', () => {
    expect(parseText('notes.md', '# Notes')).toEqual({
      articles: [],
      errors: [{ file: 'notes.md', line: null, message: 'not a corpus file (expected .txt, .json or .jsonl)' }],
    });
  });

  it('reports a page that is only furniture', () => {
    expect(parseText('furniture.txt', 'Latest news\n-\nLeave a review\n• 08:26\n')).toEqual({
      articles: [],
      errors: [{ file: 'furniture.txt', line: null, message: 'no article text found (only page furniture such as dates, links and buttons)' }],
    });
  });
});
