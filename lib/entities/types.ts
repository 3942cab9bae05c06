export type EntityKind = 'country' | 'official';

/** How a mention names its entity. */
export type MentionForm = 'name' | 'demonym' | 'alias' | 'surname';

/** One recognised mention, with offsets (UTF-16 code units) into the original text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** `country:<ISO 3166-1 alpha-2>` or `official:<slug>`. */
  id: string;
  /** Canonical name, e.g. `Serbia`, `Ivica Dačić`. */
  name: string;
  form: MentionForm;
}

/**
 * Recognition over one page. A page is fed block by block (a paragraph, a table cell,
 * a heading); the session keeps page-level context between calls: surnames resolve to
 * people named in full earlier on the page, officials introduced with an office are
 * remembered, and ambiguous names are decided with the rest of the page seen so far.
 */
export interface PageSession {
  /** Mentions per block, offsets relative to each block's own text. */
  recognise(blocks: readonly string[]): Mention[][];
}

/** Where an official's role comes from: the user's archive, the curated base, or the page being read. */
export type RoleOrigin = 'archive' | 'curated' | 'page';

/** One office held by an official, with the date it was last known to hold. */
export interface OfficialRole {
  /** E.g. `Foreign Minister`, `Ambassador to Montenegro`. */
  role: string;
  /** ISO 3166-1 alpha-2 of the country the office belongs to, or null when unknown. */
  country: string | null;
  /** ISO date (`YYYY-MM-DD`, or `YYYY` for year-only sources) the role is known to be held, or null. */
  asOf: string | null;
  origin: RoleOrigin;
  /** The archive article the role was learned from (origin `archive`). */
  articleId?: string;
  /** When the office was taken and left, where the curated source says (Wikidata start and end). */
  since?: string;
  until?: string;
  /** Curated roles mined from news headlines; a curated role without it is from Wikidata. */
  source?: 'headlines';
}

/**
 * How a name inflects in running text, so the matcher can accept case endings and
 * suffixes without listing every form: Turkic agglutination (Azərbaycanla), Slavic case
 * endings (Черногорией, Србије), English plurals of demonyms (Azerbaijanis).
 */
export type Inflection = 'turkic' | 'slavic' | 'plural';

/** Name forms grouped by form and inflection: `name`, `name:turkic`, `demonym:plural`, `alias`, … */
export type NameGroupKey = MentionForm | `${MentionForm}:${Inflection}`;
export type NameGroups = Partial<Record<NameGroupKey, string[]>>;

export interface CountryEntry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Canonical English short name, e.g. `Serbia`. */
  name: string;
  names: NameGroups;
  /** A dependent territory (Gibraltar, Hong Kong): searchable, never marked on a page as a country. */
  territory?: boolean;
}

export interface OfficialEntry {
  /** The id is `official:<slug>`. */
  slug: string;
  /** Canonical name, e.g. `Ivica Dačić`. */
  name: string;
  /** Other spellings seen or known (`Ivitsa Dacic`); folding already covers diacritics and Serbian Cyrillic. */
  aliases: string[];
  /** Newest first. */
  roles: OfficialRole[];
  /** Archive articles that name the person with an office. */
  articleIds: string[];
  wikidata?: string;
}

/**
 * Everything the recogniser needs, as plain JSON: built at index time, shipped to
 * content scripts. The recogniser builds its indexes from it.
 */
export interface Knowledge {
  format: 1;
  countries: CountryEntry[];
  officials: OfficialEntry[];
  /**
   * How English uses the officials' surnames that are not distinctive, by match key: `word`
   * for a common lower-case word ("bush"), `name` for a name many people bear ("brown").
   * Worked out at index time from word frequencies (the list is too big for a content
   * script); a surname missing here is distinctive and may stand alone on a page.
   */
  surnameUse?: Record<string, SurnameUse>;
  /**
   * The names' match keys, worked out at index time so that content scripts need not
   * tokenize and fold every name (`buildKnowledge` adds it; without it, or when it no longer
   * fits the names, the recogniser works the keys out itself).
   */
  compiled?: CompiledNames;
}

/** Match keys of every name of a `Knowledge`, in the order the recogniser reads its names. */
export interface CompiledNames {
  format: 1;
  /** How many names, and their total length: a check that the keys belong to these names. */
  names: number;
  chars: number;
  /** The distinct match keys, space-separated; a key's id is its position. */
  keys: string;
  /** Per name: its word count, then its words' key ids. */
  words: number[];
}

export type SurnameUse = 'word' | 'name';

/** The curated base of office-holders (assets/entities/officials.json). */
export interface CuratedOfficials {
  /** Where the data came from, and its licence. */
  source: string;
  officials: Array<{
    name: string;
    wikidata?: string;
    roles: Array<{
      role: string;
      country: string | null;
      asOf: string | null;
      /** When the office was taken, and left, where the source says (Wikidata start and end). */
      since?: string | null;
      until?: string | null;
      /** Which curated source: the Wikidata exports or the mined headlines. */
      source?: 'wikidata' | 'headlines';
      /** Mined roles: how many distinct headlines support it. */
      headlines?: number;
    }>;
  }>;
}

/** What a hover card shows about one entity. */
export interface EntityInfo {
  id: string;
  kind: EntityKind;
  name: string;
  /** Countries: ISO 3166-1 alpha-2 and flag emoji. */
  code?: string;
  flag?: string;
  /** Officials: roles newest first. */
  roles?: OfficialRole[];
  /**
   * Officials: whether the archive names them with an office (false for the curated base
   * and for people introduced on the page). Countries: null, the search index knows.
   */
  inArchive: boolean | null;
  articleIds?: string[];
}
