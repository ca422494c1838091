/**
 * The bench's and the end-to-end tests' static server: gzip bodies that decode to the file, each file compressed
 * once while it is unchanged (the server shares the machine's cores with the browser being measured), a changed
 * file compressed again, and a bound on what is kept. Real files in a temporary folder, a real server on a free port.
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GzipCache, serveStatic } from '../../tools/static-server.ts';
import type { Server } from 'node:http';

/** `length` bytes of seeded noise (xorshift32). */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-static-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  await writeFile(join(dir, 'data.json'), JSON.stringify({ list: Array.from({ length: 2000 }, (_, i) => i) }));
  server = await serveStatic(dir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('sends gzip bytes that decode to the file, with their length, when the browser accepts gzip', async () => {
    const res = await fetch(`${origin}/data.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body itself: the length said is that of the compressed bytes, smaller than the file.
    expect(await res.json()).toEqual({ list: Array.from({ length: 2000 }, (_, i) => i) });
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    expect(Number(res.headers.get('content-length'))).toBeLessThan(JSON.stringify({ list: Array.from({ length: 2000 }, (_, i) => i) }).length);
  });

  it('serves a changed file anew, not the bytes kept for its earlier version', async () => {
    const file = join(dir, 'page.html');
    await writeFile(file, 'first version');
    const read = async () => {
      const res = await fetch(`${origin}/page.html`);
      return res.text();
    };
    expect(await read()).toBe('first version');
    await writeFile(file, 'second version, longer');
    expect(await read()).toBe('second version, longer');
  });
});

describe('GzipCache', () => {
  it('compresses a file once while its size and time are unchanged, and again once they change', async () => {
    const file = join(dir, 'kept.txt');
    await writeFile(file, 'a'.repeat(5000));
    const cache = new GzipCache();
    const info = { mtimeMs: 1000, size: 5000 };
    const first = await cache.get(file, info);
    expect(gunzipSync(first).toString()).toBe('a'.repeat(5000));
    // The file changes on disk, but the server is told the same size and time: the kept bytes are what it gets.
    await writeFile(file, 'b'.repeat(5000));
    expect(await cache.get(file, info)).toBe(first);
    // Told its new time, it reads and compresses the file again.
    const again = await cache.get(file, { mtimeMs: 2000, size: 5000 });
    expect(gunzipSync(again).toString()).toBe('b'.repeat(5000));
    expect(cache.size.files).toBe(1);
  });

  it('keeps no more compressed bytes than its limit, dropping the oldest first', async () => {
    const files = await Promise.all(
      [0, 1, 2].map(async (i) => {
        const file = join(dir, `limit-${i}.bin`);
        // Noise does not compress: each file's gzip is a little over 4 KB.
        await writeFile(file, noise(4096, i + 1));
        await utimes(file, 1, 1);
        return file;
      }),
    );
    const cache = new GzipCache(9000);
    for (const file of files) await cache.get(file, { mtimeMs: 1000, size: 4096 });
    expect(cache.size.bytes).toBeLessThanOrEqual(9000);
    expect(cache.size.files).toBe(2);
    // The newest two are kept: asking for them again returns the same buffers.
    const kept = await cache.get(files[2]!, { mtimeMs: 1000, size: 4096 });
    expect(await cache.get(files[2]!, { mtimeMs: 1000, size: 4096 })).toBe(kept);
  });
});
