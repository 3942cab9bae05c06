/**
 * The knowledge's names made ready for matching: the plan's names (name-plan.ts: one record
 * per entity, one `NameRef` per way of naming it, officials by surname) in the word trie,
 * and the prefilter's table of words that matter. Built once per recogniser, in steps if
 * asked; every session of that recogniser reads it. A search query may have one of its own
 * over only the names its words can reach (`knownNamesReaching`).
 */
import type { Knowledge, MentionForm, SurnameUse } from '../types.ts';
import { KeyTable } from './key-table.ts';
import { type Hit, WordMatcher } from './matcher.ts';
import type { NameKeySource } from './name-keys.ts';
import { BUILD_STEP_NAMES, type EntityRecord, NamePlan, type NameRef, plannedRef } from './name-plan.ts';
import type { KeyReach } from './query-reach.ts';
import { spellingSkeleton } from './spelling.ts';
import { WordScan } from './word-scan.ts';
import { fillWordTable } from './word-table.ts';

export { surnameKey, type EntityRecord, type NameRef } from './name-plan.ts';

/** The entity a matched name stands for, and how it was named. */
export interface Chosen {
  record: EntityRecord;
  form: MentionForm;
  dotted: boolean;
}

export class KnownNames {
  readonly entities: readonly EntityRecord[];
  readonly refs: NameRef[] = [];
  readonly matcher = new WordMatcher();
  /** Officials' entity indexes by surname key, to count who shares a surname. */
  readonly bySurname: ReadonlyMap<string, readonly number[]>;
  /** Keys of the officials' given names: a surname that is also one is no name to read alone ("Abbas"). */
  readonly givenNames: ReadonlySet<string>;
  /** How English uses surnames that are not distinctive (`Knowledge.surnameUse`). */
  readonly surnameUse: ReadonlyMap<string, SurnameUse>;
  /** Words that matter to the prefilter (first words, stems, office and signal words); set when the build ends. */
  words = new KeyTable();
  /** Scratch scans the sessions reuse (a session recognises one batch at a time). */
  readonly scan = new WordScan();
  readonly signalScan = new WordScan();
  /** Officials by the loose spelling of their names (`looseName`); made when a page first introduces someone. */
  private byLooseName: Map<string, number> | null = null;
  private readonly officialSpellings: ReadonlyArray<[entity: number, words: string[]]>;
  /** `namesFirst` by payload list (the knowledge's lists never change once built). */
  private readonly ordered = new Map<readonly number[], readonly number[]>();
  /** The build, resumable: it pauses after every few dozen entities (see `RecogniserBuild`). */
  readonly building: Generator<void, void, void>;

  /**
   * @param source the knowledge, or its names planned already (`reach` needs a finished plan)
   * @param reach set for one search query (query-reach.ts): only the names made of words it
   *   reaches enter the matcher, and the words it reaches are known as in the whole build, so
   *   what the query finds is the same; every entity, surname and spelling is the plan's.
   */
  constructor(source: Knowledge | NamePlan, names?: NameKeySource, inSteps = false, reach: KeyReach | null = null) {
    const plan = source instanceof NamePlan ? source : new NamePlan(source, names, true);
    this.entities = plan.entities;
    this.bySurname = plan.bySurname;
    this.givenNames = plan.givenNames;
    this.surnameUse = plan.surnameUse;
    this.officialSpellings = plan.officialSpellings;
    this.building = this.build(plan, reach);
    if (!inSteps) while (!this.building.next().done);
  }

  private *build(plan: NamePlan, reach: KeyReach | null): Generator<void, void, void> {
    yield* plan.building;
    let sinceYield = 0;
    // A query's names: those with a word it may reach; their words in reach are known even when the name is not (matcher.ts, `addWords`).
    const names = reach === null ? plan.names : plan.namesWithWordsStarting(reach.starts);
    for (const name of names) {
      const { ref, inflection } = plannedRef(name);
      const { keys } = name;
      if (reach !== null) {
        this.matcher.addWords(keys, inflection, reach.has);
        if (!keys.every(reach.has)) continue;
      }
      this.matcher.add(keys, this.refs.push(ref) - 1, inflection);
      if (++sinceYield >= BUILD_STEP_NAMES) {
        sinceYield = 0;
        yield;
      }
    }
    yield;
    // The table is swapped in whole: a session never sees a half-filled one.
    const words = new KeyTable();
    yield* fillWordTable(words, this.matcher.firstKeys(), this.matcher.stemKeys());
    this.words = words;
  }

/** Payloads with names before aliases: a form listed as both reports itself as the name. */
  namesFirst(payloads: readonly number[]): readonly number[] {
    if (payloads.length < 2) return payloads;
    let ordered = this.ordered.get(payloads);
    if (ordered === undefined) {
      ordered = [...payloads].sort((a, b) => Number(this.refs[a]!.form === 'alias') - Number(this.refs[b]!.form === 'alias'));
      this.ordered.set(payloads, ordered);
    }
    return ordered;
  }

  /**
   * The known official a name introduced on the page is, written in another script or
   * transliteration ("Никол Пашинян", "Ильхам Алиев", "Джейхун Байрамов"), or null.
   */
  officialSpelledLike(words: readonly string[]): EntityRecord | null {
    if (this.byLooseName === null) {
      this.byLooseName = new Map();
      for (const [entity, keys] of this.officialSpellings) {
        const key = looseName(keys);
        const other = this.byLooseName.get(key);
        // Two officials with one loose spelling: neither is meant.
        this.byLooseName.set(key, other === undefined || other === entity ? entity : -1);
      }
    }
    const entity = this.byLooseName.get(looseName(words)) ?? -1;
    return entity < 0 ? null : this.entities[entity]!;
  }

  /** Does a hit name a dependent territory ("French Polynesia", "Hong Kong")? */
  namesTerritory(hit: Hit): boolean {
    for (const p of hit.payloads) if (this.entities[this.refs[p]!.entity]!.territory) return true;
    return false;
  }

  /** Is one of these hits, ending at `end`, an official's surname alone? */
  surnameHit(hits: readonly Hit[], end: number): boolean {
    for (const h of hits) if (h.end === end && h.end - h.start === 1 && h.payloads.some((p) => this.refs[p]!.form === 'surname')) return true;
    return false;
  }

  /** Does this payload name a known official in full (not by surname alone)? */
  isFullOfficial(payload: number): boolean {
    const ref = this.refs[payload]!;
    return ref.form !== 'surname' && this.entities[ref.entity]!.kind === 'official';
  }
}

/**
 * A name's spelling with the choices of transliteration taken out: the index's skeleton
 * (spelling.ts: y and i one letter, kh is h, doubles single) and, for names
 * transliterated from Cyrillic by the match keys (ш → s, ж → z, ч → c, дж → dz), the
 * English digraphs reduced the same way and j read as i; Azerbaijani c is English j, and
 * its ə (folded to e) is English a ("Ceyhun Bayramov", "Əli Əsədov"). Only whole names are
 * compared this loosely, never a word alone.
 */
function looseName(words: readonly string[]): string {
  return words.map((w) => spellingSkeleton(w.replace(/([szc])h/g, '$1').replace(/dz|c/g, 'j').replace(/j/g, 'i').replace(/e/g, 'a'))).join(' ');
}

/**
 * A query's own names: the matcher holds only the names `reach` lets in (see the constructor).
 * A function, not a static method, so that the content script's bundle, which never searches,
 * leaves it out (a class keeps every method).
 */
export function knownNamesReaching(plan: NamePlan, reach: KeyReach): KnownNames {
  if (!plan.done) throw new Error('the names are still being planned');
  return new KnownNames(plan, undefined, false, reach);
}
