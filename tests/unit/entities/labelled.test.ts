import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/corpus/article.ts';
import { buildKnowledge, createRecogniser, loadCuratedOfficials, type EntityKind, type Recogniser } from '../../../lib/entities/index.ts';
import { seedKnowledge } from './seed-knowledge.ts';

/**
 * A labelled set written for Dossier: sentences in English, Azerbaijani, Turkish, Russian,
 * Serbian (both scripts), German and French, each with every mention a reader would expect
 * ("surface=id"). Officials the page introduces have `official:<slug of their name>`.
 */
type Item = [text: string, expected: string[], date?: string | null];
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/entities');
const items = JSON.parse(readFileSync(path.join(FIXTURES, 'labelled.json'), 'utf8')) as Item[];

const TARGETS: Record<EntityKind, { precision: number; recall: number }> = {
  country: { precision: 0.95, recall: 0.9 },
  official: { precision: 0.9, recall: 0.85 },
};

type Stats = Record<EntityKind, { tp: number; fp: number; fn: number }>;
interface Score {
  precision: number;
  recall: number;
}

function kindOf(label: string): EntityKind {
  return label.includes('=official:') ? 'official' : 'country';
}

/**
 * Counts hits, false marks and misses of a recogniser (the seed knowledge's unless given),
 * each item a page of its own, read as of the item's date when it has one.
 */
function measure(labelled: readonly Item[], recogniser: Recogniser = seedKnowledge().recogniser): { stats: Stats; misses: string[] } {
  const stats: Stats = { country: { tp: 0, fp: 0, fn: 0 }, official: { tp: 0, fp: 0, fn: 0 } };
  const misses: string[] = [];
  for (const [text, expected, date] of labelled) {
    const got = recogniser.newPage(date).recognise([text])[0]!.map((m) => `${m.text}=${m.id}`);
    const remaining = [...expected];
    for (const g of got) {
      const i = remaining.indexOf(g);
      if (i >= 0) {
        remaining.splice(i, 1);
        stats[kindOf(g)].tp++;
      } else {
        stats[kindOf(g)].fp++;
        misses.push(`false positive ${g} in: ${text}`);
      }
    }
    for (const r of remaining) {
      stats[kindOf(r)].fn++;
      misses.push(`missed ${r} in: ${text}`);
    }
  }
  return { stats, misses };
}

/** Prints P/R per kind and returns them. */
function report(title: string, stats: Stats): Record<EntityKind, Score> {
  const scores = {} as Record<EntityKind, Score>;
  for (const kind of ['country', 'official'] as const) {
    const { tp, fp, fn } = stats[kind];
    scores[kind] = { precision: tp / (tp + fp), recall: tp / (tp + fn) };
    console.log(`${title} ${kind}: precision ${scores[kind].precision.toFixed(3)}, recall ${scores[kind].recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  }
  return scores;
}

// Building the seed knowledge is set-up, not the tests' work (see real-pages.test.ts).
beforeAll(() => void seedKnowledge(), 60_000);

describe('labelled set', () => {
  it('meets the precision and recall targets per kind', () => {
    const { stats, misses } = measure(items);
    for (const line of misses) console.log(line);
    const scores = report('labelled set', stats);
    for (const kind of ['country', 'official'] as const) {
      expect(scores[kind].precision, `${kind} precision`).toBeGreaterThanOrEqual(TARGETS[kind].precision);
      expect(scores[kind].recall, `${kind} recall`).toBeGreaterThanOrEqual(TARGETS[kind].recall);
    }
  });
});

/**
 * Real sentences from ../shared/data/corpora, labelled for issue 14. The corpora may not be
 * copied into the repository (../shared/data/README.md), so the fixture holds each sentence's
 * place and its labels, and the text is read from the corpora here.
 */
interface CorpusItem {
  corpus: 'headlines-2025-2026' | 'az-agency-headlines-2026' | 'bbc-2004';
  /** Headlines: the line of headlines.jsonl (0-based). */
  line?: number;
  /** BBC: the article, its paragraph (split at blank lines) and the sentence's range in it. */
  id?: string;
  paragraph?: number;
  start?: number;
  end?: number;
  sha1: string;
  labels: string[];
}
const CORPORA = path.resolve(import.meta.dirname, '../../../../shared/data/corpora');
const corpusItems = (JSON.parse(readFileSync(path.join(FIXTURES, 'labelled-corpora.json'), 'utf8')) as { items: CorpusItem[] }).items;
const corporaPresent = existsSync(path.join(CORPORA, 'bbc-2004/articles.jsonl')) && existsSync(path.join(CORPORA, 'headlines-2025-2026/headlines.jsonl'));

/**
 * Goals of issue 14 (officials P ≥ 0.95, R ≥ 0.85; countries no worse than now) and the
 * floors measured before any change for it: a drop below a floor is a regression. Raise a
 * floor when a change lifts the figure; a goal is asserted once it is met.
 */
const GOAL: Record<EntityKind, Score> = { country: { precision: 0.95, recall: 0.95 }, official: { precision: 0.95, recall: 0.85 } };
type Group = 'headlines' | 'bbc' | 'bbc with the BBC archive';
const FLOORS: Record<Group, Record<EntityKind, Score>> = {
  // Measured with the seed knowledge before issue 14: headlines 0.989 / 0.977 and 0.880 / 0.253, BBC 1 / 1 and 1 / 0.276.
  // With the officials mined from 2025-26 headlines: headlines officials 0.900 / 0.310.
  // With bare surnames, dated titles and the introductions of issue 14 (headlines read as of their own dates):
  // headlines 1 / 0.977 and 0.986 / 0.782, BBC 1 / 1 and 1 / 0.379.
  // With the 2025-26 base mined by the surname and possessive rules (headline-surnames.ts): headlines officials
  // 0.975 / 0.885 ("President von der Leyen" marked as "Leyen" alone); with the surname's particles in the mark
  // (recognition/session.ts), 0.987 / 0.897.
  headlines: { country: { precision: 0.999, recall: 0.976 }, official: { precision: 0.986, recall: 0.896 } },
  // Party leaders are no offices, "also known as" and middle initials read: BBC 1 / 1 and 1 / 0.379 (tp 11 of 29).
  bbc: { country: { precision: 1, recall: 1 }, official: { precision: 1, recall: 0.378 } },
  // The issue's own measure of the BBC sentences: the other 2,202 BBC articles imported as the archive
  // (undated, so read as of today). Measured 1 / 1 and 0.846 / 0.759; then, with party leaders no
  // offices, offices held before learned ("when he was Home Secretary"), middle initials, aliases,
  // dated courtesy titles and the Micheál / Michael Martin split: 1 / 1 and 1 / 0.897 (tp 26 of 29).
  'bbc with the BBC archive': { country: { precision: 1, recall: 1 }, official: { precision: 1, recall: 0.896 } },
};

/** The BBC articles not labelled here, as the archive a user would have imported (they carry no dates). */
function bbcArchive(labelled: ReadonlySet<string>): Recogniser {
  const articles: Article[] = [];
  for (const line of readLines('bbc-2004/articles.jsonl')) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; title: string; body: string };
    if (labelled.has(a.id)) continue;
    const body = a.body.split('\n\n');
    articles.push({ id: a.id, title: a.title, titleDerived: false, date: null, time: null, timeZone: null, source: null, author: null, section: null, lang: 'en', altTitles: [], url: null, body, sidebar: [], file: a.id });
  }
  return createRecogniser(buildKnowledge({ articles, curated: loadCuratedOfficials() }));
}

function readLines(file: string): string[] {
  return readFileSync(path.join(CORPORA, file), 'utf8').split('\n');
}

/** A headline's date (when first seen, or published); BBC articles have none. */
function corpusDate(): (item: CorpusItem) => string | null {
  const headlines = readLines('headlines-2025-2026/headlines.jsonl');
  const agency = readLines('az-agency-headlines-2026/headlines.jsonl');
  return (item) => {
    if (item.corpus === 'bbc-2004') return null;
    const line = JSON.parse((item.corpus === 'headlines-2025-2026' ? headlines : agency)[item.line!]!) as { first_seen?: string; published_date?: string };
    return (line.first_seen ?? line.published_date ?? '').slice(0, 10) || null;
  };
}

function corpusText(): (item: CorpusItem) => string {
  const headlines = readLines('headlines-2025-2026/headlines.jsonl');
  const agency = readLines('az-agency-headlines-2026/headlines.jsonl');
  const bbc = new Map<string, string>();
  for (const line of readLines('bbc-2004/articles.jsonl')) {
    if (!line) continue;
    const article = JSON.parse(line) as { id: string; body: string };
    bbc.set(article.id, article.body);
  }
  return (item) => {
    if (item.corpus === 'bbc-2004') return (bbc.get(item.id!) ?? '').split('\n\n')[item.paragraph!]!.slice(item.start, item.end);
    const lines = item.corpus === 'headlines-2025-2026' ? headlines : agency;
    return (JSON.parse(lines[item.line!]!) as { title: string }).title;
  };
}

describe.skipIf(!corporaPresent)('labelled sentences from ../shared/data/corpora (skipped when ../shared is absent)', () => {
  const textOf = corporaPresent ? corpusText() : () => '';
  const dateOf = corporaPresent ? corpusDate() : () => null;
  const groups = { headlines: [] as Item[], bbc: [] as Item[] };
  for (const item of corpusItems) {
    const text = textOf(item);
    groups[item.corpus === 'bbc-2004' ? 'bbc' : 'headlines'].push([text, item.labels, dateOf(item)]);
  }

  it('has at least 60 items, each still the sentence it was labelled on', () => {
    expect(corpusItems.length).toBeGreaterThanOrEqual(60);
    const changed = corpusItems.filter((item) => createHash('sha1').update(textOf(item)).digest('hex').slice(0, 12) !== item.sha1);
    expect(changed.map((item) => item.line ?? `${item.id}#${item.paragraph}`)).toEqual([]);
  });

  for (const group of ['headlines', 'bbc', 'bbc with the BBC archive'] as const) {
    it(`${group}: officials and countries no worse than measured, and the goals once met`, () => {
      const archive = group === 'bbc with the BBC archive';
      const items = archive ? groups.bbc : groups[group];
      const { stats, misses } = measure(items, archive ? bbcArchive(new Set(corpusItems.map((item) => item.id ?? ''))) : undefined);
      for (const line of misses) console.log(line);
      const scores = report(`${group} (${items.length} sentences)`, stats);
      for (const kind of ['country', 'official'] as const) {
        for (const measureName of ['precision', 'recall'] as const) {
          const value = scores[kind][measureName];
          expect(value, `${group} ${kind} ${measureName}`).toBeGreaterThanOrEqual(FLOORS[group][kind][measureName]);
          if (FLOORS[group][kind][measureName] >= GOAL[kind][measureName]) expect(value).toBeGreaterThanOrEqual(GOAL[kind][measureName]);
        }
      }
      // Building the BBC archive's knowledge takes a few seconds.
    }, 60_000);
  }
});
