import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadArchive, serializeArchive, type LoadedArchive } from '../search/archive.ts';
import type { ArchiveFile } from '../search/archive-types.ts';
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
    return loadArchive(json);
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

/** Writes the archive's knowledge file (lib/search/knowledge-file.ts) for the extension's bundle. */
export async function writeKnowledgeFile(file: string, cwd: string, archive: Pick<ArchiveFile, 'version' | 'knowledge'>): Promise<void> {
  const full = path.resolve(cwd, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, JSON.stringify(knowledgeFileOf(archive)));
}
