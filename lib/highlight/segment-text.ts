/**
 * The text of one block, assembled from the text nodes it spans, and the way back from an
 * offset in that text to a (piece, offset-in-node) pair. Pieces are text nodes, or parts of
 * one huge text node split to keep memory and task length bounded.
 */
export interface SegmentText {
  text: string;
  /** Offset in `text` where each piece starts, ascending. */
  starts: number[];
  /** Offset inside the piece's node where the piece starts (0 unless a node was split). */
  bases: number[];
}

export interface PiecePosition {
  piece: number;
  /** Offset inside the piece's node. */
  offset: number;
}

/**
 * The piece holding `offset`. A start offset on a boundary belongs to the piece after it
 * (`side: 'start'`), an end offset to the piece before it (`side: 'end'`), so a range never
 * begins at the very end of a node or ends at the very start of one.
 */
export function locate(segment: SegmentText, offset: number, side: 'start' | 'end'): PiecePosition {
  const { starts, bases } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (side === 'start' && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  // Empty pieces share a start with the next one; for a start, skip forward past them.
  if (side === 'start') while (lo + 1 < starts.length && starts[lo + 1] === offset) lo++;
  return { piece: lo, offset: bases[lo]! + offset - starts[lo]! };
}

/** Longest block text handed to the recogniser at once; longer runs are cut. */
export const MAX_SEGMENT_CHARS = 20_000;

/**
 * Cuts a long run of text at a whitespace near `max` (or at `max` when there is none in the
 * last tenth), so that a hostile page with a megabyte text node still yields small units.
 * Returns the cut lengths, in order; their sum is `text.length`.
 */
export function cutPoints(text: string, max = MAX_SEGMENT_CHARS): number[] {
  const cuts: number[] = [];
  let at = 0;
  while (text.length - at > max) {
    let cut = at + max;
    const floor = at + Math.floor(max * 0.9);
    while (cut > floor && !isSpace(text.charCodeAt(cut - 1))) cut--;
    if (cut === floor) cut = at + max;
    cuts.push(cut - at);
    at = cut;
  }
  cuts.push(text.length - at);
  return cuts;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}

/** Builds segments from pieces, closing a segment when it would grow past `max` characters. */
export class SegmentBuilder<N> {
  private parts: string[] = [];
  private nodes: N[] = [];
  private starts: number[] = [];
  private bases: number[] = [];
  private length = 0;
  private readonly done: Array<SegmentText & { nodes: N[] }> = [];

  constructor(private readonly max = MAX_SEGMENT_CHARS) {}

  /** Adds a node's text; a huge text is split over several segments. */
  add(node: N, text: string): void {
    if (text.length === 0) return;
    if (this.length + text.length <= this.max) {
      this.push(node, text, 0);
      return;
    }
    let base = 0;
    for (const len of cutPoints(text, this.max)) {
      if (this.length + len > this.max) this.close();
      this.push(node, text.slice(base, base + len), base);
      base += len;
    }
  }

  private push(node: N, text: string, base: number): void {
    this.parts.push(text);
    this.nodes.push(node);
    this.starts.push(this.length);
    this.bases.push(base);
    this.length += text.length;
  }

  /** Ends the current block (at a block boundary); empty blocks and whitespace-only ones are dropped. */
  close(): void {
    if (this.parts.length > 0) {
      const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      if (/\S/.test(text)) this.done.push({ text, starts: this.starts, bases: this.bases, nodes: this.nodes });
    }
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.bases = [];
    this.length = 0;
  }

  /** The segments closed so far, handed over once. */
  take(): Array<SegmentText & { nodes: N[] }> {
    return this.done.splice(0, this.done.length);
  }
}
