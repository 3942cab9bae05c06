/**
 * Document order across open shadow trees: each node is lifted to its chain of shadow
 * hosts, outermost first, and the chains are compared level by level (a shadow tree's text
 * sorts at its host's place, before the host's light children).
 */
function chain(node: Node): Node[] {
  const out = [node];
  let root = node.getRootNode();
  while (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    out.push(host);
    root = host.getRootNode();
  }
  return out.reverse();
}

export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return precedes(a, b);
  const ca = chain(a);
  const cb = chain(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x !== y) return precedes(x, y);
  }
  return ca.length - cb.length;
}

function precedes(a: Node, b: Node): number {
  const pos = a.compareDocumentPosition(b);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** Inserts `fresh` items into `ordered` (both sorted by `key`'s document order) in place. */
export function insertInOrder<T>(ordered: T[], fresh: readonly T[], key: (item: T) => Node): void {
  const sorted = [...fresh].sort((x, y) => compareDocumentOrder(key(x), key(y)));
  let lo = 0;
  for (const item of sorted) {
    // Items arrive sorted, so each search starts where the previous one ended.
    let hi = ordered.length;
    const k = key(item);
    // Appends (infinite scroll) are the common case: check the end first.
    const last = ordered[ordered.length - 1];
    if (last === undefined || compareDocumentOrder(key(last), k) <= 0) {
      ordered.push(item);
      lo = ordered.length;
      continue;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareDocumentOrder(key(ordered[mid]!), k) <= 0) lo = mid + 1;
      else hi = mid;
    }
    ordered.splice(lo, 0, item);
    lo++;
  }
}
