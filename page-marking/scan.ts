import { SegmentBuilder, type SegmentText } from '../lib/highlight/segment-text.ts';
import { nearestBlock, roleOf, type BlockRoot } from './roles.ts';

/** Nodes a walk step visits before the clock is read. */
export const WALK_STEP_NODES = 400;

/** A block of page text: its root, the text nodes it spans and its assembled text. */
export interface ScannedSegment extends SegmentText {
  root: BlockRoot;
  nodes: Text[];
}

/**
 * One TreeWalker pass over a subtree, resumable in small steps so a large page is walked
 * across several tasks. Text is grouped into blocks as it is met (see lib/highlight/elements.ts):
 *
 * - `subtree`: every block under `start`, open shadow roots included (walked after the tree
 *   they are attached in; each is reported through `onShadowRoot` so it can be observed).
 * - `own`: only the text that belongs to `start`'s own block, not nested blocks' (which
 *   keep their segments): the rescan of one changed block.
 */
export class Walk {
  private readonly builder = new SegmentBuilder<Text>();
  private readonly walkers: TreeWalker[] = [];
  private readonly pendingRoots: ShadowRoot[] = [];
  private current: BlockRoot | null = null;
  private visited = 0;

  constructor(
    private readonly start: Node,
    private readonly mode: 'subtree' | 'own',
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {
    this.walkers.push(this.walkerFor(start));
    // The walker's filter never sees its root: a root that hosts a shadow tree is queued here.
    if (mode === 'subtree' && start.nodeType === Node.ELEMENT_NODE && (start as Element).shadowRoot) this.pendingRoots.push((start as Element).shadowRoot!);
  }

  private walkerFor(root: Node): TreeWalker {
    const doc = root.ownerDocument ?? (root as Document);
    const own = this.mode === 'own';
    const start = this.start;
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node: Node): number => {
        this.visited++;
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (el === start) return NodeFilter.FILTER_SKIP;
        const role = roleOf(el);
        if (role === 'skip') return NodeFilter.FILTER_REJECT;
        if (role === 'block') {
          // A nested block ends the text before it; in `own` mode it keeps its own segments.
          this.builder.close();
          if (own) return NodeFilter.FILTER_REJECT;
        }
        const shadow = el.shadowRoot;
        if (shadow !== null && !own) this.pendingRoots.push(shadow);
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  /** Visits about `maxNodes` nodes; returns whether there is more to walk. */
  step(maxNodes: number): boolean {
    const limit = this.visited + maxNodes;
    while (this.visited < limit) {
      const walker = this.walkers[this.walkers.length - 1];
      if (walker === undefined) {
        const shadow = this.pendingRoots.shift();
        if (shadow === undefined) {
          this.builder.close();
          return false;
        }
        this.onShadowRoot(shadow);
        this.builder.close();
        this.current = null;
        this.walkers.push(this.walkerFor(shadow));
        continue;
      }
      const node = walker.nextNode();
      if (node === null) {
        this.walkers.pop();
        continue;
      }
      this.visited++;
      const text = node as Text;
      const root = this.mode === 'own' ? (this.start as BlockRoot) : nearestBlock(text);
      if (root !== this.current) {
        this.builder.close();
        this.current = root;
      }
      this.builder.add(text, text.data);
    }
    return true;
  }

  /** Segments completed so far (each handed out once). */
  take(): ScannedSegment[] {
    const segments = this.builder.take() as ScannedSegment[];
    // Completed in place, not copied: a large page yields tens of thousands.
    for (const s of segments) s.root = this.rootOf(s.nodes[0]!);
    return segments;
  }

  private rootOf(node: Text): BlockRoot {
    return this.mode === 'own' ? (this.start as BlockRoot) : nearestBlock(node);
  }
}
