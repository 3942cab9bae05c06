/**
 * Officials learned from the user's articles, kept per source in `meta` (key
 * `learned:<sourceId>`), so that removing a source removes what only it taught.
 */
export { mergeLearned } from '../lib/entities/building/merge-officials.ts';

export function learnedKey(sourceId: string): string {
  return `learned:${sourceId}`;
}
