import { blockRole, type BlockRoleMemo } from '../lib/highlight/block-role.ts';
import { blockEvidence, type BlockEvidence, type TermBudget } from '../lib/highlight/main-report.ts';
import type { Mention } from '../lib/entities/types.ts';
import type { Segment } from './segments.ts';

/** The element a block stands for: its root, a shadow root's host, or the document's root element. */
function elementOf(s: Segment): Element {
  if (s.root instanceof Element) return s.root;
  if (s.root instanceof ShadowRoot) return s.root.host;
  return s.root.documentElement;
}

/** Characters of the segment's text inside links (a piece is inside one when its text node is). */
function linkChars(s: Segment): number {
  let chars = 0;
  for (let i = 0; i < s.nodes.length; i++) {
    const end = s.starts[i + 1] ?? s.text.length;
    if (s.nodes[i]!.parentElement?.closest('a')) chars += end - s.starts[i]!;
  }
  return chars;
}

/**
 * What the page report keeps of a recognised segment (lib/highlight/main-report.ts): read
 * while its text is still there, before the marking drops it.
 */
export function segmentEvidence(s: Segment, mentions: readonly Mention[], memo: BlockRoleMemo, budget: TermBudget): BlockEvidence {
  const el = elementOf(s);
  return blockEvidence(s.text, mentions, { role: blockRole(el, memo), linkChars: linkChars(s), container: el.parentElement ?? el, headline: el.tagName === 'H1' }, budget);
}
