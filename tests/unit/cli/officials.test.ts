import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnedOfficial } from '../../../lib/entities/building/learned.ts';
import { runDossier } from '../helpers/run-cli.ts';

const run = runDossier;

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-officials-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const archive = path.join(dir, 'archive.json');
/** Headlines in Title Case and one sentence-case article, the shapes issue 14 names. */
const articles = [
  { id: 'junk-1', title: 'Houthis Say Prime Minister Is Killed In Israeli Attack', date: '2025-08-30', body: '' },
  { id: 'junk-2', title: 'Prime Minister Is Killed In Strike On Capital', date: '2025-08-31', body: '' },
  { id: 'fico-1', title: 'Slovak Prime Minister Robert Fico: We Will Veto New Sanctions', date: '2026-01-10', body: '' },
  { id: 'fico-2', title: 'Slovak Prime Minister Robert Fico, In Moscow, Hails Gas Deal', date: '2026-02-11', body: '' },
  { id: 'michal-1', title: 'Estonian Prime Minister Kristen Michal: Budget Talks Have Failed', date: '2026-03-12', body: '' },
  { id: 'michal-2', title: 'Estonian Prime Minister Kristen Michal: Budget Talks Have Failed', date: '2026-03-12', body: '' },
  { id: 'rzayev-1', title: 'Talks in Baku', date: '2026-04-01', body: 'The delegation was led by Deputy Minister of Foreign Affairs Fariz Rzayev, who met his Serbian counterpart.' },
];

describe('dossier officials --learned', () => {
  beforeAll(async () => {
    const corpus = path.join(dir, 'corpus.jsonl');
    writeFileSync(corpus, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const built = await run('build-index', '--corpus', corpus, '--out', archive);
    expect(built.code).toBe(0);
  }, 60_000);

  it('lists what the archive taught, with the articles behind each person, and no Title Case junk', async () => {
    const { code, stdout } = await run('officials', '--learned', '--archive', archive, '--json');
    expect(code).toBe(0);
    const learned = JSON.parse(stdout) as LearnedOfficial[];
    const names = learned.map((o) => o.name);
    expect(names).not.toContain('Is Killed');
    // Title Case only, twice in one wording (syndicated): one introduction, not enough.
    expect(names).not.toContain('Kristen Michal');
    expect(learned.find((o) => o.name === 'Robert Fico')).toMatchObject({
      id: 'official:robert-fico',
      curated: false,
      articleIds: ['corpus:fico-1', 'corpus:fico-2'],
      roles: [
        { role: 'Prime Minister', country: 'SK', asOf: '2026-02-11', articleId: 'corpus:fico-2' },
        { role: 'Prime Minister', country: 'SK', asOf: '2026-01-10', articleId: 'corpus:fico-1' },
      ],
    });
    expect(learned.find((o) => o.name === 'Fariz Rzayev')?.articleIds).toEqual(['corpus:rzayev-1']);
  });

  it('prints a line per person, then one per learned role with its article', async () => {
    const { code, stdout } = await run('officials', '--learned', '--archive', archive);
    expect(code).toBe(0);
    expect(stdout).toContain('Robert Fico (official:robert-fico): 2 articles\n  Prime Minister (SK), as of 2026-02-11: corpus:fico-2\n');
    expect(stdout).toMatch(/\d+ officials learned from the archive \(\d+ known only from it\)\n$/);
  });

  it('fails with one line without --learned or with a file that is no archive', async () => {
    expect((await run('officials', '--archive', archive)).stderr).toMatch(/needs --learned/);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"articles": []}');
    const { code, stderr } = await run('officials', '--learned', '--archive', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/has no entity knowledge/);
  });
});
