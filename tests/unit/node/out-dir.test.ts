/** The previous build moved aside at once and deleted alongside: the output folder is left as Astro would leave it. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOutDirAside } from '../../../src/node/out-dir.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  dirs.push(d);
  return d;
}

describe('clearOutDirAside', () => {
  it('empties the folder at once but for .git, and deletes what it moved', async () => {
    const root = tempDir();
    const out = join(root, 'dist');
    const old = join(root, 'old');
    mkdirSync(join(out, 'domains', 'a.example'), { recursive: true });
    writeFileSync(join(out, 'domains', 'a.example', 'index.html'), 'page');
    writeFileSync(join(out, 'index.html'), 'home');
    mkdirSync(join(out, '.git'));
    const deleting = clearOutDirAside(out, old);
    expect(readdirSync(out)).toEqual(['.git']);
    await deleting;
    expect(readdirSync(old)).toEqual([]);
  });
  it('deletes what an earlier build into the same folder left aside, and nothing another folder left', async () => {
    const root = tempDir();
    const old = join(root, 'old');
    mkdirSync(join(old, 'dist@1', 'data'), { recursive: true });
    mkdirSync(join(old, 'dist-fixture@1'), { recursive: true });
    await clearOutDirAside(join(root, 'dist'), old);
    expect(readdirSync(old)).toEqual(['dist-fixture@1']);
  });
  it('does nothing to a folder that is not there', async () => {
    const root = tempDir();
    await clearOutDirAside(join(root, 'dist'), join(root, 'old'));
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
