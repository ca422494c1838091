/**
 * The `npm run validate` command: its output, exit codes, annotations and --fix on real files. One test starts it as
 * a process (node src/cli/validate.ts: arguments, stdout, exit status); the others call validateCommand, the same
 * code, in-process, with the folder as its root instead of a process's working directory.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../../src/cli/validate.ts';
import { runInProcess } from './run-in-process.ts';

const CLI = join(process.cwd(), 'src/cli/validate.ts');

/** The command in-process, as `npm run validate -- --today 2026-11-26 ARGS` would run it in `cwd`. */
async function run(args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const r = await runInProcess(() => validateCommand(['--today', '2026-11-26', ...args], cwd, { ...process.env, GITHUB_ACTIONS: '', ...env }));
  return { code: r.code, lines: r.out.trim().split('\n'), stderr: r.err };
}

describe('validate CLI', () => {
  it('exits 0 on the valid fixtures and says how many files it read', async () => {
    const r = await run(['tests/fixtures/valid']);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual(['2 files checked: 0 errors, 0 warnings']);
  });
  it('exits 1 and prints every message of a file with five mistakes (as a process: node src/cli/validate.ts)', () => {
    const p = spawnSync(process.execPath, [CLI, '--today', '2026-11-26', 'tests/fixtures/invalid/five-mistakes.example.yaml'], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    const r = { code: p.status, lines: p.stdout.trim().split('\n') };
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.startsWith('tests/fixtures/invalid/five-mistakes.example.yaml:'))).toHaveLength(5);
    expect(r.lines.at(-1)).toBe('1 file checked: 5 errors, 0 warnings; 1 fixable with: npm run validate -- --fix');
  });
  it('adds GitHub annotations when GITHUB_ACTIONS is set', async () => {
    const r = await run(['tests/fixtures/invalid/coordinates.example.yaml'], { GITHUB_ACTIONS: 'true' });
    expect(r.lines).toContain('::error file=tests/fixtures/invalid/coordinates.example.yaml,line=12,col=8,title=coordinates::latitude 143.1 is outside -90 to 90 (are lat and lon swapped?)');
  });
  it('without --fix never writes: every invalid fixture is byte-identical after validation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-readonly-'));
    cpSync('tests/fixtures/invalid', join(dir, 'invalid'), { recursive: true });
    const names = readdirSync(join(dir, 'invalid'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.yaml'));
    expect(names.length).toBeGreaterThan(20);
    const before = names.map((n) => readFileSync(join(dir, 'invalid', n)));
    const r = await run(['invalid'], {}, dir);
    expect(r.code).toBe(1);
    expect(names.map((n) => readFileSync(join(dir, 'invalid', n)))).toEqual(before);
  });
  it('exits 2 with a plain message for a missing path', async () => {
    const r = await run(['no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate: no such file or folder: no/such/folder');
  });
  it('--fix mends what it can in place and the rest is still reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-fix-'));
    mkdirSync(join(dir, 'data/servers'), { recursive: true });
    const target = join(dir, 'data/servers/domain-form.example.yaml');
    copyFileSync('tests/fixtures/invalid/domain-form.example.yaml', target);
    writeFileSync(target, readFileSync(target, 'utf8').replace('schema=../../../public', 'schema=../../public'));
    const r = await run(['--fix'], {}, dir);
    expect(r.lines[0]).toBe('fixed data/servers/domain-form.example.yaml');
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('  - domain: alpha.example\n');
  });
});
