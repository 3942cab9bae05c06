import { describe, expect, it } from 'vitest';
import { buildCountries, createRecogniser, loadCuratedOfficials, type Knowledge } from '../../../lib/entities/index.ts';
import { createQueryFinder } from '../../../lib/entities/recogniser.ts';
import { ENDINGS } from '../../../lib/entities/recognition/inflection.ts';
import { QUERIES } from '../../bench/queries.ts';
import { seedKnowledge } from './seed-knowledge.ts';

/**
 * What people may type: the bench's queries, every name the knowledge holds as written, in
 * lower case and by its last word, inflected names, and names inside longer queries.
 */
function queriesFor(knowledge: Knowledge, withCountries: boolean): string[] {
  const queries = new Set<string>(QUERIES);
  const endings = Object.values(ENDINGS).flat();
  if (withCountries) {
    knowledge.countries.forEach((c, i) => {
      Object.values(c.names).flat().forEach((surface, j) => {
        queries.add(surface).add(surface.toLowerCase());
        // Every ending on a few names of some countries (on every name: 250,000 queries).
        if (i % 25 === 0 && j < 3) for (const e of endings) queries.add(surface + e);
      });
    });
  }
  for (const o of knowledge.officials) {
    for (const spelling of [o.name, ...o.aliases]) {
      const words = spelling.split(' ');
      queries.add(spelling).add(spelling.toLowerCase()).add(words.at(-1)!).add(`${words.at(-1)!.toLowerCase()} energy`);
    }
  }
  const seedLike = ['Azərbaycanla', 'Azərbaycanın sülh', 'Черногорией', 'Rusiyanın', 'Irani', 'Ирана', 'İranı', 'Srbije', 'Zelenskiy talks',
    'Kim Jong-un', 'President Aliyev', 'Foreign Minister Ceyhun Bayramov met in Tbilisi', 'Georgia Atlanta', 'georgia caucasus', 'us uae drc',
    'U.S. tariffs', 'Hong Kong protests', 'Prime Minister Keir Starmer and Mr Lammy', 'Никол Пашинян', 'Erdoğan Tayyip', 'Recep Erdoğan'];
  for (const q of seedLike) queries.add(q);
  return [...queries];
}

function expectSameAnswers(knowledge: Knowledge, withCountries: boolean): void {
  const whole = createRecogniser(knowledge);
  const finder = createQueryFinder(knowledge);
  const queries = queriesFor(knowledge, withCountries);
  const differ = queries.filter((q) => JSON.stringify(finder(q)) !== JSON.stringify(whole.queryEntities(q)));
  expect(differ).toEqual([]);
  // Not a vacuous comparison: most of these queries do name something.
  expect(queries.filter((q) => finder(q).length > 0).length).toBeGreaterThan(queries.length / 2);
}

describe('createQueryFinder (a search query matched against only the names its words reach)', () => {
  it('finds what the whole recogniser finds, with the seeds\' knowledge and its compiled names', () => {
    const { knowledge } = seedKnowledge();
    expect(knowledge.compiled).toBeDefined();
    expectSameAnswers(knowledge, true);
  }, 60_000);

  it('finds what the whole recogniser finds with every curated official and no compiled names', () => {
    const curated = loadCuratedOfficials().officials.map((o, i) => ({ slug: `c${i}`, name: o.name, aliases: [], roles: [], articleIds: [] }));
    expectSameAnswers({ format: 1, countries: buildCountries(), officials: curated }, false);
  }, 60_000);

  it('names what a reader types, in any case and script', () => {
    const finder = createQueryFinder(seedKnowledge().knowledge);
    expect(finder('Черногория')).toEqual(['country:ME']);
    expect(finder('monteneqro')).toEqual(['country:ME']);
    expect(finder('Azərbaycanla')).toEqual(['country:AZ']);
    expect(finder('economy growth')).toEqual([]);
  });
});
