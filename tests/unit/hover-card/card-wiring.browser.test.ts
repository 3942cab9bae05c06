import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageOfficial } from '../../../lib/entities/recogniser.ts';
import type { Mention } from '../../../lib/entities/types.ts';
import { CardStore } from '../../../hover-card/card-data.ts';
import { hitTest } from '../../../hover-card/hit-test.ts';
import { MentionIndex } from '../../../hover-card/mention-index.ts';
import type { HighlightedMention, PageMarks } from '../../../page-marking/page-marks.ts';

// What the card store asks the background, and a card for each request.
const asked = vi.hoisted(() => ({ requests: [] as Array<{ type: string; data: unknown }> }));
vi.mock('../../../lib/messages/messenger.ts', () => ({
  sendMessage: async (type: string, data: { id?: string; requests?: Array<{ id: string }> }) => {
    asked.requests.push({ type, data });
    const card = (id: string) => ({ info: { id }, articleCount: 0, timeline: [], undated: 0, top: [] });
    return type === 'getEntityCards' ? data.requests!.map((r) => card(r.id)) : card(data.id!);
  },
}));

afterEach(() => {
  document.body.innerHTML = '';
  asked.requests.length = 0;
});

const mention = (text: string, kind: Mention['kind'], id: string): Mention => ({ text, start: 0, end: text.length, kind, id, name: text, form: 'name' });

/** Page marks as page marking hands them over, for marks set by the test. */
class TestMarks implements PageMarks {
  list: HighlightedMention[] = [];
  officials: PageOfficial[] = [];
  private readonly listeners = new Set<() => void>();
  all(): HighlightedMention[] {
    return this.list;
  }
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  pageOfficial(id: string): PageOfficial | undefined {
    return this.officials.find((o) => o.id === id);
  }
  set(list: HighlightedMention[]): void {
    this.list = list;
    for (const l of this.listeners) l();
  }
}

/** A mark over `text` inside element `el` (its first occurrence, possibly across child nodes). */
function markOf(el: Element, text: string, kind: Mention['kind'], id: string): HighlightedMention {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = nodes.map((n) => n.data).join('');
  const start = whole.indexOf(text);
  const end = start + text.length;
  const at = (offset: number, isEnd: boolean): [Text, number] => {
    for (const n of nodes) {
      if (offset < n.data.length || (isEnd && offset === n.data.length)) return [n, offset];
      offset -= n.data.length;
    }
    throw new Error('offset past the text');
  };
  const [startNode, startOffset] = at(start, false);
  const [endNode, endOffset] = at(end, true);
  return { range: new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset }), mention: mention(text, kind, id) };
}

describe('MentionIndex over the page marks it is given', () => {
  it('indexes each mark by the text nodes it covers, a middle node included, and rebuilds when the marks change', () => {
    document.body.innerHTML = '<p id="p">Ilham <b>Ali</b><i>y</i>ev met <span id="s">Serbia</span></p>';
    const p = document.getElementById('p')!;
    const marks = new TestMarks();
    const changes = vi.fn();
    const index = new MentionIndex(marks, changes);
    expect(index.size).toBe(0);
    const aliyev = markOf(p, 'Ilham Aliyev', 'official', 'official:ilham-aliyev');
    const serbia = markOf(p, 'Serbia', 'country', 'country:RS');
    marks.set([aliyev, serbia]);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(index.all).toEqual([aliyev, serbia]);
    const italic = p.querySelector('i')!.firstChild!;
    expect(index.at(italic)).toEqual([0]);
    expect(index.at(document.getElementById('s')!.firstChild!)).toEqual([1]);
    expect(index.holdsMarks(p.querySelector('b')!)).toBe(true);
    marks.set([serbia]);
    expect(index.at(italic)).toEqual([]);
    index.stop();
    marks.set([]);
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('finds the mark under a point, and nothing beside it', () => {
    document.body.innerHTML = '<p id="p" style="font:20px/1.5 sans-serif;margin:0">Talks with Serbia went on.</p>';
    const marks = new TestMarks();
    const index = new MentionIndex(marks, () => undefined);
    const serbia = markOf(document.getElementById('p')!, 'Serbia', 'country', 'country:RS');
    marks.set([serbia]);
    const live = document.createRange();
    live.setStart(serbia.range.startContainer, serbia.range.startOffset);
    live.setEnd(serbia.range.endContainer, serbia.range.endOffset);
    const box = live.getBoundingClientRect();
    const hit = hitTest(index, box.left + box.width / 2, box.top + box.height / 2);
    expect(hit?.mark).toBe(serbia);
    expect(hit?.anchor.width).toBeGreaterThan(0);
    expect(hitTest(index, box.left - 40, box.top + box.height / 2)).toBeNull();
  });
});

describe('CardStore with the page marks’ officials', () => {
  it('asks for an official the page introduced with what the page said of them, and for others by id', async () => {
    const marks = new TestMarks();
    marks.officials = [{ id: 'official:page:ana-petrovic', name: 'Ana Petrović', roles: [{ role: 'Energy Minister', country: 'RS', asOf: null, origin: 'page' }] }];
    const store = new CardStore((id) => marks.pageOfficial(id));
    await store.load(mention('Ana Petrović', 'official', 'official:page:ana-petrovic'));
    await store.load(mention('Serbia', 'country', 'country:RS'));
    expect(asked.requests).toEqual([
      { type: 'getEntityCard', data: { id: 'official:page:ana-petrovic', pageOfficial: { name: 'Ana Petrović', role: 'Energy Minister', country: 'RS' } } },
      { type: 'getEntityCard', data: { id: 'country:RS' } },
    ]);
    // Answered from memory the next time.
    expect(store.peek('country:RS')).toBeDefined();
    await store.load(mention('Serbia', 'country', 'country:RS'));
    expect(asked.requests).toHaveLength(2);
  });

  it('prefetches the first names in one message, each once', async () => {
    const store = new CardStore(() => undefined);
    store.prefetch([mention('Serbia', 'country', 'country:RS'), mention('Serbia', 'country', 'country:RS'), mention('Azerbaijan', 'country', 'country:AZ')]);
    await vi.waitFor(() => expect(store.peek('country:AZ')).toBeDefined());
    expect(asked.requests).toEqual([{ type: 'getEntityCards', data: { requests: [{ id: 'country:RS' }, { id: 'country:AZ' }] } }]);
  });
});
