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
