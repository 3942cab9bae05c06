import { attributesSkip, elementRole, type ElementRole } from '../lib/highlight/elements.ts';

/** An element's role for the scanner: its tag, then the attributes that put it out of scope. */
export function roleOf(el: Element): ElementRole {
  const role = elementRole(el.tagName);
  if (role === 'skip') return role;
  return attributesSkip(el.getAttribute('contenteditable'), el.hasAttribute('hidden')) ? 'skip' : role;
}

export type BlockRoot = Element | ShadowRoot | Document;

/**
 * The block a node's text belongs to (nearest block element, else its shadow root or the
 * document), or null when the node sits in a region the scanner skips: an editor, a form
 * field, Dossier's own UI, hidden by attribute. Climbs to the tree's root, so use it for
 * mutation targets, not for every text node of a walk.
 */
export function blockRootOf(node: Node): BlockRoot | null {
  let root: BlockRoot | null = null;
  for (let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode; n !== null; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const role = roleOf(n as Element);
      if (role === 'skip') return null;
      if (role === 'block' && root === null) root = n as Element;
    } else if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE || n.nodeType === Node.DOCUMENT_NODE) {
      return root ?? (n as ShadowRoot | Document);
    }
  }
  // Detached from any document: nothing to scan.
  return null;
}

/**
 * The nearest block of a text node met during a walk whose ancestors are already known to
 * be in scope: stops at the first block, so it costs the inline depth only.
 */
export function nearestBlock(text: Node): BlockRoot {
  for (let n = text.parentNode; n !== null; n = n.parentNode) {
    if (n.nodeType !== Node.ELEMENT_NODE) return n as ShadowRoot | Document;
    if (elementRole((n as Element).tagName) === 'block') return n as Element;
  }
  return text.ownerDocument ?? document;
}
