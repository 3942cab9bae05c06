import { isDossierTag } from '../lib/highlight/elements.ts';
import { debounce, type Debounced } from '../lib/highlight/slicer.ts';
import { pageTimers } from './scheduler.ts';

/** What changed on the page since the last flush. */
export interface PageChanges {
  /** Nodes whose block must be read again (text edited, inline content added or removed). */
  touched: Set<Node>;
  /** Nodes added to the page, to walk as new subtrees. */
  added: Set<Node>;
  /** Something was removed: segments whose root left the page must drop their marks. */
  removed: boolean;
  /** Parents that lost children: their own text changed if they had any. */
  removedFrom: Set<Node>;
  /** Attributes that can show or hide content changed (hidden blocks may have appeared). */
  restyled: boolean;
}

const WAIT_MS = 150;
const MAX_WAIT_MS = 1000;
const OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  // Attributes that show or hide content; `class` and `style` churn on busy pages, so they
  // only trigger a cheap re-check of blocks that were hidden.
  attributeFilter: ['hidden', 'class', 'style', 'open', 'contenteditable'],
};

function insideDossierUi(node: Node): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isDossierTag((n as Element).tagName)) return true;
  }
  return false;
}

/**
 * Records the page's changes with one MutationObserver over the document and every open
 * shadow root, and hands them over debounced. Dossier changes nothing in the DOM, so the only
 * records of its own making would come from its UI host (`<dossier-…>`), which is ignored.
 */
export class ChangeObserver {
  private readonly observer: MutationObserver;
  private changes: PageChanges = emptyChanges();
  private readonly debounced: Debounced;
  private readonly observed = new WeakSet<Node>();

  constructor(onChanges: () => void) {
    this.observer = new MutationObserver((records) => this.record(records));
    this.debounced = debounce(onChanges, WAIT_MS, MAX_WAIT_MS, pageTimers);
  }

  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /** Stops notifying (changes are still recorded, for when highlighting is turned back on). */
  pause(): void {
    this.debounced.cancel();
  }

  /** Notifies soon if changes are waiting. */
  resume(): void {
    if (hasChanges(this.changes)) this.debounced();
  }

  paused = false;

  /** The changes so far, and a fresh record. */
  take(): PageChanges {
    for (const r of this.observer.takeRecords()) this.recordOne(r);
    const out = this.changes;
    this.changes = emptyChanges();
    return out;
  }

  disconnect(): void {
    this.debounced.cancel();
    this.observer.disconnect();
  }

  private record(records: MutationRecord[]): void {
    let any = false;
    for (const r of records) any = this.recordOne(r) || any;
    if (any && !this.paused) this.debounced();
  }

  private recordOne(r: MutationRecord): boolean {
    if (insideDossierUi(r.target)) return false;
    const c = this.changes;
    switch (r.type) {
      case 'characterData':
        c.touched.add(r.target);
        return true;
      case 'attributes':
        if (r.attributeName === 'hidden' || r.attributeName === 'contenteditable' || r.attributeName === 'open') c.added.add(r.target);
        c.restyled = true;
        return true;
      case 'childList': {
        let any = false;
        for (const n of r.addedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE && isDossierTag((n as Element).tagName)) continue;
          if (n.nodeType === Node.TEXT_NODE) c.touched.add(n);
          else if (n.nodeType === Node.ELEMENT_NODE) c.added.add(n);
          else continue;
          any = true;
        }
        for (const n of r.removedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE && isDossierTag((n as Element).tagName)) continue;
          c.removed = true;
          c.removedFrom.add(r.target);
          any = true;
        }
        return any;
      }
    }
  }
}

function emptyChanges(): PageChanges {
  return { touched: new Set(), added: new Set(), removed: false, removedFrom: new Set(), restyled: false };
}

function hasChanges(c: PageChanges): boolean {
  return c.touched.size > 0 || c.added.size > 0 || c.removed || c.restyled;
}
