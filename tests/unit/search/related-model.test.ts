import { describe, expect, it } from 'vitest';
import { createRecogniser } from '../../../lib/entities/recogniser.ts';
import type { Knowledge } from '../../../lib/entities/types.ts';
import { archiveArticleQuery, mainContentQuery, pageQuery, queryFeatures } from '../../../lib/search/related-query.ts';
import { rankRelated } from '../../../lib/search/related.ts';
import { toRelatedHits } from '../../../lib/search/related-hits.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

const AZ_RS = ['001_a34df747b295e036', '002_66502551f2509c58', '003_b681c1fa2e90997a'];

function recognise(text: string) {
  const archive = seedArchive();
  return createRecogniser(archive.file.knowledge as Knowledge).newPage().recognise([text])[0] ?? [];
}

describe('related ranking on main content', () => {
  it('relates a headline to the seed articles that share its subject', () => {
    const archive = seedArchive();
    const text = 'Azerbaijan and Serbia discuss expanding energy cooperation';
    const ranked = rankRelated(archive, mainContentQuery(text, recognise(text)));
    expect(ranked.map((r) => r.article.id).sort()).toEqual(AZ_RS);
  });

  it('gives a name seen only in navigation no weight', () => {
    const query = pageQuery([
      { text: 'Montenegro Serbia Armenia', mentions: recognise('Montenegro Serbia Armenia'), main: false },
      { text: 'Whisk the eggs with sugar and bake for twenty minutes.', mentions: [], main: true },
    ]);
    expect(queryFeatures(query).entities.size).toBe(0);
    expect(rankRelated(seedArchive(), query)).toEqual([]);
  });

  it('never gives a reason that is only in the navigation', () => {
    const archive = seedArchive();
    const nav = 'Montenegro · Armenia · Visa news';
    const main = 'Serbian Foreign Minister Ivica Dačić said Belgrade wants more Azerbaijani gas. Dačić met Jeyhun Bayramov.';
    const query = pageQuery([
      { text: nav, mentions: recognise(nav), main: false },
      { text: main, mentions: recognise(main), main: true },
    ]);
    const hits = toRelatedHits(archive, rankRelated(archive, query));
    expect(hits[0]?.id).toBe('003_b681c1fa2e90997a');
    for (const hit of hits) expect(hit.reasons).not.toContain('Montenegro'), expect(hit.reasons).not.toContain('Armenia');
  });

  it('spells topic-word reasons as the article does', () => {
    const archive = seedArchive();
    const text = 'Visa-free regime? The visa question between Armenia and Azerbaijan, and the visa rules, are premature, the ministry said about visas.';
    const [hit] = toRelatedHits(archive, rankRelated(archive, mainContentQuery(text, recognise(text))));
    expect(hit?.reasons).toContain('Armenia');
    expect(hit?.reasons.filter((r) => /^[a-z]/.test(r)).every((r) => r === r.toLowerCase())).toBe(true);
    expect(hit?.reasons).toEqual(expect.arrayContaining(['visa']));
  });

  it('lists, in the reader of each seed article, the other seed articles on its subject', () => {
    const archive = seedArchive();
    const relatedTo = (id: string) => rankRelated(archive, archiveArticleQuery(archive, archive.byId.get(id)!), 5).map((r) => r.article.id).sort();
    // The three Azerbaijan–Serbia articles list each other; Montenegro's and the visa article have no peer.
    for (const id of AZ_RS) expect(relatedTo(id)).toEqual(AZ_RS.filter((other) => other !== id));
    expect(relatedTo('000_9bc284ab3f6946f2')).toEqual([]);
    expect(relatedTo('004_326b7e6a5be190f9')).toEqual([]);
  });

  it('weighs the reader’s article against the rest of the archive: what only it names is no evidence', () => {
    const archive = seedArchive();
    // Ilham Aliyev is named in no other seed article; Serbia is in two others.
    const article = archive.byId.get('002_66502551f2509c58')!;
    const [first] = toRelatedHits(archive, rankRelated(archive, archiveArticleQuery(archive, article), 5));
    expect(first?.reasons).toContain('Serbia');
    expect(first?.reasons).not.toContain('Ilham Aliyev');
  });

  it('leaves out the article a query excludes (the reader’s own)', () => {
    const archive = seedArchive();
    const article = archive.byId.get(AZ_RS[0]!)!;
    const text = [article.title, ...archive.texts.text(article.id).body].join('\n\n');
    const ranked = rankRelated(archive, mainContentQuery(text, recognise(text), article.id));
    expect(ranked.map((r) => r.article.id)).not.toContain(article.id);
  });
});
