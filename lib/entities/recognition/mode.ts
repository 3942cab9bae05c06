/**
 * How a page and a search query are read differently. A session holds one of these two
 * objects and asks it, instead of testing "is this a query" wherever the rules differ.
 */
export interface RecognitionMode {
  /**
   * Lower-case words may name an entity. People type queries in lower case ("черногория",
   * "monteneqro"); on a page, case is evidence (the porcelain "china", the bird "turkey"),
   * so only capitalised words start a name and the prefilter may skip blocks without one.
   */
  readonly anyCase: boolean;
  /**
   * An acronym's country form counts as typed ("uae", "drc"), except "us", the pronoun. On a
   * page the ambiguity policy decides (capitals only, not inside a shouted all-caps run).
   */
  readonly acronymsAsTyped: boolean;
  /**
   * A known surname alone counts when only one known person bears it, with no title before
   * it ("đurić energy"). On a page it needs a title ("Mr Lammy"), or a distinctive surname
   * and a text that makes it safe (surnames.ts).
   */
  readonly bareSurnames: boolean;
}

export const PAGE_MODE: RecognitionMode = { anyCase: false, acronymsAsTyped: false, bareSurnames: false };

export const QUERY_MODE: RecognitionMode = { anyCase: true, acronymsAsTyped: true, bareSurnames: true };
