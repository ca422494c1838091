/**
 * The refresh command, end to end, against the simulated fediverse (synthetic) on a temporary copy of synthetic
 * server files: the command's own code with a fetch that may only reach 127.0.0.1 (any other host fails the test),
 * a fake clock and a fake sleep (no real waiting).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { refreshCommand } from '../../../src/node/refresh/command.ts';
import { validate } from '../../../src/lib/validate.ts';
import { Server } from '../../../src/lib/schema/server.ts';
import { BUSY_RETRY_AFTER, startFediverse, TEST_MAX_BYTES, type Fediverse } from './simulated-fediverse.ts';

const SERVERS = fileURLToPath(new URL('../../fixtures/refresh/servers/', import.meta.url));
const START = Date.UTC(2026, 11, 1, 12, 0, 0);

let fediverse: Fediverse;
let tmp: string;
let dataDir: string;
const hosts = new Set<string>();
const outside: string[] = [];
const sleeps: number[] = [];
let clock = START;

/** A fetch that lets only 127.0.0.1 through and records every host it was asked for. */
const guarded: typeof globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url);
  hosts.add(url.hostname);
  if (url.hostname !== '127.0.0.1') {
    outside.push(url.toString());
    return Promise.reject(new Error(`the test refused a request to ${url.host}`));
  }
  return globalThis.fetch(input, init);
};

async function refresh(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await refreshCommand(
    [...args, '--data-dir', dataDir, ...fediverse.resolveArgs, '--only-resolved', '--timeout-ms', '2500', '--max-bytes', String(TEST_MAX_BYTES), '--concurrency', '6'],
    {
      fetch: guarded,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      cwd: tmp,
      env: {},
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function files(): Map<string, string> {
  const dir = join(dataDir, 'servers');
  return new Map(readdirSync(dir).sort().map((n) => [n.replace(/\.yaml$/, ''), readFileSync(join(dir, n), 'utf8')]));
}

function server(domain: string) {
  return Server.parse(parse(files().get(domain)!, { version: '1.2' }));
}

let before: Map<string, string>;
let first: Awaited<ReturnType<typeof refresh>>;

beforeAll(async () => {
  fediverse = await startFediverse();
  tmp = mkdtempSync(join(tmpdir(), 'atlas-refresh-'));
  dataDir = join(tmp, 'data');
  mkdirSync(join(dataDir, 'servers'), { recursive: true });
  cpSync(SERVERS, join(dataDir, 'servers'), { recursive: true });
  before = files();
  first = await refresh('--summary', 'summary.md');
});

afterAll(async () => {
  await fediverse.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run refresh against a simulated fediverse', () => {
  it('completes with exit status 0 even though some servers fail', () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
  });

  it('reports each server\'s outcome', () => {
    const table = Object.fromEntries(
      first.out
        .split('\n')
        .filter((l) => /^[a-z0-9.-]+\.example: /.test(l))
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2).split(': ')[0]!.replace(/ \((file written|would change its file)\)$/, '')]),
    );
    expect(table).toEqual({
      'akkoma.example': '3 added',
      'broken.example': 'no answer',
      'busy.example': '1 added',
      'garbled.example': 'bad answer',
      'gts.example': '2 added',
      'hidden.example': 'not public',
      'huge.example': 'bad answer',
      'lemmy.example': '2 added',
      'masto.example': '3 added, 1 lifted, 1 changed',
      'moved.example': 'bad answer',
      'pix.example': 'no public list',
      'pointer.example': 'bad answer',
      'quiet.example': 'not found',
      'stall.example': 'no answer',
    });
    expect(first.out).toContain('14 servers: 5 lists read (8 files changed: 11 added, 1 lifted, 1 changed); 1 not public, 1 not found, 1 no public list, 2 no answer, 4 bad answer');
  });

  it('no request left 127.0.0.1, and each carried the atlas\'s User-Agent', () => {
    expect(outside).toEqual([]);
    expect([...hosts]).toEqual(['127.0.0.1']);
    expect(fediverse.requests.length).toBeGreaterThan(20);
    for (const r of fediverse.requests) expect(r.userAgent).toMatch(/^FederationAtlas\/\S+ \(block-list refresh; \+https:\/\/github\.com\/federation-atlas\/federation-atlas\)$/);
    // Neither the other host of the redirect nor that of the NodeInfo link was asked for.
    expect(fediverse.requests.some((r) => r.domain === 'elsewhere.example' || r.domain === 'other.example')).toBe(false);
  });

  it('leaves every failing server\'s file byte for byte as it was', () => {
    const after = files();
    for (const d of ['broken.example', 'garbled.example', 'huge.example', 'moved.example', 'stall.example', 'pointer.example']) expect(after.get(d), d).toBe(before.get(d));
  });

  it('honours Retry-After with the fake sleep, and retries a 500 with backoff before giving up', () => {
    expect(sleeps).toContain(BUSY_RETRY_AFTER * 1000);
    const broken = fediverse.requests.filter((r) => r.domain === 'broken.example' && r.path === '/api/v1/instance/domain_blocks');
    expect(broken).toHaveLength(4);
    expect(sleeps).toEqual(expect.arrayContaining([2000, 4000, 8000]));
  });

  it('merges the Mastodon list: digests resolved, a severity change, a lift, a pattern that may hide a domain', () => {
    const s = server('masto.example');
    expect(s.blocklist).toEqual({ status: 'published', evidence: { url: 'https://masto.example/api/v1/instance/domain_blocks', retrieved: '2026-12-01', kind: 'block-list' } });
    const by = (d: string) => s.blocks.filter((b) => b.domain === d);
    expect(by('a.example')).toEqual([{ domain: 'a.example', severity: 'suspend', since: { on_or_before: '2026-11-01' } }]);
    const b = by('b.example');
    expect(b).toHaveLength(2);
    expect(b[0]).toMatchObject({ severity: 'silence', until: '2026-12-01', last_seen: '2026-11-01' });
    expect(b[1]).toMatchObject({ severity: 'suspend', since: { on_or_before: '2026-12-01' }, comment: 'Harassment (synthetic).' });
    expect(by('c.example')[0]).toMatchObject({ severity: 'suspend', until: '2026-12-01', last_seen: '2026-11-01', comment: 'Spam.' });
    expect(by('c.example')[0]!.evidence?.note).toContain('not in the list read on 2026-12-01');
    expect(by('e.example')[0]!.until).toBeUndefined();
    expect(by('announced.example')[0]!.until).toBeUndefined();
    expect(by('lemmy.example')[0]).toMatchObject({ severity: 'silence', obfuscated: { pattern: 'le*my.example' } });
    expect(s.blocks.find((x) => x.obfuscated?.pattern === 'e.ex*mple' && x.domain === undefined)).toBeDefined();
    expect(by('new.example')[0]).toMatchObject({ severity: 'silence', since: { on_or_before: '2026-12-01' } });
    expect(s.users).toEqual({ total: 1200, active_month: 340, counted: '2026-12-01', evidence: { url: 'https://masto.example/nodeinfo/2.0', retrieved: '2026-12-01', kind: 'api' } });
  });

  it('reads Akkoma, Lemmy and GoToSocial lists, and drops the "not read yet" note', () => {
    const a = server('akkoma.example');
    expect(a.blocklist.status).toBe('published');
    expect(a.blocklist.note).toBeUndefined();
    expect(a.blocklist.evidence?.url).toBe('https://akkoma.example/nodeinfo/2.1.json');
    expect(a.blocks.map((b) => [b.domain, b.severity, b.reject_media ?? false])).toEqual([
      ['x1.example', 'suspend', true],
      ['x2.example', 'suspend', false],
      ['x3.example', 'silence', false],
    ]);
    expect(server('lemmy.example').blocks.map((b) => b.domain)).toEqual(['y1.example', 'y2.example']);
    const g = server('gts.example');
    expect(g.blocks.map((b) => [b.domain, b.since])).toEqual([
      ['z1.example', '2026-03-04'],
      ['z2.example', '2026-05-06'],
    ]);
    expect(first.out).toContain('redirected (HTTP 301) from https://gts.example/.well-known/nodeinfo to https://gts.example/.well-known/nodeinfo-moved');
  });

  it('records why a list is unknown, and the user counts, on servers that answered', () => {
    const h = server('hidden.example');
    expect(h.blocklist).toEqual({ status: 'unknown', note: 'Checked on 2026-12-01: https://hidden.example/api/v1/instance/domain_blocks answered HTTP 403: the list is shown only to signed-in users or to its admins.' });
    expect(h.users?.total).toBe(450);
    expect(server('pix.example').blocklist.note).toMatch(/^Checked on 2026-12-01: its software \(pixelfed\) publishes no block list/);
    expect(server('quiet.example').blocklist.note).toContain('answered HTTP 404: not found');
  });

  it('writes a Markdown summary with every server in its table', () => {
    const md = readFileSync(join(tmp, 'summary.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# Block lists read on 2026-12-01: 11 added, 1 lifted, 1 changed on 5 servers');
    expect(md).toContain('| masto.example | mastodon | 3 added, 1 lifted, 1 changed | 1200 / 340 |');
    expect(md).toContain('| stall.example | mastodon | no answer |  |');
    expect(md).toContain('- hidden.example: not public: https://hidden.example/api/v1/instance/domain_blocks answered HTTP 403');
  });

  it('the validator passes on the result', () => {
    const sources = [...files()].map(([d, text]) => ({ file: `data/servers/${d}.yaml`, text }));
    const errors = validate(sources, { today: '2026-12-01' }).filter((d) => d.level === 'error');
    expect(errors).toEqual([]);
  });

  it('a second run changes nothing', async () => {
    const once = files();
    const again = await refresh('--summary', 'summary-2.md');
    expect(again.code).toBe(0);
    expect(files()).toEqual(once);
    expect(again.out).toMatch(/^masto\.example: unchanged$/m);
    expect(again.out).toContain('0 files changed');
  });

  it('a dry run prints what would change and writes nothing', async () => {
    // A copy that has not been refreshed: the dry run would change it, and must not.
    rmSync(join(dataDir, 'servers'), { recursive: true });
    cpSync(SERVERS, join(dataDir, 'servers'), { recursive: true });
    const r = await refresh('--dry-run', '--summary', 'summary-dry.md', 'masto.example', 'hidden.example');
    expect(r.code).toBe(0);
    expect(r.out).toContain('masto.example: 3 added, 1 lifted, 1 changed (would change its file)');
    expect(r.out).toContain('summary: dry run');
    expect(files()).toEqual(before);
  });
});
