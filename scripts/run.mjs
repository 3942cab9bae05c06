// Runs a command with inherited stdio and resolves to its exit code (never rejects),
// so the launchers can report every failing step instead of dying on the first.
import { spawn } from 'node:child_process';
import { ROOT } from '../tests/support/paths.mjs';

const WINDOWS = process.platform === 'win32';

/** `npm` is npm.cmd on Windows, which only runs through a shell. */
export function npmCommand() {
  return WINDOWS ? 'npm.cmd' : 'npm';
}

/** Resolves to the exit code (1 if the command could not start). */
export function run(command, args, { cwd = ROOT, env = process.env, timeoutMs, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? 'ignore' : 'inherit',
      shell: WINDOWS && command.endsWith('.cmd'),
    });
    let timer;
    if (timeoutMs) {
      timer = setTimeout(() => {
        if (!quiet) console.error(`(${command} ${args.join(' ')}: gave up after ${Math.round(timeoutMs / 1000)} s)`);
        child.kill('SIGTERM');
      }, timeoutMs);
    }
    child.on('error', (error) => {
      clearTimeout(timer);
      if (!quiet) console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs a Node script from node_modules with the current Node (no npx lookup, no network). */
export function runNodeScript(script, args, options) {
  return run(process.execPath, [script, ...args], options);
}
