import type { Command } from '../command.ts';
import { buildIndexCommand } from './build-index.ts';
import { curateOfficialsCommand } from './curate-officials.ts';
import { extractCommand } from './extract.ts';
import { officialsCommand } from './officials.ts';
import { relatedCommand } from './related.ts';
import { searchCommand } from './search.ts';
import { showCommand } from './show.ts';

/** Every CLI command, in the order `help` lists them. Add a command here. */
export const commands: Command[] = [buildIndexCommand, searchCommand, showCommand, extractCommand, relatedCommand, curateOfficialsCommand, officialsCommand];
