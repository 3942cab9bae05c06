import { describe, expect, it } from 'vitest';
import { ArchiveFormatError } from '../../../lib/search/archive.ts';
import { knowledgeFileOf, parseKnowledgeFile } from '../../../lib/search/knowledge-file.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

describe('the knowledge file bundled beside the archive', () => {
  it('carries the archive knowledge and version, and reads back the same after JSON', () => {
    const { file } = seedArchive();
    const read = parseKnowledgeFile(JSON.parse(JSON.stringify(knowledgeFileOf(file))));
    expect(read.version).toBe(file.version);
    expect(read.knowledge).toEqual(file.knowledge);
    expect(read.knowledge?.officials.some((o) => o.name === 'Ivica Dačić')).toBe(true);
  });

  it('reads an archive without knowledge as null knowledge', () => {
    expect(parseKnowledgeFile({ format: 1, version: 'v', knowledge: null })).toEqual({ format: 1, version: 'v', knowledge: null });
  });

  it.each([
    ['not an object', 'x'],
    ['another format', { format: 2, version: 'v', knowledge: null }],
    ['no version', { format: 1, knowledge: null }],
    ['malformed knowledge', { format: 1, version: 'v', knowledge: { format: 1, countries: 'none', officials: [] } }],
  ])('refuses %s with a clear error', (_label, value) => {
    expect(() => parseKnowledgeFile(value)).toThrow(ArchiveFormatError);
  });
});
