/**
 * Scraped text split into classified lines: datelines, meta lines, bylines, page
 * furniture and plain text. The article layout (title, body, sidebar) is worked out
 * from these kinds in text-article.ts.
 */

import { authorFromLine, isBoilerplateLine, isSeparatorLine, isSidebarHeading } from './boilerplate.ts';
import { parseDateline, parseTimeLine, isoDate, stripBullets, type DateParts } from './dates.ts';
import { endsSentence, isShortLabel, normaliseSpace, sameTextKey } from './line-shapes.ts';
import { sourceFromDomainLine } from './sources.ts';

export type LineKind =
  | 'blank'
  /** " date 2026-02-02 …": a scraper's metadata line, with the page's tags or dateline after it. */
  | 'meta'
  | 'dateline'
  | 'time'
  | 'separator'
  | 'boilerplate'
  | 'sidebar-heading'
  | 'author'
  | 'domain'
  /** A short label just above a dateline ("Foreign policy" over "• 02 February, 2026"). */
  | 'section'
  /** The page's tag line, as repeated from the meta line. */
  | 'tag'
  | 'text';

export interface TextLine {
  /** 1-based line number in the file (the first line of joined, hard-wrapped text). */
  n: number;
  text: string;
  kind: LineKind;
  date?: DateParts;
  /** Author, domain or section label, for those kinds. */
  value?: string;
  /** sameTextKey(text), computed once (see lineKey). */
  key?: string;
}

/** The line's comparison key ("same text" ignoring case and spacing), cached on the line. */
export function lineKey(line: TextLine): string {
  return (line.key ??= sameTextKey(line.text));
}

const META = /^date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+(.*))?$/i;

export function classifyLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const tagKeys = new Set<string>();
  const raw = text.split('\n');
  /** Physical line number where the last text line ends (hard-wrapped lines are joined). */
  let textEnd = -1;
  for (let i = 0; i < raw.length; i++) {
    const n = i + 1;
    const line = classifyLine(n, normaliseSpace(raw[i]!), tagKeys);
    const prev = lines[lines.length - 1];
    // Hard-wrapped prose: a line that starts in lower case continues the unfinished line above.
    if (line.kind === 'text' && prev?.kind === 'text' && textEnd === n - 1 && !endsSentence(prev.text) && /^\p{Ll}/u.test(line.text)) {
      prev.text += ` ${line.text}`;
      prev.key = undefined;
      textEnd = n;
      continue;
    }
    lines.push(line);
    if (line.kind === 'text') textEnd = n;
  }
  for (const line of lines) if (line.kind === 'text' && tagKeys.size > 0 && tagKeys.has(lineKey(line))) line.kind = 'tag';
  markSections(lines);
  return lines;
}

function classifyLine(n: number, text: string, tagKeys: Set<string>): TextLine {
  if (text === '') return { n, text, kind: 'blank' };
  const meta = META.exec(text);
  if (meta) {
    const date = isoDate(Number(meta[1]), Number(meta[2]), Number(meta[3]));
    const rest = meta[4] ?? '';
    const restDate = rest ? parseDateline(rest) : null;
    if (rest && !restDate) tagKeys.add(sameTextKey(rest));
    const sameDay = restDate && (restDate.date === date || date === null);
    return {
      n,
      text,
      kind: 'meta',
      date: { date: date ?? restDate?.date ?? null, time: sameDay ? restDate.time : null, timeZone: sameDay ? restDate.timeZone : null },
    };
  }
  const date = parseDateline(text);
  if (date) return { n, text, kind: 'dateline', date };
  const time = parseTimeLine(text);
  if (time) return { n, text, kind: 'time', date: time };
  if (isSeparatorLine(text)) return { n, text, kind: 'separator' };
  if (isSidebarHeading(text)) return { n, text, kind: 'sidebar-heading' };
  if (isBoilerplateLine(text)) return { n, text, kind: 'boilerplate' };
  const author = authorFromLine(text);
  if (author) return { n, text, kind: 'author', value: author };
  const domain = sourceFromDomainLine(text);
  if (domain) return { n, text, kind: 'domain', value: domain };
  return { n, text, kind: 'text' };
}

/** A short label on the line above a dateline is the section ("Politics", "Foreign policy"). */
function markSections(lines: TextLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'dateline') continue;
    let j = i - 1;
    while (j >= 0 && lines[j]!.kind === 'blank') j--;
    const above = lines[j];
    if (!above || above.kind !== 'text') continue;
    const label = stripBullets(above.text).trim();
    if (isShortLabel(label)) {
      above.kind = 'section';
      above.value = label;
    }
  }
}
