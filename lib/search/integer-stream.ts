/**
 * Non-negative integers as base64 VLQ text (the digits of source maps, unsigned): each
 * character carries 5 bits and a "more follows" bit, so numbers under 32 take one character,
 * under 1,024 two. Written by hand: the `vlq` package decodes a whole string into a new array
 * (an extra copy of millions of numbers at every load) and @jridgewell/sourcemap-codec reads
 * only the source-map `mappings` shape; a reader that hands out one number at a time is twenty
 * lines. Text rather than bytes because it sits inside JSON (archive.json) and IndexedDB as a
 * plain string: no base64 step, and a string is stored and copied in one piece.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MORE = 32;
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE_OF[DIGITS.charCodeAt(i)] = i;

export class IntegerStreamError extends Error {
  override name = 'IntegerStreamError';
}

/** Characters per piece of a writer's text. */
const PIECE = 8192;
/** The most digits a safe integer takes (53 bits, 5 a digit). */
const MOST_DIGITS = 11;
const DIGIT_CODES = Uint8Array.from(DIGITS, (digit) => digit.charCodeAt(0));
const ascii = new TextDecoder();

export class IntegerWriter {
  private readonly parts: string[] = [];
  /**
   * Digits as character codes, made a string a piece at a time: a string per number joined by
   * `+=` makes a rope of a node per number, which joining the text at the end must walk in one
   * go (tens of ms at 60,000 headlines, measured in Node, in the snapshot's one slice).
   */
  private readonly piece = new Uint8Array(PIECE);
  private used = 0;
  /** Characters in `parts`. */
  private written = 0;

  write(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new IntegerStreamError(`cannot store ${value}: not a non-negative integer`);
    let rest = value;
    do {
      const digit = rest % MORE;
      rest = Math.floor(rest / MORE);
      this.piece[this.used++] = DIGIT_CODES[rest > 0 ? digit + MORE : digit]!;
    } while (rest > 0);
    if (this.used > PIECE - MOST_DIGITS) this.endPiece();
  }

  /** Characters written so far. */
  get length(): number {
    return this.written + this.used;
  }

  /** Appends numbers another writer wrote: characters `start` to `end` of its text, as they are. */
  copy(text: string, start: number, end: number): void {
    this.endPiece();
    this.parts.push(text.slice(start, end));
    this.written += end - start;
  }

  text(): string {
    this.endPiece();
    return this.parts.join('');
  }

  private endPiece(): void {
    if (this.used === 0) return;
    this.parts.push(ascii.decode(this.piece.subarray(0, this.used)));
    this.written += this.used;
    this.used = 0;
  }
}

export class IntegerReader {
  private pos: number;

  /** Reads the numbers of `text` from `start` up to `end` (one term's postings, or all of it). */
  constructor(
    private readonly text: string,
    start = 0,
    private readonly end = text.length,
  ) {
    this.pos = start;
  }

  read(): number {
    const text = this.text;
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.end) throw new IntegerStreamError('the data ends early (truncated?)');
      const code = text.charCodeAt(this.pos++);
      const digit = code < 128 ? VALUE_OF[code]! : -1;
      if (digit < 0) throw new IntegerStreamError(`unexpected character at ${this.pos - 1}`);
      value += (digit & (MORE - 1)) * scale;
      if (digit < MORE) return value;
      scale *= MORE;
      if (scale > Number.MAX_SAFE_INTEGER) throw new IntegerStreamError(`a number at ${this.pos} is too long`);
    }
  }

  /** Reads a count or index and checks it is below `limit`. */
  readBelow(limit: number, what: string): number {
    const value = this.read();
    if (value >= limit) throw new IntegerStreamError(`${what} ${value} is out of range (< ${limit})`);
    return value;
  }

  get done(): boolean {
    return this.pos === this.end;
  }
}
