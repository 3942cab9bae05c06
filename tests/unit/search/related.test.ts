import { describe, expect, it } from 'vitest';
import { createRecogniser } from '../../../lib/entities/recogniser.ts';
import { summariseMentions } from '../../../lib/entities/summary.ts';
import { rankRelated } from '../../../lib/search/related.ts';
import { toRelatedHits } from '../../../lib/search/related-hits.ts';
import { salientTermsOutside } from '../../../lib/search/salient-terms.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

/** Ranks the seed archive against a page text exactly as the popup and the CLI do. */
function related(pageText: string) {
  const archive = seedArchive();
  const knowledge = archive.file.knowledge;
  if (!knowledge) throw new Error('the seed archive carries no knowledge');
  const recogniser = createRecogniser(knowledge);
  const mentions = recogniser.newPage().recognise([pageText])[0] ?? [];
  const ranked = rankRelated(archive, { entities: summariseMentions(mentions), terms: salientTermsOutside(pageText, mentions) });
  return toRelatedHits(archive, ranked);
}

describe('related articles', () => {
  it('ranks the Dacic meeting first for a page about Dačić and Serbian gas', () => {
    const hits = related(
      'Serbian Foreign Minister Ivica Dačić said on Tuesday that Belgrade wants more Azerbaijani gas through the Southern Gas Corridor. Dačić met Jeyhun Bayramov last year.',
    );
    expect(hits[0]?.id).toBe('003_b681c1fa2e90997a');
    expect(hits[0]?.reasons).toEqual(expect.arrayContaining(['Jeyhun Bayramov']));
    expect(hits[0]?.reasons.some((r) => /Da[cč]i[cć]/.test(r))).toBe(true);
  });

  it('finds the Montenegro article for a page about Montenegrin visas', () => {
    const hits = related('Montenegro introduced a visa regime for citizens of several countries, the Montenegrin interior ministry said.');
    expect(hits[0]?.id).toBe('000_9bc284ab3f6946f2');
    expect(hits[0]?.reasons[0]).toBe('Montenegro');
  });

  it('explains each result with what it shares', () => {
    for (const hit of related('Armenia and Azerbaijan discussed a visa-free regime and diplomatic relations.')) {
      expect(hit.reasons.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a football report', 'Manchester United beat Chelsea 2-1 at Old Trafford on Sunday, with a late goal from the substitute striker.'],
    ['a recipe', 'Whisk the eggs with sugar, fold in the flour and bake for twenty minutes until golden.'],
    ['a page about Brazil', 'Brazil announced new rules for Amazon logging permits, the environment ministry in Brasília said.'],
    ['an empty page', ''],
  ])('returns nothing for %s', (_label, text) => {
    expect(related(text)).toEqual([]);
  });

  it('does not call an article related for sharing only a word every article has', () => {
    // Every seed article mentions Azerbaijan: on its own it says nothing about a page.
    expect(related('Azerbaijan.')).toEqual([]);
  });
});
