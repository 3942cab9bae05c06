import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { runCli } from './lib/cli/main.ts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Generated at build time (npm run index) from assets/corpus; not committed.
  publicDir: 'assets/public',
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
  manifest: {
    name: 'Dossier',
    description: 'Your news archive at your fingertips: countries and officials highlighted, with what your archive knows about them.',
    permissions: ['storage', 'contextMenus', 'tabs'],
    action: { default_title: 'Dossier' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open the Dossier popup',
      },
    },
  },
});
