/**
 * `npm run refresh` as a command: its options, and the pull request's dry run (`--print-pr`), which the workflow's
 * pull-request step runs to get its title and body. That step is run as a process (node src/cli/refresh.ts: the
 * wiring of arguments, output and exit status); the refusals call refreshCommand, the code behind it, in-process,
 * with a network that fails the test if asked. No request is made here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownSummary } from '../../../src/lib/refresh/report.ts';
import { refreshCommand } from '../../../src/node/refresh/command.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'atlas-refresh-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The command as a process: node src/cli/refresh.ts. */
function cliProcess(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/refresh.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The command in-process, as src/cli/refresh.ts calls it but with no network, clock or sleeping. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const refused = () => {
    throw new Error('the test allows no request, no clock and no sleeping');
  };
  const code = await refreshCommand(args, { fetch: refused, now: refused, sleep: refused, out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT, env: {} });
  return { code, out: out.map((l) => `${l}\n`).join(''), err: err.map((l) => `${l}\n`).join('') };
}

describe('npm run refresh (command)', () => {
  it('prints the pull request title and body from a summary (the workflow step, as a dry run; as a process)', () => {
    const summary = markdownSummary('2026-12-01', [
      { domain: 'a.example', file: 'data/servers/a.example.yaml', software: 'mastodon', outcome: 'read', added: ['entry 1: x.example: suspend, on or before 2026-12-01'], lifted: [], changed: [], notes: [], changedFile: true },
      { domain: 'b.example', file: 'data/servers/b.example.yaml', outcome: 'no-answer', reason: 'https://b.example/.well-known/nodeinfo gave no complete answer within 20 s: abandoned', added: [], lifted: [], changed: [], notes: [], changedFile: false },
    ]);
    const file = join(tmp, 'summary.md');
    writeFileSync(file, summary);
    const r = cliProcess('--print-pr', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [first, blank, ...body] = r.out.split('\n');
    expect(first).toBe('title: Block lists read on 2026-12-01: 1 added, 0 lifted, 0 changed on 1 server');
    expect(blank).toBe('');
    expect(body.join('\n')).toBe(summary);
    expect(r.out).toContain('| b.example |  | no answer |  |');
  });

  it('refuses bad options with exit status 2 and the usage', async () => {
    const r = await cli('--resolve', 'nonsense');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--resolve expects DOMAIN=URL');
    expect(r.err).toContain('Usage: npm run refresh');
  });

  it('names only curated servers', async () => {
    const r = await cli('nowhere.example', '--data-dir', tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no such folder|has no file/);
  });
});
