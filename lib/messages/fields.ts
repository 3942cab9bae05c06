import * as v from 'valibot';

/** `country:<ISO code>` or `official:<slug>`, as lib/entities names entities. */
export const entityIdSchema = v.pipe(v.string(), v.maxLength(200), v.regex(/^(country|official):[\p{L}\p{N}_.-]+$/u, 'expected an entity id'));

export const isoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'));

export const entityKindSchema = v.picklist(['country', 'official']);
