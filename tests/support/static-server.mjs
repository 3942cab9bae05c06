// A tiny static HTTP server on 127.0.0.1 (free port by default). Content scripts only
// run on http(s) pages, not file://, so both the launcher's demo page and the e2e test
// pages are served through this. No dependencies: it must run before `npm ci`.
//
// CLI: `node tests/support/static-server.mjs [port]` serves assets/demo/ at / until Ctrl+C.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_DIR } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * Removes <script> elements (inline and external) so saved third-party pages render
 * their static text without trying to run or fetch anything.
 */
export function stripScripts(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, '');
}

/**
 * Starts a server for `mounts`: [{ prefix: '/demo/', dir, stripScripts?, filter? }].
 * The longest matching prefix wins; `filter(relativePath)` may refuse files.
 * Resolves to { origin, url(pathname), close() }.
 */
export async function startStaticServer(mounts, { port = 0, host = '127.0.0.1' } = {}) {
  const sorted = [...mounts]
    .map((m) => ({ ...m, prefix: m.prefix.endsWith('/') ? m.prefix : `${m.prefix}/` }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const server = http.createServer((req, res) => {
    serve(sorted, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`500 ${error?.message ?? error}\n`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${host}:${address.port}`;
  return {
    origin,
    port: address.port,
    url: (pathname = '/') => new URL(pathname, origin).href,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

async function serve(mounts, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  // "/demo" should behave like "/demo/" so relative links resolve.
  const redirect = mounts.find((m) => `${pathname}/` === m.prefix);
  if (redirect) {
    res.writeHead(301, { location: redirect.prefix });
    return res.end();
  }
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return send(res, 404, `Not found: ${pathname}`);

  const relative = pathname.slice(mount.prefix.length);
  const root = path.resolve(mount.dir);
  let file = path.resolve(root, relative);
  // Refuse anything that escapes the mounted folder (e.g. /demo/../../etc/passwd).
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'Forbidden');

  let stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = await fs.stat(file).catch(() => null);
  }
  if (!stat?.isFile()) return send(res, 404, `Not found: ${pathname}`);
  if (mount.filter && !mount.filter(path.relative(root, file))) return send(res, 404, `Not found: ${pathname}`);

  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  let body = await fs.readFile(file);
  if (mount.stripScripts && type.startsWith('text/html')) body = Buffer.from(stripScripts(body.toString('utf8')));
  res.writeHead(200, {
    'content-type': type,
    'content-length': body.length,
    // Tests rebuild pages between runs; never let the browser serve a stale copy.
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${status} ${text}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 0) || 0;
  const server = await startStaticServer([{ prefix: '/', dir: DEMO_DIR }], { port });
  console.log(`Serving the Dossier demo page at ${server.url('/')} (Ctrl+C to stop)`);
}
