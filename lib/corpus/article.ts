/** One archive article, as parsed from a corpus file (text, JSON or JSONL). */
export interface Article {
  /** Stable id. For files it contains the file's name stem, e.g. `000_9bc284ab3f6946f2`. */
  id: string;
  title: string;
  /** True when the file gave no title and the parser derived one from the body. */
  titleDerived: boolean;
  /** ISO date `YYYY-MM-DD`, or null when the text gives none. Never invented. */
  date: string | null;
  /** `HH:MM` (24 h) where given. */
  time: string | null;
  /** E.g. `UTC+04:00` where given. */
  timeZone: string | null;
  /** Publisher or agency, e.g. `Report`, `Azernews`, `president.az`. */
  source: string | null;
  author: string | null;
  /** Section label such as `Foreign policy` or `Politics`. */
  section: string | null;
  /** BCP 47 language of the main text, e.g. `en`. */
  lang: string;
  /** The same headline in other languages, e.g. Azerbaijani and Russian. */
  altTitles: AltTitle[];
  url: string | null;
  /** Body paragraphs with boilerplate removed. */
  body: string[];
  /**
   * Unrelated items scraped from the page's sidebar ("latest news" tails). Kept apart
   * from the body so no text is lost, but never indexed or shown as the article.
   */
  sidebar: string[];
  /** Corpus file the article came from (name only, never a machine path). */
  file: string;
}

export interface AltTitle {
  lang: string;
  title: string;
}

/** A problem with one article or one line of a corpus file. Parsing never throws. */
export interface ParseError {
  file: string;
  /** 1-based line number where it applies (JSONL line, or the text line), else null. */
  line: number | null;
  message: string;
}

export interface ParseResult {
  articles: Article[];
  errors: ParseError[];
}
