/**
 * Page furniture that scrapers copy along with an article: buttons, share prompts, photo
 * credits, bug-report widgets, separators. Only whole short lines are matched, so a
 * sentence of the article that happens to start with "Follow" is never dropped.
 */

import { stripBullets } from './dates.ts';

/** Longer lines are prose, whatever they start with. */
const MAX_BOILERPLATE_WORDS = 12;

/** Whole lines (case-insensitive, trailing punctuation ignored) that are never article text. */
const PHRASES = new Set([
  'read more', 'read also', 'see also', 'share', 'share this', 'share this article', 'print', 'print version',
  'comments', 'leave a comment', 'leave a review', 'add a comment', 'advertisement', 'advertising', 'sponsored',
  'photo sessions', 'photo', 'photos', 'video', 'videos', 'gallery', 'subscribe', 'newsletter',
  'orphus sistemi', 'orphus system', 'orphus', 'picture from', 'home', 'menu', 'search', 'close',
  'previous', 'next', 'back to top', 'loading', 'tags', 'tags:', 'copy link', 'whatsapp', 'telegram',
]);

/** Starts of lines that are widgets or credits ("Follow us on Twitter @AzerNewsAz"). */
const PREFIXES = /^(?:follow us on|subscribe to|share on|sign up|click here|picture from|photo:|photo credit|image:|image credit|source of (?:the )?photo|copyright|©|\(c\)|all rights reserved|tags:|if you (?:find|see) (?:an )?(?:error|mistake)|select (?:the )?text and press)/i;

/** Headings after which a page lists other stories (the sidebar tail). */
const SIDEBAR_HEADINGS = /^(?:latest news|latest|more news|other news|related news|related articles|related stories|more stories|top stories|most read|most popular|popular news|news feed|news line|newsfeed|recommended|you may also like|read next)$/i;

/** Separator lines: nothing but dashes, bullets, stars, dots ("---", "-", "•", "* * *"). */
const SEPARATOR = /^[\s\-\u2013\u2014_=*•·~.#]*$/;

export function isSeparatorLine(line: string): boolean {
  return SEPARATOR.test(line);
}

export function isBoilerplateLine(line: string): boolean {
  const text = stripBullets(line).trim();
  if (wordCount(text) > MAX_BOILERPLATE_WORDS) return false;
  return PHRASES.has(text.toLowerCase().replace(/[\s.:!…»>→]+$/u, '')) || PREFIXES.test(text);
}

export function isSidebarHeading(line: string): boolean {
  return SIDEBAR_HEADINGS.test(stripBullets(line).trim().replace(/[\s:.»>→]+$/u, ''));
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`;
const AUTHOR_LINES = [
  // "Qabil Ashirov Read more": the byline widget links to the author's other articles.
  new RegExp(`^(${NAME})\\s+read more$`, 'iu'),
  new RegExp(`^by\\s+(${NAME})$`, 'iu'),
  new RegExp(`^(?:author|written by|reporter)\\s*:?\\s+(${NAME})$`, 'iu'),
];

/** The author named by a byline line, or null. */
export function authorFromLine(line: string): string | null {
  const text = stripBullets(line).trim();
  if (text.length > 80) return null;
  for (const pattern of AUTHOR_LINES) {
    const m = pattern.exec(text);
    // The case-insensitive flag is for "Read more"/"By"; the name itself must be capitalised.
    if (m && /^\p{Lu}/u.test(m[1]!) && m[1]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return m[1]!;
  }
  return null;
}

export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
