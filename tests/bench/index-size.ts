/**
 * bench:archive's size and index-load figures, in Node, for one built archive: what archive.json
 * holds besides the article bodies (the index, the articles' metadata, the knowledge) over
 * MiniSearch's own JSON of the same articles; the index alone in the compact form
 * (lib/search/compact-index.ts) and as MiniSearch's JSON; the IndexedDB snapshot
 * (entrypoints/background/user-archive.ts) in both shapes; and the time to load each.
 */
import MiniSearch from 'minisearch';
import type { ArchiveFile } from '../../lib/search/archive-types.ts';
import { serializeArchive } from '../../lib/search/archive.ts';
import { bundleFiles } from '../../lib/search/bundle-files.ts';
import { compactIndexOf, decodeIndex, loadCompactIndex } from '../../lib/search/compact-index.ts';
import { indexOptions } from '../../lib/search/index-config.ts';

const RUNS = 5;

export interface IndexFigures {
  /** Bytes of the CLI's archive file as written, of its article bodies, and of the knowledge it carries. */
  archive: number;
  /** Bytes of the bundle's archive.json (lib/search/bundle-files.ts): records column by column, no texts. */
  bundle: number;
  bodies: number;
  knowledge: number;
  /** Bytes of the index field: compact, and as MiniSearch's JSON (formats 1 and 2). */
  compactIndex: number;
  plainIndex: number;
  /** Bytes of the snapshot value: compact (JSON-encoded to count it), and the earlier string. */
  snapshot: number;
  oldSnapshot: number;
  /** Node, median of RUNS: JSON.parse + load of the index field, each way. */
  loadCompactMs: number;
  loadPlainMs: number;
  /** Node, median of RUNS: writing a snapshot (compactIndexOf / JSON.stringify) and reading it (loadCompactIndex / loadJSON). */
  snapshotWriteMs: number;
  snapshotReadMs: number;
  oldSnapshotWriteMs: number;
  oldSnapshotReadMs: number;
}

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const bytes = (text: string): number => Buffer.byteLength(text);

export function indexFigures(file: ArchiveFile): IndexFigures {
  const archiveText = serializeArchive(file);
  const stored: { articles: Array<{ body?: unknown }>; index: unknown; knowledge: unknown } = JSON.parse(archiveText);
  // The bodies cut out here, by the bench: lazy-bodies moves them out of archive.json.
  const withoutBodies = JSON.stringify({ ...stored, articles: stored.articles.map(({ body: _body, ...rest }) => rest) });
  const compactText = JSON.stringify(stored.index);
  const plainText = JSON.stringify(decodeIndex(stored.index));
  const index = loadCompactIndex(stored.index, indexOptions);
  const snapshot = compactIndexOf(index);
  const oldSnapshot = JSON.stringify(index);
  return {
    archive: bytes(archiveText),
    bundle: bytes(JSON.stringify(bundleFiles(file).archive)),
    bodies: bytes(archiveText) - bytes(withoutBodies),
    knowledge: bytes(JSON.stringify(stored.knowledge)),
    compactIndex: bytes(compactText),
    plainIndex: bytes(plainText),
    snapshot: bytes(JSON.stringify(snapshot)),
    oldSnapshot: bytes(oldSnapshot),
    loadCompactMs: medianMs(() => loadCompactIndex(JSON.parse(compactText), indexOptions)),
    loadPlainMs: medianMs(() => MiniSearch.loadJS(JSON.parse(plainText), indexOptions)),
    snapshotWriteMs: medianMs(() => compactIndexOf(index)),
    snapshotReadMs: medianMs(() => loadCompactIndex(snapshot, indexOptions)),
    oldSnapshotWriteMs: medianMs(() => JSON.stringify(index)),
    oldSnapshotReadMs: medianMs(() => MiniSearch.loadJSON(oldSnapshot, indexOptions)),
  };
}

const mb = (n: number): string => (n / 1e6).toFixed(2);
const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** index + metadata: the bundle's archive.json, which holds no article text (the knowledge is in it too). */
export const indexAndMetadata = (f: IndexFigures): number => f.bundle;

export function printIndexFigures(f: IndexFigures, miniSearchBytes: number): void {
  const over = (n: number) => `${(n / miniSearchBytes).toFixed(2)}×`;
  console.log(`size (bytes; MiniSearch's own JSON of the same articles ${mb(miniSearchBytes)} MB, storing title, date and source):`);
  const metadata = indexAndMetadata(f) - f.compactIndex - f.knowledge;
  console.log(`  index + metadata (the bundle's archive.json: records column by column, texts in files of their own) ${mb(indexAndMetadata(f))} MB → ${over(indexAndMetadata(f))} of MiniSearch's JSON: index ${mb(f.compactIndex)}, articles' metadata ${mb(metadata)}, knowledge ${mb(f.knowledge)} MB (without the knowledge ${over(indexAndMetadata(f) - f.knowledge)})`);
  console.log(`  article bodies ${mb(f.bodies)} MB; the CLI's archive file (records and texts inline) ${mb(f.archive)} MB → ${over(f.archive)}`);
  console.log(`  index alone: compact ${mb(f.compactIndex)} MB → ${over(f.compactIndex)}; as MiniSearch's JSON (format 2) ${mb(f.plainIndex)} MB → ${over(f.plainIndex)}`);
  console.log(`  IndexedDB snapshot of the same articles: compact ${mb(f.snapshot)} MB; earlier string ${mb(f.oldSnapshot)} MB`);
  console.log(`index load in Node (median of ${RUNS}): JSON.parse + loadCompactIndex ${ms(f.loadCompactMs)} ms; JSON.parse + MiniSearch.loadJS of format 2 ${ms(f.loadPlainMs)} ms`);
  console.log(`snapshot in Node (median of ${RUNS}): write ${ms(f.snapshotWriteMs)} ms, read ${ms(f.snapshotReadMs)} ms; earlier string: write ${ms(f.oldSnapshotWriteMs)} ms, read ${ms(f.oldSnapshotReadMs)} ms`);
}
