import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../lib/cli/corpus-files.ts';
import { projectRoot } from './helpers.ts';

const ARTICLE = (title: string) => `${title}\n\nThe text of this article is one sentence long.\n`;

describe('readCorpus', () => {
  let root = '';

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dossier-corpus-'));
    const write = (relative: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), text);
    };
    write('lib/b/story.txt', ARTICLE('Story in b'));
    write('lib/a/feed.jsonl', '{"title": "Feed one"}\n{"title": "Feed two", oops}\n');
    write('lib/a/list.json', '[{"id": 1, "title": "Listed"}]');
    write('lib/notes.md', '# not a corpus file');
    write('lib/README.txt', 'About this folder.');
    write('lib/.hidden/secret.txt', ARTICLE('Hidden'));
    write('one/same.txt', ARTICLE('First copy'));
    write('two/same.txt', ARTICLE('Second copy'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders recursively in sorted order, skipping other files, notes and hidden entries', async () => {
    const progress: string[] = [];
    const result = await readCorpus(['lib'], { cwd: root, onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`) });
    expect(progress).toEqual(['1/3 a/feed.jsonl', '2/3 a/list.json', '3/3 b/story.txt']);
    expect(result.articles.map((a) => [a.id, a.title, a.file])).toEqual([
      ['a/feed#1', 'Feed one', 'a/feed.jsonl'],
      ['a/list:1', 'Listed', 'a/list.json'],
      ['b/story', 'Story in b', 'b/story.txt'],
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'a/feed.jsonl', line: 2 });
  });

  it('keeps the first of two articles with the same id and reports the later one', async () => {
    const result = await readCorpus(['one/same.txt', 'two/same.txt'], { cwd: root });
    expect(result.articles.map((a) => a.title)).toEqual(['First copy']);
    expect(result.errors).toEqual([
      { file: 'same.txt', line: null, message: 'duplicate article id "same" (already read from same.txt); this copy is skipped' },
    ]);
  });

  it('reads a file reached twice (directly and through its folder) only once', async () => {
    const result = await readCorpus(['one', 'one/same.txt'], { cwd: root });
    expect(result).toMatchObject({ errors: [], articles: [{ id: 'same' }] });
  });

  it('throws a one-line error naming a path that does not exist', async () => {
    await expect(readCorpus(['lib', 'no/such/folder'], { cwd: root })).rejects.toThrow(/^corpus path not found: no\/such\/folder$/);
  });

  it('reads the default corpus, five seeds, without errors', async () => {
    const result = await readCorpus(['assets/corpus'], { cwd: projectRoot });
    expect(result.errors).toEqual([]);
    expect(result.articles.map((a) => a.id)).toEqual([
      '000_9bc284ab3f6946f2',
      '001_a34df747b295e036',
      '002_66502551f2509c58',
      '003_b681c1fa2e90997a',
      '004_326b7e6a5be190f9',
    ]);
  });
});
