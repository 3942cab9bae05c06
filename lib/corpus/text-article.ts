/**
 * A scraped news page (plain text) to an Article.
 *
 * Layout rules, general to scraped news pages rather than to one site:
 * - The title is the first headline-shaped line before the running text; a line that
 *   the page repeats (pages print the headline two or three times) is preferred.
 * - The article's dateline is the first one (or the scraper's " date YYYY-MM-DD" meta
 *   line). A dateline *above* the text (a header, usually "Section / date / title") opens
 *   the article and anything before it is the page head (title, teaser). A dateline
 *   *below* the text (a footer, "- Politics / - 1 September 2024 13:52") closes it.
 * - What follows the article (a footer dateline, a "Latest news" heading, or another
 *   story's dateline after the text) is the sidebar: other stories, kept apart.
 * - Headline-sized lines in another language are the title's translations (altTitles).
 * - Trailing short lines after the last paragraph are tags ("Azerbaijan Montenegro cooperation").
 */

import type { AltTitle, Article, ParseError } from './article.ts';
import type { DateParts } from './dates.ts';
import { deriveTitle } from './derive-title.ts';
import { detectLang } from './language.ts';
import { endsSentence, isHeadlineLike, isProse, isShortLabel, sameTextKey } from './line-shapes.ts';
import { sourceFromProse, sourceFromSourceLine } from './sources.ts';
import { classifyLines, lineKey, type TextLine } from './text-lines.ts';
import { stripBullets } from './dates.ts';
import { wordCount } from './boilerplate.ts';

export interface TextArticleResult {
  article: Article | null;
  errors: ParseError[];
}

/** A teaser whose words are this much contained in a body paragraph is a repeat of it. */
const TEASER_REPEAT_SHARE = 0.8;
const NON_ASCII = /[^\x00-\x7f]/;
/** A page head has a handful of headline-sized lines; the title is among the first ones. */
const MAX_TITLE_CANDIDATES = 20;
/** Trailing lines up to this many words, without sentence punctuation, are tags. */
const MAX_TAG_WORDS = 6;

export function parseTextArticle(file: string, id: string, text: string): TextArticleResult {
  const lines = classifyLines(text);
  if (!lines.some((l) => l.kind !== 'blank')) return fail(file, 'the file is empty (no text)');

  const bodyLang = detectLang(lines.filter((l) => l.kind === 'text' && isProse(l.text)).slice(0, 5).map((l) => l.text).join(' ')) ?? 'en';
  const title = findTitle(lines, bodyLang);
  const titleKey = title ? sameTextKey(title.text) : null;
  const isTitle = (l: TextLine | undefined): boolean => !!l && !!titleKey && (l.kind === 'text' || l.kind === 'tag') && lineKey(l) === titleKey;

  const when = articleDate(lines);
  const layout = findLayout(lines, when.index, isTitle);

  const altTitles: AltTitle[] = [];
  const teasers: string[] = [];
  const body: string[] = [];
  let sourceLine: string | null = null;
  for (let i = 0; i < layout.bodyEnd; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text' || line === title || isTitle(line)) continue;
    const declared = sourceFromSourceLine(line.text);
    if (declared) {
      sourceLine ??= declared;
      continue;
    }
    // Plain ASCII is always the article's own (Latin) language; only other letters can mark a translation.
    const lang = NON_ASCII.test(line.text) && isHeadlineLike(line.text) ? detectLang(line.text) : null;
    if (lang && lang !== bodyLang) {
      if (!altTitles.some((t) => t.lang === lang && t.title === line.text)) altTitles.push({ lang, title: line.text });
      continue;
    }
    const paragraph = title ? withoutGluedTitle(line.text, title.text) : line.text;
    if (i < layout.bodyStart) {
      // The page head holds the title and perhaps a teaser; its short lines are page furniture.
      if (isProse(paragraph)) teasers.push(paragraph);
    } else body.push(paragraph);
  }
  dropTrailingTags(body);
  const lead = teasers.filter((t) => !repeatsBody(t, body)).concat(body);

  const sidebar: string[] = [];
  for (let i = layout.sidebarStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'text' || isTitle(line) || isShortLabel(stripBullets(line.text), 2)) continue;
    sidebar.push(line.text);
  }

  const head = lines.slice(0, layout.bodyEnd);
  const source =
    [...teasers, ...body.slice(0, 3)].map(sourceFromProse).find((s) => s !== null) ??
    sourceLine ??
    head.find((l) => l.kind === 'domain')?.value ??
    null;

  let titleText = title?.text ?? null;
  let titleDerived = false;
  if (titleText === null) {
    const first = lead[0];
    if (first === undefined) return fail(file, 'no article text found (only page furniture such as dates, links and buttons)');
    titleText = deriveTitle(first);
    titleDerived = true;
  }

  return {
    article: {
      id,
      title: titleText,
      titleDerived,
      date: when.parts.date,
      time: when.parts.time,
      timeZone: when.parts.timeZone,
      source,
      author: head.find((l) => l.kind === 'author')?.value ?? null,
      section: when.index === null ? null : sectionAbove(lines, when.index),
      lang: lead.length ? bodyLang : (detectLang(titleText) ?? bodyLang),
      altTitles,
      url: null,
      body: lead,
      sidebar,
      file,
    },
    errors: [],
  };
}

function fail(file: string, message: string): TextArticleResult {
  return { article: null, errors: [{ file, line: null, message }] };
}

/** The first headline-shaped line before the running text, preferring one the page repeats. */
function findTitle(lines: TextLine[], bodyLang: string): TextLine | null {
  const candidates: TextLine[] = [];
  for (const l of lines) {
    if (l.kind !== 'text') continue;
    if (isProse(l.text) || candidates.length === MAX_TITLE_CANDIDATES) break;
    if (isHeadlineLike(l.text) && (detectLang(l.text) ?? bodyLang) === bodyLang) candidates.push(l);
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const counts = new Map<string, number>(candidates.map((c) => [lineKey(c), 0]));
  for (const l of lines) {
    const count = l.kind === 'text' ? counts.get(lineKey(l)) : undefined;
    if (count !== undefined) counts.set(lineKey(l), count + 1);
  }
  return candidates.find((c) => counts.get(lineKey(c))! > 1) ?? candidates[0]!;
}

interface ArticleDate {
  parts: DateParts;
  /** Index of the article's own dateline in `lines`, or null (none, or only a meta line). */
  index: number | null;
}

/** The first meta date or dateline, with the time from the dateline of that day or the line after it. */
function articleDate(lines: TextLine[]): ArticleDate {
  const meta = lines.find((l) => l.kind === 'meta')?.date ?? null;
  const wanted = meta?.date ?? null;
  const index = lines.findIndex((l) => l.kind === 'dateline' && (wanted === null || l.date?.date === wanted));
  const dateline = index === -1 ? null : lines[index]!.date!;
  let time = meta?.time ?? dateline?.time ?? null;
  let timeZone = meta?.timeZone ?? dateline?.timeZone ?? null;
  if (index !== -1 && time === null) {
    const next = nextContent(lines, index);
    if (next !== -1 && lines[next]!.kind === 'time') {
      time = lines[next]!.date!.time;
      timeZone ??= lines[next]!.date!.timeZone;
    }
  }
  return {
    parts: { date: meta?.date ?? dateline?.date ?? null, time, timeZone },
    index: index === -1 ? null : index,
  };
}

function sectionAbove(lines: TextLine[], index: number): string | null {
  let j = index - 1;
  while (j >= 0 && lines[j]!.kind === 'blank') j--;
  return lines[j]?.kind === 'section' ? (lines[j]!.value ?? null) : null;
}

interface Layout {
  /** Lines before this are the page head (title, teaser). */
  bodyStart: number;
  /** Lines from here on are not the article. */
  bodyEnd: number;
  /** Lines from here on are other stories. */
  sidebarStart: number;
}

function findLayout(lines: TextLine[], datelineIndex: number | null, isTitle: (l: TextLine | undefined) => boolean): Layout {
  const proseBefore = (end: number): number => {
    let n = 0;
    for (let i = 0; i < end; i++) if (lines[i]!.kind === 'text' && isProse(lines[i]!.text)) n++;
    return n;
  };
  if (datelineIndex !== null) {
    let after = nextContent(lines, datelineIndex);
    if (after !== -1 && lines[after]!.kind === 'time') after = nextContent(lines, after);
    // One prose line before a header dateline is a teaser; two or more are the article itself.
    const header = isTitle(lines[after]) || proseBefore(datelineIndex) < 2;
    if (!header) {
      const end = after === -1 ? lines.length : after;
      return { bodyStart: 0, bodyEnd: datelineIndex, sidebarStart: end };
    }
    const tail = sidebarAfter(lines, datelineIndex + 1);
    return { bodyStart: datelineIndex + 1, bodyEnd: tail, sidebarStart: tail };
  }
  const tail = sidebarAfter(lines, 0);
  return { bodyStart: 0, bodyEnd: tail, sidebarStart: tail };
}

/** Where other stories start: a "Latest news" heading, or a dateline once the article's text has begun. */
function sidebarAfter(lines: TextLine[], from: number): number {
  let seenProse = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'sidebar-heading') return i;
    if (line.kind === 'dateline' && seenProse) return i;
    if (line.kind === 'text' && isProse(line.text)) seenProse = true;
  }
  return lines.length;
}

/** Index of the next line after `i` that is not blank or a separator, or -1. */
function nextContent(lines: TextLine[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) {
    const kind = lines[j]!.kind;
    if (kind !== 'blank' && kind !== 'separator') return j;
  }
  return -1;
}

/** "Title The lead sentence…" (the headline glued to the lead by the scraper) → "The lead sentence…". */
function withoutGluedTitle(paragraph: string, title: string): string {
  if (paragraph.length <= title.length + 1 || paragraph[title.length] !== ' ') return paragraph;
  if (sameTextKey(paragraph.slice(0, title.length)) !== sameTextKey(title)) return paragraph;
  const rest = paragraph.slice(title.length + 1);
  return /^["'“‘«(]?[\p{Lu}\p{N}]/u.test(rest) ? rest : paragraph;
}

function dropTrailingTags(body: string[]): void {
  if (!body.some(isProse)) return;
  for (let last = body[body.length - 1]; last !== undefined && !isProse(last); last = body[body.length - 1]) {
    if (endsSentence(last) || wordCount(last) > MAX_TAG_WORDS) return;
    body.pop();
  }
}

/** True when a teaser only repeats what one of the first body paragraphs says. */
function repeatsBody(teaser: string, body: string[]): boolean {
  const words = wordsOf(teaser);
  if (words.length < 5) return false;
  return body.slice(0, 3).some((p) => {
    const vocabulary = new Set(wordsOf(p));
    return words.filter((w) => vocabulary.has(w)).length / words.length >= TEASER_REPEAT_SHARE;
  });
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
