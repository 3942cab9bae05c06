/**
 * One file of an import, read by what it is: a Dossier export (.jsonl whose first line is
 * the export's metadata), an archive built by `dossier build-index` (.json with its index),
 * a saved web page (.html), or corpus articles (.txt, .json, .jsonl: the CLI's parser).
 */
import * as v from 'valibot';
import type { Article, ParseError } from '../corpus/article.ts';
import { corpusFileKind, decodeCorpusBytes, parseCorpusFile } from '../corpus/index.ts';
import type { OfficialEntry } from '../entities/types.ts';
import { archiveArticleSchema } from '../messages/answers.ts';
import { ArchiveFormatError, assertArchiveFile } from '../search/archive.ts';
import type { ArchiveArticle } from '../search/archive-types.ts';
import { readExportHeader, readExportLine, type ExportHeader } from './export-format.ts';
import { isHtmlFile } from './file-kinds.ts';
import { parseHtmlFile } from './html-article.ts';
import { learnedOfficials } from './learn.ts';

export type FileRead =
  /** Articles still to be annotated (their entities found) and learned from. */
  | { kind: 'articles'; articles: Article[]; errors: ParseError[] }
  /** A build-index archive: articles with their entities, and what its knowledge learned. */
  | { kind: 'archive'; articles: ArchiveArticle[]; learned: OfficialEntry[]; errors: ParseError[] }
  /** A Dossier export: articles by source, restored as they were. */
  | { kind: 'export'; header: ExportHeader; articles: Array<{ article: ArchiveArticle; sourceId: string }>; errors: ParseError[] };

export function readImportFile(name: string, bytes: Uint8Array): FileRead {
  if (isHtmlFile(name)) return { kind: 'articles', ...parseHtmlFile(name, bytes) };
  const kind = corpusFileKind(name);
  if (kind === 'jsonl') {
    const header = exportHeaderOf(bytes);
    if (header) return readExport(name, bytes, header);
  }
  if (kind === 'json' && looksLikeArchive(bytes)) {
    const archive = readArchive(name, bytes);
    if (archive) return archive;
  }
  return { kind: 'articles', ...parseCorpusFile(name, bytes) };
}

function exportHeaderOf(bytes: Uint8Array): ExportHeader | null {
  const end = bytes.indexOf(0x0a);
  const first = new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
  return first.includes('"dossier"') ? readExportHeader(first) : null;
}

function readExport(file: string, bytes: Uint8Array, header: ExportHeader): FileRead {
  const articles: Array<{ article: ArchiveArticle; sourceId: string }> = [];
  const errors: ParseError[] = [];
  const lines = new TextDecoder().decode(bytes).split('\n');
  lines.forEach((line, i) => {
    if (i === 0 || !line.trim()) return;
    const read = readExportLine(line);
    if (read.ok) articles.push({ article: read.article, sourceId: read.sourceId });
    else errors.push({ file, line: i + 1, message: read.message });
  });
  return { kind: 'export', header, articles, errors };
}

/** An archive file starts with its format (lib/search/build-archive.ts writes it so); an article list does not. */
function looksLikeArchive(bytes: Uint8Array): boolean {
  return /^\s*\{\s*"format"\s*:/.test(new TextDecoder().decode(bytes.subarray(0, 64)));
}

function readArchive(file: string, bytes: Uint8Array): FileRead | null {
  const decoded = decodeCorpusBytes(bytes);
  if (!decoded.ok) return null;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
    assertArchiveFile(value);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof ArchiveFormatError) return null;
    throw error;
  }
  const articles: ArchiveArticle[] = [];
  const errors: ParseError[] = [];
  if (!Array.isArray(value.articles)) {
    // A bundle's archive.json (lib/search/bundle-files.ts): its records are columns and its texts in files beside it,
    // so it holds no article whole (its records never passed the check below either).
    errors.push({ file, line: null, message: "an extension bundle's archive.json, whose article texts are in files of their own: import the archive file of `dossier build-index` instead" });
    return { kind: 'archive', articles, learned: learnedOfficials(value.knowledge), errors };
  }
  value.articles.forEach((raw: unknown, i) => {
    const parsed = v.safeParse(archiveArticleSchema, raw);
    if (parsed.success) articles.push(parsed.output);
    else errors.push({ file, line: null, message: `article ${i + 1}: not an archive article (${v.summarize(parsed.issues).split('\n')[0]})` });
  });
  return { kind: 'archive', articles, learned: learnedOfficials(value.knowledge), errors };
}
