/**
 * A simulated fediverse for the refresh's tests (synthetic): one HTTP server on 127.0.0.1 serving many virtual
 * hosts, one path prefix per domain (`/masto.example/api/v1/...`), so `--resolve masto.example=<origin>/masto.example`
 * sends the refresh there. Answers come from tests/fixtures/refresh/answers/ or are made here in the real shapes;
 * some servers misbehave on purpose.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ANSWERS = fileURLToPath(new URL('../../fixtures/refresh/answers/', import.meta.url));

/** The size of the over-the-cap answer (the tests run with a smaller --max-bytes). */
export const HUGE_BYTES = 300_000;

/** The largest answer the tests allow (--max-bytes). */
export const TEST_MAX_BYTES = 100_000;

/** How long the Retry-After of busy.example asks to wait, in seconds. */
export const BUSY_RETRY_AFTER = 7;

function answer(path: string): string {
  return readFileSync(ANSWERS + path, 'utf8');
}

/** A NodeInfo 2.0 document in the real shape (synthetic numbers). */
function nodeinfo(software: string, version: string, total: number, activeMonth: number): string {
  return JSON.stringify({
    version: '2.0',
    software: { name: software, version },
    protocols: ['activitypub'],
    services: { outbound: [], inbound: [] },
    usage: { users: { total, activeMonth, activeHalfyear: activeMonth + 1 }, localPosts: total * 10 },
    openRegistrations: true,
    metadata: {},
  });
}

/** `/.well-known/nodeinfo` linking to `href`. */
function links(href: string, rel = 'http://nodeinfo.diaspora.software/ns/schema/2.0'): string {
  return JSON.stringify({ links: [{ rel, href }] });
}

type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'stall';
type Handler = (rest: string, hit: number, req: IncomingMessage) => Reply | undefined;

const json = (body: string, status = 200): Reply => ({ status, body });
const standard = (domain: string, software: string, total: number, active: number) => (rest: string) =>
  rest === '/.well-known/nodeinfo' ? json(links(`https://${domain}/nodeinfo/2.0`)) : rest === '/nodeinfo/2.0' ? json(nodeinfo(software, '1.0.0', total, active)) : undefined;

/** Every simulated server: what it answers on each path. */
const HOSTS: Record<string, Handler> = {
  'masto.example': (rest) => standard('masto.example', 'mastodon', 1200, 340)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? json(answer('masto.example/domain_blocks.json')) : undefined),
  'akkoma.example': (rest) =>
    rest === '/.well-known/nodeinfo'
      ? json(links('https://akkoma.example/nodeinfo/2.1.json', 'http://nodeinfo.diaspora.software/ns/schema/2.1'))
      : rest === '/nodeinfo/2.1.json'
        ? json(answer('akkoma.example/nodeinfo-2.1.json'))
        : undefined,
  'lemmy.example': (rest) => standard('lemmy.example', 'lemmy', 800, 95)(rest) ?? (rest === '/api/v3/federated_instances' ? json(answer('lemmy.example/federated_instances.json')) : undefined),
  // Its /.well-known/nodeinfo moved within the host: a same-host redirect, followed and recorded.
  'gts.example': (rest) =>
    rest === '/.well-known/nodeinfo'
      ? { status: 301, headers: { location: '/.well-known/nodeinfo-moved' } }
      : rest === '/.well-known/nodeinfo-moved'
        ? json(links('https://gts.example/nodeinfo/2.0'))
        : rest === '/nodeinfo/2.0'
          ? json(nodeinfo('gotosocial', '0.17.0', 9, 4))
          : rest === '/api/v1/instance/peers?filter=suspended'
            ? json(answer('gts.example/peers-suspended.json'))
            : undefined,
  'hidden.example': (rest) => standard('hidden.example', 'mastodon', 450, 120)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? json('{"error":"This method requires an authenticated user"}', 403) : undefined),
  // Rate-limited: every other request to its list is a 429 with Retry-After; the retry gets the list.
  'busy.example': (rest, hit) =>
    standard('busy.example', 'mastodon', 300, 80)(rest) ??
    (rest === '/api/v1/instance/domain_blocks'
      ? hit % 2 === 1
        ? { status: 429, body: '{"error":"Too many requests"}', headers: { 'retry-after': String(BUSY_RETRY_AFTER) } }
        : json(answer('busy.example/domain_blocks.json'))
      : undefined),
  'broken.example': (rest) => standard('broken.example', 'mastodon', 70, 20)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? { status: 500, body: 'Internal Server Error', headers: { 'content-type': 'text/plain' } } : undefined),
  'garbled.example': (rest) => standard('garbled.example', 'mastodon', 60, 10)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? json(answer('garbled.example/domain_blocks.json')) : undefined),
  'huge.example': (rest) =>
    standard('huge.example', 'mastodon', 50, 5)(rest) ??
    (rest === '/api/v1/instance/domain_blocks' ? json(JSON.stringify(Array.from({ length: Math.ceil(HUGE_BYTES / 100) }, (_, i) => ({ domain: `n${i}.example`, severity: 'suspend', comment: 'x'.repeat(60) })))) : undefined),
  'moved.example': (rest) => standard('moved.example', 'mastodon', 40, 4)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? { status: 302, headers: { location: 'https://elsewhere.example/api/v1/instance/domain_blocks' } } : undefined),
  // Answers NodeInfo, then its list's headers, and never finishes the body.
  'stall.example': (rest) => standard('stall.example', 'mastodon', 30, 3)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? 'stall' : undefined),
  'pointer.example': (rest) => (rest === '/.well-known/nodeinfo' ? json(links('https://other.example/nodeinfo/2.0')) : undefined),
  'pix.example': standard('pix.example', 'pixelfed', 2500, 600),
  'quiet.example': (rest) => standard('quiet.example', 'mastodon', 25, 2)(rest) ?? (rest === '/api/v1/instance/domain_blocks' ? json('{"error":"Record not found"}', 404) : undefined),
};

/** The simulated domains. */
export const SIMULATED = Object.keys(HOSTS).sort();

/** A running simulated fediverse. */
export interface Fediverse {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** `--resolve` options for every simulated domain. */
  resolveArgs: string[];
  /** Every request: the domain and the path (with query), in order. */
  requests: { domain: string; path: string; method: string; userAgent: string }[];
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Starts the simulated fediverse on 127.0.0.1 (a free port). */
export async function startFediverse(): Promise<Fediverse> {
  const requests: Fediverse['requests'] = [];
  const hits = new Map<string, number>();
  const stalled = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const m = /^\/([a-z0-9.-]+)(\/.*)?$/.exec(url);
    const domain = m?.[1] ?? '';
    const rest = m?.[2] ?? '/';
    requests.push({ domain, path: rest, method: req.method ?? '', userAgent: String(req.headers['user-agent'] ?? '') });
    const key = `${domain}${rest}`;
    const hit = (hits.get(key) ?? 0) + 1;
    hits.set(key, hit);
    const reply = HOSTS[domain]?.(rest, hit, req) ?? { status: 404, body: '{"error":"Record not found"}' };
    if (reply === 'stall') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      stalled.add(res);
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(reply.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    resolveArgs: SIMULATED.flatMap((d) => ['--resolve', `${d}=${origin}/${d}`]),
    requests,
    close: async () => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
