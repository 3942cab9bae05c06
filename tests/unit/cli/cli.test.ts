import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDossier } from '../helpers/run-cli.ts';

const run = runDossier;

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const archive = path.join(dir, 'archive.json');

describe('the dossier CLI', () => {
  beforeAll(async () => {
    const built = await run('build-index', '--corpus', 'assets/corpus', '--out', archive);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/5 articles/);
  }, 60_000);

  it('search --json prints id, title, date, source and score, best first', async () => {
    const { code, stdout } = await run('search', 'Dačić', '--json', '--archive', archive);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(rows[0]!).sort()).toEqual(['date', 'id', 'score', 'source', 'title']);
    expect(rows[0]!.id).toBe('003_b681c1fa2e90997a');
    const scores = rows.map((r) => r.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('show --json prints the article fields', async () => {
    const { code, stdout } = await run('show', '002_66502551f2509c58', '--json', '--archive', archive);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual(['author', 'body', 'date', 'id', 'lang', 'section', 'source', 'title', 'titleDerived', 'url']);
    expect(article.title).toBe('Ilham Aliyev: Azerbaijan and Serbia are strategic partners');
    expect(article.source).toBe('president.az');
  });

  it('related --json prints an empty array for an unrelated page', async () => {
    const page = path.join(dir, 'bread.txt');
    writeFileSync(page, 'Knead the dough for ten minutes, then let it rest in a warm kitchen.');
    const { code, stdout } = await run('related', page, '--json', '--archive', archive);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['search', 'x', '--archive', path.join(dir, 'missing.json')], /cannot read archive/],
    [['show', 'nope', '--archive', archive], /no article with id "nope"/],
    [['search'], /needs a query/],
    [['search', 'x', '--limit', 'many', '--archive', archive], /--limit must be/],
    [['build-index', '--corpus', path.join(dir, 'nowhere')], /corpus path not found/],
  ])('%j fails with one line and exit code 2', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file that is not an archive', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": "world"}');
    const { code, stderr } = await run('search', 'x', '--archive', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a Dossier archive/);
  });
});
