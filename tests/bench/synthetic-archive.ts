/**
 * A synthetic archive of any size for bench:archive, made from real articles (the 2,225 BBC
 * articles) with a seeded generator, so that every run sees the same archive: each article
 * takes one article's headline and two paragraphs drawn from others, a date in 2004-2005
 * and one of a few sources. Wherever its figures are reported they are said to be synthetic.
 */
import type { Article } from '../../lib/corpus/article.ts';

/** mulberry32: a small seeded generator; Math.random cannot be seeded. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = ['BBC News', 'Report', 'Azernews', 'Trend News', 'Reuters', 'AP'];
export const SYNTHETIC_SEED = 13;

export function syntheticArticles(from: readonly Article[], count: number, seed = SYNTHETIC_SEED): Article[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const paragraphs = from.flatMap((a) => a.body).filter((p) => p.length > 60);
  return Array.from({ length: count }, (_, i): Article => {
    const day = Math.floor(random() * 730);
    const date = new Date(Date.UTC(2004, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `synthetic-${i}`,
      title: pick(from).title,
      titleDerived: false,
      date,
      time: null,
      timeZone: null,
      source: pick(SOURCES),
      author: null,
      section: null,
      lang: 'en',
      altTitles: [],
      url: null,
      body: [pick(paragraphs), pick(paragraphs)],
      sidebar: [],
      file: 'synthetic.jsonl',
    };
  });
}
