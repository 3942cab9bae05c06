/**
 * Builds MiniSearch's radix tree (its SearchableMap's nodes: Maps from an edge's text to the
 * next node, a node's own value under '') straight from a compact index's terms, in their stored
 * order, the tree `SearchableMap.set` builds from the same terms in the same order, node by node
 * and key by key (tests/unit/search/lazy-index.test.ts compares them). `set` looks each
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

export class TermTreeBuilder<V, N extends Node<V, N>> {
  // The path to the last term placed, one entry per node from the root down (arrays, not an
  // object per node: this runs once per term at every wake). `top` is the last node's entry.
  private readonly nodes: N[];
  /** Length of the text from the root to the node. */
  private readonly depths: number[] = [0];
  /** The edge from the node before ('' for the root). */
  private readonly edges: string[] = [''];
  /**
   * The first characters of the edges the node was given: a node leaves the path for good, so
   * these are all its edges, and a term that would follow one of them (`set` would) shows an
   * order no writer makes. Kept rather than looking through the node's keys: that look was half
   * of building the tree in Firefox.
   */
  private readonly firsts: string[] = [''];
  private top = 0;

  constructor(
    root: N,
    private readonly newNode: () => N,
  ) {
    this.nodes = [root];
  }

  /**
   * Places the term that shares its first `shared` characters (no more) with the term placed
   * before it and goes on with `ending`: only what the index stores, the whole term is not needed.
   */
  add(shared: number, ending: string, value: V): void {
    const { nodes, depths, edges, firsts } = this;
    let top = this.top;
    // Back up to the deepest node of the path within the shared prefix.
    while (depths[top]! > shared) top--;
    let at = nodes[top]!;
    if (top < this.top) {
      // The term before goes on below `at`: the shared prefix must end where the two differ.
      const edge = edges[top + 1]!;
      const cut = shared - depths[top]!;
      if (ending.length > 0 && ending.charCodeAt(0) === edge.charCodeAt(cut)) throw new CompactIndexError('the index is corrupt: a term shares more with the one before it than it says');
      if (cut > 0) {
        // The shared prefix ends inside the edge to the node below: split it, as `set` does (the new key last).
        const middle = this.newNode();
        middle.set(edge.slice(cut), nodes[top + 1]!);
        at.set(edge.slice(0, cut), middle);
        at.delete(edge);
        top++;
        this.enter(top, middle, shared, edge.slice(0, cut), edge.charAt(cut));
        at = middle;
      }
    } else if (depths[top] !== shared) {
      throw new CompactIndexError('the index is corrupt: a term shares more with the one before it than that one has');
    }
    if (ending.length === 0) {
      if (at.has(LEAF)) throw new CompactIndexError('the index is corrupt: a term comes twice');
      at.set(LEAF, value);
      this.top = top;
      return;
    }
    const first = ending.charAt(0);
    if (firsts[top]!.includes(first)) throw new CompactIndexError('the index is corrupt: its terms are out of order');
    firsts[top] += first;
    const node = this.newNode();
    node.set(LEAF, value);
    at.set(ending, node);
    this.enter(top + 1, node, shared + ending.length, ending, '');
  }

  private enter(level: number, node: N, depth: number, edge: string, firsts: string): void {
    this.nodes[level] = node;
    this.depths[level] = depth;
    this.edges[level] = edge;
    this.firsts[level] = firsts;
    this.top = level;
  }
}
