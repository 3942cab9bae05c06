import type { Knowledge } from '../entities/types.ts';
import { ArchiveFormatError } from './archive.ts';
import type { ArchiveFile } from './archive-types.ts';
import { isKnowledge, knowledgeProblem } from './knowledge-schema.ts';

export const KNOWLEDGE_FILE_FORMAT = 1;

/**
 * The archive's entity knowledge as a file of its own, bundled beside the archive, so that a
 * page's content script gets the names to highlight without the worker loading the archive
 * (docs/design.md, "The page's knowledge without the archive"). Its version is the archive's:
 * content scripts cache the knowledge by it.
 */
export interface KnowledgeFile {
  format: typeof KNOWLEDGE_FILE_FORMAT;
  version: string;
  knowledge: Knowledge | null;
}

export function knowledgeFileOf(archive: Pick<ArchiveFile, 'version' | 'knowledge'>): KnowledgeFile {
  return { format: KNOWLEDGE_FILE_FORMAT, version: archive.version, knowledge: archive.knowledge };
}

/** Checks a parsed knowledge file without trusting it (the quick check; the detailed one only to word an error). */
export function parseKnowledgeFile(value: unknown): KnowledgeFile {
  if (typeof value !== 'object' || value === null) throw new ArchiveFormatError('not a knowledge file: expected a JSON object');
  const v: Partial<Record<keyof KnowledgeFile, unknown>> = value;
  if (v.format !== KNOWLEDGE_FILE_FORMAT || typeof v.version !== 'string') {
    throw new ArchiveFormatError(`not a Dossier knowledge file of format ${KNOWLEDGE_FILE_FORMAT}`);
  }
  const knowledge = v.knowledge ?? null;
  if (knowledge !== null && !isKnowledge(knowledge)) {
    throw new ArchiveFormatError(`the knowledge file is malformed ${knowledgeProblem(knowledge) ?? ''}`.trim());
  }
  return { format: KNOWLEDGE_FILE_FORMAT, version: v.version, knowledge };
}
