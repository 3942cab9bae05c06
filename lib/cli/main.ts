#!/usr/bin/env node
import { CliError, type CliIO } from './command.ts';
import { commands } from './commands/index.ts';

function helpText(): string {
  const lines = ['Usage: npm run -s dossier -- <command> [options]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(14)} ${c.summary}`);
  lines.push('', 'Run a command with --help for its options.');
  return lines.join('\n') + '\n';
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new CliError(`unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    // Any failure is one line on stderr and exit code 2; a stack trace helps no user.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`dossier: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('lib/cli/main.ts');
if (isEntryPoint) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`dossier: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
