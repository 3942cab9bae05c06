/**
 * When an introduction in an archive article is evidence enough to learn an official (index
 * time). Building an archive from 60,000 Title Case headlines used to learn "Is Found Dead",
 * "Claims Deal" and "Camilla Wears": in Title Case every word after a title looks like a name.
 *
 * - The name must have a real name shape (name-shape.ts): no common English word as given
 *   name, and in Title Case text none at all.
 * - A person seen only in Title Case text needs more than one independent introduction:
 *   two articles whose introducing texts differ (a headline syndicated word for word is one).
 *   Sentence case text, where a capital letter marks a name, is enough once.
 */
import { isNameShape, isTitleCase } from './name-shape.ts';

export interface IntroductionEvidence {
  articleId: string;
  /** The text that introduced the person, lower-cased: repeats of one text are one introduction. */
  text: string;
  titleCase: boolean;
}

/**
 * The evidence an introduction gives, or null when the name is not shaped like one in this
 * text, or is cut short at a hyphen ("Karine Jean" of "Karine Jean-Pierre": words end at hyphens).
 */
export function introductionEvidence(name: string, block: string, articleId: string): IntroductionEvidence | null {
  const at = block.indexOf(name);
  if (at >= 0 && /^-\p{L}/u.test(block.slice(at + name.length))) return null;
  const titleCase = isTitleCase(block);
  if (!isNameShape(name.split(/\s+/u), titleCase)) return null;
  return { articleId, text: block.toLowerCase(), titleCase };
}

/** Enough to learn someone the curated base does not know. */
export function enoughToLearn(evidence: readonly IntroductionEvidence[]): boolean {
  if (evidence.some((e) => !e.titleCase)) return true;
  const articles = new Set<string>();
  const texts = new Set<string>();
  for (const e of evidence) {
    if (articles.has(e.articleId) || texts.has(e.text)) continue;
    articles.add(e.articleId);
    texts.add(e.text);
  }
  return articles.size > 1;
}
