/**
 * Search measured on the judged set (tests/fixtures/relevance/search-judgments.ts) on the
 * BBC 2004 archive plus the seeds, with Lunr 2.3.9 (the benchmarks' peer: same fields,
 * boosts and expansion limits) answering the same queries in the same run:
 *   - MRR: the mean over queries of 1 / rank of the first right answer in the first ten
 *     (0 when none is there);
 *   - success@3: the share of queries with a right answer in the first three;
 *   - recall: the share of the right answers in the archive (every article a judgment's rule
 *     accepts) that are among the hits at all (Dossier's first 500, its page limit, with the
 *     near-duplicates folded into them; all of Lunr's).
 */
import lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveFileOf, type LoadedArchive } from '../../../lib/search/archive.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import { queryEntityFinderFor } from '../../../lib/search/query-entities.ts';
import { MAX_LIMIT, searchArchive } from '../../../lib/search/search.ts';
import { buildLunr, lunrQuery } from '../../bench/lunr-peer.ts';
import { JUDGED_QUERIES, type JudgedQuery } from '../../fixtures/relevance/search-judgments.ts';
import { BBC_PREFIX, SHARED_MISSING, bbcArchive, hasSharedData } from '../helpers/bbc-archive.ts';

function isRight(judged: JudgedQuery, article: ArchiveArticle | undefined): boolean {
  if (!article) return false;
  if (judged.ids?.some((id) => article.id === id || article.id === BBC_PREFIX + id)) return true;
  if (judged.title?.test(article.title)) return true;
  return Boolean(judged.lead?.test(article.body[0] ?? ''));
}

interface Figures {
  mrr: number;
  successAt3: number;
  recall: number;
  misses: string[];
}

/** `ranked`: each query's hits in order; `found`: every article the query found. */
function measure(archive: LoadedArchive, ranked: ReadonlyMap<JudgedQuery, string[]>, found: ReadonlyMap<JudgedQuery, ReadonlySet<string>>): Figures {
  let rr = 0;
  let at3 = 0;
  let right = 0;
  let rightFound = 0;
  const misses: string[] = [];
  const articles = archiveFileOf(archive).articles;
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const [judged, ids] of ranked) {
    const rank = ids.slice(0, 10).findIndex((id) => isRight(judged, byId.get(id)));
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) at3++;
    else misses.push(`${judged.query} (${rank < 0 ? 'none in 10' : `first at ${rank + 1}`})`);
    for (const article of articles) {
      if (!isRight(judged, article)) continue;
      right++;
      if (found.get(judged)?.has(article.id)) rightFound++;
    }
  }
  return { mrr: rr / ranked.size, successAt3: at3 / ranked.size, recall: rightFound / right, misses };
}

describe.skipIf(!hasSharedData)(`search on the judged set ${hasSharedData ? '' : SHARED_MISSING}`, () => {
  let dossier: Figures;
  let peer: Figures;

  beforeAll(async () => {
    const archive = await bbcArchive();
    const finder = queryEntityFinderFor(archive);
    const index: lunr.Index = buildLunr(archiveFileOf(archive).articles);
    const ours = new Map<JudgedQuery, string[]>();
    const theirs = new Map<JudgedQuery, string[]>();
    const oursFound = new Map<JudgedQuery, Set<string>>();
    const theirsFound = new Map<JudgedQuery, Set<string>>();
    for (const judged of JUDGED_QUERIES) {
      ours.set(judged, searchArchive(archive, { query: judged.query, limit: 10 }, finder).hits.map((h) => h.id));
      const all = searchArchive(archive, { query: judged.query, limit: MAX_LIMIT }, finder).hits;
      oursFound.set(judged, new Set(all.flatMap((h) => [h.id, ...h.duplicates.map((d) => d.id)])));
      const q = lunrQuery(judged.query, true);
      const refs = q ? index.search(q).map((r) => r.ref) : [];
      theirs.set(judged, refs.slice(0, 10));
      theirsFound.set(judged, new Set(refs));
    }
    dossier = measure(archive, ours, oursFound);
    peer = measure(archive, theirs, theirsFound);
    const f = (x: number) => x.toFixed(3);
    console.log(
      [`judged search set: ${JUDGED_QUERIES.length} queries on BBC 2004 + seeds`,
        `Dossier     MRR ${f(dossier.mrr)}  success@3 ${f(dossier.successAt3)}  recall ${f(dossier.recall)}  misses: ${dossier.misses.join(', ') || 'none'}`,
        `Lunr 2.3.9  MRR ${f(peer.mrr)}  success@3 ${f(peer.successAt3)}  recall ${f(peer.recall)}  misses: ${peer.misses.join(', ') || 'none'}`].join('\n'),
    );
  }, 300_000);

  it('has at least 40 judged queries', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it('ranks a right answer first more often than Lunr on the same queries', () => {
    expect(dossier.mrr).toBeGreaterThan(peer.mrr);
    expect(dossier.successAt3).toBeGreaterThan(peer.successAt3);
  });

  it('finds more of the right answers than Lunr', () => {
    expect(dossier.recall).toBeGreaterThan(peer.recall);
  });
});
