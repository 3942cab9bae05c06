/**
 * Word-level multi-pattern matcher: a trie over match keys of words, walked from each word
 * of the text. Each step is one hash lookup, and names are at most a few words long, so
 * the cost is linear in the text and does not grow with the number of names (only the
 * hash tables do). Inflected words reach their name's stem through a suffix table: at
 * most MAX_ENDING extra lookups per capitalised word the dictionary does not know.
 */
import { EdgeTable } from './edge-table.ts';
import { ENDINGS, MAX_ENDING, stemsOf } from './inflection.ts';
import type { Token, TokenList } from './tokens.ts';
import type { Inflection } from '../types.ts';

export interface Hit {
  /** Token index range [start, end). */
  start: number;
  end: number;
  payloads: readonly number[];
  /** Some word matched through an ending (Azərbaycanla). */
  inflected: boolean;
}

interface Candidate {
  id: number;
  inflected: boolean;
}

interface StemUse {
  id: number;
  inflection: Inflection;
}

/** What may sit between two words of one name: a space, a hyphen, an apostrophe, an abbreviation's dot. */
const TIGHT_GAP = /^(?:[\s\-‐‑'’]{1,3}|\.|\.[\s\-]?)$/u;
const SENTENCE_BREAK = /\.\s/;

export class WordMatcher {
  private readonly ids = new Map<string, number>();
  /** Token ids that are on their own a name that does not inflect ("Iran" in English). */
  private readonly plainUse = new Set<number>();
  private readonly stems = new Map<string, StemUse[]>();
  private readonly endings = ENDING_CLASSES;
  private readonly edges = new EdgeTable();
  /** Payloads of the names ending at each node, by node. */
  private readonly terminals = new Map<number, number[]>();
  private readonly rootKeys: string[] = [];
  /** Nodes with children: at a leaf the walk need not look at the next word. */
  private parents = new Uint8Array(1024);
  private nodeCount = 1;
  private readonly exact: Array<readonly Candidate[] | undefined> = [];
  private readonly asciiCandidates = new Map<string, readonly Candidate[]>();
  private readonly nonAsciiCandidates = new Map<string, readonly Candidate[]>();

  get size(): number {
    return this.nodeCount;
  }

  /** Keys of the words names start with. */
  firstKeys(): string[] {
    return this.rootKeys;
  }

  /** Stems an inflected word may reduce to (through an ending). */
  stemKeys(): string[] {
    return [...this.stems.keys()];
  }

  /** Adds a name as its words' match keys. */
  add(keys: readonly string[], payload: number, inflection: Inflection | null): void {
    if (keys.length === 0) return;
    // Remembered candidates may now be wrong (pages add the people they introduce).
    if (this.asciiCandidates.size > 0) this.asciiCandidates.clear();
    if (this.nonAsciiCandidates.size > 0) this.nonAsciiCandidates.clear();
    let node = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const id = this.wordId(key, inflection, keys.length === 1);
      let child = this.edges.get(node, id);
      if (child === -1) {
        this.edges.set(node, id, (child = this.nodeCount++));
        if (node === 0) this.rootKeys.push(key);
        if (node >= this.parents.length) {
          const grown = new Uint8Array(Math.max(node + 1, this.parents.length * 2));
          grown.set(this.parents);
          this.parents = grown;
        }
        this.parents[node] = 1;
      }
      node = child;
    }
    const list = this.terminals.get(node);
    if (list) {
      if (!list.includes(payload)) list.push(payload);
    } else this.terminals.set(node, [payload]);
  }

  /**
   * Knows the words of a name without the name: a matcher holding only the names a query can
   * reach (query-reach.ts; known-names.ts builds it) still reads each word it may meet as the whole
   * matcher does (whether it is a word of some name, its stems, whether it is a name alone),
   * so the query's candidate words, and from them its hits, are the same.
   */
  addWords(keys: readonly string[], inflection: Inflection | null, keep: (key: string) => boolean): void {
    for (const key of keys) if (keep(key)) this.wordId(key, inflection, keys.length === 1);
  }

  /** A word's id, made on first sight, with what this use of it adds: its stems, or that it is a name alone. */
  private wordId(key: string, inflection: Inflection | null, alone: boolean): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    if (inflection === null) {
      if (alone) this.plainUse.add(id);
    } else this.addStems(key, id, inflection);
    return id;
  }

  private addStems(key: string, id: number, inflection: Inflection): void {
    for (const stem of stemsOf(key, inflection)) {
      let uses = this.stems.get(stem);
      if (!uses) this.stems.set(stem, (uses = []));
      let known = false;
      for (const u of uses) if (u.id === id && u.inflection === inflection) known = true;
      if (!known) uses.push({ id, inflection });
    }
  }

  /**
   * Dictionary words a text word may stand for: itself, then stems reached through endings.
   * Remembered per key (and whether the word is ASCII): pages repeat their words, and the
   * endings cost several slices and lookups per word.
   */
  private candidates(token: Token, anyCase: boolean): readonly Candidate[] {
    if (!(token.capital || anyCase) || token.key.length < 4) {
      const exact = this.ids.get(token.key);
      return exact === undefined ? NO_CANDIDATES : this.exactCandidate(exact);
    }
    const nonAscii = NON_ASCII.test(token.raw);
    const cache = nonAscii ? this.nonAsciiCandidates : this.asciiCandidates;
    let out = cache.get(token.key);
    if (out === undefined) {
      out = this.inflectedCandidates(token.key, nonAscii);
      // Bounded: a hostile page must not grow it without end.
      if (cache.size >= 8192) cache.clear();
      cache.set(token.key, out);
    }
    return out;
  }

  private exactCandidate(id: number): readonly Candidate[] {
    let c = this.exact[id];
    if (c === undefined) this.exact[id] = c = [{ id, inflected: false }];
    return c;
  }

  private inflectedCandidates(key: string, nonAscii: boolean): readonly Candidate[] {
    const exact = this.ids.get(key);
    const out: Candidate[] = exact === undefined ? [] : [{ id: exact, inflected: false }];
    for (let len = 1; len <= MAX_ENDING && len < key.length - 2; len++) {
      const classes = this.endings.get(key.slice(key.length - len));
      if (!classes) continue;
      const uses = this.stems.get(key.slice(0, key.length - len));
      if (!uses) continue;
      for (const use of uses) {
        if (!classes.has(use.inflection) || use.id === exact) continue;
        // "Irani" is not Иран + -i: one-letter endings on a stem that is also a plain
        // (uninflected) name word count only in words written in another script or with
        // letters English lacks (Ирана, İranı). Turkic endings of any length likewise: the
        // Georgian given name "Irakli" is not Irak (German, French) + Turkic -li ("Iraklı").
        if ((len === 1 || use.inflection === 'turkic') && use.inflection !== 'plural' && this.plainUse.has(use.id) && !nonAscii) continue;
        if (!out.some((c) => c.id === use.id)) out.push({ id: use.id, inflected: true });
      }
      if (out.length > 0 && exact === undefined) break;
    }
    return out;
  }

  /**
   * Every name that starts at token `i`, longest first. `anyCase` lets lower-case words take
   * endings too (search queries are typed in lower case).
   */
  matchAt(tokens: TokenList, i: number, anyCase = false): readonly Hit[] {
    const first = tokens.get(i);
    if (!first) return NO_HITS;
    // Fast path: most words start no name and take no ending.
    const exact = this.ids.get(first.key);
    const rootChild = exact === undefined ? -1 : this.edges.get(0, exact);
    if (rootChild === -1 && (!(first.capital || anyCase) || first.key.length < 4)) return NO_HITS;
    const hits: Hit[] = [];
    this.walk(tokens, i, 0, i, false, anyCase, hits);
    if (hits.length > 1) hits.sort((a, b) => b.end - a.end || Number(a.inflected) - Number(b.inflected));
    return hits;
  }

  private walk(tokens: TokenList, i: number, node: number, j: number, inflected: boolean, anyCase: boolean, hits: Hit[]): void {
    if (j > i) {
      const payloads = this.terminals.get(node);
      if (payloads) hits.push({ start: i, end: j, payloads, inflected });
    }
    if (!this.parents[node]) return;
    const token = tokens.get(j);
    if (!token) return;
    if (j > i && (!TIGHT_GAP.test(token.gapBefore) || SENTENCE_BREAK.test(token.gapBefore))) return;
    for (const c of this.candidates(token, anyCase)) {
      const child = this.edges.get(node, c.id);
      if (child !== -1) this.walk(tokens, i, child, j + 1, inflected || c.inflected, anyCase, hits);
    }
  }
}

const NO_HITS: readonly Hit[] = [];

/** Inflection classes by ending. */
const ENDING_CLASSES = new Map<string, Set<Inflection>>();
for (const [inflection, list] of Object.entries(ENDINGS) as Array<[Inflection, readonly string[]]>) {
  for (const e of list) {
    let set = ENDING_CLASSES.get(e);
    if (!set) ENDING_CLASSES.set(e, (set = new Set()));
    set.add(inflection);
  }
}
const NO_CANDIDATES: readonly Candidate[] = [];
const NON_ASCII = /[^\x00-\x7f]/;
