import type { Mention } from './types.ts';

/** Per entity: how often, and where it first occurs (offset and length of the first mention). */
export interface EntitySummary {
  id: string;
  count: number;
  first: number;
  length: number;
}

/** Collapses mentions (in text order) into per-entity postings, in order of first mention. */
export function summariseMentions(mentions: readonly Mention[]): EntitySummary[] {
  const byId = new Map<string, EntitySummary>();
  for (const m of mentions) {
    const s = byId.get(m.id);
    if (s) s.count++;
    else byId.set(m.id, { id: m.id, count: 1, first: m.start, length: m.end - m.start });
  }
  return [...byId.values()];
}
