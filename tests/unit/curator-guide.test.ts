/**
 * The curator's guide explains every validator rule, its template is a valid file, its steps come in order, and
 * its commands work: one test walks them in a scratch copy (new → fill in → validate → --fix → the pages to preview).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/rules/index.ts';
import { FOCUSES, SCALES, SOFTWARE } from '../../src/lib/schema/server.ts';
import { validate } from '../../src/lib/validate.ts';
import { validateCommand } from '../../src/cli/validate.ts';
import { runInProcess } from './cli/run-in-process.ts';

const guide = readFileSync('data/README.md', 'utf8');
const steps = guide.slice(guide.indexOf('## Add a server'), guide.indexOf('## The annotated template'));
const RULES_LINE = '  rules: https://...          #   optional: rules or code of conduct\n';

describe('data/README.md', () => {
  it('has a row for every rule in the validator', () => {
    for (const rule of RULES) expect(guide, rule.name).toContain(`| \`${rule.name}\` |`);
  });
  it('lists every allowed focus, scale and software', () => {
    for (const v of [...FOCUSES, ...SCALES, ...SOFTWARE]) expect(guide, v).toMatch(new RegExp(`\\b${v}\\b`));
  });
  it('its annotated template passes the validator but for its placeholder rules link, which the validator points at', () => {
    const template = /```yaml\n([\s\S]*?)```/.exec(guide)![1]!;
    const file = 'data/servers/toot.wales.yaml';
    expect(validate([{ file, text: template.replace(RULES_LINE, '') }], { today: '2026-11-26' })).toEqual([]);
    const line = template.split('\n').indexOf(RULES_LINE.trimEnd()) + 1;
    expect(line).toBeGreaterThan(1);
    expect(validate([{ file, text: template }], { today: '2026-11-26' }).map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual([`${line}:10 placeholder`]);
  });
  it('gives the steps in order: install, new file or import, validate and --fix, preview, pull request, CI marks', () => {
    const order = ['npm ci', 'npm run new -- <domain>', 'npm run import', 'npm run validate', 'npm run validate -- --fix', 'npm run dev', 'pull_request_template.md', '::error file='];
    const at = order.map((s) => steps.indexOf(s));
    for (const [i, s] of order.entries()) expect(at[i], s).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
  it('the pull request template asks for evidence, read dates, nothing invented and the validator\'s output', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    for (const s of ['evidence', 'retrieved', 'invented', '## Validator output', 'TODO']) expect(template, s).toContain(s);
  });
});

/** The npm commands in the guide's shell blocks, in order. */
function guideCommands(): string[] {
  return [...steps.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('npm ')));
}

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/**
 * The commands whose code a test may call in-process (the function the CLI file runs, with the scratch copy as its
 * root); the others are started as Node on the CLI file. `npm run validate` runs as a process in
 * tests/unit/cli/validate.test.ts, so here it saves four starts of Node; `npm run new` runs as a process only here.
 */
const IN_PROCESS: Record<string, (args: string[], cwd: string) => Promise<number>> = {
  'src/cli/validate.ts': (args, cwd) => validateCommand(args, cwd, { ...process.env, GITHUB_ACTIONS: '', ATLAS_BASE: '' }),
};

/** Runs a guide command (`npm run <script> -- args`) in `cwd` the way npm would: the script's CLI file, on Node. */
async function npmRun(command: string, cwd: string, domain: string) {
  const m = /^npm run ([\w:-]+)(?: -- (.*))?$/.exec(command.replace('<domain>', domain));
  if (!m) throw new Error(`not an npm run command: ${command}`);
  const cli = /^node (src\/cli\/[\w-]+\.ts)$/.exec(scripts[m[1]!] ?? '');
  if (!cli) throw new Error(`npm run ${m[1]} is not "node src/cli/<name>.ts": ${scripts[m[1]!]}`);
  const args = m[2] ? m[2].split(' ') : [];
  const inProcess = IN_PROCESS[cli[1]!];
  if (inProcess) {
    const r = await runInProcess(() => inProcess(args, cwd));
    return { code: r.code, out: r.out.trim().split('\n'), err: r.err.trim() };
  }
  const r = spawnSync(process.execPath, [join(process.cwd(), cli[1]!), ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ATLAS_BASE: '' } });
  return { code: r.status, out: r.stdout.trim().split('\n'), err: r.stderr.trim() };
}

describe('the guide\'s commands, walked in a scratch copy', () => {
  // One run of Node (new) and four of the validator in-process: about 1 s on a quiet machine; the timeout leaves room
  // for a busy shared one.
  it('new → the validator points at each placeholder → fill in → validate → --fix → passes and lists the pages to preview', { timeout: 90_000 }, async () => {
    const commands = guideCommands();
    expect(commands.slice(0, 4)).toEqual(['npm ci', 'npm run new -- <domain>', 'npm run validate', 'npm run validate -- --fix']);
    const [, newFile, validateCmd, fixCmd] = commands as [string, string, string, string];

    // A scratch project: two synthetic server files, committed, as a fresh clone has them.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-guide-walk-'));
    mkdirSync(join(dir, 'data/servers'), { recursive: true });
    for (const name of readdirSync('tests/fixtures/valid')) {
      const text = readFileSync(join('tests/fixtures/valid', name), 'utf8').replace('$schema=../../../public', '$schema=../../public');
      writeFileSync(join(dir, 'data/servers', name), text);
    }
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Walk', '-c', 'user.email=walk@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'synthetic servers');

    // Synthetic server (reserved .example name), standing for the one a curator adds.
    const domain = 'walk-test.example';
    const file = `data/servers/${domain}.yaml`;
    const created = await npmRun(newFile, dir, domain);
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain(`wrote ${file}`);

    // Unfinished: it fails, and every message is a placeholder on a line that holds one.
    const template = readFileSync(join(dir, file), 'utf8');
    const lines = template.split('\n');
    const unfinished = await npmRun(validateCmd, dir, domain);
    expect(unfinished.code).toBe(1);
    const messages = unfinished.out.filter((l) => l.startsWith(`${file}:`));
    expect(messages.length).toBeGreaterThanOrEqual(10);
    for (const m of messages) {
      expect(m).toMatch(/^[^:]+:\d+:\d+ error placeholder: /);
      expect(lines[Number(m.split(':')[1]) - 1], m).toMatch(/TODO|https:\/\/\.\.\./);
    }

    // Filled in (synthetic values), with two slips --fix can mend: a severity and a software in the wrong case.
    const filled = template
      .replace('name: TODO', 'name: Walk test')
      .replace('focus: [TODO]', 'focus: [language]')
      .replace('languages: [TODO]', 'languages: [gd]')
      .replace('label: TODO', 'label: Alba')
      .replace('scale: TODO', 'scale: nation')
      .replace('iso3166: [TODO]', 'iso3166: [GB-SCT]')
      .replace('lat: TODO', 'lat: 56.8')
      .replace('lon: TODO', 'lon: -4.2')
      .replace('software: TODO', 'software: Mastodon')
      .replace('  - url: https://...', `  - url: https://${domain}/about`)
      .replace('covers: [TODO]', 'covers: [name, focus, languages, area, software]')
      .replace('  status: unknown', '  status: partial')
      .concat(`blocks:\n  - domain: alpha.example\n    severity: Suspend\n    since: "2024"\n    evidence: {url: https://${domain}/about, retrieved: 2026-01-02}\n`);
    writeFileSync(join(dir, file), filled);
    const slipped = await npmRun(validateCmd, dir, domain);
    expect(slipped.code).toBe(1);
    expect(slipped.out.at(-1)).toMatch(/: 2 errors, 0 warnings; 2 fixable with: npm run validate -- --fix$/);

    const pages = ['Preview (npm run dev): this change touches 2 pages:', `  http://127.0.0.1:4321/servers/${domain}/`, '  http://127.0.0.1:4321/domains/alpha.example/'];
    const fixed = await npmRun(fixCmd, dir, domain);
    expect(fixed.code, fixed.out.join('\n')).toBe(0);
    expect(fixed.out[0]).toBe(`fixed ${file}`);
    expect(fixed.out.slice(-4)).toEqual(['3 files checked: 0 errors, 0 warnings', ...pages]);
    // Only the two slips changed: every comment of the template stays where it stood.
    expect(readFileSync(join(dir, file), 'utf8')).toBe(filled.replace('software: Mastodon', 'software: mastodon').replace('severity: Suspend', 'severity: suspend'));

    // Once committed, nothing differs from HEAD: no pages to list.
    git('add', '.');
    git('commit', '-qm', 'walk-test');
    expect((await npmRun(validateCmd, dir, domain)).out).toEqual(['3 files checked: 0 errors, 0 warnings']);
    rmSync(dir, { recursive: true, force: true });
  });
});
