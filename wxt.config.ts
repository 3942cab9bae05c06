import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Generated at build time (npm run index) from assets/corpus; not committed.
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Dossier',
    description: 'Your news archive at your fingertips: countries and officials highlighted, with what your archive knows about them.',
    permissions: ['storage', 'contextMenus', 'tabs'],
  },
});
