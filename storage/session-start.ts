import * as v from 'valibot';
import { defineValidatedItem } from './validated-item.ts';

/**
 * Whether the background has done its once-per-session work (entrypoints/background/session-start.ts)
 * since the browser started, or since Dossier was installed, updated, reloaded or enabled:
 * `session:` storage is emptied at each of those, and kept while the background sleeps
 * between wakes.
 */
export const sessionStarted = defineValidatedItem('session:sessionStarted', v.boolean(), false);
