import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countServerFiles, LARGE_DATASET_PAGES, PAGE_BATCH_SERVERS, pagesAtOnce, SMALL_DATASET_PAGES } from '../../../src/node/pages-at-once.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-pages-at-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pagesAtOnce', () => {
  it('renders more pages at once for a small dataset than for a large one, switching above the threshold', () => {
    expect(SMALL_DATASET_PAGES).toBeGreaterThan(LARGE_DATASET_PAGES);
    expect(pagesAtOnce(0)).toBe(SMALL_DATASET_PAGES);
    expect(pagesAtOnce(PAGE_BATCH_SERVERS)).toBe(SMALL_DATASET_PAGES);
    expect(pagesAtOnce(PAGE_BATCH_SERVERS + 1)).toBe(LARGE_DATASET_PAGES);
    expect(pagesAtOnce(30_000)).toBe(LARGE_DATASET_PAGES);
  });
});

describe('countServerFiles', () => {
  it('counts the .yaml files of a folder, not its other files nor its sub-folders', () => {
    // Synthetic files: the names are made up for the test.
    for (const name of ['a.example.yaml', 'b.example.yaml', 'README.md', 'c.example.yml']) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'nested.yaml'));
    expect(countServerFiles(dir)).toBe(2);
  });
  it('counts none in a folder that does not exist', () => {
    expect(countServerFiles(join(dir, 'missing'))).toBe(0);
  });
});
