import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { runCli } from './lib/cli/main.ts';
import { DEFAULT_ARCHIVE, DEFAULT_KNOWLEDGE, readArchiveFile, writeBundleArchive, writeKnowledgeFile } from './lib/cli/archive-file.ts';
import { archiveFileOf, type LoadedArchive } from './lib/search/archive.ts';
import { TOOLBAR_ICONS } from './lib/extension-icons.ts';
import { NAME_STEP_LETTER } from './lib/hover/name-steps.ts';

const cliIO = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
};

/**
 * The archive the build bundles (assets/public/archive.json) and its entity knowledge as a
 * file of its own (archive-knowledge.json, served to pages without loading the archive),
 * made before every build:
 *   DOSSIER_ARCHIVE=file   an archive made earlier with `dossier build-index --out file`
 *                          (checked the way the extension loads it, then bundled);
 *   DOSSIER_CORPUS=path    built from that corpus (folders or files; several joined with
 *                          the system's path separator, ':' or ';');
 *   neither                built from assets/corpus.
 * Same code as the CLI, so `wxt build` alone always bundles an archive that matches.
 */
async function prepareArchive(): Promise<void> {
  const { DOSSIER_ARCHIVE: archive, DOSSIER_CORPUS: corpus } = process.env;
  if (archive && corpus) throw new Error('Set DOSSIER_ARCHIVE or DOSSIER_CORPUS, not both.');
  let loaded: LoadedArchive;
  if (archive) {
    loaded = await readArchiveFile(archive, cliIO.cwd);
    process.stdout.write(`Bundling the archive ${archive} (${loaded.file.articles.length} articles).\n`);
  } else {
    const corpusArgs = corpus ? corpus.split(path.delimiter).flatMap((dir) => ['--corpus', dir]) : [];
    const code = await runCli(['build-index', ...corpusArgs], cliIO);
    if (code !== 0) throw new Error('Building the archive failed (see above).');
    loaded = await readArchiveFile(DEFAULT_ARCHIVE, cliIO.cwd);
  }
  // The bundle's layout: the articles' texts in files of their own (lib/search/bundle-files.ts).
  await writeBundleArchive(DEFAULT_ARCHIVE, cliIO.cwd, archiveFileOf(loaded));
  await writeKnowledgeFile(DEFAULT_KNOWLEDGE, cliIO.cwd, loaded.file);
}

// https://wxt.dev/api/config.html
export default defineConfig({
  // Copied into the build as is: the toolbar icons (committed), archive.json, its texts
  // (archive-texts/) and archive-knowledge.json, made by prepareArchive before every build (not committed).
  publicDir: 'assets/public',
  // Firefox too gets Manifest V3 (supported since Firefox 109; CSS highlights need 140):
  // one manifest shape, one `browser.action` API, one service-worker-style background.
  manifestVersion: 3,
  hooks: {
    'build:before': prepareArchive,
  },
  // `npm run zip`: the store packages in .output, and for Firefox's store the sources zip
  // its reviewers rebuild from (`npm ci && npm run build:firefox`; see the README).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'assets/public/archive*.json', 'assets/public/archive-texts/**', 'assets/public/gazetteer*.json'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.invalid',
              // The Firefox this project runs its Firefox suite on (README, "Firefox");
              // also the first with CSS highlights and data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser: Dossier collects no data at all.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The offscreen document that keeps the archive loaded (chrome.offscreen, 109;
          // entrypoints/background/archive-route.ts); the CSS Custom Highlight API (105)
          // paints the marks; storage.session (102) and Array.prototype.findLastIndex (97)
          // come earlier.
          minimum_chrome_version: '109',
        }),
    name: 'Dossier',
    description: 'Your news archive at your fingertips: countries and officials highlighted, with what your archive knows about them.',
    // offscreen (Chrome only; Firefox has no such API): the archive's index is kept loaded in
    // an offscreen document across service-worker stops (entrypoints/background/archive-route.ts).
    // activeTab + scripting: "Save to Dossier" reads the page the user clicked on (page-save/extract-tab.ts).
    permissions: ['storage', 'contextMenus', 'tabs', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    icons: TOOLBAR_ICONS.on,
    action: { default_title: 'Dossier', default_icon: TOOLBAR_ICONS.on },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open the Dossier popup',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting of names on or off everywhere',
      },
      // Chrome allows four suggested shortcuts per extension: these two use the rest.
      // Chromium leaves a suggested key unassigned when it reserves it for itself: on
      // Linux (Chromium 156) Alt+Shift+ A, B, C, N, P, R, T, W, X and Z all come back
      // unbound from commands.getAll(), so next/previous are J/K (as in many readers).
      'next-name': {
        suggested_key: { default: `Alt+Shift+${NAME_STEP_LETTER.next}` },
        description: 'Show the card of the next highlighted name on the page',
      },
      'previous-name': {
        suggested_key: { default: `Alt+Shift+${NAME_STEP_LETTER.previous}` },
        description: 'Show the card of the previous highlighted name on the page',
      },
    },
  }),
});
