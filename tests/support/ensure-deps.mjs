// Makes sure node_modules matches package-lock.json, running `npm ci` only when it
// does not: on a fresh clone, or after package-lock.json changed. `npm ci` deletes
// node_modules first, so it must never run needlessly in a tree others are using.
//
// Fresh when either
//   1. node_modules/.dossier-lock-hash holds the sha256 of package-lock.json (written
//      by us after a successful install), or
//   2. npm's own record of what it installed (node_modules/.package-lock.json, written
//      by every `npm ci`/`npm install`) lists the same versions as package-lock.json.
//      This covers trees installed by hand or by CI's own `npm ci`; the stamp is then
//      written so the next run takes the fast path.
// CLI: `node tests/support/ensure-deps.mjs`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths.mjs';
import { npmCommand, run } from './run.mjs';

const LOCKFILE = path.join(ROOT, 'package-lock.json');
const MODULES = path.join(ROOT, 'node_modules');
export const STAMP = path.join(MODULES, '.dossier-lock-hash');
const HIDDEN_LOCKFILE = path.join(MODULES, '.package-lock.json');

export function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(LOCKFILE)).digest('hex');
}

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
  const installed = readJson(HIDDEN_LOCKFILE)?.packages;
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
export function staleReason() {
  if (!fs.existsSync(LOCKFILE)) return 'package-lock.json is missing';
  if (!fs.existsSync(MODULES)) return 'node_modules is missing';
  const hash = lockHash();
  let stamp = null;
  try {
    stamp = fs.readFileSync(STAMP, 'utf8').trim();
  } catch {}
  if (stamp === hash) return null;
  if (installedMatchesLock()) {
    writeStamp(hash);
    return null;
  }
  return stamp ? 'package-lock.json changed since the last install' : 'node_modules does not match package-lock.json';
}

function writeStamp(hash) {
  try {
    fs.writeFileSync(STAMP, `${hash}\n`);
  } catch {} // read-only node_modules: we will just check again next time
}

/**
 * True if npm ci's only complaint was lock entries missing for optional packages (the
 * other platforms' native builds of rollup & co.). npm 11 writes such lock files itself
 * yet its `npm ci` rejects them (npm/cli#4828, fixed by npm/cli#9083 in later npm 11).
 */
function onlyOptionalEntriesMissing(stderr) {
  if (/\bInvalid: /.test(stderr)) return false;
  const missing = [...stderr.matchAll(/Missing: (@?[^@\s]+)@\S* from lock file/g)].map((m) => m[1]);
  if (missing.length === 0) return false;
  const optional = new Set();
  for (const entry of Object.values(readJson(LOCKFILE)?.packages ?? {})) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) optional.add(name);
  }
  return missing.every((name) => optional.has(name));
}

/**
 * `npm ci`; if npm rejects the lock file only for the optional-platform-package bug, the
 * same locked versions are installed with `npm install --no-save` (which reads the lock
 * and never rewrites it or package.json).
 */
async function installLocked(log) {
  let stderr = '';
  const code = await run(npmCommand(), ['ci', '--no-audit', '--no-fund'], {
    onStderr: (text) => {
      stderr += text;
    },
  });
  if (code === 0) return true;
  if (!onlyOptionalEntriesMissing(stderr)) {
    console.error(`npm ci failed (exit ${code}).`);
    return false;
  }
  log('npm ci rejected package-lock.json only for missing optional platform packages (an npm bug);');
  log('installing the same locked versions instead: npm install --no-save');
  const fallback = await run(npmCommand(), ['install', '--no-save', '--no-audit', '--no-fund']);
  if (fallback !== 0) console.error(`npm install --no-save failed (exit ${fallback}).`);
  return fallback === 0;
}

/**
 * Installs dependencies if needed (always with `force`, as CI does on a clean clone).
 * Resolves to true when they are ready.
 */
export async function ensureDeps({ log = console.log, force = false } = {}) {
  const reason = force ? 'clean install requested' : staleReason();
  if (!reason) return true;
  if (!fs.existsSync(LOCKFILE)) {
    console.error('package-lock.json is missing; cannot install dependencies reproducibly.');
    return false;
  }
  log(`Installing dependencies (${reason}): npm ci`);
  if (!(await installLocked(log))) return false;
  writeStamp(lockHash());
  return true;
}

// CLI: `node tests/support/ensure-deps.mjs [--ci]` (--ci: install even if up to date).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = (await ensureDeps({ force: process.argv.includes('--ci') })) ? 0 : 1;
}
