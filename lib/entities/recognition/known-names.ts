/**
 * The knowledge's names made ready for matching: one record per entity, one `NameRef` per
 * way of naming it, the word trie over all of them, officials by surname, and the
 * prefilter's table of words that matter. Built once per recogniser, in steps if asked;
 * every session of that recogniser reads it.
 */
import type { EntityKind, Inflection, Knowledge, MentionForm, NameGroupKey, OfficialRole, SurnameUse } from '../types.ts';
import { KeyTable } from './key-table.ts';
import { type Hit, WordMatcher } from './matcher.ts';
import { CompiledNameKeys, compiledFits, type NameKeySource, RecordingNameKeys } from './name-keys.ts';
import { spellingSkeleton } from './spelling.ts';
import { WordScan } from './word-scan.ts';
import { fillWordTable } from './word-table.ts';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  code?: string;
  /** A dependent territory (see CountryEntry): found by queries, not marked on pages. */
  territory?: boolean;
  /** An official's offices, newest first (for reading a title with the page's date). */
  roles?: readonly OfficialRole[];
}

/** One way of naming one entity; the matcher's payloads index these. */
export interface NameRef {
  entity: number;
  form: MentionForm;
  /** All-caps short form (US, UK): case-sensitive. */
  acronym: boolean;
  /** Written with a final dot (U.S.): the dot belongs to the mention. */
  dotted: boolean;
  /** The form is plain ASCII: text with letters it lacks is another language's word ("América", "Америка"). */
  ascii: boolean;
}

/** The entity a matched name stands for, and how it was named. */
export interface Chosen {
  record: EntityRecord;
  form: MentionForm;
  dotted: boolean;
}

function parseGroup(key: string): { form: MentionForm; inflection: Inflection | null } {
  const [form, inflection] = key.split(':') as [MentionForm, Inflection | undefined];
  return { form, inflection: inflection ?? null };
}

/** Name forms added per build step: a step is about a millisecond (a full build is 30–90 ms). */
const BUILD_STEP_NAMES = 150;
/** Name suffixes: the surname of "Robert F. Kennedy Jr." is "Kennedy". */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Korean names romanised with a hyphenated given name ("Kim Jong-un", "Yoon Suk-yeol") put the family name first. */
const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;
/**
 * English spellings of the Slavic -sky ending (Zelenskyy, Zelenskiy, Zelensky): a surname
 * with one is known under all of them. The rule the index uses to merge spellings
 * (building/name-variants.ts) treats y and i as one letter; the matcher needs the words.
 */
const SKY = /(?<=sk|ck|zk)(?:yy|iy|yi|ii|y|i)$/;
const SKY_ENDINGS = ['y', 'yy', 'iy', 'yi', 'i'];

/** The surname among a name's word keys: the last word that is not a suffix, or null. */
export function surnameKey(words: readonly string[], spelling = ''): string | null {
  if (FAMILY_NAME_FIRST.test(spelling)) return words[0]!;
  // Regnal names have none: "Salman of Saudi Arabia", "Albert II, Prince of Monaco".
  if (words.includes('of')) return null;
  let last = words.length - 1;
  while (last > 0 && SUFFIXES.has(words[last]!)) last--;
  return last > 0 ? words[last]! : null;
}

/** Other spellings of a surname key, for the -sky endings only. */
function surnameSpellings(key: string): string[] {
  if (!SKY.test(key)) return [];
  const stem = key.replace(SKY, '');
  return SKY_ENDINGS.map((e) => stem + e).filter((k) => k !== key);
}
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;

export class KnownNames {
  readonly entities: EntityRecord[] = [];
  readonly refs: NameRef[] = [];
  readonly matcher = new WordMatcher();
  /** Officials' entity indexes by surname key, to count who shares a surname. */
  readonly bySurname = new Map<string, number[]>();
  /** Keys of the officials' given names: a surname that is also one is no name to read alone ("Abbas"). */
  readonly givenNames = new Set<string>();
  /** How English uses surnames that are not distinctive (`Knowledge.surnameUse`). */
  readonly surnameUse: ReadonlyMap<string, SurnameUse>;
  /** Words that matter to the prefilter (first words, stems, office and signal words); set when the build ends. */
  words = new KeyTable();
  /** Scratch scans the sessions reuse (a session recognises one batch at a time). */
  readonly scan = new WordScan();
  readonly signalScan = new WordScan();
  /** Officials by the loose spelling of their names (`looseName`); made when a page first introduces someone. */
  private byLooseName: Map<string, number> | null = null;
  private readonly officialSpellings: Array<[entity: number, words: string[]]> = [];
  /** `namesFirst` by payload list (the knowledge's lists never change once built). */
  private readonly ordered = new Map<readonly number[], readonly number[]>();
  /** The build, resumable: it pauses after every few dozen entities (see `RecogniserBuild`). */
  readonly building: Generator<void, void, void>;

  constructor(
    knowledge: Knowledge,
    names: NameKeySource = compiledFits(knowledge) ? new CompiledNameKeys(knowledge.compiled) : new RecordingNameKeys(),
    inSteps = false,
  ) {
    this.surnameUse = new Map(Object.entries(knowledge.surnameUse ?? {}));
    this.building = this.build(knowledge, names);
    if (!inSteps) while (!this.building.next().done);
  }

  private *build(knowledge: Knowledge, names: NameKeySource): Generator<void, void, void> {
    let sinceYield = 0;
    for (const c of knowledge.countries) {
      const entity = this.entities.push({ id: `country:${c.code}`, kind: 'country', name: c.name, code: c.code, ...(c.territory ? { territory: true } : {}) }) - 1;
      for (const [group, surfaces] of Object.entries(c.names) as Array<[NameGroupKey, string[]]>) {
        const { form, inflection } = parseGroup(group);
        for (const surface of surfaces) this.addName(entity, surface, names.keysOf(surface), form, inflection);
        sinceYield += surfaces.length;
      }
      if (sinceYield >= BUILD_STEP_NAMES) {
        sinceYield = 0;
        yield;
      }
    }
    for (const o of knowledge.officials) {
      const entity = this.entities.push({ id: `official:${o.slug}`, kind: 'official', name: o.name, roles: o.roles }) - 1;
      const spellings = [o.name, ...o.aliases];
      spellings.forEach((spelling, i) => {
        const words = names.keysOf(spelling);
        if (words.length < 2) return;
        this.officialSpellings.push([entity, words]);
        this.addName(entity, spelling, words, i === 0 ? 'name' : 'alias', null);
        // "Recep Tayyip Erdoğan" is often "Tayyip Erdoğan" or "Recep Erdoğan".
        if (words.length >= 3) {
          const last = words[words.length - 1]!;
          this.addKeys(entity, [words[0]!, last], 'alias');
          this.addKeys(entity, [words[words.length - 2]!, last], 'alias');
        }
        const surname = surnameKey(words, spelling);
        if (surname !== words[0]) this.givenNames.add(words[0]!);
        if (!surname) return;
        this.addKeys(entity, [surname], 'surname');
        for (const other of surnameSpellings(surname)) {
          this.addKeys(entity, [...words.slice(0, -1), other], 'alias');
          this.addKeys(entity, [other], 'surname');
        }
      });
      sinceYield += spellings.length * 3;
      if (sinceYield >= BUILD_STEP_NAMES) {
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

  private addName(entity: number, surface: string, keys: string[], form: MentionForm, inflection: Inflection | null): void {
    const acronym = ACRONYM.test(surface);
    const ref = this.refs.push({ entity, form, acronym, dotted: acronym && surface.endsWith('.'), ascii: !/[^\x00-\x7f]/.test(surface) }) - 1;
    this.matcher.add(keys, ref, acronym ? null : inflection);
  }

  private addKeys(entity: number, keys: string[], form: MentionForm): void {
    const ref = this.refs.push({ entity, form, acronym: false, dotted: false, ascii: false }) - 1;
    this.matcher.add(keys, ref, null);
    if (form === 'surname') {
      const list = this.bySurname.get(keys[0]!) ?? [];
      if (!list.includes(entity)) list.push(entity);
      this.bySurname.set(keys[0]!, list);
    }
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
