import { elementRole } from '../lib/highlight/elements.ts';
import type { PageChanges } from './observer.ts';
import { blockRootOf, type BlockRoot } from './roles.ts';
import { Walk, WALK_STEP_NODES, type ScannedSegment } from './scan.ts';
import { sliced, urgentHost } from './scheduler.ts';
import type { SegmentStore } from './segments.ts';

/**
 * Walks what the page changed: added subtrees whole, touched blocks' own text only. Drops
 * the segments of subtrees that left the scanned part of the page and of blocks whose text
 * is all gone. Returns the new segments, or null when highlighting went off meanwhile.
 */
export async function rescan(
  changes: PageChanges,
  store: SegmentStore,
  onShadowRoot: (root: ShadowRoot) => void,
  cancelled: () => boolean,
): Promise<ScannedSegment[] | null> {
  const out: ScannedSegment[] = [];
  const walkedRoots = new Set<BlockRoot>();
  // Containers whose own text may have changed: rescanned only if they had text of their own.
  const containers = new Set<Node>(changes.removedFrom);
  const added = [...changes.added].filter((n) => n.isConnected && !hasAncestorIn(n, changes.added));
  for (const node of added) {
    if (blockRootOf(node) === null) {
      store.killInside(node);
      continue;
    }
    const walk = new Walk(node, 'subtree', onShadowRoot);
    if (!(await sliced(() => walk.step(WALK_STEP_NODES), urgentHost, cancelled))) return null;
    for (const s of walk.take()) {
      // Text directly in an added inline element belongs to the block around it: that block is rescanned whole.
      if (!node.contains(s.root)) continue;
      walkedRoots.add(s.root);
      out.push(s);
    }
    const parent = node.parentNode;
    // An inline element's text joins its parent block's; a block only splits its parent's text.
    if (parent) (node instanceof Element && elementRole(node.tagName) === 'block' ? containers : changes.touched).add(parent);
  }
  const dirty = new Set<BlockRoot>();
  const consider = (node: Node, onlyWithText: boolean): void => {
    if (!node.isConnected) return;
    const root = blockRootOf(node);
    if (root === null || walkedRoots.has(root) || dirty.has(root)) return;
    if (onlyWithText && !store.hasRoot(root)) return;
    dirty.add(root);
  };
  for (const node of changes.touched) consider(node, false);
  for (const node of containers) consider(node, true);
  for (const root of dirty) {
    const walk = new Walk(root, 'own', onShadowRoot);
    if (!(await sliced(() => walk.step(WALK_STEP_NODES), urgentHost, cancelled))) return null;
    const segs = walk.take();
    // A block whose text is all gone still needs its old marks dropped.
    if (segs.length === 0) store.killRoot(root);
    for (const seg of segs) out.push(seg);
  }
  return out;
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode; n !== null; n = n.parentNode) if (set.has(n)) return true;
  return false;
}
