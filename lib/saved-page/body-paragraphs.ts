/**
 * The body of a saved page as paragraphs: the text of each block of the article that
 * Readability found (page-save/extract-in-page.ts collects them), tidied the way corpus
 * files are (lib/corpus: white space, page furniture such as "Share this article"), and
 * cut to the saved-article limits.
 */

import { isBoilerplateLine, isSeparatorLine } from '../corpus/boilerplate.ts';
import { normaliseSpace } from '../corpus/line-shapes.ts';
import { SAVED_LIMITS } from './limits.ts';

export interface BodyParagraphs {
  paragraphs: string[];
  /** True when the page had more text than can be saved (the rest is left out). */
  truncated: boolean;
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Paragraphs from the article's blocks in document order: empty blocks, separators,
 * furniture, a first block that repeats the title, and a block repeating the one before
 * it (a caption printed twice) are left out.
 */
export function bodyParagraphs(blocks: readonly string[], title: string): BodyParagraphs {
  const paragraphs: string[] = [];
  let chars = 0;
  let truncated = false;
  const titleKey = fold(title);
  for (const block of blocks) {
    let text = normaliseSpace(block);
    if (!text || isSeparatorLine(text) || isBoilerplateLine(text)) continue;
    if (paragraphs.length === 0 && titleKey && fold(text) === titleKey) continue;
    if (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === text) continue;
    if (paragraphs.length === SAVED_LIMITS.paragraphs) {
      truncated = true;
      break;
    }
    if (text.length > SAVED_LIMITS.paragraphChars) {
      text = text.slice(0, SAVED_LIMITS.paragraphChars);
      truncated = true;
    }
    if (chars + text.length > SAVED_LIMITS.bodyChars) {
      truncated = true;
      break;
    }
    chars += text.length;
    paragraphs.push(text);
  }
  return { paragraphs, truncated };
}

/** The page's title as saved: Readability's, else the document's, tidied and cut to the limit. */
export function savedTitle(...candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    const text = candidate ? normaliseSpace(candidate) : '';
    if (text) return text.slice(0, SAVED_LIMITS.titleChars);
  }
  return '';
}

const SEPARATORS = /\s+[|·•–—:-]\s+/g;

/**
 * A title without the site's name tacked on after a separator ("Talks in Baku · The Demo
 * Gazette", "Talks in Baku | Reuters"), when the page names its site (or its host does).
 * Readability leaves some of these, depending on the separator.
 */
export function withoutSiteName(title: string, siteNames: ReadonlyArray<string | null | undefined>): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!.trim().toLowerCase();
  const isSite = siteNames.some((name) => {
    const site = name?.trim().toLowerCase().replace(/^www\./, '');
    return !!site && (last === site || site.startsWith(`${last}.`) || last.replace(/^the /, '') === site.replace(/^the /, ''));
  });
  if (!isSite) return title;
  const cut = title.lastIndexOf(parts[parts.length - 1]!);
  return title.slice(0, cut).replace(/\s+[|·•–—:-]\s*$/, '').trim();
}
