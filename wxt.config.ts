import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { runCli } from './lib/cli/main.ts';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Generated at build time (npm run index) from assets/corpus; not committed.
  publicDir: 'assets/public',
  // Firefox too gets Manifest V3 (supported since Firefox 109; CSS highlights need 140):
  // one manifest shape, one `browser.action` API, one service-worker-style background.
  manifestVersion: 3,
  hooks: {
    // The archive is built from assets/corpus before every build, so `wxt build` alone
    // always bundles an archive that matches the corpus (same code as the CLI).
    'build:before': async () => {
      const code = await runCli(['build-index'], {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        cwd: process.cwd(),
      });
      if (code !== 0) throw new Error('Building the archive failed (see above).');
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'dossier@dossier.invalid', strict_min_version: '128.0' } } } : {}),
    name: 'Dossier',
    description: 'Your news archive at your fingertips: countries and officials highlighted, with what your archive knows about them.',
    permissions: ['storage', 'contextMenus', 'tabs'],
    action: { default_title: 'Dossier' },
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
      'next-name': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Show the card of the next highlighted name on the page',
      },
      'previous-name': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show the card of the previous highlighted name on the page',
      },
    },
  }),
});
