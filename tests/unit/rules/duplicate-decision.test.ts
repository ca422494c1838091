import { describe, expect, it } from 'vitest';
import { duplicateDecision } from '../../../src/lib/rules/duplicate-decision.ts';
import { run, VALID } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const REPEAT = `  - domain: beta.example
    severity: suspend
    since: {on_or_before: 2023-07-04}
    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}
`;

describe('duplicate-decision', () => {
  it('accepts distinct decisions', () => {
    expect(run(duplicateDecision, VALID)).toEqual([]);
  });
  it('reports the repeat and the line of the first', () => {
    expect(run(duplicateDecision, VALID + REPEAT)).toEqual([
      `${F}:35:5 error duplicate-decision: blocks[3] repeats blocks[2] (line 31): suspend of "beta.example" since 2023-07-04; delete one`,
    ]);
  });
});

describe('duplicate-decision on a lift and a relisting', () => {
  const spans = `  - domain: gamma.example
    severity: suspend
    since: {on_or_before: 2023-01-13}
    until: 2023-01-24
    evidence: {url: https://archive.example/a, retrieved: 2023-01-13, kind: archive}
  - domain: gamma.example
    severity: suspend
    since: 2023-01-31
    evidence: {url: https://archive.example/b, retrieved: 2023-01-31, kind: archive}
`;
  it('accepts two spans of one severity on one domain', () => {
    expect(run(duplicateDecision, VALID + spans)).toEqual([]);
  });
  it('reports the same span written twice, even with different evidence', () => {
    const twice = VALID + spans + spans.split('  - domain').slice(0, 2).join('  - domain').replace('archive.example/a', 'archive.example/c');
    expect(run(duplicateDecision, twice)).toEqual([
      `${F}:44:5 error duplicate-decision: blocks[5] repeats blocks[3] (line 35): suspend of "gamma.example" since 2023-01-13; delete one`,
    ]);
  });
});
