/**
 * How much of a page can be saved: the `saveArticle` message's schema
 * (lib/messages/background-protocol.ts) refuses more, and the extraction
 * (body-paragraphs.ts) cuts a longer page to fit, and says so.
 */
export const SAVED_LIMITS = {
  titleChars: 500,
  sourceChars: 200,
  urlChars: 2_000,
  paragraphs: 5_000,
  paragraphChars: 50_000,
  /** All paragraphs together: a long Wikipedia article is about 150,000. */
  bodyChars: 2_000_000,
} as const;
