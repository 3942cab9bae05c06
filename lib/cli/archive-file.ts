import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadArchive, serializeArchive, type LoadedArchive } from '../search/archive.ts';
import type { ArchiveFile } from '../search/archive-types.ts';
import { bundleFiles, textChunkPath } from '../search/bundle-files.ts';
import { knowledgeFileOf } from '../search/knowledge-file.ts';
import { CliError } from './command.ts';

/** The archive bundled with the extension (the public dir WXT copies into the build). */
export const DEFAULT_ARCHIVE = 'assets/public/archive.json';
/** Its entity knowledge, bundled as a file of its own (lib/search/knowledge-file.ts). */
export const DEFAULT_KNOWLEDGE = 'assets/public/archive-knowledge.json';
export const DEFAULT_CORPUS = 'assets/corpus';

export async function readArchiveFile(file: string, cwd: string): Promise<LoadedArchive> {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch {
    throw new CliError(
      file === DEFAULT_ARCHIVE
        ? `no archive at ${file}: run "npm run -s dossier -- build-index" first`
        : `cannot read archive ${file}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not a Dossier archive (invalid JSON)`);
  }
  try {
    // A bundle's archive (writeBundleArchive) has its texts in files beside it: the CLI reads them all.
    const readChunk = async (chunk: number): Promise<unknown> => JSON.parse(await readFile(path.join(path.dirname(full), textChunkPath(chunk)), 'utf8'));
    const archive = loadArchive(json, readChunk);
    await archive.texts.load(archive.file.articles.map((a) => a.id));
    return archive;
  } catch (error) {
    throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function writeArchiveFile(file: string, cwd: string, archive: ArchiveFile): Promise<number> {
  const full = path.resolve(cwd, file);
  await mkdir(path.dirname(full), { recursive: true });
  const text = serializeArchive(archive);
  await writeFile(full, text);
  return Buffer.byteLength(text);
}

/**
 * Writes the archive as the extension bundles it (lib/search/bundle-files.ts): `file`, and
 * its texts in a folder beside it, replacing the texts of an earlier one. Returns the size of
 * `file` alone, what a wake reads.
 */
export async function writeBundleArchive(file: string, cwd: string, archive: ArchiveFile): Promise<number> {
  const full = path.resolve(cwd, file);
  const { archive: records, chunks } = bundleFiles(archive);
  const textDir = path.dirname(path.join(path.dirname(full), textChunkPath(0)));
  await rm(textDir, { recursive: true, force: true });
  await mkdir(textDir, { recursive: true });
  for (const [i, chunk] of chunks.entries()) await writeFile(path.join(path.dirname(full), textChunkPath(i)), JSON.stringify(chunk));
  const text = JSON.stringify(records);
  await writeFile(full, text);
  return Buffer.byteLength(text);
}

/** Writes the archive's knowledge file (lib/search/knowledge-file.ts) for the extension's bundle. */
export async function writeKnowledgeFile(file: string, cwd: string, archive: Pick<ArchiveFile, 'version' | 'knowledge'>): Promise<void> {
  const full = path.resolve(cwd, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, JSON.stringify(knowledgeFileOf(archive)));
}
