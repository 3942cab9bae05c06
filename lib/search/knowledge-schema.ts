import * as v from 'valibot';
import type { Knowledge } from '../entities/types.ts';

/**
 * The shape of the entity knowledge an archive carries (`Knowledge`, lib/entities/types.ts),
 * checked once where an archive is loaded (lib/search/archive.ts), so that every reader of
 * `ArchiveFile.knowledge` and of the `getKnowledge` answer gets a typed value, never a cast.
 *
 * The type itself stays with its producer, lib/entities; `SAME_AS_KNOWLEDGE` below fails to
 * compile when this schema and that type drift apart in either direction.
 */

const FORMS = ['name', 'demonym', 'alias', 'surname'] as const;
const INFLECTIONS = ['turkic', 'slavic', 'plural'] as const;
const NAME_GROUP_KEYS = [...FORMS, ...FORMS.flatMap((form) => INFLECTIONS.map((inflection) => `${form}:${inflection}` as const))];

export const officialRoleSchema = v.object({
  role: v.string(),
  country: v.nullable(v.string()),
  asOf: v.nullable(v.string()),
  origin: v.picklist(['archive', 'curated', 'page']),
  articleId: v.optional(v.string()),
});

const countryEntry = v.object({
  code: v.string(),
  name: v.string(),
  names: v.record(v.picklist(NAME_GROUP_KEYS), v.array(v.string())),
  territory: v.optional(v.boolean()),
});

const officialEntry = v.object({
  slug: v.string(),
  name: v.string(),
  aliases: v.array(v.string()),
  roles: v.array(officialRoleSchema),
  articleIds: v.array(v.string()),
  wikidata: v.optional(v.string()),
});

const compiledNames = v.object({
  format: v.literal(1),
  names: v.number(),
  chars: v.number(),
  keys: v.string(),
  words: v.array(v.number()),
});

export const knowledgeSchema = v.object({
  format: v.literal(1),
  countries: v.array(countryEntry),
  officials: v.array(officialEntry),
  surnameUse: v.optional(v.record(v.string(), v.picklist(['word', 'name']))),
  compiled: v.optional(compiledNames),
});

/** `true` only when A and B are the same type; a schema checked against its producer's type uses it. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A compile-time check (no runtime use): the schema's output is exactly `Knowledge`. */
export const SAME_AS_KNOWLEDGE: Same<v.InferOutput<typeof knowledgeSchema>, Knowledge> = true;

/** True when `value` has the knowledge's shape; the value itself is kept (no copy of ~300 KB). */
export function isKnowledge(value: unknown): value is Knowledge {
  return v.is(knowledgeSchema, value);
}

/** Where a value first departs from the knowledge's shape, for an error message. */
export function knowledgeProblem(value: unknown): string | null {
  const result = v.safeParse(knowledgeSchema, value, { abortEarly: true });
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `at ${path}: ` : ''}${issue.message}`;
}
