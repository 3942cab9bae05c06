import { expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpusFile, type Article, type ParseResult } from '../../../lib/corpus/index.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const seedDir = path.join(projectRoot, 'assets/corpus');
/** Third-party data beside the project (../shared); tests that need it skip when it is absent. */
export const corporaDir = path.join(projectRoot, '../shared/data/corpora');
export const haveCorpora = existsSync(corporaDir);

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function parseText(name: string, text: string): ParseResult {
  return parseCorpusFile(name, bytes(text));
}

/** The one article a text is expected to give, failing loudly when it gives none. */
export function onlyArticle(result: ParseResult): Article {
  expect(result.errors).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

export function seedBytes(file: string): Uint8Array {
  return readFileSync(path.join(seedDir, file));
}
