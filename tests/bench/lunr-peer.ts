/**
 * Lunr 2.3.9, the peer Dossier's search is measured against (tests/bench/search.bench.ts,
 * tests/unit/relevance/search-judged.test.ts): the same fields and boosts, the same queries
 * in Lunr's syntax.
 */
import lunr from 'lunr';
import type { Article } from '../../lib/corpus/article.ts';

interface LunrDoc {
  id: string;
  title: string;
  altTitles: string;
  body: string;
}

export function buildLunr(articles: readonly Article[]): lunr.Index {
  return lunr(function (this: lunr.Builder) {
    this.ref('id');
    // Same fields and boosts as lib/search/index-config.ts.
    this.field('title', { boost: 3 });
    this.field('altTitles', { boost: 2 });
    this.field('body');
    for (const a of articles) {
      const doc: LunrDoc = { id: a.id, title: a.title, altTitles: a.altTitles.map((t) => t.title).join('\n'), body: a.body.join('\n') };
      this.add(doc);
    }
  });
}

/**
 * The user's words in Lunr syntax, `term term* term~1`. Everything but letters, marks and
 * digits becomes a space, which removes Lunr's operators (: ^ ~ + - *) so no input throws.
 * `limited` applies Dossier's own expansion limits (prefix from 3 letters, typos from 4;
 * see index-config.ts) so both engines do the same work; unlimited is the literal form.
 */
export function lunrQuery(input: string, limited: boolean): string {
  const terms = input.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return terms
    .flatMap((t) => {
      const clauses = [t];
      if (!limited || t.length >= 3) clauses.push(`${t}*`);
      if (!limited || t.length >= 4) clauses.push(`${t}~1`);
      return clauses;
    })
    .join(' ');
}
