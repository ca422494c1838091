/**
 * A minimal static file server for the bench and the end-to-end tests: serves a built site folder on 127.0.0.1
 * (directory URLs get their index.html, a path under the base only), gzip-compressed when the browser accepts it,
 * as GitHub Pages does (so Lighthouse sees the bytes a visitor would download; the transfer figures compress each
 * decoded body themselves, either way). A missing file answers 404 with the site's own 404 page when it has one.
 *
 * Each file is compressed once and its bytes kept (`GzipCache`), as a static host's edge keeps them: the browser
 * being measured shares this machine's two cores with this server, and compressing every response again on each
 * request took processor time from the page under test.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
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

const gzipAsync = promisify(gzip);

/** The compressed bytes of files already served, by path, while the file's size and time are unchanged. */
export class GzipCache {
  private readonly entries = new Map<string, { mtimeMs: number; size: number; bytes: Buffer }>();
  private total = 0;
  private readonly limit: number;

  /** `limit`: the most compressed bytes kept; the oldest entries go first beyond it. */
  constructor(limit = 64 * 1024 * 1024) {
    this.limit = limit;
  }

  /** The file's gzip bytes: kept ones when its size and time have not changed, else read and compressed now. */
  async get(file: string, info: { mtimeMs: number; size: number }): Promise<Buffer> {
    const kept = this.entries.get(file);
    if (kept && kept.mtimeMs === info.mtimeMs && kept.size === info.size) return kept.bytes;
    const bytes = await gzipAsync(await readFile(file), { level: 6 });
    if (kept) this.drop(file);
    if (bytes.length <= this.limit) {
      this.entries.set(file, { mtimeMs: info.mtimeMs, size: info.size, bytes });
      this.total += bytes.length;
      for (const oldest of this.entries.keys()) {
        if (this.total <= this.limit) break;
        this.drop(oldest);
      }
    }
    return bytes;
  }

  /** How many files and compressed bytes are kept. */
  get size(): { files: number; bytes: number } {
    return { files: this.entries.size, bytes: this.total };
  }

  private drop(file: string): void {
    const e = this.entries.get(file);
    if (!e) return;
    this.total -= e.bytes.length;
    this.entries.delete(file);
  }
}

/**
 * Serves `root` on `port` under `base` ("/" or "/atlas/"); resolves once listening. Close with `server.close()`.
 */
export function serveStatic(root: string, port: number, base = '/'): Promise<Server> {
  const compressed = new GzipCache();
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
        const bytes = await compressed.get(candidate, info);
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': bytes.length, vary: 'Accept-Encoding', 'cache-control': 'no-store' });
        res.end(bytes);
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
