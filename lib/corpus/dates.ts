/**
 * Datelines as news pages print them ("• 02 February, 2026", "October 16, 2024 17:40",
 * "- 1 September 2024 13:52", "7 November 2023 17:41 (UTC+04:00)", "2026-03-26T17:10:33Z")
 * turned into ISO parts. A date is only ever read, never guessed: anything that does not
 * name a real calendar day gives null.
 */

export interface DateParts {
  /** `YYYY-MM-DD` */
  date: string | null;
  /** `HH:MM`, 24 h */
  time: string | null;
  /** `UTC±HH:MM` */
  timeZone: string | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TIME = '(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*([ap])\\.?m\\.?)?';
const ZONE = '(z|(?:utc|gmt)(?:\\s*[+\\-\u2212]\\s*\\d{1,2}(?::?\\d{2})?)?|[+\\-\u2212]\\d{2}:?\\d{2})';
/** Time and zone after a date: "17:41 (UTC+04:00)", "T17:10:33Z", ", 08:26", " | 13:52". */
const TAIL = `(?:(?:\\s*[,|•·\\-\u2013\u2014]\\s*|\\s+|t)${TIME}(?:\\s*\\(?\\s*${ZONE}\\s*\\)?)?)?`;

const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TAIL}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TAIL}$`, 'i');
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TAIL}$`, 'i');
/** 16.10.2024 and 16/10/2024: day first, as in Europe and the Caucasus (US-style pages use month names). */
const DOTTED = new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TAIL}$`, 'i');
const TIME_ONLY = new RegExp(`^${TIME}(?:\\s*\\(?\\s*${ZONE}\\s*\\)?)?$`, 'i');

/** Bullets and dashes that scraped pages put in front of meta lines ("• 08:26", "- Politics"). */
const LEADING_BULLETS = /^[\s•·*\-\u2013\u2014|]+/;

export function stripBullets(line: string): string {
  return line.replace(LEADING_BULLETS, '');
}

/** The ISO date for a calendar day, or null when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A line that is wholly a date, optionally with time and zone (leading bullets ignored).
 * Prose that merely contains a date ("On November 7, 2023, the minister…") is not a dateline.
 */
export function parseDateline(line: string): DateParts | null {
  const text = stripBullets(line).trim();
  if (text.length > 80) return null;
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return withTail(isoDate(num(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, num(m[1])), m, 4);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return withTail(isoDate(num(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, num(m[2])), m, 4);
  m = ISO.exec(text);
  if (m) return withTail(isoDate(num(m[1]), num(m[2]), num(m[3])), m, 4);
  m = DOTTED.exec(text);
  if (m) return withTail(isoDate(num(m[3]), num(m[2]), num(m[1])), m, 4);
  return null;
}

/** A line that is only a time ("• 08:26", "17:41 (UTC+04:00)"): the `HH:MM` and zone, or null. */
export function parseTimeLine(line: string): DateParts | null {
  const text = stripBullets(line).trim();
  if (text.length > 40) return null;
  const m = TIME_ONLY.exec(text);
  if (!m) return null;
  const time = clock(m[1], m[2], m[3]);
  return time ? { date: null, time, timeZone: zone(m[4]) } : null;
}

/** A date value from structured data (JSON): ISO timestamps or any dateline form. */
export function parseDateValue(value: string): DateParts | null {
  return parseDateline(value.trim());
}

function withTail(date: string | null, m: RegExpExecArray, at: number): DateParts | null {
  if (!date) return null;
  const time = m[at] === undefined ? null : clock(m[at], m[at + 1], m[at + 2]);
  return { date, time, timeZone: time ? zone(m[at + 3]) : null };
}

function clock(hours: string | undefined, minutes: string | undefined, meridiem: string | undefined): string | null {
  let h = num(hours);
  const min = num(minutes);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** "Z", "UTC", "GMT+4", "+0400", "UTC+04:00" all become `UTC±HH:MM`. */
function zone(raw: string | undefined): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, '').replace('\u2212', '-').toUpperCase();
  if (text === 'Z' || text === 'UTC' || text === 'GMT') return 'UTC+00:00';
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  if (!m) return null;
  const h = num(m[2]);
  const min = num(m[3] ?? '0');
  if (h > 14 || min > 59) return null;
  return `UTC${m[1]}${pad(h)}:${pad(min)}`;
}

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number.parseInt(s, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
