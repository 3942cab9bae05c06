/**
 * The runtime boundary of lib/entities, enforced: recognition/ runs in every tab (the
 * content script's hot path) and must not reach the index-time code in building/, whose
 * country datasets and curated base would then enter the content script's bundle.
 * Imports are read with TypeScript's own pre-processor (type-only imports count too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTITIES = path.join(ROOT, 'lib/entities');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** What a file imports: repository paths for relative imports, package names for the rest. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => (fileName.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), fileName)) : fileName));
}

const files = sourceFiles(ENTITIES).map((f) => path.relative(ROOT, f));
const graph = new Map(files.map((f) => [f, importsOf(path.join(ROOT, f))]));

/** Every file `entry` reaches through imports, itself included. */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const g of graph.get(f) ?? []) visit(g);
  };
  visit(entry);
  return seen;
}

describe('lib/entities layout', () => {
  it('has files in both runtime folders', () => {
    expect(files.filter((f) => f.startsWith('lib/entities/recognition/')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.startsWith('lib/entities/building/')).length).toBeGreaterThan(3);
  });

  it('keeps recognition/ free of building/, the index-time entry and packages', () => {
    const offending = files
      .filter((f) => f.startsWith('lib/entities/recognition/'))
      .flatMap((f) => graph.get(f)!.map((to) => `${f} -> ${to}`))
      .filter((edge) => {
        const to = edge.split(' -> ')[1]!;
        const inRecognition = to.startsWith('lib/entities/recognition/');
        const shared = to === 'lib/entities/types.ts' || to === 'lib/entities/normalise.ts';
        return !(inRecognition || shared);
      });
    expect(offending).toEqual([]);
  });

  it('keeps the shared modules free of either runtime', () => {
    for (const f of ['lib/entities/types.ts', 'lib/entities/normalise.ts']) {
      expect(graph.get(f)!.filter((to) => to.startsWith('lib/entities/'))).toEqual([]);
    }
  });

  it('gives the page an entry that reaches no index-time code and no package', () => {
    const reached = [...reach('lib/entities/recogniser.ts')];
    expect(reached.filter((f) => f.startsWith('lib/entities/building/') || f === 'lib/entities/index.ts' || !f.startsWith('lib/'))).toEqual([]);
    expect(reached).toContain('lib/entities/recognition/session.ts');
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      if (state.get(f) === 'done' || !graph.has(f)) return;
      if (state.get(f) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].join(' -> '));
        return;
      }
      state.set(f, 'open');
      stack.push(f);
      for (const g of graph.get(f)!) visit(g);
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) visit(f);
    expect(cycles).toEqual([]);
  });
});
