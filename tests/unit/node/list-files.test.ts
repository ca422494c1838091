import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/node/list-files.ts';

// Synthetic files in a temporary folder.
const dir = mkdtempSync(join(tmpdir(), 'atlas-list-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'domains', 'b.example'), { recursive: true });
mkdirSync(join(dir, 'feeds', 'empty'), { recursive: true });
writeFileSync(join(dir, 'index.html'), '');
writeFileSync(join(dir, 'domains', 'b.example', 'index.html'), '');
writeFileSync(join(dir, 'feeds', 'atlas.xml'), '');

describe('listFiles', () => {
  it('lists every file below a folder, relative, with / separators, in code-point order, folders left out', async () => {
    expect(await listFiles(dir)).toEqual(['domains/b.example/index.html', 'feeds/atlas.xml', 'index.html']);
  });

  it('keeps only the files with the ending asked for', async () => {
    expect(await listFiles(dir, '.xml')).toEqual(['feeds/atlas.xml']);
  });
});
