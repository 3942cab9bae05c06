/**
 * One import, as the import worker runs it: read every file (errors kept per file and
 * line), learn from the articles and find their entities, then store them chunk by chunk,
 * each chunk whole or not at all (archive-store/commit.ts). Cancelling stops before the
 * next chunk; what was committed stays.
 */
import type { Article, ParseError } from '../../../lib/corpus/article.ts';
import type { OfficialEntry } from '../../../lib/entities/types.ts';
import type { ArchiveArticle } from '../../../lib/search/archive-types.ts';
import type { ExportHeader } from '../../../lib/import/export-format.ts';
import { readImportFile } from '../../../lib/import/import-file.ts';
import { learnFromImport } from '../../../lib/import/learn.ts';
import { CHUNK_SIZE, type CommitInput, type CommitOptions, type CommitResult, type Duplicate } from '../../../archive-store/index.ts';
import type { ImportProgress, ImportOutcome } from './protocol.ts';

export interface ImportFile {
  /** The name shown to the user: the path inside the folder picked or dropped, never a machine path. */
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface ImportRun {
  files: readonly ImportFile[];
  source: { id: string; label: string };
  commit(input: CommitInput, options: CommitOptions): Promise<CommitResult>;
  bundle: CommitOptions['bundle'];
  isCancelled(): boolean;
  /** Progress, with the problems and duplicates found since the last call. */
  report(progress: ImportProgress, problems: ParseError[], duplicates: Duplicate[]): void;
  /** After each committed chunk (the page tells the background). */
  committed(): void;
}

interface Batch {
  source: CommitInput['source'];
  articles: ArchiveArticle[];
  learned: OfficialEntry[];
  errors: ParseError[];
}

export async function runImport(run: ImportRun): Promise<ImportOutcome> {
  const progress: ImportProgress = { phase: 'reading', filesDone: 0, filesTotal: run.files.length, articlesRead: 0, articlesStored: 0, duplicates: 0, problems: 0 };
  const tell = (problems: ParseError[] = [], duplicates: Duplicate[] = []) => {
    progress.problems += problems.length;
    progress.duplicates += duplicates.length;
    run.report({ ...progress }, problems, duplicates);
  };
  const plain: Article[] = [];
  const annotated: ArchiveArticle[] = [];
  const learned: OfficialEntry[] = [];
  const restored = new Map<string, Batch>();
  const errors: ParseError[] = [];

  for (const file of run.files) {
    if (run.isCancelled()) return outcome(progress, true, null);
    let problems: ParseError[];
    try {
      const read = readImportFile(file.name, await file.bytes());
      problems = read.errors;
      progress.articlesRead += read.articles.length;
      // Parsed ids start with the file's name: two imports of files called headlines.jsonl must not collide.
      if (read.kind === 'articles') for (const a of read.articles) plain.push({ ...a, id: `${run.source.id}:${a.id}` });
      if (read.kind === 'archive') {
        for (const a of read.articles) annotated.push(a);
        for (const o of read.learned) learned.push(o);
      }
      if (read.kind === 'export') addRestored(restored, read.header, read.articles);
    } catch (error) {
      problems = [{ file: file.name, line: null, message: `cannot read the file (${error instanceof Error ? error.message : String(error)})` }];
    }
    // One by one, not push(...list): a file may hold more problems than a call takes arguments.
    for (const p of problems) errors.push(p);
    progress.filesDone++;
    tell(problems);
  }

  progress.phase = 'learning';
  tell();
  const learning = plain.length ? learnFromImport(plain) : null;
  const own: Batch = {
    source: { id: run.source.id, kind: 'import', label: run.source.label },
    articles: [...annotated, ...plain.map((a): ArchiveArticle => ({ ...a, entities: learning ? learning.annotate(a) : [] }))],
    learned: [...learned, ...(learning?.learned ?? [])],
    errors,
  };

  progress.phase = 'storing';
  tell();
  for (const batch of [own, ...restored.values()]) {
    if (batch.articles.length === 0) continue;
    for (let start = 0; start < batch.articles.length; start += CHUNK_SIZE) {
      if (run.isCancelled()) return outcome(progress, true, null);
      const first = start === 0;
      const result = await run.commit(
        {
          source: batch.source,
          articles: batch.articles.slice(start, start + CHUNK_SIZE),
          errors: first ? batch.errors : [],
          ...(first ? { learned: batch.learned } : {}),
        },
        { bundle: run.bundle },
      );
      if (result.quota) return outcome(progress, false, result.quota);
      progress.articlesStored += result.added;
      tell([], result.duplicates);
      run.committed();
    }
  }
  return outcome(progress, false, null);
}

function addRestored(restored: Map<string, Batch>, header: ExportHeader, lines: Array<{ article: ArchiveArticle; sourceId: string }>): void {
  for (const { article, sourceId } of lines) {
    let batch = restored.get(sourceId);
    if (!batch) {
      const record = header.sources.find((s) => s.id === sourceId);
      batch = {
        source: { id: sourceId, kind: record?.kind ?? 'import', label: record?.label ?? sourceId },
        articles: [],
        learned: header.learned[sourceId] ?? [],
        errors: record?.errors ?? [],
      };
      restored.set(sourceId, batch);
    }
    batch.articles.push(article);
  }
}

function outcome(progress: ImportProgress, cancelled: boolean, quota: string | null): ImportOutcome {
  return { ...progress, phase: 'done', cancelled, quota };
}
