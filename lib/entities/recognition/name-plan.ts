/**
 * The knowledge's names listed the way the matcher takes them (known-names.ts): one record
 * per entity, one `PlannedName` per way of naming it (its words' match keys, in the order
 * the matcher adds them), officials by surname, the officials' given names and spellings.
 * Made once per knowledge, in steps if asked. The whole matcher adds every planned name; a
 * search query's matcher only the names its words can reach (query-reach.ts), so a query
 * at a woken worker need not wait for the whole matcher.
 */
import type { EntityKind, Inflection, Knowledge, MentionForm, NameGroupKey, OfficialRole, SurnameUse } from '../types.ts';
import { CompiledNameKeys, compiledFits, type NameKeySource, RecordingNameKeys } from './name-keys.ts';
import { wordStart } from './query-reach.ts';

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

/**
 * A name as the matcher takes it: whose, which form, its words' keys, how its group's words
 * inflect (null: not at all), and its surface as written (null for the keys made from other
 * names: "Tayyip Erdoğan", a surname alone). What the surface tells (acronym, ASCII) is read
 * only for the names a matcher takes (`plannedRef`): a query's takes a few.
 */
export interface PlannedName {
  entity: number;
  form: MentionForm;
  keys: readonly string[];
  inflection: Inflection | null;
  surface: string | null;
}

/** The ref of a planned name, and how its words inflect: an acronym's do not ("US" is no stem). */
export function plannedRef(name: PlannedName): { ref: NameRef; inflection: Inflection | null } {
  const { entity, form, surface } = name;
  if (surface === null) return { ref: { entity, form, acronym: false, dotted: false, ascii: false }, inflection: name.inflection };
  const acronym = ACRONYM.test(surface);
  return {
    ref: { entity, form, acronym, dotted: acronym && surface.endsWith('.'), ascii: !/[^\x00-\x7f]/.test(surface) },
    inflection: acronym ? null : name.inflection,
  };
}

function parseGroup(key: string): { form: MentionForm; inflection: Inflection | null } {
  const [form, inflection] = key.split(':') as [MentionForm, Inflection | undefined];
  return { form, inflection: inflection ?? null };
}

/** Name forms planned per build step: a step is about a millisecond (a full build is 30–90 ms). */
export const BUILD_STEP_NAMES = 150;
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

export class NamePlan {
  readonly entities: EntityRecord[] = [];
  readonly names: PlannedName[] = [];
  /** Officials' entity indexes by surname key, to count who shares a surname. */
  readonly bySurname = new Map<string, number[]>();
  /** Keys of the officials' given names: a surname that is also one is no name to read alone ("Abbas"). */
  readonly givenNames = new Set<string>();
  /** How English uses surnames that are not distinctive (`Knowledge.surnameUse`). */
  readonly surnameUse: ReadonlyMap<string, SurnameUse>;
  /** Every official's spellings of two words or more, as keys (for `KnownNames.officialSpelledLike`). */
  readonly officialSpellings: Array<[entity: number, words: string[]]> = [];
  /** The plan, resumable: it pauses after every few dozen entities (see `RecogniserBuild`). */
  readonly building: Generator<void, void, void>;
  private finished = false;

  constructor(
    knowledge: Knowledge,
    names: NameKeySource = compiledFits(knowledge) ? new CompiledNameKeys(knowledge.compiled) : new RecordingNameKeys(),
    inSteps = false,
  ) {
    this.surnameUse = new Map(Object.entries(knowledge.surnameUse ?? {}));
    this.building = this.build(knowledge, names);
    if (!inSteps) while (!this.building.next().done);
  }

  /** Plan indexes of the names with a word of each start (`wordStart`); made when a query first asks. */
  private byStart: Map<number, number[]> | null = null;

  /** Whether every name is planned (a plan made in steps may still be under way). */
  get done(): boolean {
    return this.finished;
  }

  /** The names with a word of one of these starts, in plan order: every name a query may reach, without looking at the thousands it cannot. */
  namesWithWordsStarting(starts: Iterable<number>): PlannedName[] {
    const byStart = (this.byStart ??= this.indexByStart());
    const indexes = new Set<number>();
    for (const start of starts) for (const i of byStart.get(start) ?? []) indexes.add(i);
    return [...indexes].sort((a, b) => a - b).map((i) => this.names[i]!);
  }

  private indexByStart(): Map<number, number[]> {
    const byStart = new Map<number, number[]>();
    this.names.forEach(({ keys }, i) => {
      for (const key of keys) {
        const start = wordStart(key);
        const list = byStart.get(start);
        if (list === undefined) byStart.set(start, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return byStart;
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
    this.finished = true;
  }

  private addName(entity: number, surface: string, keys: string[], form: MentionForm, inflection: Inflection | null): void {
    this.names.push({ entity, form, keys, inflection, surface });
  }

  private addKeys(entity: number, keys: string[], form: MentionForm): void {
    this.names.push({ entity, form, keys, inflection: null, surface: null });
    if (form === 'surname') {
      const list = this.bySurname.get(keys[0]!) ?? [];
      if (!list.includes(entity)) list.push(entity);
      this.bySurname.set(keys[0]!, list);
    }
  }
}
