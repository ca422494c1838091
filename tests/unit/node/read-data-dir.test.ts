/** Reading a folder of data files: where it is, sorted, and tens of thousands of files without running out of file handles. */
import { linkSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/node/read-data-dir.ts';

// Synthetic files in a temporary folder: only names and order matter here.
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-read-'));
  await mkdir(join(root, 'project', 'data', 'servers'), { recursive: true });
  await mkdir(join(root, 'elsewhere'), { recursive: true });
  await writeFile(join(root, 'project', 'data', 'servers', 'b.example.yaml'), 'b');
  await writeFile(join(root, 'project', 'data', 'servers', 'a.example.yaml'), 'a');
  await writeFile(join(root, 'project', 'data', 'servers', 'notes.txt'), 'x');
  await writeFile(join(root, 'elsewhere', 'c.example.yaml'), 'c');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('readDataDir: where the folder is', () => {
  it('reads a folder relative to the root, in code-point order, keeping only the extension asked for', async () => {
    const files = await readDataDir(join(root, 'project'), 'data/servers', '.yaml');
    expect(files.map((f) => [f.file, f.text])).toEqual([
      ['data/servers/a.example.yaml', 'a'],
      ['data/servers/b.example.yaml', 'b'],
    ]);
  });

  it('reads an absolute folder outside the root (ATLAS_DATA_DIR) rather than joining it under the root', async () => {
    const files = await readDataDir(join(root, 'project'), join(root, 'elsewhere'), '.yaml');
    expect(files.map((f) => f.text)).toEqual(['c']);
    expect(files[0]!.path).toBe(join(root, 'elsewhere', 'c.example.yaml'));
  });

  it('yields no files for a missing folder', async () => {
    expect(await readDataDir(join(root, 'project'), 'data/nothing', '.yaml')).toEqual([]);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'atlas-read-data-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDataDir', () => {
  it('reads more files than a process may hold open at once (the bench\'s 30,000 servers failed with EMFILE), in code-point order', async () => {
    // Synthetic files. 25,000 is above the usual soft limit of open files (ulimit -n: 20,000 on the project's machine).
    // The first and last are written; the others are hard links to one file: each name is still opened on its own
    // (what runs out of handles), at a quarter of the cost of writing 25,000 files.
    const n = 25_000;
    const name = (i: number) => join(dir, `s${String(i).padStart(5, '0')}.yaml`);
    writeFileSync(name(n - 1), `n: ${n - 1}\n`);
    writeFileSync(name(0), 'n: 0\n');
    writeFileSync(join(dir, 'shared.txt'), 'n: shared\n');
    for (let i = n - 2; i >= 1; i--) linkSync(join(dir, 'shared.txt'), name(i));
    writeFileSync(join(dir, 'other.txt'), 'not yaml');
    const files = await readDataDir(dir, '.', '.yaml');
    expect(files).toHaveLength(n);
    expect(files[0]!.file).toBe('s00000.yaml');
    expect(files[0]!.text).toBe('n: 0\n');
    expect(files[1]!.text).toBe('n: shared\n');
    expect(files.at(-1)!.text).toBe(`n: ${n - 1}\n`);
  });
  it('a missing folder yields no files', async () => {
    expect(await readDataDir(dir, 'missing', '.yaml')).toEqual([]);
  });
});
