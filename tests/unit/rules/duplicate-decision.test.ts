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
