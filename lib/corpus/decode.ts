/**
 * Bytes to text for corpus files. Scraped archives arrive in whatever encoding the
 * scraper wrote, so this never fails on legacy text: UTF-8 is tried strictly first and
 * windows-1252 (the superset of Latin-1 that browsers use for "ISO-8859-1") is the
 * fallback, because every byte sequence is valid in it. Only data that is plainly not
 * text (NUL bytes, mostly control characters) is refused.
 */

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; message: string };

/** How much of the file the control-character check looks at; enough to judge, cheap on 5 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Text has tabs and newlines but almost no other C0 controls; binary formats have many. */
const MAX_CONTROL_SHARE = 0.05;

export function decodeCorpusBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: true, text: normaliseLineEndings(new TextDecoder(utf16).decode(bytes)), encoding: utf16 };
  if (bytes.indexOf(0) !== -1) return { ok: false, message: 'not a text file (it contains NUL bytes)' };
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, message: 'not a text file (mostly control characters)' };
  try {
    // TextDecoder drops a leading UTF-8 byte-order mark by default.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: normaliseLineEndings(text), encoding: 'utf-8' };
  } catch {
    const text = decodeWindows1252(bytes);
    return { ok: true, text: normaliseLineEndings(text), encoding: 'windows-1252' };
  }
}

/** CRLF (Windows) and lone CR (old Mac) become LF so every later rule sees one kind of line. */
export function normaliseLineEndings(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** UTF-16 files are only recognised by their byte-order mark; they legitimately contain NULs. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // Tab, LF, VT, FF, CR and ESC-free text is the norm; everything else below 0x20 is suspect.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls / n;
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
