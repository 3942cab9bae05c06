import { describe, expect, it } from 'vitest';
import {
  attributesSkip,
  batchesByChars,
  cutPoints,
  debounce,
  elementRole,
  entityReport,
  highlightingActive,
  isDossierTag,
  locate,
  MAX_REPORTED_ENTITIES,
  PageTerms,
  placement,
  runSliced,
  sameReport,
  SegmentBuilder,
  siteEnabled,
  siteKey,
  withSite,
  type SliceHost,
  type TimerHost,
} from '../../../lib/highlight/index.ts';

describe('segments: text of a block and the way back to its nodes', () => {
  it('joins a block split over inline markup and maps a match back to node offsets', () => {
    const b = new SegmentBuilder<string>();
    b.add('n1', 'President Ilham ');
    b.add('n2', 'Aliyev');
    b.add('n3', ' met them in Az');
    b.add('n4', 'erbaijan.');
    b.close();
    const [seg] = b.take();
    expect(seg!.text).toBe('President Ilham Aliyev met them in Azerbaijan.');
    const name = seg!.text.indexOf('Ilham Aliyev');
    expect(locate(seg!, name, 'start')).toEqual({ piece: 0, offset: 10 });
    expect(locate(seg!, name + 'Ilham Aliyev'.length, 'end')).toEqual({ piece: 1, offset: 6 });
    const az = seg!.text.indexOf('Azerbaijan');
    expect(locate(seg!, az, 'start')).toEqual({ piece: 2, offset: 13 });
    expect(locate(seg!, az + 'Azerbaijan'.length, 'end')).toEqual({ piece: 3, offset: 8 });
    expect(seg!.nodes).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('puts a start on a boundary in the next piece and an end in the previous one', () => {
    const seg = { text: 'abcdef', starts: [0, 3], bases: [0, 0] };
    expect(locate(seg, 3, 'start')).toEqual({ piece: 1, offset: 0 });
    expect(locate(seg, 3, 'end')).toEqual({ piece: 0, offset: 3 });
  });

  it('skips empty pieces for a start and honours the base of a split node', () => {
    const seg = { text: 'abcdef', starts: [0, 3, 3], bases: [0, 0, 500] };
    expect(locate(seg, 3, 'start')).toEqual({ piece: 2, offset: 500 });
    expect(locate(seg, 5, 'start')).toEqual({ piece: 2, offset: 502 });
  });

  it('drops empty and whitespace-only blocks', () => {
    const b = new SegmentBuilder<string>();
    b.close();
    b.add('a', '  \n\t ');
    b.close();
    b.add('b', 'Serbia');
    b.close();
    expect(b.take().map((s) => s.text)).toEqual(['Serbia']);
    expect(b.take()).toEqual([]);
  });

  it('splits a huge text node over several bounded segments that cover it exactly', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const b = new SegmentBuilder<string>(1000);
    b.add('huge', text);
    b.close();
    const segs = b.take();
    expect(segs.length).toBeGreaterThan(text.length / 1000);
    for (const s of segs) expect(s.text.length).toBeLessThanOrEqual(1000);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    // Each segment's piece starts where the previous one ended in the node.
    let base = 0;
    for (const s of segs) {
      expect(s.bases[0]).toBe(base);
      base += s.text.length;
    }
  });

  it('cuts long text at whitespace near the limit, or hard when there is none', () => {
    const spaced = 'aaaa '.repeat(100);
    const cuts = cutPoints(spaced, 100);
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(spaced.length);
    for (const c of cuts.slice(0, -1)) {
      expect(c).toBeLessThanOrEqual(100);
      expect(c).toBeGreaterThanOrEqual(90);
    }
    expect(cutPoints('x'.repeat(250), 100)).toEqual([100, 100, 50]);
    expect(cutPoints('short', 100)).toEqual([5]);
  });
});

describe('time slicing', () => {
  function fakeHost(stepMs: number): SliceHost & { yields: number; advance: () => void } {
    let t = 0;
    const host = {
      yields: 0,
      now: () => t,
      advance: () => void (t += stepMs),
      yield: async () => {
        host.yields++;
      },
    };
    return host;
  }

  it('yields when the budget is spent and not before, and reports completion', async () => {
    const host = fakeHost(3);
    let left = 10;
    const done = await runSliced(
      () => {
        host.advance();
        return --left > 0;
      },
      host,
      { budgetMs: 12 },
    );
    expect(done).toBe(true);
    // 10 steps of 3 ms in 12 ms slices: a yield after steps 4 and 8.
    expect(host.yields).toBe(2);
  });

  it('stops when cancelled', async () => {
    const host = fakeHost(1);
    let steps = 0;
    const done = await runSliced(() => ++steps < 100, host, { budgetMs: 5, cancelled: () => steps >= 3 });
    expect(done).toBe(false);
    expect(steps).toBe(3);
  });
});

describe('debounce', () => {
  function fakeTimers(): TimerHost & { advanceTo(t: number): void } {
    let now = 0;
    let nextId = 1;
    const timers = new Map<number, { at: number; fn: () => void }>();
    return {
      now: () => now,
      setTimeout: (fn, ms) => {
        timers.set(nextId, { at: now + ms, fn });
        return nextId++;
      },
      clearTimeout: (id) => void timers.delete(id),
      advanceTo(t: number) {
        for (;;) {
          const due = [...timers.entries()].filter(([, x]) => x.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
          if (!due) break;
          timers.delete(due[0]);
          now = due[1].at;
          due[1].fn();
        }
        now = t;
      },
    };
  }

  it('fires once after the calls stop, but no later than the longest wait of a burst', () => {
    const timers = fakeTimers();
    const fired: number[] = [];
    const d = debounce(() => fired.push(timers.now()), 100, 250, timers);
    for (let t = 0; t <= 400; t += 50) {
      timers.advanceTo(t);
      d();
    }
    // A call every 50 ms never leaves 100 ms of quiet: the burst fires at 250, then the rest 100 ms after the last call.
    timers.advanceTo(1000);
    expect(fired).toEqual([250, 500]);
  });

  it('flushes at once, cancels, and says whether a call is pending', () => {
    const timers = fakeTimers();
    let n = 0;
    const d = debounce(() => n++, 100, 1000, timers);
    d();
    expect(d.pending).toBe(true);
    d.flush();
    expect(n).toBe(1);
    expect(d.pending).toBe(false);
    d();
    d.cancel();
    timers.advanceTo(5000);
    expect(n).toBe(1);
  });
});

describe('the page report', () => {
  it('counts each entity, keeps its first position in document order, and sorts by count', () => {
    const report = entityReport([
      [
        { id: 'official:ilham-aliyev', name: 'Ilham Aliyev' },
        { id: 'country:AZ', name: 'Azerbaijan' },
      ],
      [],
      [
        { id: 'country:AZ', name: 'Azerbaijan' },
        { id: 'country:RS', name: 'Serbia' },
      ],
    ]);
    expect(report).toEqual([
      { id: 'country:AZ', count: 2, first: 1, name: 'Azerbaijan' },
      { id: 'official:ilham-aliyev', count: 1, first: 0, name: 'Ilham Aliyev' },
      { id: 'country:RS', count: 1, first: 3, name: 'Serbia' },
    ]);
  });

  it('drops the rarest entities past the cap', () => {
    const blocks = [[{ id: 'country:AZ', name: 'Azerbaijan' }, { id: 'country:AZ', name: 'Azerbaijan' }], Array.from({ length: MAX_REPORTED_ENTITIES + 10 }, (_, i) => ({ id: `official:x${i}`, name: `X ${i}` }))];
    const report = entityReport(blocks);
    expect(report).toHaveLength(MAX_REPORTED_ENTITIES);
    expect(report[0]!.id).toBe('country:AZ');
    expect(report.some((e) => e.id === `official:x${MAX_REPORTED_ENTITIES + 9}`)).toBe(false);
  });

  it('tells an unchanged report from a changed one', () => {
    const a = [{ id: 'country:AZ', count: 2, first: 0, name: 'Azerbaijan' }];
    expect(sameReport(a, [{ ...a[0]! }])).toBe(true);
    expect(sameReport(a, [{ ...a[0]!, count: 3 }])).toBe(false);
    expect(sameReport(a, [{ ...a[0]!, first: 1 }])).toBe(false);
    expect(sameReport(a, [])).toBe(false);
  });
});

describe('batches, placement, sites, elements', () => {
  it('covers every block once, in order, in batches of bounded size', () => {
    const texts = ['a'.repeat(5000), 'b'.repeat(5000), 'c'.repeat(20000), 'd'.repeat(10)];
    expect(batchesByChars(texts, 8000)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(batchesByChars(['x', 'y', 'z'], 8000)).toEqual([[0, 3]]);
    expect(batchesByChars([], 8000)).toEqual([]);
  });

  it('places blocks as hidden, visible (margin included) or later', () => {
    expect(placement({ top: 0, bottom: 0, width: 0, height: 0 }, 800, 0)).toBe('hidden');
    expect(placement({ top: 100, bottom: 120, width: 10, height: 20 }, 800, 0)).toBe('visible');
    expect(placement({ top: 900, bottom: 920, width: 10, height: 20 }, 800, 0)).toBe('later');
    expect(placement({ top: 900, bottom: 920, width: 10, height: 20 }, 800, 400)).toBe('visible');
    expect(placement({ top: -500, bottom: -480, width: 10, height: 20 }, 800, 400)).toBe('later');
  });

  it('keys sites without www., case or a final dot, and switches them', () => {
    expect(siteKey('WWW.Example.COM.')).toBe('example.com');
    const off = withSite(['b.org'], 'www.A.com', false);
    expect(off).toEqual(['a.com', 'b.org']);
    expect(withSite(off, 'a.com', false)).toEqual(['a.com', 'b.org']);
    expect(withSite(off, 'A.COM', true)).toEqual(['b.org']);
    expect(siteEnabled(off, 'www.a.com')).toBe(false);
    expect(siteEnabled(off, 'c.net')).toBe(true);
    expect(highlightingActive(true, off, 'c.net')).toBe(true);
    expect(highlightingActive(false, off, 'c.net')).toBe(false);
    expect(highlightingActive(true, off, 'a.com')).toBe(false);
  });

  it('tells skipped, inline and block elements apart by tag', () => {
    expect(elementRole('SCRIPT')).toBe('skip');
    expect(elementRole('textarea')).toBe('skip');
    expect(elementRole('CODE')).toBe('skip');
    expect(elementRole('PRE')).toBe('block');
    expect(elementRole('b')).toBe('inline');
    expect(elementRole('P')).toBe('block');
    expect(elementRole('MY-WIDGET')).toBe('block');
    expect(elementRole('dossier-card')).toBe('skip');
    expect(elementRole('BLINKY')).toBe('inline');
    expect(isDossierTag('DOSSIER-CARD')).toBe(true);
    expect(isDossierTag('DOSSIER-')).toBe(false);
    expect(attributesSkip('', false)).toBe(true);
    expect(attributesSkip('false', false)).toBe(true);
    expect(attributesSkip(null, true)).toBe(true);
    expect(attributesSkip(null, false)).toBe(false);
  });
});

describe('salient terms of a page', () => {
  it('counts words across blocks, leaving out recognised names', () => {
    const terms = new PageTerms();
    const text = 'Serbia signed the pipeline deal. Serbia wants pipeline gas.';
    const serbia = [
      { start: 0, end: 6 },
      { start: text.lastIndexOf('Serbia'), end: text.lastIndexOf('Serbia') + 6 },
    ];
    terms.add(text, serbia);
    terms.add('The pipeline opens in spring.', []);
    const top = terms.top();
    expect(top[0]).toBe('pipeline');
    expect(top).not.toContain('serbia');
    // Words seen once are not salient.
    expect(top).not.toContain('spring');
  });

  it('stops reading once it has read enough of a huge page', () => {
    const terms = new PageTerms();
    const block = 'energy corridor '.repeat(20_000);
    terms.add(block, []);
    expect(terms.full).toBe(true);
    terms.add('uniqueword uniqueword uniqueword', []);
    expect(terms.top()).not.toContain('uniqueword');
  });
});
