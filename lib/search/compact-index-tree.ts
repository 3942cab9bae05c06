/**
 * MiniSearch's radix tree (its SearchableMap's nodes: Maps from an edge's text to the next node,
 * a node's own value under '') for a compact index's terms, each node made when a query first
 * reaches it. A query reaches a few paths of the tree (a word, its prefix's subtree, its typo
 * variants' paths); making every node of tens of thousands of terms at each load was most of a
 * load once postings were read lazily (measured in Node at 2,225 BBC articles: 30 of 47 ms, and
 * in Firefox, whose event page loads the archive at every wake, the largest part of its load).
 * So the root's children are made at load, and every node makes its own children when it is
 * first read, from the run of stored terms below it (lib/search/compact-index-read.ts
 * `StoredTerms`).
 *
 * The nodes are the ones `SearchableMap.set` makes from the same terms in the same order, key by
 * key (tests/unit/search/lazy-index.test.ts compares them). That holds because the stored order
 * is MiniSearch's iteration order, in which every subtree's terms come together: a node's run of
 * terms is cut into its children where a term shares no more than the node's own text with the
 * one before it, and a child's edge is what all terms of its run share beyond the node. A term
 * meeting a subtree already left (an order no writer makes) throws a `CompactIndexError` from
 * whatever first reads that node, as a corrupt posting list does; the load checks its checksum.
 */
import { CompactIndexError } from './compact-index-format.ts';
import type { StoredTerms } from './compact-index-read.ts';
import type { TermPostings } from './compact-index-postings.ts';
import { LazyMap } from './lazy-map.ts';

const LEAF = '';

/** A radix tree node as MiniSearch keeps it (its `RadixTree`, which it does not export). */
type Node = Map<string, TermPostings | Node>;

/** Places the terms' top nodes into `root` (MiniSearch's empty tree); the rest is made when read. */
export function plantTermTree(root: Node, terms: StoredTerms): void {
  placeChildren(root, terms, 0, terms.count, 0);
}

/** The node of the stored terms `from` to `to`, whose text (their shared beginning) is `depth` long. */
class TermNode extends LazyMap<string, TermPostings | Node> {
  constructor(
    private readonly terms: StoredTerms,
    private readonly from: number,
    private readonly to: number,
    private readonly depth: number,
  ) {
    super();
  }

  protected fill(): void {
    placeChildren(this, this.terms, this.from, this.to, this.depth);
  }
}

/**
 * Gives `node` its value and its children. Every term of the run begins with the node's text;
 * the first (and any that shares no more than that text with the one before it) begins a child,
 * or is the node's own term when it is no longer than that text.
 */
function placeChildren(node: Node, terms: StoredTerms, from: number, to: number, depth: number): void {
  const { shared, lengths, endings, text } = terms;
  let firsts = '';
  let own = false;
  let t = from;
  while (t < to) {
    if (lengths[t] === depth) {
      if (own) throw new CompactIndexError('the index is corrupt: a term comes twice');
      own = true;
      node.set(LEAF, terms.postings(t));
      t++;
      continue;
    }
    // The child's run: the terms that share more than the node's text with the one before them.
    const start = t;
    let edgeEnd = lengths[t]!;
    for (t++; t < to && shared[t]! > depth; t++) if (shared[t]! < edgeEnd) edgeEnd = shared[t]!;
    // The first term's characters from `depth` on are in its own ending (it shares at most `depth`).
    const at = endings[start]! + depth - shared[start]!;
    const first = text.charAt(at);
    if (firsts.includes(first)) throw new CompactIndexError('the index is corrupt: its terms are out of order');
    firsts += first;
    node.set(text.slice(at, at + edgeEnd - depth), new TermNode(terms, start, t, edgeEnd));
  }
}
