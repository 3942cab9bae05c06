import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { addInSlices } from '../../../lib/search/index-in-slices.ts';

interface Doc {
  id: string;
  title: string;
}

const docs: Doc[] = ['Caspian ferry', 'Lankaran tea', 'Baku metro'].map((title, i) => ({ id: `d${i}`, title }));

describe('indexing in slices', () => {
  it('indexes every document, yielding whenever a slice has used its time', async () => {
    const index = new MiniSearch<Doc>({ fields: ['title'] });
    let yields = 0;
    // A zero budget: every document is a slice of its own.
    await addInSlices(index, docs, 0, async () => void yields++);
    expect(yields).toBe(3);
    expect(index.search('Lankaran').map((h) => h.id)).toEqual(['d1']);
    expect(index.documentCount).toBe(3);
  });

  it('keeps going without a pause while the slice has time left', async () => {
    const index = new MiniSearch<Doc>({ fields: ['title'] });
    let yields = 0;
    await addInSlices(index, docs, 60_000, async () => void yields++);
    expect(yields).toBe(0);
    expect(index.documentCount).toBe(3);
  });
});
