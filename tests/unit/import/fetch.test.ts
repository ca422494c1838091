import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDomainBlocks, fetchJsonText } from '../../../src/lib/import/fetch.ts';
import { readMastodonJson } from '../../../src/lib/import/mastodon-json.ts';
import { fixture } from './helpers.ts';

let server: Server;
let origin = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body);
    };
    if (path === '/api/v1/instance/domain_blocks') return send(200, fixture('domain_blocks.json'));
    if (path === '/missing') return send(404, '{"error":"Record not found"}');
    if (path === '/private') return send(401, '{"error":"This method requires an authenticated user"}');
    if (path === '/forbidden') return send(403, '{"error":"forbidden"}');
    if (path === '/broken') return send(500, 'oops', { 'content-type': 'text/plain' });
    if (path === '/html') return send(200, '<!DOCTYPE html><html><body>Welcome</body></html>', { 'content-type': 'text/html' });
    if (path === '/big-declared') return send(200, JSON.stringify(['x'.repeat(5000)]));
    if (path === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = `"${'y'.repeat(1000)}",`;
      res.write('[');
      for (let i = 0; i < 20; i++) res.write(chunk);
      res.end('"z"]');
      return;
    }
    if (path === '/loop') return send(302, '', { location: '/loop' });
    if (path === '/hop1') return send(301, '', { location: '/hop2' });
    if (path === '/hop2') return send(307, '', { location: '/api/v1/instance/domain_blocks' });
    if (path === '/to-http') return send(302, '', { location: 'http://lists.example/domain_blocks' });
    if (path === '/silent') return; // never answers
    if (path === '/stall') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      return; // body never finishes
    }
    send(404, '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const opts = () => ({ fetch: globalThis.fetch, testOrigin: origin, timeoutMs: 2000 });

describe('fetch against a local server', () => {
  it('fetches a domain block list and hands it to the reader', async () => {
    const r = await fetchDomainBlocks('social.example', opts());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.url).toBe(`${origin}/api/v1/instance/domain_blocks`);
    expect(readMastodonJson(r.text).entries.length).toBeGreaterThan(0);
  });

  it('says a 404 means the server does not publish its list', async () => {
    const r = await fetchJsonText(`${origin}/missing`, opts());
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('does not publish its list') });
  });

  it('says a 401 or 403 means the list is not public', async () => {
    for (const path of ['/private', '/forbidden']) {
      const r = await fetchJsonText(`${origin}${path}`, opts());
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining('not public') });
    }
  });

  it('reports other HTTP errors with their status', async () => {
    expect(await fetchJsonText(`${origin}/broken`, opts())).toMatchObject({ ok: false, message: expect.stringContaining('HTTP 500') });
  });

  it('refuses an answer that is not JSON, naming its type', async () => {
    const r = await fetchJsonText(`${origin}/html`, opts());
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON \(text\/html\)/) });
  });

  it('refuses an oversized answer, declared or streamed', async () => {
    const small = { ...opts(), maxBytes: 1000 };
    expect(await fetchJsonText(`${origin}/big-declared`, small)).toMatchObject({ ok: false, message: expect.stringContaining('larger than the limit') });
    expect(await fetchJsonText(`${origin}/big-streamed`, small)).toMatchObject({ ok: false, message: expect.stringContaining('larger than the limit') });
    expect((await fetchJsonText(`${origin}/big-streamed`, { ...opts(), maxBytes: 100_000 })).ok).toBe(true);
  });

  it('follows up to 3 redirects and stops a redirect loop', async () => {
    const hop = await fetchJsonText(`${origin}/hop1`, opts());
    expect(hop).toMatchObject({ ok: true, url: `${origin}/api/v1/instance/domain_blocks` });
    hits.length = 0;
    const loop = await fetchJsonText(`${origin}/loop`, opts());
    expect(loop).toMatchObject({ ok: false, message: expect.stringContaining('more than 3 redirects') });
    expect(hits).toEqual(['/loop', '/loop', '/loop', '/loop']);
  });

  it('refuses a redirect to plain http elsewhere without fetching it', async () => {
    const r = await fetchJsonText(`${origin}/to-http`, opts());
    expect(r).toMatchObject({ ok: false, url: 'http://lists.example/domain_blocks', message: expect.stringContaining('only https://') });
  });

  it('times out when the server never answers, or stalls in the body', async () => {
    const quick = { ...opts(), timeoutMs: 300 };
    const started = Date.now();
    expect(await fetchJsonText(`${origin}/silent`, quick)).toMatchObject({ ok: false, message: 'no answer within 300 ms' });
    expect(await fetchJsonText(`${origin}/stall`, quick)).toMatchObject({ ok: false, message: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(1900);
  });

  it('refuses http without the test-only option, and any other test origin', async () => {
    hits.length = 0;
    const plain = await fetchJsonText(`${origin}/api/v1/instance/domain_blocks`, { fetch: globalThis.fetch });
    expect(plain).toMatchObject({ ok: false, message: expect.stringContaining('only https://') });
    const other = await fetchJsonText('http://10.0.0.1:80/x', { fetch: globalThis.fetch, testOrigin: 'http://10.0.0.1:80' });
    expect(other).toMatchObject({ ok: false, message: expect.stringContaining('127.0.0.1') });
    expect(hits).toEqual([]);
  });

  it('refuses something that is not a domain', async () => {
    expect(await fetchDomainBlocks('https://x.example/path', opts())).toMatchObject({ ok: false, message: expect.stringContaining('not a server domain') });
  });
});
