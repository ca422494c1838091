/** Reading a folder of data files: sorted, and tens of thousands of files without running out of file handles. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../../src/node/read-data-dir.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-read-data-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDataDir', () => {
  it('reads more files than a process may hold open at once (the bench\'s 30,000 servers failed with EMFILE), in code-point order', async () => {
    // Synthetic files. 25,000 is above the usual soft limit of open files (ulimit -n: 20,000 on the project's machine).
    const n = 25_000;
    for (let i = n - 1; i >= 0; i--) writeFileSync(join(dir, `s${String(i).padStart(5, '0')}.yaml`), `n: ${i}\n`);
    writeFileSync(join(dir, 'other.txt'), 'not yaml');
    const files = await readDataDir(dir, '.', '.yaml');
    expect(files).toHaveLength(n);
    expect(files[0]!.file).toBe('s00000.yaml');
    expect(files.at(-1)!.text).toBe(`n: ${n - 1}\n`);
  }, 60_000);
  it('a missing folder yields no files', async () => {
    expect(await readDataDir(dir, 'missing', '.yaml')).toEqual([]);
  });
});
