/**
 * Officials joined by slug: aliases, roles and articles added, nothing doubled. Used where
 * learned officials are merged: per source in the store (archive-store/learned.ts) and into
 * the bundle's knowledge (lib/search/combined-archive.ts).
 */
import { compareRoles } from './role-order.ts';
import type { OfficialEntry, OfficialRole } from '../types.ts';

function sameRole(a: OfficialRole, b: OfficialRole): boolean {
  return a.role === b.role && a.country === b.country && a.asOf === b.asOf && a.origin === b.origin && a.articleId === b.articleId;
}

/** Officials of `more` joined into `base` by slug: roles and articles added, nothing doubled. */
export function mergeLearned(base: readonly OfficialEntry[], more: readonly OfficialEntry[]): OfficialEntry[] {
  const bySlug = new Map(base.map((o) => [o.slug, { ...o, aliases: [...o.aliases], roles: [...o.roles], articleIds: [...o.articleIds] }]));
  for (const o of more) {
    const known = bySlug.get(o.slug);
    if (!known) {
      bySlug.set(o.slug, { ...o, aliases: [...o.aliases], roles: [...o.roles], articleIds: [...o.articleIds] });
      continue;
    }
    for (const alias of o.aliases) if (!known.aliases.includes(alias) && alias !== known.name) known.aliases.push(alias);
    for (const role of o.roles) if (!known.roles.some((r) => sameRole(r, role))) known.roles.push(role);
    for (const id of o.articleIds) if (!known.articleIds.includes(id)) known.articleIds.push(id);
    known.roles.sort(compareRoles);
  }
  return [...bySlug.values()];
}
