import type { LoadedArchive } from './archive.ts';
import type { ArchiveArticle } from './archive-types.ts';

/** A copy of an article folded into another's entry: the UI shows "also in: <source>". */
export interface Duplicate {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
}

/**
 * Two articles are near-duplicates when they share their headline or the opening of their
 * body: the same story filed twice, or re-filed with its tail edited (the BBC set has 129
 * such pairs). Openings and headlines shorter than these are too generic to identify a story.
 */
const MIN_TITLE_KEY = 20;
const OPENING_CHARS = 120;

/** Letters and digits only, lower case: keys survive punctuation and spacing edits. Hand-written: two string operations, no library needed. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function keysOf(article: ArchiveArticle): string[] {
  const keys: string[] = [];
  const title = key(article.title);
  if (title.length >= MIN_TITLE_KEY) keys.push(`t:${title}`);
  const opening = key((article.body[0] ?? '').slice(0, OPENING_CHARS));
  if (opening.length >= OPENING_CHARS / 2) keys.push(`o:${opening}`);
  return keys;
}

const groupsCache = new WeakMap<LoadedArchive, Map<string, string>>();

/**
 * Article id → the id of the first article of its near-duplicate group (itself when it
 * has none), computed once per loaded archive: one pass, two keys per article, and a
 * union of the groups that share a key.
 */
export function duplicateGroups(archive: LoadedArchive): Map<string, string> {
  let groups = groupsCache.get(archive);
  if (groups) return groups;
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const byKey = new Map<string, string>();
  for (const article of archive.file.articles) {
    parent.set(article.id, article.id);
    for (const k of keysOf(article)) {
      const other = byKey.get(k);
      if (other === undefined) byKey.set(k, article.id);
      else {
        const [a, b] = [find(other), find(article.id)];
        // The earlier article leads its group, so the group's id is stable.
        if (a !== b) parent.set(b, a);
      }
    }
  }
  groups = new Map();
  for (const id of parent.keys()) groups.set(id, find(id));
  groupsCache.set(archive, groups);
  return groups;
}

/**
 * Folds near-duplicates in a ranked list into the first (best-ranked) of their group,
 * keeping the order of the rest.
 */
export function collapseDuplicates<T>(
  archive: LoadedArchive,
  items: readonly T[],
  idOf: (item: T) => string,
): Array<{ item: T; duplicates: Duplicate[] }> {
  const groups = duplicateGroups(archive);
  const entries = new Map<string, { item: T; duplicates: Duplicate[] }>();
  for (const item of items) {
    const id = idOf(item);
    const group = groups.get(id) ?? id;
    const entry = entries.get(group);
    if (!entry) entries.set(group, { item, duplicates: [] });
    else {
      const copy = archive.byId.get(id);
      if (copy) entry.duplicates.push({ id, title: copy.title, source: copy.source, date: copy.date });
    }
  }
  return [...entries.values()];
}
