/**
 * The refresh's HTTP client, driven by a scripted fetch and a fake clock: no network, no real waiting (except the
 * one time-out test, which uses a 30 ms limit).
 */
import { describe, expect, it } from 'vitest';
import { createClient, retryAfterMs, type ClientOptions } from '../../../../src/node/refresh/http.ts';

type Scripted = { status: number; body?: string; headers?: Record<string, string> } | 'throw' | 'hang';

/** A fetch that answers from a script per URL (the last answer repeats) and records every call. */
function scripted(script: Record<string, Scripted[]>) {
  const calls: { url: string; at: number; init: RequestInit | undefined }[] = [];
  const clock = { t: 1_000_000 };
  const sleeps: number[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, at: clock.t, init });
    const list = script[url] ?? [{ status: 404, body: '{}' }];
    const n = calls.filter((c) => c.url === url).length;
    const step = list[Math.min(n - 1, list.length - 1)]!;
    if (step === 'throw') throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    if (step === 'hang') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return new Response(step.body ?? '', { status: step.status, headers: step.headers });
  }) as typeof globalThis.fetch;
  const options: ClientOptions = {
    fetch,
    now: () => clock.t,
    // Fake: no real waiting, but the other requests of the moment go first, as they would.
    sleep: async (ms) => {
      sleeps.push(ms);
      await new Promise((resolve) => setImmediate(resolve));
      clock.t += ms;
    },
    userAgent: 'FederationAtlas/test (+https://example.org)',
  };
  return { calls, sleeps, clock, options };
}

const LIST = 'https://a.example/api/v1/instance/domain_blocks';

describe('refresh HTTP client', () => {
  it('sends the User-Agent and asks for JSON; reads the text', async () => {
    const s = scripted({ [LIST]: [{ status: 200, body: '[]' }] });
    const r = await createClient(s.options)(LIST);
    expect(r).toEqual({ ok: true, url: LIST, text: '[]', redirects: [] });
    const headers = s.calls[0]!.init!.headers as Record<string, string>;
    expect(headers['user-agent']).toBe('FederationAtlas/test (+https://example.org)');
    expect(headers.accept).toBe('application/json');
    expect(s.calls[0]!.init!.redirect).toBe('manual');
  });

  it('honours Retry-After in seconds on a 429, then reads the list', async () => {
    const s = scripted({ [LIST]: [{ status: 429, headers: { 'retry-after': '7' } }, { status: 200, body: '[1]' }] });
    const r = await createClient({ ...s.options, paceMs: 0 })(LIST);
    expect(r.ok).toBe(true);
    expect(s.sleeps).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date', () => {
    const now = Date.UTC(2026, 11, 1, 12, 0, 0);
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('gives up at once when Retry-After asks for longer than the cap', async () => {
    const s = scripted({ [LIST]: [{ status: 503, headers: { 'retry-after': '3600' } }] });
    const r = await createClient({ ...s.options, maxWaitMs: 60_000 })(LIST);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'wait-too-long', seconds: 3600, capSeconds: 60 } });
    expect(s.calls).toHaveLength(1);
    expect(s.sleeps).toEqual([]);
  });

  it('backs off exponentially on a 500 and reports the tries', async () => {
    const s = scripted({ [LIST]: [{ status: 500 }] });
    const r = await createClient({ ...s.options, retries: 3, backoffMs: 1000, paceMs: 0 })(LIST);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'status', status: 500, attempts: 4 } });
    expect(s.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('retries a refused connection, then reports it', async () => {
    const s = scripted({ [LIST]: ['throw'] });
    const r = await createClient({ ...s.options, retries: 1, backoffMs: 10, paceMs: 0 })(LIST);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'network', message: 'connect ECONNREFUSED', attempts: 2 } });
  });

  it('does not retry a 403 or a 404', async () => {
    const s = scripted({ [LIST]: [{ status: 403 }], 'https://a.example/x': [{ status: 404 }] });
    const client = createClient(s.options);
    expect(await client(LIST)).toMatchObject({ ok: false, failure: { kind: 'status', status: 403, attempts: 1 } });
    expect(await client('https://a.example/x')).toMatchObject({ ok: false, failure: { kind: 'status', status: 404 } });
    expect(s.calls).toHaveLength(2);
  });

  it('spaces requests to one host by the pace, and lets other hosts go at once', async () => {
    const s = scripted({});
    const client = createClient({ ...s.options, paceMs: 1000 });
    await Promise.all([client('https://a.example/1'), client('https://a.example/2'), client('https://b.example/1')]);
    const at = (url: string) => s.calls.find((c) => c.url === url)!.at - 1_000_000;
    expect(at('https://a.example/1')).toBe(0);
    expect(at('https://a.example/2')).toBe(1000);
    // One pause in all: a.example's second request waited, b.example's first did not.
    expect(s.sleeps).toEqual([1000]);
  });

  it('abandons a request that stalls after the time limit', async () => {
    const s = scripted({ [LIST]: ['hang'] });
    const r = await createClient({ ...s.options, timeoutMs: 30 })(LIST);
    expect(r).toMatchObject({ ok: false, failure: { kind: 'timeout', ms: 30 } });
    expect(s.calls).toHaveLength(1);
  });

  it('refuses an answer over the size cap, declared or streamed', async () => {
    const big = 'x'.repeat(2000);
    const s = scripted({ [LIST]: [{ status: 200, body: big, headers: { 'content-length': '2000' } }], 'https://a.example/stream': [{ status: 200, body: big }] });
    const client = createClient({ ...s.options, maxBytes: 1000 });
    expect(await client(LIST)).toMatchObject({ ok: false, failure: { kind: 'too-large', limit: 1000 } });
    expect(await client('https://a.example/stream')).toMatchObject({ ok: false, failure: { kind: 'too-large' } });
  });

  it('follows and records a same-host redirect; never follows one to another host or to http', async () => {
    const s = scripted({
      [LIST]: [{ status: 301, headers: { location: '/api/v1/instance/domain_blocks/' } }],
      [`${LIST}/`]: [{ status: 200, body: '[]' }],
      'https://a.example/away': [{ status: 302, headers: { location: 'https://b.example/list' } }],
      'https://a.example/down': [{ status: 302, headers: { location: 'http://a.example/list' } }],
    });
    const client = createClient(s.options);
    expect(await client(LIST)).toEqual({ ok: true, url: `${LIST}/`, text: '[]', redirects: [{ from: LIST, to: `${LIST}/`, status: 301 }] });
    expect(await client('https://a.example/away')).toMatchObject({ ok: false, failure: { kind: 'redirect-away', location: 'https://b.example/list' } });
    expect(await client('https://a.example/down')).toMatchObject({ ok: false, failure: { kind: 'redirect-away', location: 'http://a.example/list' } });
    expect(s.calls.map((c) => c.url)).not.toContain('https://b.example/list');
  });

  it('reads https addresses only', async () => {
    const s = scripted({});
    const r = await createClient(s.options)('http://a.example/list');
    expect(r).toMatchObject({ ok: false, failure: { kind: 'refused' } });
    expect(s.calls).toHaveLength(0);
  });

  it('sends a resolved domain to its local copy, and reports the public address', async () => {
    const s = scripted({ 'http://127.0.0.1:9/copy/api/v1/instance/domain_blocks': [{ status: 200, body: '[]' }] });
    const r = await createClient({ ...s.options, resolve: new Map([['a.example', 'http://127.0.0.1:9/copy']]) })(LIST);
    expect(r).toMatchObject({ ok: true, url: LIST });
    expect(s.calls.map((c) => c.url)).toEqual(['http://127.0.0.1:9/copy/api/v1/instance/domain_blocks']);
  });
});
