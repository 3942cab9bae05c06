import { describe, expect, it } from 'vitest';
import type { OfficialEntry } from '../../../lib/entities/types.ts';
import type { ArticleMeta } from '../../../lib/search/archive-types.ts';
import { metaOf } from '../../../lib/search/stored-article.ts';
import { CombinedArticles, combineArchive, withLearned } from '../../../lib/search/combined-archive.ts';
import { article, smallArchive } from '../helpers/small-archive.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

const userArticle = (id: string): ArticleMeta => metaOf({ ...article(id, `User story ${id}`, ['Body.']), entities: [] });
const readTexts = async () => new Map();

describe('the bundle and the user’s articles combined', () => {
  it('lists the bundle’s articles then the user’s in the order added, and finds each by id', () => {
    const bundle = smallArchive([article('b1', 'Bundled', ['Body.'])]);
    const combined = new CombinedArticles(bundle);
    combined.add([userArticle('u1'), userArticle('u2')]);
    combined.add([userArticle('u3')]);
    const archive = combineArchive(bundle, bundle.index, { articles: combined, learned: [], changes: 4, readTexts });
    expect(archive.file.articles.map((a) => a.id)).toEqual(['b1', 'u1', 'u2', 'u3']);
    expect(archive.file.articleCount).toBe(4);
    expect(archive.file.version).toBe(`${bundle.file.version}+4`);
    expect(archive.byId.get('u2')?.title).toBe('User story u2');
    // The bundle's own list and map are not changed.
    expect(bundle.file.articles.map((a) => a.id)).toEqual(['b1']);
    expect(bundle.byId.has('u1')).toBe(false);
  });

  it('removes the user’s articles of the ids given, keeping the order of the rest', () => {
    const bundle = smallArchive([article('b1', 'Bundled', ['Body.'])]);
    const combined = new CombinedArticles(bundle);
    combined.add(['u1', 'u2', 'u3', 'u4'].map(userArticle));
    combined.remove(new Set(['u1', 'u3']));
    let archive = combineArchive(bundle, bundle.index, { articles: combined, learned: [], changes: 5, readTexts });
    expect(archive.file.articles.map((a) => a.id)).toEqual(['b1', 'u2', 'u4']);
    expect(archive.byId.has('u3')).toBe(false);
    combined.remove(new Set(['u2', 'u4']));
    archive = combineArchive(bundle, bundle.index, { articles: combined, learned: [], changes: 6, readTexts });
    // Nothing of the user's left: the bundle as it is.
    expect(archive.file).toBe(bundle.file);
  });

  it('reads neither list whole to combine them or to find an article by id', () => {
    const bundle = smallArchive([article('b1', 'Bundled', ['Body.'])]);
    let bundleListReads = 0;
    const bundleArticles = bundle.file.articles;
    Object.defineProperty(bundle.file, 'articles', { enumerable: true, configurable: true, get: () => (bundleListReads++, bundleArticles) });
    let userListReads = 0;
    class CountedMap extends Map<string, ArticleMeta> {
      override values(): MapIterator<ArticleMeta> {
        userListReads++;
        return super.values();
      }
    }
    const user = new CountedMap([['u1', userArticle('u1')]]);
    const combined = new CombinedArticles(bundle, user);
    combined.add([userArticle('u2')]);
    combined.remove(new Set(['u1']));
    const archive = combineArchive(bundle, bundle.index, { articles: combined, learned: [], changes: 7, readTexts });
    expect(archive.file.articleCount).toBe(2);
    expect(archive.byId.get('b1')?.title).toBe('Bundled');
    expect(archive.byId.get('u2')?.title).toBe('User story u2');
    expect(archive.byId.has('u1')).toBe(false);
    expect(archive.byId.size).toBe(2);
    expect([bundleListReads, userListReads]).toEqual([0, 0]);
    // Read whole when asked, and kept up to date from then on.
    expect(archive.file.articles.map((a) => a.id)).toEqual(['b1', 'u2']);
    combined.add([userArticle('u3')]);
    combined.remove(new Set(['u2']));
    expect(archive.file.articles.map((a) => a.id)).toEqual(['b1', 'u3']);
    expect([...archive.byId.keys()]).toEqual(['b1', 'u3']);
    expect(() => archive.byId.set('x', userArticle('x'))).toThrow(/read-only/);
  });

  it('compiles the learned names again only when what was learned changed', () => {
    const knowledge = seedArchive().file.knowledge;
    const learned: OfficialEntry = {
      slug: 'nora-kestrel', name: 'Nora Kestrel', aliases: [], articleIds: ['u3'],
      roles: [{ role: 'Foreign Minister', country: 'AZ', asOf: '2026-02-01', origin: 'archive', articleId: 'u3' }],
    };
    const first = withLearned(knowledge, [learned]);
    expect(first?.officials.some((o) => o.slug === 'nora-kestrel')).toBe(true);
    expect(withLearned(knowledge, [{ ...learned }])).toBe(first);
    const more = withLearned(knowledge, [{ ...learned, aliases: ['N. Kestrel'] }]);
    expect(more).not.toBe(first);
    expect(more?.officials.find((o) => o.slug === 'nora-kestrel')?.aliases).toEqual(['N. Kestrel']);
  }, 60_000);
});
