import type { Duplicate } from '../lib/search/near-duplicates.ts';
import { neutraliseBidiControls as inert } from '../lib/text/display.ts';

/** What "also in" says: the other sources that carry the same story, else how many more copies the archive holds. */
export function alsoInText(source: string | null, duplicates: readonly Duplicate[]): string {
  const others = [...new Set(duplicates.flatMap((d) => (d.source && d.source !== source ? [d.source] : [])))];
  if (others.length) return `also in: ${others.join(', ')}`;
  return `also in the archive ${duplicates.length === 1 ? 'once more' : `${duplicates.length} more times`}`;
}

/** The near-duplicates folded into a listed article (lib/search/near-duplicates.ts), in one line. */
export function AlsoIn({ source, duplicates }: { source: string | null; duplicates?: readonly Duplicate[] }) {
  if (!duplicates?.length) return null;
  return (
    <span class="also-in" dir="auto">
      {inert(alsoInText(source, duplicates))}
    </span>
  );
}
