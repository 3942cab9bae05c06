/**
 * One JSON record to an Article. Real corpora disagree on field names, so each field is
 * read from the names the known corpora use:
 * - bbc-2004: `{id, category, title, body}`
 * - headlines: `{title, source, first_seen}` and `{title, source, url, published_date, category}`
 * - Dossier's own shape: `{id?, title, date?, source?, url?, body}` (body a string or string[])
 */

import type { AltTitle, Article, ParseError } from './article.ts';
import { parseDateValue, parseTimeLine, type DateParts } from './dates.ts';
import { deriveTitle } from './derive-title.ts';
import { detectLang } from './language.ts';
import { normaliseSpace } from './line-shapes.ts';
import { normaliseLineEndings } from './decode.ts';
import { paragraphsOf } from './paragraphs.ts';

const DATE_FIELDS = ['date', 'published_date', 'publishedAt', 'published_at', 'published', 'pubDate', 'datetime', 'first_seen'] as const;
const SECTION_FIELDS = ['section', 'category'] as const;
const URL_FIELDS = ['url', 'link'] as const;
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export interface RecordPlace {
  file: string;
  /** The id this record gets when it has none of its own. */
  fallbackId: string;
  /** Prefix for the record's own id (the file stem). */
  stem: string;
  /** 1-based line (JSONL) or null (JSON). */
  line: number | null;
  /** How the record is named in messages: "line 7", "record 3". */
  label: string;
}

export type RecordResult = { article: Article; error?: undefined } | { article?: undefined; error: ParseError };

export function articleFromRecord(value: unknown, place: RecordPlace): RecordResult {
  const fail = (message: string): RecordResult => ({ error: { file: place.file, line: place.line, message: `${place.label}: ${message}` } });
  if (!isRecord(value)) return fail(`expected an object with a title or a body, found ${describe(value)}`);

  const body = bodyOf(value['body'] ?? value['text'] ?? value['content']);
  let title = stringField(value, ['title', 'headline']);
  let titleDerived = false;
  if (title === null) {
    const first = body[0];
    if (first === undefined) return fail('the record has neither a title nor a body');
    title = deriveTitle(first);
    titleDerived = true;
  }

  const ownId = value['id'];
  const id = typeof ownId === 'string' && ownId.trim() ? `${place.stem}:${ownId.trim()}` : typeof ownId === 'number' && Number.isFinite(ownId) ? `${place.stem}:${ownId}` : place.fallbackId;
  const when = dateOf(value);
  const declaredLang = stringField(value, ['lang', 'language']);
  return {
    article: {
      id,
      title,
      titleDerived,
      date: when.date,
      time: when.time,
      timeZone: when.timeZone,
      source: sourceOf(value['source'] ?? value['publisher']),
      author: authorOf(value['author'] ?? value['byline']),
      section: stringField(value, SECTION_FIELDS),
      lang: declaredLang && LANG_TAG.test(declaredLang) ? declaredLang.toLowerCase() : (detectLang(`${title} ${body.slice(0, 3).join(' ')}`) ?? 'en'),
      altTitles: altTitlesOf(value['altTitles']),
      url: stringField(value, URL_FIELDS),
      body,
      sidebar: [],
      file: place.file,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/** The first non-empty string among the fields, with white space tidied. */
function stringField(record: Record<string, unknown>, fields: readonly string[]): string | null {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string') {
      const text = normaliseSpace(value);
      if (text) return text;
    }
  }
  return null;
}

function bodyOf(value: unknown): string[] {
  if (typeof value === 'string') return paragraphsOf(normaliseLineEndings(value));
  if (Array.isArray(value)) return value.flatMap((p) => (typeof p === 'string' ? paragraphsOf(normaliseLineEndings(p)) : []));
  return [];
}

/** `source` is a name, or (news APIs) an object with a `name`. */
function sourceOf(value: unknown): string | null {
  if (typeof value === 'string') return normaliseSpace(value) || null;
  if (isRecord(value) && typeof value['name'] === 'string') return normaliseSpace(value['name']) || null;
  return null;
}

function authorOf(value: unknown): string | null {
  if (typeof value === 'string') return normaliseSpace(value) || null;
  if (Array.isArray(value)) {
    const names = value.filter((v): v is string => typeof v === 'string').map(normaliseSpace).filter(Boolean);
    return names.length ? names.join(', ') : null;
  }
  return null;
}

/** A date that does not parse is left out (null), never guessed. */
function dateOf(record: Record<string, unknown>): DateParts {
  const raw = stringField(record, DATE_FIELDS);
  const parts = (raw && parseDateValue(raw)) || { date: null, time: null, timeZone: null };
  const time = typeof record['time'] === 'string' ? parseTimeLine(record['time']) : null;
  const timeZone = typeof record['timeZone'] === 'string' ? parseTimeLine(`00:00 ${record['timeZone']}`)?.timeZone : null;
  return {
    date: parts.date,
    time: time?.time ?? parts.time,
    timeZone: timeZone ?? time?.timeZone ?? parts.timeZone,
  };
}

function altTitlesOf(value: unknown): AltTitle[] {
  if (!Array.isArray(value)) return [];
  const out: AltTitle[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item['lang'] === 'string' && typeof item['title'] === 'string' && normaliseSpace(item['title'])) {
      out.push({ lang: item['lang'], title: normaliseSpace(item['title']) });
    }
  }
  return out;
}
