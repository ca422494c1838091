/**
 * A minimal static file server for the bench and the end-to-end tests: serves a built site folder on 127.0.0.1
 * (directory URLs get their index.html, a path under the base only), gzip-compressed when the browser accepts it,
 * as GitHub Pages does (so Lighthouse sees the bytes a visitor would download; the transfer figures compress each
 * decoded body themselves, either way). A missing file answers 404 with the site's own 404 page when it has one.
 */
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on `port` under `base` ("/" or "/atlas/"); resolves once listening. Close with `server.close()`.
 */
export function serveStatic(root: string, port: number, base = '/'): Promise<Server> {
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!`${path}/`.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under the base');
      return;
    }
    const file = normalize(join(root, path.slice(base.length - 1)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const send = async (candidate: string): Promise<boolean> => {
      const info = await stat(candidate).catch(() => undefined);
      if (!info?.isFile()) return false;
      const type = TYPES[extname(candidate)] ?? 'application/octet-stream';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !/^image\/png|^font\//.test(type)) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'cache-control': 'no-store' });
        createReadStream(candidate).pipe(createGzip({ level: 6 })).pipe(res);
      } else {
        res.writeHead(200, { 'content-type': type, 'content-length': info.size, 'cache-control': 'no-store' });
        createReadStream(candidate).pipe(res);
      }
      return true;
    };
    (async () => {
      if (await send(file)) return;
      if (await send(join(file, 'index.html'))) return;
      const notFound = await stat(join(root, '404.html')).catch(() => undefined);
      if (notFound?.isFile()) {
        res.writeHead(404, { 'content-type': TYPES['.html']! });
        createReadStream(join(root, '404.html')).pipe(res);
      } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    })().catch(() => res.writeHead(500).end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
