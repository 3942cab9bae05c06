// The roles on an official's card say where each comes from (Wikidata, news headlines).
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialRole } from '../../../lib/entities/types.ts';

let document: Document;

beforeAll(() => {
  const dom = parseHTML('<!doctype html><html><body></body></html>');
  document = dom.document as unknown as Document;
  // Preact reads the global document when it creates text nodes and elements.
  Object.assign(globalThis, { document });
});

async function rolesShown(roles: OfficialRole[]): Promise<string[]> {
  const { EntityCardView } = await import('../../../components/EntityCardView.tsx');
  const root = document.createElement('div');
  const info = { id: 'official:x', kind: 'official' as const, name: 'X', roles, inArchive: false };
  const card = { info, articleCount: 0, timeline: [], undated: 0, top: [] };
  render(h(EntityCardView, { card, fallbackName: 'X', articleHref: () => '#', searchHref: () => '#' }), root);
  return [...root.querySelectorAll('.card-roles li')].map((li) => li.textContent ?? '');
}

describe('EntityCardView roles', () => {
  it('names the curated source of each role', async () => {
    const lines = await rolesShown([
      { role: 'Prime Minister', country: null, asOf: '2026-06-23', origin: 'curated', source: 'headlines' },
      { role: 'Leader of the Opposition', country: null, asOf: '2022', origin: 'curated', since: '2020', until: '2022' },
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Prime Minister · as of .*2026.* \(news headlines\)$/);
    expect(lines[1]).toMatch(/Leader of the Opposition · as of 2022 \(Wikidata\)$/);
  });
});
