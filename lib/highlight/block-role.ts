import type { BlockRole } from '../search/main-content.ts';

/** The parts of an element the role reads: a browser's Element, or linkedom's in Node. */
export interface RoleElement {
  readonly tagName: string;
  readonly parentElement: RoleElement | null;
  getAttribute(name: string): string | null;
}

/** What an element and its ancestors say about the blocks inside it. */
export interface RoleContext {
  /** The nearest page chrome above (it wins over the rest: a table in a footer is footer). */
  chrome: 'nav' | 'aside' | 'footer' | null;
  /** The nearest table cell or list item. */
  structure: 'table' | 'list' | null;
  /** The nearest article or main landmark. */
  landmark: 'article' | 'main' | null;
}

/** Ancestors' contexts, one memo per page. */
export type BlockRoleMemo = WeakMap<RoleElement, RoleContext>;

const NONE: RoleContext = { chrome: null, structure: null, landmark: null };
/** Cookie and consent banners have no landmark of their own; their class or id names them. */
const BANNER_NAME = /cookie|consent/i;

function ownChrome(el: RoleElement): RoleContext['chrome'] {
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role');
  if (tag === 'NAV' || tag === 'HEADER' || role === 'navigation' || role === 'banner') return 'nav';
  if (BANNER_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return 'nav';
  if (tag === 'ASIDE' || role === 'complementary') return 'aside';
  if (tag === 'FOOTER' || role === 'contentinfo') return 'footer';
  return null;
}

function ownStructure(tag: string): RoleContext['structure'] {
  if (tag === 'TD' || tag === 'TH') return 'table';
  if (tag === 'LI' || tag === 'DD') return 'list';
  return null;
}

function ownLandmark(el: RoleElement, tag: string): RoleContext['landmark'] {
  const role = el.getAttribute('role');
  if (tag === 'ARTICLE' || role === 'article') return 'article';
  if (tag === 'MAIN' || role === 'main') return 'main';
  return null;
}

/**
 * The role of a block (lib/search/main-content.ts) from its element and its ancestors:
 * page chrome anywhere above wins, then the nearest table cell or list item, then the
 * nearest article or main landmark. Ancestors' contexts are kept in `memo` (one per page),
 * so a page of many blocks climbs each ancestor once.
 */
export function blockRole(el: RoleElement, memo: BlockRoleMemo): BlockRole {
  const context = contextOf(el, memo);
  return context.chrome ?? context.structure ?? context.landmark ?? 'other';
}

function contextOf(el: RoleElement, memo: BlockRoleMemo): RoleContext {
  // Climb to the nearest ancestor already known, then come down filling the memo.
  const path: RoleElement[] = [];
  let above: RoleContext = NONE;
  for (let at: RoleElement | null = el; at; at = at.parentElement) {
    const known = memo.get(at);
    if (known) {
      above = known;
      break;
    }
    path.push(at);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const at = path[i]!;
    const tag = at.tagName.toUpperCase();
    above = {
      chrome: ownChrome(at) ?? above.chrome,
      structure: ownStructure(tag) ?? above.structure,
      landmark: ownLandmark(at, tag) ?? above.landmark,
    };
    memo.set(at, above);
  }
  return above;
}
