/** Corpus file names: which parser a file needs and the stem its article ids start with. */

export type CorpusFileKind = 'text' | 'json' | 'jsonl';

const KINDS: Readonly<Record<string, CorpusFileKind>> = { txt: 'text', json: 'json', jsonl: 'jsonl' };

/** The parser a file name calls for (by extension, any case), or null for other files. */
export function corpusFileKind(fileName: string): CorpusFileKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= fileName.lastIndexOf('/')) return null;
  return KINDS[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * The name without its extension, with `/` separators. Folders are kept (a corpus folder
 * may hold `a/headlines.jsonl` and `b/headlines.jsonl`, whose ids must not collide).
 */
export function fileStem(fileName: string): string {
  const name = fileName.replace(/\\/g, '/');
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') + 1 ? name.slice(0, dot) : name;
}

/**
 * Notes that sit next to data in corpus folders (bbc-2004/SOURCE.txt) are not articles.
 * Skipped only in folder walks (the CLI's and the archive page's); a file named explicitly
 * is always parsed.
 */
export function isNoteFile(baseName: string): boolean {
  return /^(?:readme|licen[cs]e|source|copying|notice|changelog|authors)(?:\.[a-z]+)?$/i.test(baseName);
}
