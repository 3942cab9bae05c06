// `npm run build`: the archive index step (WXT's build:before hook) then `wxt build`
// into .output/chrome-mv3. Shared by `npm start` and `npm test`.
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, rel } from './paths.mjs';
import { npmCommand, run } from './run.mjs';

/** Resolves to true when the build succeeded and left a manifest behind. */
export async function buildExtension({ log = console.log } = {}) {
  log('Building the extension: npm run build');
  const code = await run(npmCommand(), ['run', 'build']);
  if (code !== 0) {
    console.error(`The build failed (npm run build exited ${code}).`);
    return false;
  }
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`The build finished but ${rel(EXTENSION_DIR)}/manifest.json is missing.`);
    return false;
  }
  return true;
}
