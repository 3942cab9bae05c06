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
