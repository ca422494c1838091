/**
 * The `npm run import` command on files: dry runs, writes, idempotence, its messages and exit statuses. One test
 * starts it as a process (node src/cli/import.ts: arguments, stdout, exit status); the others call importCommand,
 * the same code, in-process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../../src/cli/import.ts';
import { runInProcess } from '../cli/run-in-process.ts';
import { parseServer } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIX = join(ROOT, 'tests/fixtures/import');
const tmp = mkdtempSync(join(tmpdir(), 'atlas-import-'));
const data = join(tmp, 'data');
mkdirSync(join(data, 'servers'), { recursive: true });
cpSync(join(FIX, 'server-curated.yaml'), join(data, 'servers', 'social.example.yaml'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The command in-process, as `npm run import -- ARGS --data-dir <the test's folder>` would run it. */
function cli(...args: string[]) {
  return runInProcess(() => importCommand([...args, '--data-dir', data]));
}

/** The command as a process: node src/cli/import.ts. */
function cliProcess(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/import.ts'), ...args, '--data-dir', data], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run import (CLI)', () => {
  const file = join(data, 'servers', 'social.example.yaml');

  it('a dry run prints the report and writes nothing', async () => {
    const before = readFileSync(file, 'utf8');
    const r = await cli('mastodon-csv', join(FIX, 'messy.csv'), '--server', 'social.example', '--source-url', 'https://social.example/blocks.csv', '--retrieved', '2026-02-01', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 added');
    expect(r.out).toContain('line 7: odd.example: unknown severity "block"');
    expect(r.out).toContain('dry run, not written');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('writes a valid file (as a process: node src/cli/import.ts), and a second run changes nothing', async () => {
    const args = ['mastodon-json', join(FIX, 'domain_blocks.json'), '--server', 'social.example', '--retrieved', '2026-02-01'];
    const r = cliProcess(...args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('written');
    const text = readFileSync(file, 'utf8');
    const server = parseServer(text);
    expect(server.blocklist.evidence).toEqual({ url: 'https://social.example/api/v1/instance/domain_blocks', retrieved: '2026-02-01', kind: 'block-list' });
    const again = await cli(...args);
    expect(again.out).toContain('nothing to change');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('resolves digests against candidates given with --candidates', async () => {
    const candidates = join(tmp, 'candidates.txt');
    writeFileSync(candidates, '# domains to try\nsecret.example\nhidden.example, with a remark\n\nnot-a-domain\n');
    const r = await cli('mastodon-json', join(FIX, 'domain_blocks.json'), '--server', 'social.example', '--retrieved', '2026-02-01', '--dry-run', '--candidates', candidates);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 resolved by digest, 0 kept unresolved');
    expect(r.out).toContain('resolved as secret.example');
    expect(r.out).toContain('resolved as hidden.example');
  });

  it('says how to create a server file that does not exist', async () => {
    const r = await cli('mastodon-json', join(FIX, 'domain_blocks.json'), '--server', 'nowhere.example');
    expect(r.code).toBe(1);
    expect(r.err).toContain('does not exist');
    expect(r.err).toContain('near-me');
    expect(r.err).toContain('npm run new -- nowhere.example');
  });

  it('asks where a CSV list is published', async () => {
    const r = await cli('mastodon-csv', join(FIX, 'admin-export.csv'), '--server', 'social.example');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--source-url');
  });

  it('rejects an unknown format with the usage', async () => {
    const r = await cli('misskey', 'x.json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: npm run import');
  });

  it('creates server files from a Near Me map, once', async () => {
    const r = await cli('near-me', join(FIX, 'near-me.umap'), '--retrieved', '2026-02-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('7 file(s) created');
    const created = readdirSync(join(data, 'servers')).filter((f) => f !== 'social.example.yaml');
    expect(created).toHaveLength(7);
    for (const f of created) parseServer(readFileSync(join(data, 'servers', f), 'utf8'));
    expect(existsSync(join(data, 'servers', 'pixels.example.yaml'))).toBe(true);
    const again = await cli('near-me', join(FIX, 'near-me.umap'), '--retrieved', '2026-02-01');
    expect(again.out).toContain('0 file(s) created');
  });

  it('nodeinfo: writes the user counts of a NodeInfo file as the users field, with its evidence, and is idempotent', async () => {
    const args = ['nodeinfo', join(FIX, 'nodeinfo-users.json'), '--server', 'social.example', '--source-url', 'https://social.example/nodeinfo/2.0', '--retrieved', '2026-02-01'];
    const r = await cli(...args);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('users.total 1234, users.active_month 321, counted 2026-02-01');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('users:\n  total: 1234\n  active_month: 321\n  counted: 2026-02-01\n  evidence:\n    url: https://social.example/nodeinfo/2.0\n    retrieved: 2026-02-01\n    kind: api\n');
    expect((await cli(...args)).out).toContain('nothing to change');
    const bad = await cli('nodeinfo', join(FIX, 'nodeinfo-users.json'), '--server', 'social.example', '--retrieved', '2026-02-01');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--source-url');
  });
});
