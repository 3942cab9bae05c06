/**
 * The archive as the extension bundles it: `archive.json` with every article's record but
 * none of its text (column by column, lib/search/compact-articles.ts), and the texts (body,
 * sidebar) in files of TEXT_CHUNK_BYTES or so under `archive-texts/`, each read the first
 * time one of its articles is shown. A wake then parses the records and the index only (bench:archive; the BBC set's texts were most of
 * its archive file). The CLI's archive file keeps its texts inline (lib/search/archive.ts
 * reads both).
 */
import type { ArchiveArticle, ArchiveFile, ArticleText, StoredArchiveFile } from './archive-types.ts';
import type { ReadTexts } from './article-texts.ts';
import { encodeArticles } from './compact-articles.ts';
import { metaOf } from './stored-article.ts';

/**
 * About 32 kB of JSON per text file: a page of 20 results then reads at most 20 small files
 * (about 10 BBC articles each) instead of all texts; larger files cost the first search more
 * parsing, smaller ones more files (100,000 BBC-sized articles make about 6,000).
 */
export const TEXT_CHUNK_BYTES = 32 * 1024;

/** A text file's path, relative to the folder of `archive.json`. */
export function textChunkPath(chunk: number): string {
  return `archive-texts/${chunk}.json`;
}

/** One text file: the texts of its articles by id. */
export type TextChunk = Record<string, ArticleText>;

export interface BundleFiles {
  archive: StoredArchiveFile;
  chunks: TextChunk[];
}

/** Splits an archive into its bundle files: articles keep their order, texts fill files of about `chunkBytes` in that order. */
export function bundleFiles(archive: ArchiveFile, chunkBytes = TEXT_CHUNK_BYTES): BundleFiles {
  const chunks: TextChunk[] = [];
  let current: TextChunk = {};
  let bytes = 0;
  const chunkOfArticle = archive.articles.map((article: ArchiveArticle) => {
    if (article.body.length === 0 && article.sidebar.length === 0) return null;
    const text: ArticleText = { body: article.body, sidebar: article.sidebar };
    if (bytes >= chunkBytes) {
      chunks.push(current);
      current = {};
      bytes = 0;
    }
    current[article.id] = text;
    bytes += JSON.stringify(text).length;
    return chunks.length;
  });
  if (bytes > 0) chunks.push(current);
  const articles = encodeArticles(archive.articles.map(metaOf), chunkOfArticle);
  return { archive: { ...archive, articles, textChunks: chunks.length }, chunks };
}

/** Reads one text file, parsed (not yet checked). */
export type ReadTextChunk = (chunk: number) => Promise<unknown>;

function isText(value: unknown): value is ArticleText {
  const isLines = (lines: unknown): boolean => Array.isArray(lines) && lines.every((line) => typeof line === 'string');
  return typeof value === 'object' && value !== null && 'body' in value && isLines(value.body) && 'sidebar' in value && isLines(value.sidebar);
}

/**
 * The texts of a bundle's articles, each file read once and kept (its promise: concurrent
 * answers share one read; a failed read is forgotten, so the next answer tries again).
 */
export function chunkedTexts(chunkOf: (id: string) => number | undefined, readChunk: ReadTextChunk): ReadTexts {
  const files = new Map<number, Promise<unknown>>();
  const file = (chunk: number): Promise<unknown> => {
    let reading = files.get(chunk);
    if (!reading) {
      reading = readChunk(chunk);
      files.set(chunk, reading);
      reading.catch(() => files.delete(chunk));
    }
    return reading;
  };
  return async (ids) => {
    const texts = new Map<string, ArticleText>();
    await Promise.all(
      ids.map(async (id) => {
        const chunk = chunkOf(id);
        if (chunk === undefined) return;
        const content = await file(chunk);
        const text: unknown = typeof content === 'object' && content !== null ? Object.getOwnPropertyDescriptor(content, id)?.value : undefined;
        if (!isText(text)) throw new Error(`the archive's text file ${textChunkPath(chunk)} has no text for article ${id}`);
        texts.set(id, text);
      }),
    );
    return texts;
  };
}
