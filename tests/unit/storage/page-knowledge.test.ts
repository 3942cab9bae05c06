import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Knowledge } from '../../../lib/entities/types.ts';
import { forgetPageKnowledge, readPageKnowledge, writePageKnowledge } from '../../../storage/page-knowledge.ts';

const knowledge: Knowledge = {
  format: 1,
  countries: [{ code: 'AZ', name: 'Azerbaijan', names: { name: ['Azerbaijan'] } }],
  officials: [],
};

describe('the knowledge stored for pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what the background wrote, as one string in local storage', async () => {
    expect(await readPageKnowledge()).toBeNull();
    await writePageKnowledge({ version: 'v1+3', knowledge });
    expect(await readPageKnowledge()).toEqual({ version: 'v1+3', knowledge });
    expect(typeof (await fakeBrowser.storage.local.get('pageKnowledge')).pageKnowledge).toBe('string');
    await writePageKnowledge({ version: 'v2', knowledge: null });
    expect(await readPageKnowledge()).toEqual({ version: 'v2', knowledge: null });
    await forgetPageKnowledge();
    expect(await readPageKnowledge()).toBeNull();
  });

  it('reads nothing from a value another build or a broken write left, so the page asks the background', async () => {
    const stored = [
      'not json',
      JSON.stringify({ format: 2, answer: { version: 'v', knowledge } }),
      JSON.stringify({ format: 1, answer: { knowledge } }),
      JSON.stringify({ format: 1, answer: { version: 'v', knowledge: { format: 1, countries: 'AZ' } } }),
      JSON.stringify({ format: 1 }),
      '42',
    ];
    for (const value of stored) {
      await fakeBrowser.storage.local.set({ pageKnowledge: value });
      expect(await readPageKnowledge()).toBeNull();
    }
    await fakeBrowser.storage.local.set({ pageKnowledge: { format: 1, answer: { version: 'v', knowledge } } });
    expect(await readPageKnowledge()).toBeNull();
  });
});
