/** Which files an import reads, by name: light enough for the page (the readers run in the worker). */
import { corpusFileKind } from '../corpus/file-name.ts';

export function isHtmlFile(name: string): boolean {
  return /\.x?html?$/i.test(name);
}

export function isImportable(name: string): boolean {
  return isHtmlFile(name) || corpusFileKind(name) !== null;
}
