import { describe, expect, it } from 'vitest';
import { evidenceCoverage } from '../../../src/lib/rules/evidence-coverage.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('evidence-coverage', () => {
  it('accepts a file whose facts are all covered', () => {
    expect(run(evidenceCoverage, VALID)).toEqual([]);
  });
  it('names each uncovered fact at its key', () => {
    expect(run(evidenceCoverage, variant('covers: [name, focus, languages, area, software]', 'covers: [name, focus, software]'))).toEqual([
      `${F}:5:1 error evidence-coverage: no source covers "languages": add it to the covers list of the source that supports it, or add a source`,
      `${F}:6:1 error evidence-coverage: no source covers "area": add it to the covers list of the source that supports it, or add a source`,
    ]);
  });
  it('needs evidence on a decision unless the list is named', () => {
    const bare = variant('    since: {on_or_before: 2023-07-04}\n    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}\n', '    since: {on_or_before: 2023-07-04}\n');
    expect(run(evidenceCoverage, bare)).toEqual([
      `${F}:31:5 error evidence-coverage: blocks[2] has no evidence, and blocklist.evidence names no list it was read from: add evidence with a url and retrieved date`,
    ]);
    const named = variant('  status: partial\n', '  status: published\n  evidence: {url: https://atlas-test.example/api/v1/instance/domain_blocks, retrieved: 2026-01-02}\n', bare);
    expect(run(evidenceCoverage, named)).toEqual([]);
  });
});
