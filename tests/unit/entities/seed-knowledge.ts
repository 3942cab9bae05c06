import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../lib/corpus/article.ts';
import { buildKnowledge, createRecogniser, loadCuratedOfficials, type Knowledge, type Recogniser } from '../../../lib/entities/index.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../assets/corpus');
/** The seeds' dates as their text gives them (the corpus parser is not used here). */
const DATES: Record<string, string | null> = { '000': '2026-02-02', '001': '2024-10-16', '002': '2024-09-01', '003': '2023-11-07', '004': null };

/** Seed articles split into paragraphs by hand, until tests can use the corpus parser. */
export function seedArticles(): Article[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const paragraphs = readFileSync(path.join(CORPUS, file), 'utf8')
        .split(/\n/)
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        id: file.replace(/\.txt$/, ''),
        title: paragraphs[0]!,
        titleDerived: false,
        date: DATES[file.slice(0, 3)] ?? null,
        time: null,
        timeZone: null,
        source: null,
        author: null,
        section: null,
        lang: 'en',
        altTitles: [],
        url: null,
        body: paragraphs.slice(1),
        sidebar: [],
        file,
      };
    });
}

/** An article of these paragraphs, as a test's archive holds it. */
export function articleOf(id: string, body: string[], date: string | null = null): Article {
  return { id, title: 'Story', titleDerived: false, date, time: null, timeZone: null, source: null, author: null, section: null, lang: 'en', altTitles: [], url: null, body, sidebar: [], file: id };
}

let cached: { knowledge: Knowledge; recogniser: Recogniser } | undefined;

export function seedKnowledge(): { knowledge: Knowledge; recogniser: Recogniser } {
  if (!cached) {
    const knowledge = buildKnowledge({ articles: seedArticles(), curated: loadCuratedOfficials() });
    cached = { knowledge, recogniser: createRecogniser(knowledge) };
  }
  return cached;
}

/** Mentions as "text→id/form" strings, the way a reader would check them. */
export function show(text: string): string[] {
  return seedKnowledge().recogniser.recogniseText(text).map((m) => `${m.text}→${m.id}/${m.form}`);
}
