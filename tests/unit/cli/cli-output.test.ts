import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/main.ts';
import { projectRoot } from '../helpers/seed-archive.ts';

async function run(argv: string[], terminal = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: projectRoot, stderrIsTerminal: terminal });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of `count` small JSON articles (enough files for build-index to show progress). */
function corpusOf(count: number): string {
  const folder = path.join(dir, `corpus-${count}`);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const record = { id: String(i), title: `Serbia and Azerbaijan, bulletin ${i}`, url: `https://example.org/news/${i}`, body: 'Ilham Aliyev met Aleksandar Vučić in Baku.' };
    writeFileSync(path.join(folder, `a${String(i).padStart(3, '0')}.json`), JSON.stringify(record));
  }
  return folder;
}

describe('CLI output', () => {
  const corpus = corpusOf(25);
  const archive = path.join(dir, 'archive.json');

  it('build-index shows \\r progress only when stderr is a terminal', async () => {
    const plain = await run(['build-index', '--corpus', corpus, '--out', archive]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('\r');
    expect(plain.stderr).toMatch(/25 articles/);
    const terminal = await run(['build-index', '--corpus', corpus, '--out', archive], true);
    expect(terminal.stderr).toContain('\rreading 25/25 files\n');
  }, 30_000);

  it('show prints the article’s URL, as text and in --json', async () => {
    await run(['build-index', '--corpus', corpus, '--out', archive]);
    const text = await run(['show', 'a007:7', '--archive', archive]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual(['Serbia and Azerbaijan, bulletin 7', 'undated', 'https://example.org/news/7']);
    const json = await run(['show', 'a007:7', '--json', '--archive', archive]);
    expect((JSON.parse(json.stdout) as { url: string }).url).toBe('https://example.org/news/7');
  }, 30_000);

  it('runs as a script from a folder whose path has spaces, also through a link of another name', async () => {
    const copy = path.join(dir, 'a folder with spaces');
    cpSync(path.join(projectRoot, 'lib'), path.join(copy, 'lib'), { recursive: true });
    cpSync(path.join(projectRoot, 'package.json'), path.join(copy, 'package.json'));
    for (const linked of ['node_modules', 'assets']) symlinkSync(path.join(projectRoot, linked), path.join(copy, linked));
    symlinkSync(path.join(copy, 'lib', 'cli', 'main.ts'), path.join(copy, 'dossier.ts'));
    const tsx = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    for (const script of [path.join(copy, 'lib', 'cli', 'main.ts'), path.join(copy, 'dossier.ts')]) {
      const { stdout } = await promisify(execFile)(process.execPath, [tsx, script, 'help'], { cwd: copy });
      expect(stdout).toMatch(/^Usage: npm run -s dossier -- <command>/);
    }
  }, 60_000);
});
