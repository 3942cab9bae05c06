import { afterEach, describe, expect, it } from 'vitest';
import { Walk, WALK_STEP_NODES } from '../../../page-marking/scan.ts';
import { SegmentStore, toSegment, type Segment } from '../../../page-marking/segments.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Walks `root` whole (or only its own block) and completes the segments. */
function walk(root: Node, mode: 'subtree' | 'own' = 'subtree'): Segment[] {
  const w = new Walk(root, mode, () => undefined);
  while (w.step(WALK_STEP_NODES));
  return w.take().map(toSegment);
}

function storeOf(html: string): { store: SegmentStore; dropped: Segment[]; first: Segment[] } {
  document.body.innerHTML = html;
  const dropped: Segment[] = [];
  const store = new SegmentStore((s) => dropped.push(s));
  const first = walk(document.body);
  for (const s of first) store.adopt(s);
  store.adoptOrder(first);
  return { store, dropped, first };
}

const texts = (segments: readonly Segment[]): string[] => segments.filter((s) => s.state !== 'dead').map((s) => s.text);

describe('SegmentStore', () => {
  it('replaces the segments of a rescanned block and drops the old ones', () => {
    const { store, dropped, first } = storeOf('<p id="a">Serbia</p><p id="b">Azerbaijan</p>');
    const a = document.getElementById('a')!;
    a.textContent = 'Montenegro';
    const fresh = walk(a, 'own');
    store.replace(fresh);
    store.insert(fresh);
    expect(dropped).toEqual([first[0]]);
    expect(first[0]!.state).toBe('dead');
    expect(texts(store.inOrder)).toEqual(['Montenegro', 'Azerbaijan']);
  });

  it('inserts new blocks at their place in document order', () => {
    const { store } = storeOf('<p>one</p><p id="three">three</p>');
    document.getElementById('three')!.insertAdjacentHTML('beforebegin', '<p id="two">two</p>');
    document.body.insertAdjacentHTML('beforeend', '<p id="four">four</p>');
    const fresh = [...walk(document.getElementById('four')!), ...walk(document.getElementById('two')!)];
    store.replace(fresh);
    store.insert(fresh);
    expect(texts(store.inOrder)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('drops the segments of blocks that left the page (sweep) or of a subtree put out of scope', () => {
    const { store, dropped } = storeOf('<p id="a">Serbia</p><div id="d"><p>Azerbaijan</p><p>Armenia</p></div><p>Kosovo</p>');
    document.getElementById('a')!.remove();
    store.sweep();
    expect(dropped.map((s) => s.text)).toEqual(['Serbia']);
    store.killInside(document.getElementById('d')!);
    store.compact();
    expect(texts(store.inOrder)).toEqual(['Kosovo']);
    expect(dropped.map((s) => s.text)).toEqual(['Serbia', 'Azerbaijan', 'Armenia']);
  });

  it('kills every segment of a block whose text is gone', () => {
    const { store, dropped } = storeOf('<p id="a">Serbia<br>Azerbaijan</p>');
    store.killRoot(document.getElementById('a')!);
    expect(dropped.map((s) => s.text)).toEqual(['Serbia', 'Azerbaijan']);
    expect(store.hasRoot(document.getElementById('a')!)).toBe(false);
  });

  it('gives hidden segments back once they have a box', () => {
    const { store, first } = storeOf('<p id="a" style="display:none">Serbia</p><p>Azerbaijan</p>');
    for (const s of first) s.state = 'queued';
    store.hide(first[0]!);
    expect(store.revealed()).toEqual([]);
    document.getElementById('a')!.style.display = '';
    expect(store.revealed()).toEqual([first[0]]);
    expect(first[0]!.state).toBe('new');
    // Handed back once.
    expect(store.revealed()).toEqual([]);
  });

  it('keeps walked segments pending until they are recognised, hidden or dropped', () => {
    const { store, first } = storeOf('<p>Serbia</p><p>Azerbaijan</p><p>Armenia</p>');
    store.addPending(first);
    first[0]!.state = 'done';
    store.hide(first[1]!);
    store.settlePending();
    expect(store.takePending()).toEqual([first[2]]);
    expect(store.takePending()).toEqual([]);
  });
});
