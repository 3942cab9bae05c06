import { describe, expect, it } from 'vitest';
import { bestSnippet } from '../../../lib/search/snippet.ts';

const marked = (s: { text: string; marks: Array<[number, number]> }) => s.marks.map(([a, b]) => s.text.slice(a, b));

describe('snippets', () => {
  const body = [
    'Political consultations took place in Belgrade. The talks covered energy.',
    'Minister Ivitsa Dacic noted that Serbia attaches special importance to strategic cooperation with Azerbaijan.',
  ];

  it('picks the sentence with the most matched terms and marks them', () => {
    const s = bestSnippet(body, ['dacic', 'serbia']);
    expect(s.text).toBe(body[1]);
    expect(marked(s)).toEqual(['Dacic', 'Serbia']);
  });

  it('marks words that a prefix query matched', () => {
    const s = bestSnippet(body, ['consult']);
    expect(marked(s)).toEqual(['consultations']);
  });

  it('folds diacritics when marking', () => {
    expect(marked(bestSnippet(['Ivica Dačić met Marko Đurić.'], ['dacic', 'djuric']))).toEqual(['Dačić', 'Đurić']);
  });

  it('falls back to the sentence holding an entity mention', () => {
    const s = bestSnippet(body, [], 'Azerbaijan');
    expect(s.text).toBe(body[1]);
    expect(marked(s)).toEqual(['Azerbaijan']);
  });

  it('clips long sentences around the first mark with ellipses', () => {
    const long = `${'word '.repeat(120)}Montenegro ${'tail '.repeat(120)}`.trim();
    const s = bestSnippet([long], ['montenegro']);
    expect(s.text.length).toBeLessThanOrEqual(262);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(marked(s)).toEqual(['Montenegro']);
  });
});

describe('entity anchors', () => {
  it('marks the whole word a name stands in', () => {
    const s = bestSnippet(['A spokesperson for the Azerbaijani Foreign Ministry spoke.'], [], 'Azerbaijan');
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['Azerbaijani']);
  });
});
