/**
 * People the page introduced with an office whom the knowledge does not know ("Foreign
 * Minister Jeyhun Bayramov" on a page the archive never saw): matched for the rest of the
 * page in full and by surname, and listed for their hover cards. Also the other names the
 * page gives an official ("Mahmoud Abbas, also known as Abu Mazen", aliases.ts).
 */
import type { OfficialRole } from '../types.ts';
import { KeyTable } from './key-table.ts';
import type { Chosen, EntityRecord } from './known-names.ts';
import { type Hit, WordMatcher } from './matcher.ts';
import { slugify } from '../normalise.ts';
import type { Token, TokenList } from './tokens.ts';
import { FIRST_WORD } from './word-table.ts';

/** An official the page introduced with an office and the knowledge does not know. */
export interface PageOfficial {
  id: string;
  name: string;
  roles: OfficialRole[];
}

interface PagePerson {
  record: EntityRecord;
  /** Null for an official the knowledge knows, here for an alias the page gave them. */
  official: PageOfficial | null;
}

/** Payloads per person: `3n` their full name, `3n + 1` their surname, `3n + 2` an alias. */
const FULL = 0;
const SURNAME = 1;
const ALIAS = 2;

const NO_HITS: readonly Hit[] = [];

export class PagePeople {
  /** Payloads as FULL, SURNAME, ALIAS say; made for the first person (most sessions, and every query, have none). */
  private matcher: WordMatcher | null = null;
  private readonly people: PagePerson[] = [];
  /** People's indexes by id. */
  private readonly byId = new Map<string, number>();
  private readonly bySurname = new Map<string, number[]>();
  /** First words (and surnames) of the people, for the prefilter; null until someone is introduced. */
  first: KeyTable | null = null;

  officials(): PageOfficial[] {
    const out: PageOfficial[] = [];
    for (const p of this.people) if (p.official) out.push(p.official);
    return out;
  }

  /** Adds a person (once per name) and their role; returns their record. */
  introduce(name: string, words: Token[], role: string, country: string | null): EntityRecord {
    const id = `official:${slugify(name)}`;
    let index = this.byId.get(id);
    let official = index === undefined ? null : this.people[index]!.official;
    if (index === undefined || !official) {
      const record: EntityRecord = { id, kind: 'official', name };
      official = { id, name, roles: [] };
      index = this.add({ record, official });
      this.addName(words, index, FULL);
      this.addName(words.slice(-1), index, SURNAME);
      const surname = words[words.length - 1]!.key;
      this.bySurname.set(surname, [...(this.bySurname.get(surname) ?? []), index]);
    }
    if (!official.roles.some((r) => r.role === role)) official.roles.push({ role, country, asOf: null, origin: 'page' });
    return this.people[index]!.record;
  }

  /** Another name of an official (known or the page's), matched for the rest of the page. */
  addAlias(record: EntityRecord, words: readonly Token[]): void {
    this.addName(words, this.byId.get(record.id) ?? this.add({ record, official: null }), ALIAS);
  }

  private add(person: PagePerson): number {
    const index = this.people.push(person) - 1;
    this.byId.set(person.record.id, index);
    return index;
  }

  private addName(words: readonly Token[], index: number, kind: number): void {
    (this.matcher ??= new WordMatcher()).add(words.map((w) => w.key), index * 3 + kind, null);
    (this.first ??= new KeyTable()).add(words[0]!.key, FIRST_WORD);
  }

  /** May one of the people start at word `i`? */
  mayStart(tokens: TokenList, i: number): boolean {
    return this.first !== null && tokens.keyFlags(i, this.first) !== 0;
  }

  /** The people's names starting at word `i`, longest first. */
  hitsAt(tokens: TokenList, i: number, anyCase: boolean): readonly Hit[] {
    return this.matcher === null ? NO_HITS : this.matcher.matchAt(tokens, i, anyCase);
  }

  /** A full name is its person; a surname is, when only one of the people bears it. */
  accept(hit: Hit, tokens: TokenList, anyCase: boolean): Chosen | null {
    if (!anyCase && !(tokens.at(hit.start).capital && tokens.at(hit.end - 1).capital)) return null;
    const full = hit.payloads.find((p) => p % 3 !== SURNAME);
    if (full !== undefined) return { record: this.people[Math.floor(full / 3)]!.record, form: full % 3 === FULL ? 'name' : 'alias', dotted: false };
    const people = hit.payloads.map((p) => this.people[Math.floor(p / 3)]!);
    return people.length === 1 ? { record: people[0]!.record, form: 'surname', dotted: false } : null;
  }

  /** The people with surname `key` whose full name the page has used (ids in `named`). */
  namedWithSurname(key: string, named: ReadonlySet<string>): EntityRecord[] {
    const out: EntityRecord[] = [];
    for (const p of this.bySurname.get(key) ?? []) if (named.has(this.people[p]!.record.id)) out.push(this.people[p]!.record);
    return out;
  }
}
