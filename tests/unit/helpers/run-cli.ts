import { runCli } from '../../../lib/cli/main.ts';
import { projectRoot } from './seed-archive.ts';

/** Runs the CLI in-process from the project's root and collects what it prints. */
export async function runDossier(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: projectRoot });
  return { code, stdout, stderr };
}
