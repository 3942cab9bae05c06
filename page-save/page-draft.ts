import * as v from 'valibot';
import { SAVED_LIMITS } from '../lib/saved-page/limits.ts';
import { DATE_ORIGINS } from '../lib/saved-page/publication-date.ts';

/**
 * What the extraction (extract-in-page.ts) found on a page, before the user checks it.
 * It comes back from a script that ran in the page, so it is validated like any message.
 */
export const pageDraftSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(SAVED_LIMITS.urlChars)),
  title: v.pipe(v.string(), v.maxLength(SAVED_LIMITS.titleChars)),
  date: v.nullable(
    v.object({
      date: v.pipe(v.string(), v.isoDate()),
      time: v.nullable(v.string()),
      timeZone: v.nullable(v.string()),
      from: v.picklist(DATE_ORIGINS),
    }),
  ),
  source: v.pipe(v.string(), v.maxLength(SAVED_LIMITS.sourceChars)),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)),
  body: v.pipe(v.array(v.pipe(v.string(), v.maxLength(SAVED_LIMITS.paragraphChars))), v.maxLength(SAVED_LIMITS.paragraphs)),
  truncated: v.boolean(),
});

export type PageDraft = v.InferOutput<typeof pageDraftSchema>;
