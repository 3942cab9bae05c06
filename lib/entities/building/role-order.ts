import type { OfficialRole } from '../types.ts';

/**
 * Newest first; undated last; at the same date the archive before the curated base.
 * A module of its own so that the extension (lib/search/combined-archive.ts) can order
 * roles without bundling knowledge.ts, which reads word frequencies through Node.
 */
export function compareRoles(a: OfficialRole, b: OfficialRole): number {
  const da = a.asOf ?? '';
  const db = b.asOf ?? '';
  // Year-only dates ("2022") compare as the start of the year.
  if (da !== db) return db.padEnd(10, '0') > da.padEnd(10, '0') ? 1 : -1;
  const rank = { archive: 0, page: 1, curated: 2 } as const;
  return rank[a.origin] - rank[b.origin];
}

