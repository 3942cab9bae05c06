/**
 * Builds MiniSearch's radix tree (its SearchableMap's nodes: Maps from an edge's text to the
 * next node, a node's own value under '') straight from a compact index's terms, in their stored
 * order, the tree `SearchableMap.set` builds from the same terms in the same order, node by node
 * and key by key (tests/unit/search/compact-index-tree.test.ts compares them). `set` looks each
 * term up from the root, comparing it with the keys of every node on its way: at tens of
 * thousands of terms that was most of a load once postings are read lazily. Here each term is
 * placed from where the one before it ended, its shared prefix (stored with it) telling where.
 *
 * That holds because the stored order is MiniSearch's iteration order, in which every subtree's
 * terms come together: a term meeting a subtree already left (an order no writer makes) throws.
 */
import { CompactIndexError } from './compact-index-format.ts';

/** A radix tree node as MiniSearch keeps it (its `RadixTree`, which it does not export). */
type Node<V, N> = Map<string, V | N>;

const LEAF = '';

interface Step<N> {
  node: N;
  /** Length of the text from the root to this node. */
  depth: number;
  /** The edge from the node before this one on the path ('' for the root). */
  edge: string;
}

export class TermTreeBuilder<V, N extends Node<V, N>> {
  /** The path to the last term placed: the root first, then each node down to the term's. */
  private readonly path: Array<Step<N>>;

  constructor(
    root: N,
    private readonly newNode: () => N,
  ) {
    this.path = [{ node: root, depth: 0, edge: '' }];
  }

  /**
   * Places the term that shares its first `shared` characters (no more) with the term placed
   * before it and goes on with `ending`: only what the index stores, the whole term is not needed.
   */
  add(shared: number, ending: string, value: V): void {
    const { path } = this;
    // Back up to the deepest node of the path within the shared prefix.
    let last = path.length - 1;
    while (path[last]!.depth > shared) last--;
    let at = path[last]!;
    const below = path[last + 1];
    path.length = last + 1;
    if (below) {
      // The term before goes on below `at`: the shared prefix must end where the two differ.
      const cut = shared - at.depth;
      if (ending.length > 0 && ending.charCodeAt(0) === below.edge.charCodeAt(cut)) throw new CompactIndexError('the index is corrupt: a term shares more with the one before it than it says');
      if (cut > 0) {
        // The shared prefix ends inside the edge to `below`: split it, as `set` does (the new key last).
        const middle = this.newNode();
        middle.set(below.edge.slice(cut), below.node);
        at.node.set(below.edge.slice(0, cut), middle);
        at.node.delete(below.edge);
        at = { node: middle, depth: shared, edge: below.edge.slice(0, cut) };
        path.push(at);
      }
    } else if (at.depth !== shared) {
      throw new CompactIndexError('the index is corrupt: a term shares more with the one before it than that one has');
    }
    if (ending.length === 0) {
      if (at.node.has(LEAF)) throw new CompactIndexError('the index is corrupt: a term comes twice');
      at.node.set(LEAF, value);
      return;
    }
    // `set` would follow an edge with the same first character: only a subtree already left has one.
    const first = ending.charCodeAt(0);
    for (const key of at.node.keys()) {
      if (key.charCodeAt(0) === first) throw new CompactIndexError('the index is corrupt: its terms are out of order');
    }
    const node = this.newNode();
    node.set(LEAF, value);
    at.node.set(ending, node);
    path.push({ node, depth: shared + ending.length, edge: ending });
  }
}
