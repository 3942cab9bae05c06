import type { PageOfficial } from './recogniser.ts';
import type { EntityInfo, Knowledge } from './types.ts';

function flagEmoji(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * What a hover card needs about one entity. Officials introduced only by the page come from
 * the session (`pageOfficials`), and say the archive has nothing on them (`inArchive: false`).
 */
export function entityInfo(knowledge: Knowledge, id: string, pageOfficials: readonly PageOfficial[] = []): EntityInfo | null {
  const [kind, key] = id.split(':', 2) as [string, string | undefined];
  if (!key) return null;
  if (kind === 'country') {
    const c = knowledge.countries.find((x) => x.code === key);
    return c ? { id, kind: 'country', name: c.name, code: c.code, flag: flagEmoji(c.code), inArchive: null } : null;
  }
  if (kind !== 'official') return null;
  const o = knowledge.officials.find((x) => x.slug === key);
  if (o) return { id, kind: 'official', name: o.name, roles: o.roles, inArchive: o.articleIds.length > 0, articleIds: o.articleIds };
  const p = pageOfficials.find((x) => x.id === id);
  return p ? { id, kind: 'official', name: p.name, roles: p.roles, inArchive: false, articleIds: [] } : null;
}
