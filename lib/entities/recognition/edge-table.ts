/**
 * The trie's edges, (node, word id) → child node, in an open-addressing table of typed
 * arrays. A Map keyed by `node * span + id` made numbers beyond V8's small integers: boxed
 * on every lookup and slow to insert, which was most of building a recogniser.
 */
/** A well-mixed hash: root edges have consecutive ids, and linear probing must not see them as one long run. */
function slotOf(node: number, id: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ id;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class EdgeTable {
  private nodes = new Int32Array(1024).fill(-1);
  private ids = new Int32Array(1024);
  private children = new Int32Array(1024);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The child of `node` along word `id`, or -1. */
  get(node: number, id: number): number {
    let slot = slotOf(node, id) & this.mask;
    for (;;) {
      const n = this.nodes[slot]!;
      if (n === -1) return -1;
      if (n === node && this.ids[slot] === id) return this.children[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  set(node: number, id: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask) this.grow();
    let slot = slotOf(node, id) & this.mask;
    while (this.nodes[slot] !== -1) {
      if (this.nodes[slot] === node && this.ids[slot] === id) {
        this.children[slot] = child;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.nodes[slot] = node;
    this.ids[slot] = id;
    this.children[slot] = child;
    this.count++;
  }

  private grow(): void {
    const { nodes, ids, children } = this;
    const size = (this.mask + 1) * 2;
    this.nodes = new Int32Array(size).fill(-1);
    this.ids = new Int32Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i]!, ids[i]!, children[i]!);
  }
}
