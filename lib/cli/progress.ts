import type { CliIO } from './command.ts';

/** Steps shown for a long task: about one every 5 %. */
const STEPS = 20;

/**
 * A progress line that rewrites itself (`\r`), for long tasks. Shown only when stderr is a
 * terminal: in CI logs and redirected output every `\r` update would be a line of its own.
 */
export function progressLine(io: CliIO, label: string, unit: string): (done: number, total: number) => void {
  if (io.stderrIsTerminal !== true) return () => {};
  return (done, total) => {
    if (done !== total && done % Math.ceil(total / STEPS) !== 0) return;
    io.stderr(`\r${label} ${done}/${total} ${unit}`);
    if (done === total) io.stderr('\n');
  };
}
