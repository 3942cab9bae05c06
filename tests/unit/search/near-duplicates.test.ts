import { describe, expect, it } from 'vitest';
import { entityCard } from '../../../lib/search/entity-card.ts';
import { collapseDuplicates } from '../../../lib/search/near-duplicates.ts';
import { searchArchive } from '../../../lib/search/search.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';

const STORY = 'Tim Henman will face Cyril Saulnier in the second round of the Dubai Open after a straight-sets win on Monday. '.repeat(5);
const archive = smallArchive([
  article('a', 'Henman to face Saulnier test', [STORY, 'He said he felt fresh.'], { source: 'BBC Sport' }),
  article('b', 'Henman to face Saulnier test', [STORY, 'He said he felt fresh.'], { source: 'BBC Sport' }),
  article('c', 'Henman sets up Saulnier match in Dubai', [STORY, 'He said he felt fresh.'], { source: 'Reuters' }),
  article('g', 'Saulnier bulletin', [STORY.slice(0, 200), 'A different story after the same opening, about another match entirely.']),
  article('d', 'Hantuchova in Dubai last eight', ['Daniela Hantuchova reached the quarter-finals of the Dubai Championships.']),
  article('e', 'Short', ['Tennis.']),
  article('f', 'Short', ['Tennis.']),
]);

describe('near-duplicates', () => {
  it('groups articles that share a headline or their whole body, under the first; a shared opening is not enough', () => {
    const { entries, copies } = collapseDuplicates(['a', 'b', 'c', 'd', 'g'], (id) => archive.byId.get(id));
    expect(entries.map((e) => [e.item, e.duplicates.map((d) => d.id)])).toEqual([['a', ['b', 'c']], ['d', []], ['g', []]]);
    expect(copies).toBe(2);
  });

  it('does not call short, generic headlines and openings the same story', () => {
    expect(collapseDuplicates(['e', 'f'], (id) => archive.byId.get(id)).entries).toHaveLength(2);
  });

  it('stops once a page of entries is found', () => {
    expect(collapseDuplicates(['a', 'b', 'd', 'e', 'f'], (id) => archive.byId.get(id), 2).entries.map((e) => e.item)).toEqual(['a', 'd']);
  });

  it('folds copies into the best-ranked entry of their group, keeping the order of the rest', () => {
    const folded = collapseDuplicates(['c', 'd', 'a', 'b'], (id) => archive.byId.get(id)).entries;
    expect(folded.map((f) => f.item)).toEqual(['c', 'd']);
    expect(folded[0]!.duplicates.map((d) => [d.id, d.source])).toEqual([['a', 'BBC Sport'], ['b', 'BBC Sport']]);
  });

  it('lists a story once in search results, with its copies, and counts it once', () => {
    const response = searchArchive(archive, { query: 'Henman Saulnier Dubai' });
    expect(response.hits.filter((h) => ['a', 'b', 'c'].includes(h.id))).toHaveLength(1);
    expect(response.total).toBe(response.hits.length);
    expect(response.hits[0]!.duplicates.map((d) => d.id).sort()).toEqual(['a', 'b', 'c'].filter((id) => id !== response.hits[0]!.id));
  });

  it('lists a story once in an entity card', () => {
    // Every article names the entity once (set by hand: the test archive has no knowledge).
    for (const a of archive.file.articles) a.entities = [{ id: 'official:tim-henman', count: 1, first: 0, length: 6 }];
    const card = entityCard(archive, 'official:tim-henman', null, 5);
    expect(card.top.map((a) => a.id)).toEqual(expect.arrayContaining(['d']));
    expect(card.top.filter((a) => ['a', 'b', 'c'].includes(a.id))).toHaveLength(1);
  });
});
