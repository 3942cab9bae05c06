import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { copyFieldLengths, documentNumbers } from './compact-index-documents.ts';
import { ENTITY_FIELD, textSearchOptions, textSearchOptionsFor, type IndexedDocument } from './index-config.ts';
import { normaliseTerm, tokenizeWords } from './tokenize.ts';
import { typoVariants } from './typo-variants.ts';

/**
 * MiniSearch's scoring of lib/search/search.ts's query, every hit into typed arrays: the same
 * postings (its radix tree's get, atPrefix, and fuzzyGet through lib/search/typo-variants.ts),
 * the same prefix and typo expansion and weights, the same BM25 summed in the same order, so
 * scores are equal to the bit to its `search()` with those typo variants; and per
 * hit what the search order's tiers need (lib/search/ranked-hits.ts). Written by hand because
 * MiniSearch's `search()` makes an object per hit (its terms, its match, its stored fields) and
 * sorts them all, and has no top-k search.
 *
 * The postings are MiniSearch's protected fields (meant for subclasses; its loaders build
 * plain MiniSearch instances, so a subclass is not an option), read by element access.
 * tests/unit/search/ranked-hits.test.ts checks the result against `search()`, so a MiniSearch
 * upgrade that changes these internals fails there.
 */

export type Index = MiniSearch<IndexedDocument>;
type FieldData = Map<number, Map<number, number>>;

/** MiniSearch 7.2's defaults for what textSearchOptions leaves unset. */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const DEFAULT_MAX_FUZZY = 6;

/**
 * Per-document accumulators, one slot per MiniSearch short id, reused across searches of one
 * index; and the index's field lengths and live documents copied into typed arrays (MiniSearch
 * keeps them in Maps: two lookups per posting), copied again whenever the index changes.
 */
export class Workspace {
  /** The index's state these were copied at: every add raises nextId, every discard lowers documentCount. */
  readonly nextId: number;
  readonly documentCount: number;
  readonly fieldCount: number;
  /** 1 for a document in the index; 0 for a discarded one still in the postings. */
  live: Uint8Array;
  /** lengths[doc · fieldCount + fieldId]: the document's field length in terms. */
  lengths: Uint32Array;
  total: Float64Array;
  sub: Float64Array;
  spec: Float64Array;
  words: Uint16Array;
  exact: Uint16Array;
  entities: Uint16Array;
  specMark: Int32Array;
  subMark: Int32Array;
  seen: Uint8Array;
  constructor(index: Index) {
    this.nextId = index['_nextId'];
    this.documentCount = index['_documentCount'];
    this.fieldCount = Object.keys(index['_fieldIds']).length;
    const size = this.nextId + 1;
    this.live = new Uint8Array(size);
    this.lengths = new Uint32Array(size * this.fieldCount);
    // A loaded compact index keeps these as it read them (lib/search/compact-index-documents.ts): read there, not made into maps.
    for (const doc of documentNumbers(index['_documentIds'])) this.live[doc] = 1;
    copyFieldLengths(index['_fieldLength'], this.lengths, this.fieldCount);
    this.total = new Float64Array(size);
    this.sub = new Float64Array(size);
    this.spec = new Float64Array(size);
    this.words = new Uint16Array(size);
    this.exact = new Uint16Array(size);
    this.entities = new Uint16Array(size);
    this.specMark = new Int32Array(size);
    this.subMark = new Int32Array(size);
    this.seen = new Uint8Array(size);
  }
  clear(touched: readonly number[]): void {
    for (const d of touched) {
      this.total[d] = 0;
      this.words[d] = 0;
      this.exact[d] = 0;
      this.entities[d] = 0;
      this.specMark[d] = 0;
      this.subMark[d] = 0;
      this.seen[d] = 0;
    }
  }
}

const workspaces = new WeakMap<Index, Workspace>();

export function workspaceFor(index: Index): Workspace {
  let space = workspaces.get(index);
  if (!space || space.nextId !== index['_nextId'] || space.documentCount !== index['_documentCount']) {
    workspaces.set(index, (space = new Workspace(index)));
  }
  return space;
}

interface Spec {
  term: string;
  prefix: boolean;
  /** Edit distance for typos; 0 for none. */
  distance: number;
  termBoost: number;
  kind: 'word' | 'entity';
  /** False for a repeated word: MiniSearch scores it again but counts it once. */
  counts: boolean;
}

/** The query's words as MiniSearch processes them (index-config.ts's tokenizeField and processField, no field name). */
function querySpecs(text: string, options: SearchOptions): Spec[] {
  const terms = tokenizeWords(text).flatMap((t) => normaliseTerm(t) ?? []);
  const seen = new Set<string>();
  return terms.map((term, i) => {
    const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false;
    const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
    const termBoost = typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1;
    const f = fuzzy === true ? 0.2 : fuzzy || 0;
    const distance = f < 1 ? Math.min(options.maxFuzzy ?? DEFAULT_MAX_FUZZY, Math.round(term.length * f)) : f;
    // A repeated word is expanded alike (the options read the term alone), so it meets the same articles.
    const counts = !seen.has(term);
    seen.add(term);
    return { term, prefix, distance, termBoost, kind: 'word', counts };
  });
}

/** A derived term met while scoring, kept to list each returned hit's matched terms. */
export interface Met {
  term: string;
  data: FieldData;
}

/** What a term counts towards in a hit's tier: nothing (a repeated word), a word, an entity. */
const enum Counts {
  Nothing,
  Word,
  Entity,
}

/**
 * Scores every hit of a query into the workspace, as MiniSearch's `search()` would for
 * lib/search/search.ts's query (the text under queryOptionsFor, OR the entity ids in the
 * entity field with boost 2). A class with one hot method, so the engine compiles the
 * posting loop once.
 */
class Scorer {
  private readonly tree;
  private readonly documentIds;
  private readonly avgFieldLength;
  private readonly fieldIds;
  private readonly documentCount: number;
  /** Hits in the order MiniSearch first met them. */
  readonly touched: number[] = [];
  /** Derived terms of the query's words, to list a returned hit's matched terms. */
  readonly met: Met[] = [];
  private specNo = 0;
  private subNo = 0;
  private specList: number[] = [];
  private bm25 = DEFAULT_BM25;

  constructor(
    index: Index,
    private readonly space: Workspace,
  ) {
    this.tree = index['_index'];
    this.documentIds = index['_documentIds'];
    this.avgFieldLength = index['_avgFieldLength'];
    this.fieldIds = index['_fieldIds'];
    this.documentCount = index['_documentCount'];
  }

  /** The article id of a MiniSearch short id. */
  idOf(doc: number): string {
    return String(this.documentIds.get(doc));
  }

  /** One subquery (OR of its terms): MiniSearch sums a term's contributions, then adds each term's total to the subquery's, then the subquery's to the query's. */
  subquery(specs: readonly Spec[], options: SearchOptions): void {
    const { space, tree } = this;
    this.bm25 = { ...DEFAULT_BM25, ...options.bm25 };
    const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    const fields = (options.fields ?? []).map((f) => [this.fieldIds[f]!, options.boost?.[f] || 1] as const);
    const subNo = ++this.subNo;
    const subList: number[] = [];
    for (const spec of specs) {
      this.specNo++;
      this.specList = [];
      const counts = !spec.counts ? Counts.Nothing : spec.kind === 'word' ? Counts.Word : Counts.Entity;
      const visit = (derived: string, termWeight: number, data: FieldData | undefined): void => {
        if (!data) return;
        if (spec.kind === 'word') this.met.push({ term: derived, data });
        // The word itself comes first in its term: every article holding it is met there first.
        const exact = counts === Counts.Word && derived === spec.term;
        for (const [fieldId, fieldBoost] of fields) {
          const freqs = data.get(fieldId);
          if (freqs) this.postings(freqs, fieldId, termWeight * spec.termBoost * fieldBoost, exact, counts);
        }
      };
      visit(spec.term, 1, tree.get(spec.term));
      const fuzzy = spec.distance ? typoVariants(tree, spec.term, spec.distance) : undefined;
      if (spec.prefix) {
        for (const [term, data] of tree.atPrefix(spec.term)) {
          const distance = term.length - spec.term.length;
          if (!distance) continue;
          fuzzy?.delete(term);
          visit(term, (weights.prefix * term.length) / (term.length + 0.3 * distance), data);
        }
      }
      if (fuzzy) {
        for (const [term, [data, distance]] of fuzzy) {
          if (!distance) continue;
          visit(term, (weights.fuzzy * term.length) / (term.length + distance), data);
        }
      }
      for (const doc of this.specList) {
        if (space.subMark[doc] !== subNo) {
          space.subMark[doc] = subNo;
          space.sub[doc] = space.spec[doc]!;
          subList.push(doc);
        } else space.sub[doc]! += space.spec[doc]!;
      }
    }
    for (const doc of subList) {
      if (space.seen[doc]) space.total[doc]! += space.sub[doc]!;
      else {
        space.seen[doc] = 1;
        space.total[doc] = space.sub[doc]!;
        this.touched.push(doc);
      }
    }
  }

  /** One derived term's postings in one field: MiniSearch's BM25 (its termResults), summed into the term's scores. */
  private postings(freqs: Map<number, number>, fieldId: number, factor: number, exact: boolean, counts: Counts): void {
    const { space, documentCount, specNo, specList } = this;
    const { live, lengths, fieldCount } = space;
    const { k, b, d } = this.bm25;
    const avg = this.avgFieldLength[fieldId]!;
    let matching = freqs.size;
    let idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
    // forEach, not for-of: no [key, value] pair per posting.
    freqs.forEach((tf, doc) => {
      // A discarded document stays in the postings until MiniSearch vacuums; it counts as MiniSearch counts it.
      if (live[doc] !== 1) {
        matching--;
        idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        return;
      }
      const length = lengths[doc * fieldCount + fieldId]!;
      // termWeight · termBoost · fieldBoost · BM25, multiplied in MiniSearch's order (its document boost is 1).
      const weighted = factor * (idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg))));
      if (space.specMark[doc] !== specNo) {
        space.specMark[doc] = specNo;
        space.spec[doc] = weighted;
        specList.push(doc);
        if (exact) space.exact[doc]!++;
        if (counts === Counts.Word) space.words[doc]!++;
        else if (counts === Counts.Entity) space.entities[doc]!++;
      } else space.spec[doc]! += weighted;
    });
  }
}

/** Whether at least `atLeast` articles in the index hold the term itself (not a variant) in a text field. */
export function heldIn(index: Index, term: string, atLeast: number): boolean {
  const data = index['_index'].get(term);
  if (!data) return false;
  const ids = index['_documentIds'];
  const docs = new Set<number>();
  for (const field of textSearchOptions.fields ?? []) {
    const freqs = data.get(index['_fieldIds'][field]!);
    if (!freqs) continue;
    for (const doc of freqs.keys()) {
      if (!ids.has(doc)) continue;
      docs.add(doc);
      if (docs.size >= atLeast) return true;
    }
  }
  return false;
}

/** lib/search/search.ts's text options for this index (index-config.ts). */
export function queryOptionsFor(index: Index): SearchOptions {
  return textSearchOptionsFor((term, atLeast) => heldIn(index, term, atLeast));
}

export function scoreAll(index: Index, space: Workspace, text: string, entityIds: readonly string[]): Scorer {
  const scorer = new Scorer(index, space);
  const options = queryOptionsFor(index);
  if (text.trim()) scorer.subquery(querySpecs(text, options), options);
  if (entityIds.length) {
    const specs = entityIds.map((term, i): Spec => ({ term, prefix: false, distance: 0, termBoost: 1, kind: 'entity', counts: entityIds.indexOf(term) === i }));
    scorer.subquery(specs, { fields: [ENTITY_FIELD], boost: { [ENTITY_FIELD]: 2 } });
  }
  return scorer;
}
