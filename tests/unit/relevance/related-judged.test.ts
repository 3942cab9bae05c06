/**
 * Related articles measured on the judged set (tests/fixtures/relevance/related-judgments.ts)
 * against two archives, with a plain baseline in the same run:
 *   - precision@3: of the (up to) three articles a page shows first, the share a reader
 *     calls related or acceptable, averaged over the page/archive pairs that show any;
 *   - recall@10: of a page's related articles (at most 10 counted), the share in its first
 *     ten, averaged over the pairs that have related articles;
 *   - empty when unrelated: the share of pairs with nothing related or acceptable that
 *     show nothing.
 * The baseline (tests/unit/helpers/related-baseline.ts) is MiniSearch queried with the
 * page's 25 most frequent main-content words (no threshold, no entities), as a
 * more-like-this without the model.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRecogniser, type Recogniser } from '../../../lib/entities/recogniser.ts';
import type { Knowledge } from '../../../lib/entities/types.ts';
import { rankRelated } from '../../../lib/search/related.ts';
import { JUDGED_PAGES, type JudgedPage } from '../../fixtures/relevance/related-judgments.ts';
import { BBC_PREFIX, SHARED_MISSING, bbcArchive, hasSharedData, sharedData } from '../helpers/bbc-archive.ts';
import { judgedPageQuery } from '../helpers/page-blocks.ts';
import { baselineRelated } from '../helpers/related-baseline.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

interface Case {
  page: JudgedPage;
  archive: 'seed' | 'bbc';
  related: Set<string>;
  acceptable: Set<string>;
}

interface Scores {
  precisionAt3: number;
  recallAt10: number;
  emptyWhenUnrelated: number;
  shown: number;
  withRelated: number;
  unrelated: number;
  unrelatedShown: string[];
}

/** The words of the names the page's main content mentions, for the baseline (which knows no entities). */
function nameWords(page: JudgedPage, recogniser: Recogniser): Map<string, number> {
  const counts = new Map<string, number>();
  const texts = page.file ? [] : [page.text ?? ''];
  for (const [i, mentions] of recogniser.newPage().recognise(texts).entries()) {
    for (const m of mentions) for (const w of texts[i]!.slice(m.start, m.end).toLowerCase().split(/[^\p{L}]+/u)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function score(cases: readonly Case[], results: ReadonlyMap<Case, string[]>): Scores {
  let precision = 0;
  let shown = 0;
  let recall = 0;
  let withRelated = 0;
  let empty = 0;
  let unrelated = 0;
  const unrelatedShown: string[] = [];
  for (const c of cases) {
    const ids = results.get(c) ?? [];
    const top3 = ids.slice(0, 3);
    if (top3.length) {
      shown++;
      precision += top3.filter((id) => c.related.has(id) || c.acceptable.has(id)).length / top3.length;
    }
    if (c.related.size) {
      withRelated++;
      recall += ids.slice(0, 10).filter((id) => c.related.has(id)).length / Math.min(10, c.related.size);
    } else if (c.acceptable.size === 0) {
      unrelated++;
      if (ids.length === 0) empty++;
      else unrelatedShown.push(`${c.page.id} [${c.archive}]`);
    }
  }
  return {
    precisionAt3: shown ? precision / shown : 1,
    recallAt10: withRelated ? recall / withRelated : 1,
    emptyWhenUnrelated: unrelated ? empty / unrelated : 1,
    shown,
    withRelated,
    unrelated,
    unrelatedShown,
  };
}

function line(label: string, s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(10)} precision@3 ${f(s.precisionAt3)} (${s.shown} pairs show articles)  recall@10 ${f(s.recallAt10)} (${s.withRelated} pairs)  empty when unrelated ${f(s.emptyWhenUnrelated)} (${s.unrelated} pairs)`;
}

describe.skipIf(!hasSharedData)(`related articles on the judged set ${hasSharedData ? '' : SHARED_MISSING}`, () => {
  const cases: Case[] = [];
  const ranked = new Map<Case, string[]>();
  const plain = new Map<Case, string[]>();
  const reasons = new Map<Case, string[][]>();
  let dossier: Scores;
  let base: Scores;

  beforeAll(async () => {
    const archives = { seed: seedArchive(), bbc: await bbcArchive() };
    for (const name of ['seed', 'bbc'] as const) {
      const archive = archives[name];
      const recogniser = createRecogniser(archive.file.knowledge as Knowledge);
      const prefix = name === 'bbc' ? BBC_PREFIX : '';
      for (const page of JUDGED_PAGES) {
        // The BBC archive holds the seeds too: what is related among them stays related there.
        const judged = name === 'seed' ? [page.seed] : [page.seed, page.bbc];
        const ids = (pick: 'related' | 'acceptable') =>
          new Set(judged.flatMap((j) => j?.[pick] ?? []).map((id) => (id.includes('/') ? prefix + id : id)));
        const c: Case = { page, archive: name, related: ids('related'), acceptable: ids('acceptable') };
        cases.push(c);
        const query = judgedPageQuery(page, recogniser, path.join(sharedData, 'pages'));
        const related = rankRelated(archive, query, 10);
        ranked.set(c, related.map((r) => r.article.id));
        reasons.set(c, related.map((r) => r.reasons.map((x) => x.label ?? x.key)));
        plain.set(c, baselineRelated(archive, query, nameWords(page, recogniser)));
      }
    }
    if (process.env.RELATED_DETAIL) {
      for (const c of cases) {
        const mark = (id: string) => (c.related.has(id) ? '+' : c.acceptable.has(id) ? '~' : '-');
        const archive = archives[c.archive];
        console.log(`${c.page.id} [${c.archive}]: ${ranked.get(c)!.slice(0, 3).map((id) => `${mark(id)} ${archive.byId.get(id)?.title}`).join(' | ')}`);
      }
    }
    dossier = score(cases, ranked);
    base = score(cases, plain);
    console.log(
      [`judged related set: ${JUDGED_PAGES.length} pages × 2 archives`, line('Dossier', dossier), line('baseline', base),
        `unrelated pairs that show articles: ${dossier.unrelatedShown.join(', ') || 'none'}`].join('\n'),
    );
  }, 300_000);

  // The goals of issue 15: precision@3 ≥ 0.85, every unrelated page empty, ≥ 1.5× the
  // baseline. This set measures precision@3 0.903 (baseline 0.283) and 47 of 47 unrelated
  // pairs empty; the floors hold today's figures so a regression fails.
  it('keeps every unrelated page empty', () => {
    expect(dossier.unrelatedShown).toEqual([]);
    expect(dossier.emptyWhenUnrelated).toBe(1);
  });

  it('reaches precision@3 of 0.90 (the goal is 0.85), at least 1.5 times the baseline', () => {
    expect(dossier.precisionAt3).toBeGreaterThanOrEqual(0.9);
    expect(dossier.precisionAt3).toBeGreaterThanOrEqual(1.5 * base.precisionAt3);
  });

  it('finds the Azerbaijan–Serbia articles for the headline "Azerbaijan and Serbia discuss …" in the seed archive', () => {
    const c = cases.find((x) => x.archive === 'seed' && x.page.id === 'issue headline: Azerbaijan and Serbia')!;
    expect(new Set(ranked.get(c))).toEqual(c.related);
  });

  it('lists the Wal-Mart gun-law suit for the BBC page about gun laws, led by its headline', () => {
    const c = cases.find((x) => x.archive === 'bbc' && x.page.id === 'bbc gun laws')!;
    expect(ranked.get(c)?.[0]).toBe(`${BBC_PREFIX}business/390.txt`);
    expect(ranked.get(c)!.every((id) => c.related.has(id) || c.acceptable.has(id))).toBe(true);
  });

  it('gives the page’s subject as the reasons, not words it shares in passing', () => {
    const c = cases.find((x) => x.archive === 'bbc' && x.page.id === 'nyt sudan sanctions')!;
    expect(ranked.get(c)?.[0]).toBe(`${BBC_PREFIX}tech/223.txt`);
    expect(reasons.get(c)?.[0]).toEqual(['country:SD', 'Darfur']);
  });
});
