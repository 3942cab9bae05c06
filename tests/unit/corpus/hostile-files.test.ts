import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../lib/cli/corpus-files.ts';
import { runCli } from '../../../lib/cli/main.ts';
import { MAX_RECORD_BYTES, parseCorpusFile } from '../../../lib/corpus/index.ts';
import { bytes, projectRoot } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (i: number): string => JSON.stringify({ title: `Report ${i} from Bakı`, body: `Paragraph ${i} about Azərbaycan and Србија.` });

function concat(...parts: Array<Uint8Array | number[]>): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('hostile corpus files', () => {
  it('a NUL byte on one JSONL line costs that line only', () => {
    const lines = Array.from({ length: 55 }, (_, i) => bytes(record(i)));
    lines[20]![10] = 0;
    const result = parseCorpusFile('mix.jsonl', concat(...lines.flatMap((l) => [l, [0x0a]])));
    expect(result.articles).toHaveLength(54);
    expect(result.articles.map((a) => a.title)).not.toContain('Report 20 from Bakı');
    expect(result.errors).toEqual([{ file: 'mix.jsonl', line: 21, message: 'line 21: contains NUL bytes; the line is skipped' }]);
  });

  it('a truncated last UTF-8 character costs that character, not the file', () => {
    const text = 'Talks in Bakı\n\nThe ministers of Azərbaycan and Србија met in Bakı on Monday for talks.\n\nMore talks é';
    const truncated = bytes(text).subarray(0, bytes(text).length - 1);
    const result = parseCorpusFile('talks.txt', truncated);
    expect(result.articles).toEqual(parseCorpusFile('talks.txt', bytes(text.slice(0, -1))).articles);
    expect(result.articles[0]!.body.join('\n')).toContain('Azərbaycan and Србија met in Bakı');
    expect(result.errors).toEqual([{ file: 'talks.txt', line: 5, message: 'line 5: ends in an incomplete UTF-8 character, which is dropped' }]);
  });

  it('broken UTF-8 on one line is shown as � there; a line with no UTF-8 at all is windows-1252; the others keep their text', () => {
    const file = concat(
      bytes('{"title": "Bakı talks"}\n{"title": "Bakı br'), [0xc3, 0x28], bytes('ken"}\n{"title": "Caf'), [0xe9], bytes('"}\n{"title": "Србија"}\n'),
    );
    const result = parseCorpusFile('feed.jsonl', file);
    expect(result.articles.map((a) => a.title)).toEqual(['Bakı talks', 'Bakı br�(ken', 'Café', 'Србија']);
    expect(result.errors).toEqual([{ file: 'feed.jsonl', line: 2, message: 'line 2: invalid UTF-8 bytes, shown as �' }]);
  });

  it.each([
    ['utf-16le', (code: number) => [code & 0xff, code >> 8]],
    ['utf-16be', (code: number) => [code >> 8, code & 0xff]],
  ])('reads %s without a byte-order mark', (_, unit) => {
    const text = 'Minister visits Bakı\n\nThe minister arrived in Bakı on Tuesday for talks with Србија.\n';
    const file = Uint8Array.from([...text].flatMap((c) => unit(c.charCodeAt(0))));
    const result = parseCorpusFile('u16.txt', file);
    expect(result.errors).toEqual([]);
    expect(result.articles[0]!.title).toBe('Minister visits Bakı');
    const jsonl = Uint8Array.from([...`${record(1)}\n${record(2)}\n`].flatMap((c) => unit(c.charCodeAt(0))));
    expect(parseCorpusFile('u16.jsonl', jsonl).articles.map((a) => a.title)).toEqual(['Report 1 from Bakı', 'Report 2 from Bakı']);
  });

  it('refuses a file over its size limit with a message saying why and what to do', () => {
    const big = new Uint8Array(MAX_RECORD_BYTES + 1).fill(0x61);
    expect(parseCorpusFile('huge.txt', big).errors).toEqual([
      { file: 'huge.txt', line: null, message: 'the file is 8.0 MB, over the 8.0 MB limit for a .txt file; it is skipped (split it, or write its articles as .jsonl (one per line))' },
    ]);
  });

  it('skips a JSONL line over the record limit and keeps its neighbours, streamed or whole', async () => {
    const long = JSON.stringify({ title: 'Long', body: 'x'.repeat(MAX_RECORD_BYTES) });
    const text = `${record(1)}\n${long}\n${record(3)}\n`;
    const file = path.join(dir, 'long.jsonl');
    writeFileSync(file, text);
    const expected = {
      titles: ['Report 1 from Bakı', 'Report 3 from Bakı'],
      errors: [{ file: 'long.jsonl', line: 2, message: 'line 2: longer than 8.0 MB, the limit for one record; the line is skipped' }],
    };
    const whole = parseCorpusFile('long.jsonl', bytes(text));
    expect({ titles: whole.articles.map((a) => a.title), errors: whole.errors }).toEqual(expected);
    const streamed = await readCorpus([file]);
    expect({ titles: streamed.articles.map((a) => a.title), errors: streamed.errors }).toEqual(expected);
  }, 30_000);

  it('lists 150,000 problems of one file without running out of stack', async () => {
    const file = path.join(dir, 'broken.jsonl');
    writeFileSync(file, `${record(0)}\n${'{oops\n'.repeat(150_000)}`);
    const result = await readCorpus([file]);
    expect(result.articles).toHaveLength(1);
    expect(result.errors).toHaveLength(150_000);
    expect(result.errors[149_999]).toMatchObject({ file: 'broken.jsonl', line: 150_001 });
  }, 60_000);

  it('build-index shows the first problems, says how many more, and lists all of them on request', async () => {
    const corpus = path.join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${record(0)}\n${'{oops\n'.repeat(30)}`);
    const problems = path.join(dir, 'problems.txt');
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: projectRoot };
    const code = await runCli(['build-index', '--corpus', corpus, '--out', path.join(dir, 'archive.json'), '--problems', problems, '--json'], io);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter((l) => l.startsWith('warning: corpus.jsonl:'))).toHaveLength(20);
    expect(stderr).toContain(`warning: … and 10 more problems (30 in 1 files; all of them: ${problems})`);
    expect(readFileSync(problems, 'utf8').trim().split('\n')).toHaveLength(30);
    const report = JSON.parse(stdout) as { articles: number; problems: Array<{ file: string; line: number }> };
    expect(report.articles).toBe(1);
    expect(report.problems.map((p) => p.line)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  }, 60_000);
});
