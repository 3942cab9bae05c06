import type { Command } from '../command.ts';

/** Every CLI command, in the order `help` lists them. Add a command here. */
export const commands: Command[] = [];
