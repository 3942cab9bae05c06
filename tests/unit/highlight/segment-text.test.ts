import { describe, expect, it } from 'vitest';
import { cutPoints, locate, MAX_SEGMENT_CHARS, SegmentBuilder, type SegmentText } from '../../../lib/highlight/segment-text.ts';

/** A stand-in for a DOM text node: the scanner only needs identity and the node's whole text. */
interface FakeNode {
  id: string;
  text: string;
}

function node(id: string, text: string): FakeNode {
  return { id, text };
}

type Built = SegmentText & { nodes: FakeNode[] };

/** Builds segments from blocks of nodes, closing after each block, as the scanner does. */
function build(blocks: FakeNode[][], max?: number): Built[] {
  const b = new SegmentBuilder<FakeNode>(max);
  for (const block of blocks) {
    for (const n of block) b.add(n, n.text);
    b.close();
  }
  return b.take();
}

/**
 * The text between two located positions, read from the nodes themselves (not from the segment),
 * the way a DOM Range from (startNode, startOffset) to (endNode, endOffset) would.
 */
function textOfRange(seg: Built, start: number, end: number): { text: string; from: [string, number]; to: [string, number] } {
  const s = locate(seg, start, 'start');
  const e = locate(seg, end, 'end');
  const a = seg.nodes[s.piece]!;
  const z = seg.nodes[e.piece]!;
  let text: string;
  if (s.piece === e.piece || a === z) {
    text = a.text.slice(s.offset, e.offset);
  } else {
    text = a.text.slice(s.offset);
    for (let p = s.piece + 1; p < e.piece; p++) {
      const n = seg.nodes[p]!;
      if (n !== seg.nodes[p - 1]) text += n.text;
    }
    text += z.text.slice(0, e.offset);
  }
  return { text, from: [a.id, s.offset], to: [z.id, e.offset] };
}

describe('locate', () => {
  // Pieces "abc" | "de" | "fgh".
  const seg: SegmentText = { text: 'abcdefgh', starts: [0, 3, 5], bases: [0, 0, 0] };

  it('puts a start offset on a boundary in the piece after it', () => {
    expect(locate(seg, 0, 'start')).toEqual({ piece: 0, offset: 0 });
    expect(locate(seg, 3, 'start')).toEqual({ piece: 1, offset: 0 });
    expect(locate(seg, 5, 'start')).toEqual({ piece: 2, offset: 0 });
  });

  it('puts an end offset on a boundary in the piece before it', () => {
    expect(locate(seg, 3, 'end')).toEqual({ piece: 0, offset: 3 });
    expect(locate(seg, 5, 'end')).toEqual({ piece: 1, offset: 2 });
    expect(locate(seg, 8, 'end')).toEqual({ piece: 2, offset: 3 });
  });

  it('agrees on both sides for an offset inside a piece', () => {
    for (const [offset, piece, inNode] of [
      [1, 0, 1],
      [2, 0, 2],
      [4, 1, 1],
      [6, 2, 1],
      [7, 2, 2],
    ] as const) {
      expect(locate(seg, offset, 'start')).toEqual({ piece, offset: inNode });
      expect(locate(seg, offset, 'end')).toEqual({ piece, offset: inNode });
    }
  });

  it('works with a single piece', () => {
    const one: SegmentText = { text: 'Serbia', starts: [0], bases: [0] };
    expect(locate(one, 0, 'start')).toEqual({ piece: 0, offset: 0 });
    expect(locate(one, 6, 'end')).toEqual({ piece: 0, offset: 6 });
    expect(locate(one, 3, 'start')).toEqual({ piece: 0, offset: 3 });
  });

  it('skips empty pieces that share a start: a start goes past them, an end stays before them', () => {
    // Pieces "abc" | "" | "" | "def" | "gh".
    const withEmpty: SegmentText = { text: 'abcdefgh', starts: [0, 3, 3, 3, 6], bases: [0, 0, 0, 0, 0] };
    expect(locate(withEmpty, 3, 'start')).toEqual({ piece: 3, offset: 0 });
    expect(locate(withEmpty, 3, 'end')).toEqual({ piece: 0, offset: 3 });
    expect(locate(withEmpty, 4, 'start')).toEqual({ piece: 3, offset: 1 });
    expect(locate(withEmpty, 4, 'end')).toEqual({ piece: 3, offset: 1 });
    expect(locate(withEmpty, 6, 'end')).toEqual({ piece: 3, offset: 3 });
    expect(locate(withEmpty, 6, 'start')).toEqual({ piece: 4, offset: 0 });
  });

  it('skips an empty first piece for a start', () => {
    const leadingEmpty: SegmentText = { text: 'abcd', starts: [0, 0], bases: [0, 0] };
    expect(locate(leadingEmpty, 0, 'start')).toEqual({ piece: 1, offset: 0 });
    expect(locate(leadingEmpty, 2, 'end')).toEqual({ piece: 1, offset: 2 });
  });

  it('adds the base of a split node to the offset', () => {
    // The first piece is the tail of a node split at 1200; the second a whole node.
    const split: SegmentText = { text: 'abcdefgh', starts: [0, 5], bases: [1200, 0] };
    expect(locate(split, 0, 'start')).toEqual({ piece: 0, offset: 1200 });
    expect(locate(split, 2, 'start')).toEqual({ piece: 0, offset: 1202 });
    expect(locate(split, 5, 'end')).toEqual({ piece: 0, offset: 1205 });
    expect(locate(split, 5, 'start')).toEqual({ piece: 1, offset: 0 });
    expect(locate(split, 7, 'end')).toEqual({ piece: 1, offset: 2 });
  });

  it('maps every offset of a built segment to the same character in its node', () => {
    const nodes = [node('a', 'President '), node('b', 'Ilham'), node('c', ' '), node('d', 'Aliyev'), node('e', ' spoke.')];
    const [seg] = build([nodes]);
    for (let i = 0; i < seg!.text.length; i++) {
      const s = locate(seg!, i, 'start');
      expect(seg!.nodes[s.piece]!.text[s.offset]).toBe(seg!.text[i]);
      const e = locate(seg!, i + 1, 'end');
      expect(seg!.nodes[e.piece]!.text[e.offset - 1]).toBe(seg!.text[i]);
      // A start never sits at the very end of a node, an end never at the very start of one.
      expect(s.offset).toBeLessThan(seg!.nodes[s.piece]!.text.length);
      expect(e.offset).toBeGreaterThan(0);
    }
  });
});

describe('cutPoints', () => {
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

  it('gives one cut for a text no longer than max', () => {
    expect(cutPoints('short', 100)).toEqual([5]);
    expect(cutPoints('x'.repeat(100), 100)).toEqual([100]);
    expect(cutPoints('', 100)).toEqual([0]);
  });

  it('cuts just after a whitespace near the max', () => {
    expect(cutPoints('a'.repeat(95) + ' ' + 'b'.repeat(50), 100)).toEqual([96, 50]);
    // The last whitespace in the window wins, not the first.
    expect(cutPoints('a'.repeat(92) + ' ' + 'a'.repeat(4) + ' ' + 'a'.repeat(50), 100)).toEqual([98, 50]);
    // A whitespace as the window's last character gives a cut of exactly max.
    expect(cutPoints('a'.repeat(99) + ' ' + 'b'.repeat(10), 100)).toEqual([100, 10]);
  });

  it('treats newline, tab, carriage return and no-break space as whitespace', () => {
    for (const ws of ['\n', '\t', '\r', '\u00a0']) {
      expect(cutPoints('a'.repeat(95) + ws + 'b'.repeat(50), 100)).toEqual([96, 50]);
    }
  });

  it('cuts hard at max when the last tenth has no whitespace', () => {
    expect(cutPoints('x'.repeat(250), 100)).toEqual([100, 100, 50]);
    // A space before the last tenth is too far back to use.
    expect(cutPoints('a'.repeat(50) + ' ' + 'b'.repeat(99), 100)).toEqual([100, 50]);
    expect(cutPoints('a'.repeat(89) + ' ' + 'b'.repeat(60), 100)).toEqual([100, 50]);
    // A space just past the window does not count either.
    expect(cutPoints('a'.repeat(100) + ' ' + 'b'.repeat(20), 100)).toEqual([100, 21]);
  });

  it('uses the first space inside the last tenth', () => {
    // Index 90 is the first position in the last tenth: a cut after it is 91 long.
    expect(cutPoints('a'.repeat(90) + ' ' + 'b'.repeat(60), 100)).toEqual([91, 60]);
  });

  it('uses MAX_SEGMENT_CHARS by default', () => {
    expect(cutPoints('x'.repeat(MAX_SEGMENT_CHARS + 1))).toEqual([MAX_SEGMENT_CHARS, 1]);
    expect(cutPoints('x'.repeat(MAX_SEGMENT_CHARS))).toEqual([MAX_SEGMENT_CHARS]);
  });

  it('covers the text exactly, each cut at most max and ending at a whitespace unless hard', () => {
    const words = ['Serbia', 'Azerbaijan', 'a', 'pipeline', 'x'.repeat(40), 'of', 'gas', 'x'.repeat(130)];
    let text = '';
    for (let i = 0; i < 400; i++) text += words[(i * 7) % words.length] + (i % 5 === 0 ? '\n' : ' ');
    for (const max of [50, 100, 333]) {
      const cuts = cutPoints(text, max);
      expect(sum(cuts)).toBe(text.length);
      let at = 0;
      for (const [i, c] of cuts.entries()) {
        expect(c).toBeLessThanOrEqual(max);
        expect(c).toBeGreaterThan(0);
        if (i < cuts.length - 1) {
          expect(c).toBeGreaterThan(Math.floor(max * 0.9));
          const last = text[at + c - 1]!;
          if (c < max) expect(/\s/.test(last)).toBe(true);
        }
        at += c;
      }
    }
  });
});

describe('SegmentBuilder', () => {
  it('joins the pieces of one block and records where each starts', () => {
    const n1 = node('n1', 'President Ilham ');
    const n2 = node('n2', 'Aliyev');
    const n3 = node('n3', ' visited.');
    const segs = build([[n1, n2, n3]]);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.text).toBe('President Ilham Aliyev visited.');
    expect(segs[0]!.starts).toEqual([0, 16, 22]);
    expect(segs[0]!.bases).toEqual([0, 0, 0]);
    expect(segs[0]!.nodes).toEqual([n1, n2, n3]);
  });

  it('keeps blocks apart at close()', () => {
    const segs = build([[node('a', 'Serbia')], [node('b', 'Azerbaijan'), node('c', ' and Georgia')]]);
    expect(segs.map((s) => s.text)).toEqual(['Serbia', 'Azerbaijan and Georgia']);
    expect(segs[1]!.starts).toEqual([0, 10]);
  });

  it('ignores empty texts', () => {
    const segs = build([[node('a', 'Ilham '), node('empty', ''), node('b', 'Aliyev')]]);
    expect(segs[0]!.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(segs[0]!.starts).toEqual([0, 6]);
  });

  it('drops empty and whitespace-only blocks', () => {
    const segs = build([[], [node('ws', '  \n\t ')], [node('nbsp', '\u00a0'), node('ws2', ' ')], [node('x', ' Serbia ')]]);
    expect(segs.map((s) => s.text)).toEqual([' Serbia ']);
  });

  it('hands segments over once, and only closed ones', () => {
    const b = new SegmentBuilder<string>();
    b.add('a', 'Serbia');
    b.close();
    b.add('b', 'Georgia');
    expect(b.take().map((s) => s.text)).toEqual(['Serbia']);
    expect(b.take()).toEqual([]);
    b.close();
    expect(b.take().map((s) => s.text)).toEqual(['Georgia']);
  });

  it('keeps a text that exactly fills max in the same segment', () => {
    const segs = build([[node('a', 'abcde'), node('b', 'fghij')]], 10);
    expect(segs.map((s) => s.text)).toEqual(['abcdefghij']);
  });

  it('closes the segment before a small node that would take it past max', () => {
    const segs = build([[node('a', 'abcdef'), node('b', 'ghijk')]], 10);
    expect(segs.map((s) => s.text)).toEqual(['abcdef', 'ghijk']);
    expect(segs[1]!.starts).toEqual([0]);
    expect(segs[1]!.bases).toEqual([0]);
  });

  it('splits a huge text node over several segments, each at most max, with the node offsets as bases', () => {
    const huge = node('huge', Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '));
    const segs = build([[huge]], 100);
    expect(segs.length).toBeGreaterThan(huge.text.length / 100);
    expect(segs.map((s) => s.text).join('')).toBe(huge.text);
    let base = 0;
    for (const s of segs) {
      expect(s.text.length).toBeLessThanOrEqual(100);
      expect(s.nodes).toEqual([huge]);
      expect(s.starts).toEqual([0]);
      expect(s.bases).toEqual([base]);
      // The piece's text is the node's text from its base.
      expect(huge.text.slice(base, base + s.text.length)).toBe(s.text);
      base += s.text.length;
    }
  });

  it('splits a huge node without whitespace into hard cuts of max', () => {
    const huge = node('huge', 'x'.repeat(250));
    const segs = build([[huge]], 100);
    expect(segs.map((s) => s.text.length)).toEqual([100, 100, 50]);
    expect(segs.map((s) => s.bases[0])).toEqual([0, 100, 200]);
  });

  it('puts the text before a huge node and the one after it around its parts', () => {
    const intro = node('intro', 'Intro ');
    const huge = node('huge', 'lorem '.repeat(30));
    const outro = node('outro', 'Serbia');
    const segs = build([[intro, huge, outro]], 100);
    for (const s of segs) expect(s.text.length).toBeLessThanOrEqual(100);
    expect(segs.map((s) => s.text).join('')).toBe(intro.text + huge.text + outro.text);
    // The intro cannot share a segment with the first ~100 characters of the huge node.
    expect(segs[0]!.nodes).toEqual([intro]);
    // The huge node's tail shares the last segment with the node after it.
    const last = segs.at(-1)!;
    expect(last.nodes).toEqual([huge, outro]);
    expect(last.bases[0]).toBe(huge.text.length - (last.text.length - outro.text.length));
    expect(last.bases[1]).toBe(0);
  });

  it('never builds a segment longer than max, whatever the node sizes', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const b = new SegmentBuilder<number>(64);
    const all: string[] = [];
    for (let block = 0; block < 30; block++) {
      let blockText = '';
      for (let i = 0; i < 1 + rand(6); i++) {
        const len = rand(3) === 0 ? rand(200) : rand(20);
        const text = Array.from({ length: len }, () => (rand(6) === 0 ? ' ' : 'a')).join('');
        b.add(i, text);
        blockText += text;
      }
      b.close();
      if (/\S/.test(blockText)) all.push(blockText);
    }
    const segs = b.take();
    for (const s of segs) {
      expect(s.text.length).toBeLessThanOrEqual(64);
      expect(s.starts).toHaveLength(s.nodes.length);
      expect(s.bases).toHaveLength(s.nodes.length);
      expect(s.starts[0]).toBe(0);
    }
    // Nothing of a non-blank block is lost (only whitespace-only pieces of it may be dropped).
    expect(segs.map((s) => s.text).join('').replace(/\s/g, '')).toBe(all.join('').replace(/\s/g, ''));
  });
});

describe('round trip: a match in the segment back to its nodes', () => {
  it('maps a name split over inline markup ("Ilham " + "Aliyev") to its nodes', () => {
    const n1 = node('n1', 'President Ilham ');
    const n2 = node('n2', 'Aliyev');
    const n3 = node('n3', ' met the press.');
    const [seg] = build([[n1, n2, n3]]);
    const start = seg!.text.indexOf('Ilham Aliyev');
    const r = textOfRange(seg!, start, start + 'Ilham Aliyev'.length);
    expect(r.text).toBe('Ilham Aliyev');
    expect(r.from).toEqual(['n1', 10]);
    expect(r.to).toEqual(['n2', 6]);
  });

  it('maps a name split inside a word ("Az" + "erbaijan") to its nodes', () => {
    const [seg] = build([[node('a', 'They flew to Az'), node('b', 'erbaijan'), node('c', '.')]]);
    const start = seg!.text.indexOf('Azerbaijan');
    const r = textOfRange(seg!, start, start + 'Azerbaijan'.length);
    expect(r.text).toBe('Azerbaijan');
    expect(r.from).toEqual(['a', 13]);
    expect(r.to).toEqual(['b', 8]);
  });

  it('does not start a range at the end of the node before, nor end it at the start of the node after', () => {
    const [seg] = build([[node('a', 'in '), node('b', 'Serbia'), node('c', ' today')]]);
    const start = seg!.text.indexOf('Serbia');
    const r = textOfRange(seg!, start, start + 6);
    expect(r.from).toEqual(['b', 0]);
    expect(r.to).toEqual(['b', 6]);
  });

  it('spans a middle node entirely', () => {
    const [seg] = build([[node('a', 'Mr Ilham '), node('b', 'Heydar'), node('c', 'oglu Aliyev')]]);
    const start = seg!.text.indexOf('Ilham');
    const end = seg!.text.indexOf('oglu') + 4;
    const r = textOfRange(seg!, start, end);
    expect(r.text).toBe('Ilham Heydaroglu');
    expect(r.from).toEqual(['a', 3]);
    expect(r.to).toEqual(['c', 4]);
  });

  it('maps a name in a later part of a split node to the node offset, not the segment offset', () => {
    const huge = node('huge', 'lorem '.repeat(30) + 'Ilham ');
    const tail = node('tail', 'Aliyev');
    const segs = build([[huge, tail]], 100);
    const seg = segs.find((s) => s.text.includes('Ilham Aliyev'))!;
    expect(seg).toBeDefined();
    expect(seg.bases[0]).toBeGreaterThan(0);
    const start = seg.text.indexOf('Ilham Aliyev');
    const r = textOfRange(seg, start, start + 'Ilham Aliyev'.length);
    expect(r.text).toBe('Ilham Aliyev');
    expect(r.from).toEqual(['huge', huge.text.indexOf('Ilham')]);
    expect(r.to).toEqual(['tail', 6]);
  });

  it('maps a word inside every part of a huge split node back to the node', () => {
    const huge = node('huge', Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '));
    const segs = build([[huge]], 120);
    expect(segs.length).toBeGreaterThan(3);
    for (const seg of segs) {
      const m = /w\d+/.exec(seg.text.slice(1))!;
      const start = m.index + 1;
      const s = locate(seg, start, 'start');
      const e = locate(seg, start + m[0].length, 'end');
      expect(s.piece).toBe(0);
      expect(huge.text.slice(s.offset, e.offset)).toBe(m[0]);
    }
  });
});
