import type { HighlightedMention, PageMarks } from '../page-marking/page-marks.ts';

/**
 * The page's marks, indexed by the text nodes they cover, so a hit-test turns the text node
 * under the pointer into its few candidate marks. Rebuilt lazily: a change only sets a flag,
 * and the work is done when the pointer next needs it.
 */
export class MentionIndex {
  private dirty = true;
  private list: readonly HighlightedMention[] = [];
  private readonly byNode = new Map<Node, number[]>();
  private readonly parents = new Set<Node>();
  private roots: ShadowRoot[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly marks: PageMarks,
    onChange: () => void,
  ) {
    this.unsubscribe = marks.onChange(() => {
      this.dirty = true;
      onChange();
    });
  }

  /** The marks in document order. */
  get all(): readonly HighlightedMention[] {
    this.refresh();
    return this.list;
  }

  get size(): number {
    return this.all.length;
  }

  /** Indexes (into `all`) of the marks that cover part of `node`. */
  at(node: Node): readonly number[] {
    this.refresh();
    return this.byNode.get(node) ?? NONE;
  }

  /**
   * Whether an element directly holds marked text: the pointer's target must, for a name to
   * be under the pointer (a cheap test that spares the caret lookup over unmarked text).
   */
  holdsMarks(element: Node): boolean {
    this.refresh();
    return this.parents.has(element);
  }

  /** Open shadow roots holding marks, for caretPositionFromPoint to look inside. */
  get shadowRoots(): readonly ShadowRoot[] {
    this.refresh();
    return this.roots;
  }

  stop(): void {
    this.unsubscribe();
  }

  private refresh(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.list = this.marks.all();
    this.byNode.clear();
    this.parents.clear();
    const roots = new Set<ShadowRoot>();
    this.list.forEach((m, i) => {
      const { startContainer: start, endContainer: end } = m.range;
      this.add(start, i);
      if (end !== start) {
        for (const node of textNodesBetween(start, end)) this.add(node, i);
        this.add(end, i);
      }
      const root = start.getRootNode();
      if (root instanceof ShadowRoot) roots.add(root);
    });
    this.roots = [...roots];
  }

  private add(node: Node, i: number): void {
    const list = this.byNode.get(node);
    if (list) list.push(i);
    else this.byNode.set(node, [i]);
    if (node.parentNode) this.parents.add(node.parentNode);
  }
}

const NONE: readonly number[] = [];

/** Text nodes strictly between two nodes of one mark ("Ilham <b>Aliyev</b>" has none, "A<b>B</b>C" one). */
function textNodesBetween(start: Node, end: Node): Text[] {
  const doc = start.ownerDocument;
  const root = start.getRootNode();
  if (!doc || root !== end.getRootNode()) return [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  const out: Text[] = [];
  for (let n = walker.nextNode(); n !== null && n !== end && out.length < 64; n = walker.nextNode()) out.push(n as Text);
  return out;
}
