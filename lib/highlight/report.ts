import type { Mention } from '../entities/types.ts';
import type { PageEntity } from '../messages/protocol.ts';

/** The background accepts at most this many entities per report (lib/messages/schemas.ts). */
export const MAX_REPORTED_ENTITIES = 5000;

/**
 * The page's entity list: each entity's count and the index of its first mention among
 * all mentions, given the mentions of each block in document order. Most frequent first,
 * so that the cap drops the rarest.
 */
export function entityReport(blocks: Iterable<readonly Pick<Mention, 'id' | 'name'>[]>): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  let index = 0;
  for (const mentions of blocks) {
    for (const m of mentions) {
      const seen = byId.get(m.id);
      if (seen) seen.count++;
      else byId.set(m.id, { id: m.id, count: 1, first: index, name: m.name });
      index++;
    }
  }
  const entities = [...byId.values()];
  entities.sort((a, b) => b.count - a.count || a.first - b.first);
  return entities.slice(0, MAX_REPORTED_ENTITIES);
}

/** Whether two reports say the same, so an unchanged page is not reported again. */
export function sameReport(a: readonly PageEntity[], b: readonly PageEntity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.count !== y.count || x.first !== y.first) return false;
  }
  return true;
}
