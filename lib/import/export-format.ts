/**
 * The export file's shape (archive-store/export.ts writes it) and how a line of it is read
 * back, checked field by field: an export is a file the user may have edited.
 */
import * as v from 'valibot';
import { archiveArticleSchema } from '../messages/answers.ts';
import { knowledgeSchema } from '../search/knowledge-schema.ts';
import type { OfficialEntry } from '../entities/types.ts';
import type { ArchiveArticle } from '../search/archive-types.ts';

export const EXPORT_KIND = 'dossier-user-archive';
export const EXPORT_FORMAT = 1;

export interface ExportHeader {
  dossier: typeof EXPORT_KIND;
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  articleCount: number;
  sources: SourceRecord[];
  learned: Record<string, OfficialEntry[]>;
}

/** One import batch or the saved pages, as the store keeps it (archive-store/schema.ts) and exports it. */
const sourceRecord = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(['import', 'saved']),
  label: v.string(),
  /** ISO timestamp of the first commit. */
  createdAt: v.string(),
  articleCount: v.number(),
  /** Earliest and latest article dates, or null when none is dated. */
  dateRange: v.nullable(v.tuple([v.string(), v.string()])),
  errorCount: v.number(),
  /** The first problems met while reading the batch. */
  errors: v.array(v.object({ file: v.string(), line: v.nullable(v.number()), message: v.string() })),
});
export type SourceRecord = v.InferOutput<typeof sourceRecord>;
export type SourceKind = SourceRecord['kind'];

const headerSchema = v.object({
  dossier: v.literal(EXPORT_KIND),
  format: v.literal(EXPORT_FORMAT),
  exportedAt: v.string(),
  articleCount: v.number(),
  sources: v.array(sourceRecord),
  learned: v.record(v.string(), knowledgeSchema.entries.officials),
});

/** The header when `line` is an export's first line, else null (any other JSONL file). */
export function readExportHeader(line: string): ExportHeader | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = v.safeParse(headerSchema, value);
  return parsed.success ? parsed.output : null;
}

/** An exported article: the fields compact articles leave out when empty (archive-store/compact.ts) default to empty. */
const fields = archiveArticleSchema.entries;
const exportedLine = v.object({
  ...fields,
  titleDerived: v.optional(fields.titleDerived, false),
  date: v.optional(fields.date, null),
  time: v.optional(fields.time, null),
  timeZone: v.optional(fields.timeZone, null),
  source: v.optional(fields.source, null),
  author: v.optional(fields.author, null),
  section: v.optional(fields.section, null),
  altTitles: v.optional(fields.altTitles, () => []),
  url: v.optional(fields.url, null),
  body: v.optional(fields.body, () => []),
  sidebar: v.optional(fields.sidebar, () => []),
  entities: v.optional(fields.entities, () => []),
  sourceId: v.pipe(v.string(), v.minLength(1)),
});

export type ExportLine = { ok: true; article: ArchiveArticle; sourceId: string } | { ok: false; message: string };

export function readExportLine(line: string): ExportLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, message: `invalid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = v.safeParse(exportedLine, value);
  if (!parsed.success) return { ok: false, message: `not an exported article (${v.summarize(parsed.issues).split('\n')[0]})` };
  const { sourceId, ...article } = parsed.output;
  return { ok: true, article, sourceId };
}
