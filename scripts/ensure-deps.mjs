// Runs `npm ci` when node_modules does not match package-lock.json: on a fresh clone, or
// after package-lock.json changed. `npm ci` deletes node_modules first, so it must never
// run needlessly in a tree that is already installed.
//
// Up to date when npm's own record of what it installed (node_modules/.package-lock.json,
// written by every `npm ci`/`npm install`) lists the same versions as package-lock.json.
// The comparison is by content, not file times: a checkout or a copied tree changes times.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../tests/support/paths.mjs';
import { npmCommand, run } from './run.mjs';

const LOCKFILE = path.join(ROOT, 'package-lock.json');
const MODULES = path.join(ROOT, 'node_modules');
const INSTALLED_RECORD = path.join(MODULES, '.package-lock.json');

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** True if npm's installed-packages record agrees with package-lock.json. */
function installedMatchesLock() {
  const wanted = readJson(LOCKFILE)?.packages;
  const installed = readJson(INSTALLED_RECORD)?.packages;
  if (!wanted || !installed) return false;
  for (const [key, entry] of Object.entries(wanted)) {
    if (key === '' || !key.includes('node_modules/')) continue; // root / workspace links
    const have = installed[key];
    // Optional packages for other platforms (fsevents, rollup binaries...) are never installed.
    if (!have) {
      if (entry.optional || entry.peer) continue;
      return false;
    }
    if (have.version !== entry.version) return false;
  }
  for (const key of Object.keys(installed)) if (!(key in wanted)) return false;
  return true;
}

/** Why dependencies need installing, or null if they are up to date. */
function staleReason() {
  if (!fs.existsSync(MODULES)) return 'node_modules is missing';
  return installedMatchesLock() ? null : 'node_modules does not match package-lock.json';
}

/** Installs dependencies with `npm ci` if they are missing or stale; resolves to true when ready. */
export async function ensureDeps({ log = console.log } = {}) {
  if (!fs.existsSync(LOCKFILE)) {
    console.error('package-lock.json is missing; cannot install dependencies reproducibly.');
    return false;
  }
  const reason = staleReason();
  if (!reason) return true;
  log(`Installing dependencies (${reason}): npm ci`);
  const code = await run(npmCommand(), ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) console.error(`npm ci failed (exit ${code}).`);
  return code === 0;
}
