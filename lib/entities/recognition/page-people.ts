/**
 * People the page introduced with an office whom the knowledge does not know ("Foreign
 * Minister Jeyhun Bayramov" on a page the archive never saw): matched for the rest of the
 * page in full and by surname, and listed for their hover cards.
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
  official: PageOfficial;
}

const NO_HITS: readonly Hit[] = [];

export class PagePeople {
  /** Payload `2n` is person n's full name, `2n + 1` their surname; made for the first person (most sessions, and every query, have none). */
  private matcher: WordMatcher | null = null;
  private readonly people: PagePerson[] = [];
  private readonly byId = new Map<string, PagePerson>();
  private readonly bySurname = new Map<string, number[]>();
  /** First words (and surnames) of the people, for the prefilter; null until someone is introduced. */
  first: KeyTable | null = null;

  officials(): PageOfficial[] {
    return this.people.map((p) => p.official);
  }

  /** Adds a person (once per name) and their role; returns their record. */
  introduce(name: string, words: Token[], role: string, country: string | null): EntityRecord {
    const id = `official:${slugify(name)}`;
    let person = this.byId.get(id);
    if (!person) {
      const record: EntityRecord = { id, kind: 'official', name };
      person = { record, official: { id, name, roles: [] } };
      this.byId.set(id, person);
      const index = this.people.push(person) - 1;
      const matcher = (this.matcher ??= new WordMatcher());
      matcher.add(words.map((w) => w.key), index * 2, null);
      const surname = words[words.length - 1]!.key;
      matcher.add([surname], index * 2 + 1, null);
      this.bySurname.set(surname, [...(this.bySurname.get(surname) ?? []), index]);
      this.first ??= new KeyTable();
      this.first.add(words[0]!.key, FIRST_WORD);
      this.first.add(surname, FIRST_WORD);
    }
    if (!person.official.roles.some((r) => r.role === role)) person.official.roles.push({ role, country, asOf: null, origin: 'page' });
    return person.record;
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
    const full = hit.payloads.filter((p) => p % 2 === 0);
    if (full.length > 0) return { record: this.people[full[0]! / 2]!.record, form: 'name', dotted: false };
    const people = hit.payloads.map((p) => this.people[(p - 1) / 2]!);
    return people.length === 1 ? { record: people[0]!.record, form: 'surname', dotted: false } : null;
  }

  /** The people with surname `key` whose full name the page has used (ids in `named`). */
  namedWithSurname(key: string, named: ReadonlySet<string>): EntityRecord[] {
    const out: EntityRecord[] = [];
    for (const p of this.bySurname.get(key) ?? []) if (named.has(this.people[p]!.record.id)) out.push(this.people[p]!.record);
    return out;
  }
}
