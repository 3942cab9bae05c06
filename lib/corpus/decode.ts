/**
 * Bytes to text for corpus files. Scraped archives arrive in whatever encoding the
 * scraper wrote, so this never fails on legacy text: UTF-8 is tried strictly first and
 * windows-1252 (the superset of Latin-1 that browsers use for "ISO-8859-1") is the
 * fallback, because every byte sequence is valid in it. Only data that is plainly not
 * text (mostly control characters or NUL bytes) is refused as a whole.
 *
 * Damage is contained to its line: a file that is not clean UTF-8 is decoded line by line,
 * so one line with a NUL byte, a broken UTF-8 sequence or a truncated last character costs
 * that line (or that character) only, and each such line is reported.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A line that could not be read as it was: `line` is 1-based. */
export interface LineProblem {
  line: number;
  message: string;
}

export type DecodedText =
  | { ok: true; text: string; encoding: Encoding; problems: LineProblem[] }
  | { ok: false; message: string };

/** How much of the file the control-character check looks at; enough to judge, cheap on 5 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Text has tabs and newlines but almost no other C0 controls; binary formats have many. */
const MAX_CONTROL_SHARE = 0.05;
/** Below this many control bytes a file is text with damaged lines, however short it is. */
const MIN_BINARY_CONTROLS = 16;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

export function decodeCorpusBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = normaliseLineEndings(new TextDecoder(utf16).decode(bytes));
    return { ok: true, ...withoutNulLines(text), encoding: utf16 };
  }
  const refused = notText(bytes);
  if (refused !== null) return { ok: false, message: refused };
  if (bytes.indexOf(0) === -1) {
    try {
      // TextDecoder drops a leading UTF-8 byte-order mark by default.
      return { ok: true, text: normaliseLineEndings(utf8.decode(bytes)), encoding: 'utf-8', problems: [] };
    } catch {
      // Not clean UTF-8: line by line below.
    }
  }
  return decodeByLine(bytes);
}

/**
 * One line's bytes (no line break) to text: UTF-8, else windows-1252 for a line with no
 * UTF-8 in it at all (legacy text, not an error). `text` is null for a line to skip.
 */
export function decodeLineBytes(bytes: Uint8Array): { text: string | null; problem: string | null } {
  if (bytes.indexOf(0) !== -1) return { text: null, problem: 'contains NUL bytes; the line is skipped' };
  try {
    return { text: utf8.decode(bytes), problem: null };
  } catch {
    // Below: a truncated last character, damaged UTF-8, or a legacy encoding.
  }
  const cut = incompleteTail(bytes);
  if (cut > 0) {
    try {
      return { text: utf8.decode(bytes.subarray(0, bytes.length - cut)), problem: 'ends in an incomplete UTF-8 character, which is dropped' };
    } catch {
      // Damaged elsewhere too.
    }
  }
  if (hasUtf8Sequence(bytes)) return { text: utf8Lenient.decode(bytes), problem: 'invalid UTF-8 bytes, shown as �' };
  return { text: decodeWindows1252(bytes), problem: null };
}

function decodeByLine(bytes: Uint8Array): DecodedText {
  const lines: string[] = [];
  const problems: LineProblem[] = [];
  let legacy = false;
  let start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start <= bytes.length) {
    const { end, next } = lineEnd(bytes, start);
    const line = bytes.subarray(start, end);
    const { text, problem } = decodeLineBytes(line);
    if (problem !== null) problems.push({ line: lines.length + 1, message: `line ${lines.length + 1}: ${problem}` });
    if (text !== null && problem === null && !legacy) legacy = !isAscii(line) && !hasUtf8Sequence(line);
    lines.push(text ?? '');
    if (next > bytes.length) break;
    start = next;
  }
  return { ok: true, text: lines.join('\n'), encoding: legacy ? 'windows-1252' : 'utf-8', problems };
}

/** Where the line starting at `start` ends (LF, CRLF or a lone CR) and where the next starts. */
function lineEnd(bytes: Uint8Array, start: number): { end: number; next: number } {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) return { end: i, next: i + 1 };
    if (b === 0x0d) return { end: i, next: bytes[i + 1] === 0x0a ? i + 2 : i + 1 };
  }
  return { end: bytes.length, next: bytes.length + 1 };
}

/** Drops the lines of an already decoded text (UTF-16) that hold U+0000. */
function withoutNulLines(text: string): { text: string; problems: LineProblem[] } {
  if (!text.includes('\u0000')) return { text, problems: [] };
  const problems: LineProblem[] = [];
  const lines = text.split('\n').map((line, i) => {
    if (!line.includes('\u0000')) return line;
    problems.push({ line: i + 1, message: `line ${i + 1}: contains NUL characters; the line is skipped` });
    return '';
  });
  return { text: lines.join('\n'), problems };
}

/** How many bytes at the end form the start of a UTF-8 character cut short (0 if none). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    return needed > back ? back : 0;
  }
  return 0;
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 character. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const needed = b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (needed === 0 || i + needed >= bytes.length) continue;
    let ok = true;
    for (let k = 1; k <= needed; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** CRLF (Windows) and lone CR (old Mac) become LF so every later rule sees one kind of line. */
export function normaliseLineEndings(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * UTF-16 by its byte-order mark, or without one by its zero bytes: text in UTF-16 has a
 * zero high byte for every ASCII character (spaces, digits, line breaks, Latin letters), all
 * at odd offsets (little-endian) or all at even ones (big-endian). Other text has none.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= odd * 0.02) return 'utf-16le';
  if (even >= pairs * 0.2 && odd <= even * 0.02) return 'utf-16be';
  return null;
}

/** Why data that is plainly not text (judged by its start) is refused, or null for text. */
export function notText(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  const controls = controlCount(bytes.subarray(0, n));
  if (controls < MIN_BINARY_CONTROLS || controls <= n * MAX_CONTROL_SHARE) return null;
  const nul = bytes.subarray(0, SAMPLE_BYTES).indexOf(0) !== -1;
  return nul ? 'not a text file (it contains NUL bytes)' : 'not a text file (mostly control characters)';
}

function controlCount(bytes: Uint8Array): number {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR and ESC-free text is the norm; everything else below 0x20 is suspect.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls;
}

/** windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €); the other bytes are their own code points. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Hand-written because TextDecoder('windows-1252') is not the same everywhere: Node 20
 * decodes it as ISO-8859-1 and turns curly quotes into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  let out = '';
  // Chunked: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
