#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/**
 * Whether this module is the script Node was started with (`tsx lib/cli/main.ts`), not an
 * import (the tests call runCli). Compared as file paths, not URL strings: a URL escapes
 * spaces and other characters that the path in argv keeps as they are.
 */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const self = fileURLToPath(import.meta.url);
  try {
    return realpathSync(script) === realpathSync(self);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    stderrIsTerminal: process.stderr.isTTY === true,
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
