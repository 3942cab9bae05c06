import { entityLabel } from './related-hits.ts';
import { fold } from '../text/fold.ts';
import type { LoadedArchive } from './archive.ts';
import { archiveStats } from './archive-stats.ts';
import { articleText } from './article-text.ts';
import { surfaceForms } from './surface-form.ts';
import { tokenizeWords } from './tokenize.ts';

/** Queries beyond this length are cut, as in lib/search/search.ts. */
const MAX_INPUT = 500;

interface Completion {
  /** The suggestion, or how to spell it once it is chosen (spelling reads an article, so only the shown few are spelled). */
  text: string | (() => string);
  /** Articles that contain it: suggestions are ranked by how often what they name occurs. */
  articles: number;
  /** Folded, to show each suggestion once. */
  key: string;
}

const namesCache = new WeakMap<LoadedArchive, Array<{ name: string; folded: string; articles: number }>>();

/** The archive's entity names, folded once, with how many articles name each. */
function archiveNames(archive: LoadedArchive): Array<{ name: string; folded: string; articles: number }> {
  let names = namesCache.get(archive);
  if (!names) {
    const knowledge = archive.file.knowledge;
    names = [...archiveStats(archive).entityDf].map(([id, articles]) => {
      const name = entityLabel(knowledge, id);
      return { name, folded: fold(name), articles };
    });
    namesCache.set(archive, names);
  }
  return names;
}

/** Names whose folded form, or one of its words, starts with the folded input ("str" → "Jack Straw"). */
function nameCompletions(archive: LoadedArchive, input: string): Completion[] {
  const wanted = fold(input.trim());
  return archiveNames(archive)
    .filter((n) => n.folded.startsWith(wanted) || n.folded.split(' ').some((w) => w.startsWith(wanted)))
    .map((n) => ({ text: n.name, articles: n.articles, key: n.folded }));
}

/**
 * Words of the archive that complete the last word typed, counted in the articles that
 * also hold every earlier word ("jack str" → "jack Straw", not "jack strong"), spelled as
 * the archive spells them ("Serbia", "gas"); the earlier words stay as typed.
 */
function wordCompletions(archive: LoadedArchive, input: string): Completion[] {
  const words = tokenizeWords(input);
  const last = words[words.length - 1];
  if (!last || /\s$/.test(input)) return [];
  const head = input.slice(0, input.lastIndexOf(last));
  const prefix = fold(last);
  const earlier = new Set(words.slice(0, -1).map(fold));
  const results = archive.index.search(input, {
    fields: ['title', 'body'],
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term, i, terms) => i === terms.length - 1 && term.length >= 5 && 0.2,
  });
  const df = new Map<string, { articles: number; examples: string[] }>();
  for (const r of results) {
    for (const term of Object.keys(r.match)) {
      if (earlier.has(term)) continue;
      const seen = df.get(term);
      if (!seen) df.set(term, { articles: 1, examples: [String(r.id)] });
      else if (++seen.articles && seen.examples.length < SPELLING_EXAMPLES) seen.examples.push(String(r.id));
    }
  }
  const key = fold(head);
  return [...df].map(([term, { articles, examples }]) => ({ text: () => head + spelled(archive, examples, term), articles, key: key + term }));
}

/** A few articles are read for a word's spelling: one in lower case anywhere makes it a common word. */
const SPELLING_EXAMPLES = 3;

/** A term as the articles holding it spell it ("Services" in one headline, "services" in the next). */
function spelled(archive: LoadedArchive, ids: readonly string[], term: string): string {
  const texts = ids.flatMap((id) => {
    const article = archive.byId.get(id);
    return article ? [articleText({ title: article.title, body: archive.texts.body(article) })] : [];
  });
  return surfaceForms(texts.join('\n\n'), new Set([term])).get(term) ?? term;
}

/**
 * Query completions: the archive's real words and names that complete what is typed,
 * most frequent first (by how many articles hold them), each once. Replaces MiniSearch's
 * autoSuggest, whose suggestions join every matched word of a document ("serbia serbian gas").
 */
export function suggest(archive: LoadedArchive, input: string, limit = 6): string[] {
  const text = input.slice(0, MAX_INPUT);
  if (text.trim().length < 2) return [];
  const typed = fold(text.trim());
  const all = [...nameCompletions(archive, text), ...wordCompletions(archive, text)].sort((a, b) => b.articles - a.articles);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of all) {
    if (seen.has(c.key) || c.key === typed) continue;
    seen.add(c.key);
    out.push(typeof c.text === 'string' ? c.text : c.text());
    if (out.length === limit) break;
  }
  return out;
}
