import { describe, expect, it } from 'vitest';
import { archiveCommit } from '../../../src/lib/rules/archive-commit.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const at = (url: string, kind = 'archive') =>
  variant('    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}\n  - domain: beta.example', `    evidence: {url: ${url}, retrieved: 2023-01-13, kind: ${kind}}\n  - domain: beta.example`);

describe('archive-commit', () => {
  it('accepts archive evidence naming a 40-hex commit, and other kinds without one', () => {
    expect(run(archiveCommit, VALID)).toEqual([]);
    expect(run(archiveCommit, at(`https://github.com/archive/lists/blob/${'0a'.repeat(20)}/lists/x.csv`))).toEqual([]);
    expect(run(archiveCommit, at('https://atlas-test.example/api/v1/instance/domain_blocks', 'block-list'))).toEqual([]);
  });
  it('reports archive evidence without a commit (a list at its latest, or a short commit)', () => {
    expect(run(archiveCommit, at('https://github.com/archive/lists/blob/main/lists/x.csv'))).toEqual([
      `${F}:30:21 error archive-commit: evidence of kind archive must cite one snapshot, but "https://github.com/archive/lists/blob/main/lists/x.csv" names no commit: use the archived file's address at its commit (…/blob/<40-hex commit>/…)`,
    ]);
    expect(run(archiveCommit, at('https://github.com/archive/lists/blob/0a0a0a0/lists/x.csv'))).toHaveLength(1);
  });
  it('checks lifted_evidence too', () => {
    const text = variant('    until: 2024-01-01\n', '    until: 2024-01-01\n    lifted_evidence: {url: https://archive.example/list.csv, retrieved: 2024-01-01, kind: archive}\n');
    expect(run(archiveCommit, text)).toHaveLength(1);
  });
});
