/** Where a command writes; injected so tests can run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against (the project root for npm scripts). */
  cwd: string;
  /**
   * Whether stderr is a terminal: progress lines that rewrite themselves (`\r`) are shown
   * only there, so CI logs and redirected output get none.
   */
  stderrIsTerminal?: boolean;
}

/** A user-facing failure: printed as one line, exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}

export interface Command {
  name: string;
  /** One line for `help`. */
  summary: string;
  usage: string;
  /** Returns the exit code. Throws CliError for bad input. */
  run(argv: readonly string[], io: CliIO): Promise<number>;
}
