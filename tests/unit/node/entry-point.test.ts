/** isEntryPoint: a CLI file runs its command when Node was started on it, and only then (not when a test imports it). */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntryPoint } from '../../../src/node/entry-point.ts';

// Synthetic files in a temporary folder: a script, a symlink to it, and a symlinked folder holding it.
const dir = mkdtempSync(join(tmpdir(), 'atlas-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'cli.ts'), '');
writeFileSync(join(dir, 'other.ts'), '');
symlinkSync(join(dir, 'cli.ts'), join(dir, 'link.ts'));
symlinkSync(dir, join(dir, 'folder-link'));
const cli = pathToFileURL(join(dir, 'cli.ts')).href;

describe('isEntryPoint', () => {
  it('is true for the script Node was started on, by path', () => {
    expect(isEntryPoint(cli, join(dir, 'cli.ts'))).toBe(true);
  });
  it('is true when the script was named through a symlink, or through a symlinked folder (Node runs the real file)', () => {
    expect(isEntryPoint(cli, join(dir, 'link.ts'))).toBe(true);
    expect(isEntryPoint(cli, join(dir, 'folder-link', 'cli.ts'))).toBe(true);
  });
  it('is false for another script, a missing one, none, or a module that is not a file', () => {
    expect(isEntryPoint(cli, join(dir, 'other.ts'))).toBe(false);
    expect(isEntryPoint(cli, join(dir, 'missing.ts'))).toBe(false);
    expect(isEntryPoint(cli, undefined)).toBe(false);
    expect(isEntryPoint('data:text/javascript,0', join(dir, 'cli.ts'))).toBe(false);
  });
  it('is false for a module imported by the test runner: the test file itself is not the program Node started', () => {
    expect(isEntryPoint(import.meta.url)).toBe(false);
  });
});
