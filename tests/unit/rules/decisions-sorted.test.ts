import { describe, expect, it } from 'vitest';
import { decisionsSorted } from '../../../src/lib/rules/decisions-sorted.ts';
import { fixed, run, VALID } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const BETA = `  - domain: beta.example
    severity: suspend
    since: {on_or_before: 2023-07-04}
    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}
`;
const [HEAD, ALPHAS] = VALID.split('blocks:\n') as [string, string];
const UNSORTED = `${HEAD}blocks:\n${BETA}  # a comment that must travel with the alpha entry\n${ALPHAS.replace(BETA, '')}`;

describe('decisions-sorted', () => {
  it('accepts sorted decisions', () => {
    expect(run(decisionsSorted, VALID)).toEqual([]);
  });
  it('reports the first decision out of order', () => {
    expect(run(decisionsSorted, UNSORTED)).toEqual([
      `${F}:27:5 error decisions-sorted: blocks are not sorted: "alpha.example" (blocks[1]) comes after "beta.example"; sort by domain, then since (fixable with --fix)`,
    ]);
  });
  it('--fix sorts them and keeps the comment', () => {
    const out = fixed(UNSORTED);
    expect(run(decisionsSorted, out)).toEqual([]);
    expect(out).toContain('# a comment that must travel with the alpha entry');
    expect(out.indexOf('alpha.example')).toBeLessThan(out.indexOf('beta.example'));
  });
});
