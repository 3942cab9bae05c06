/**
 * Which official a surname alone names ("Aliyev", "Mr Lammy"), if the text makes it safe
 * to say: the rules for bare surnames live here, apart from the session's walk.
 */
import type { Chosen, EntityRecord, KnownNames, NameRef } from './known-names.ts';
import type { RecognitionMode } from './mode.ts';
import type { PagePeople } from './page-people.ts';
import type { TokenList } from './tokens.ts';
import { HONORIFICS, OFFICE_HEADS } from './vocabulary.ts';

/** What the page has told so far. */
export interface SurnameContext {
  known: KnownNames;
  people: PagePeople;
  /** Ids of the officials the page has named in full so far. */
  named: ReadonlySet<string>;
  mode: RecognitionMode;
}

/**
 * A surname alone (word `at`, matched as the surname of `refs`) is the person named in full
 * earlier on the page; with nobody named, it counts after a courtesy title or an office
 * ("Mr Lammy", "President Aliyev") when only one known person has that surname. Two
 * candidates leave it unresolved.
 */
export function resolveSurname({ known, people, named, mode }: SurnameContext, refs: readonly NameRef[], tokens: TokenList, at: number): Chosen | null {
  const key = tokens.at(at).key;
  const candidates = [...new Set(refs.map((r) => r.entity))];
  const earlier: EntityRecord[] = candidates.map((e) => known.entities[e]!).filter((e) => named.has(e.id));
  earlier.push(...people.namedWithSurname(key, named));
  if (earlier.length === 1) return { record: earlier[0]!, form: 'surname', dotted: false };
  if (earlier.length > 1) return null;
  const everyone = known.bySurname.get(key) ?? [];
  if (everyone.length !== 1) return null;
  const prev = tokens.get(at - 1);
  const titled = prev !== undefined && /^\.?[ \u00a0]+$/.test(tokens.at(at).gapBefore) && (HONORIFICS.has(prev.key) || OFFICE_HEADS.has(prev.key));
  if (!titled && !mode.bareSurnames) return null;
  return { record: known.entities[everyone[0]!]!, form: 'surname', dotted: false };
}
