/**
 * The files picked or dropped for an import, each with the name the user sees: the path
 * inside a folder (`bbc/business/001.txt`), never a machine path. Dropped folders are walked
 * with the File and Directory Entries API, the only way a page reads a dropped folder.
 */
import { isNoteFile } from '../../lib/corpus/index.ts';

export interface PickedFile {
  name: string;
  file: File;
}

/** Files from the picker: with `webkitdirectory`, each carries its path inside the folder. */
export function pickedFiles(list: FileList | null): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

/** Must be called during the drop event: the browser forgets the items afterwards. */
export function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return Promise.resolve([...transfer.files].map((file) => ({ name: file.name, file })));
  return Promise.all(entries.map(walk)).then((lists) => lists.flat());
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

async function walk(entry: FileSystemEntry): Promise<PickedFile[]> {
  const name = entry.fullPath.replace(/^\//, '');
  if (isFile(entry)) return [{ name, file: await new Promise<File>((resolve, reject) => entry.file(resolve, reject)) }];
  if (!isDirectory(entry)) return [];
  const reader = entry.createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chrome) until it answers none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => a.name.localeCompare(b.name));
  return (await Promise.all(children.map(walk))).flat();
}

/** In folders, hidden files and README/LICENSE/SOURCE notes are not articles (as for `dossier build-index`). */
export function isFolderNote(name: string): boolean {
  const parts = name.split('/');
  const base = parts[parts.length - 1] ?? name;
  return parts.length > 1 && (base.startsWith('.') || isNoteFile(base));
}
