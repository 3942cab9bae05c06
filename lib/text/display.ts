/**
 * Making archive text safe to show. Archive articles come from files the user imported
 * and from scraped pages, so a title, a URL or a paragraph may hold anything.
 */

/**
 * The article's original address as a link target, or null when it is not a web page.
 * Only `http:` and `https:` are links: a `javascript:`, `data:` or `file:` address in an
 * imported file must never become something a click runs or opens.
 */
export function webUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). Marks (LRM,
// RLM, ALM) only nudge neutral characters and stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Archive text with its explicit bidi controls made inert. An unpaired right-to-left
 * override in a scraped paragraph reverses everything after it up to the paragraph's
 * end, the UI around it included. Each control becomes U+2060 WORD JOINER (invisible, no
 * direction), so the text keeps its length and marked ranges (search snippets) keep
 * their offsets. Direction itself comes from `dir="auto"` on the element showing it.
 */
export function neutraliseBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '\u2060');
}
