/** Communities × the most-acted-on domains. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeSize } from '../../../src/lib/graph/node-size.ts';
import { reachMatrix } from '../../../src/lib/graph/matrix.ts';
import { reach } from '../../../src/lib/reach/reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { communityArb, dayArb, loadFixtures } from '../reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('reachMatrix', () => {
  it('the three most acted on domains on 2025-06-01, ties by name', () => {
    const m = reachMatrix(servers, '2025-06-01', { k: 3 });
    expect(m.communities).toEqual(['partial.example', 'precision.example', 'published.example', 'unknown.example']);
    expect(m.domains).toEqual(['threads.net', 'child.parent.example', 'gamma.example']);
    expect(m.cells).toEqual([
      ['suspends', 'unknown', 'unknown'],
      ['reaches', 'limits', 'suspends'],
      ['suspends', 'reaches', 'reaches'],
      ['unknown', 'unknown', 'unknown'],
    ]);
  });

  it('chosen columns, and null where a community meets itself', () => {
    const m = reachMatrix(servers, '2025-06-01', { domains: ['partial.example', 'threads.net'] });
    expect(m.domains).toEqual(['partial.example', 'threads.net']);
    expect(m.cells[0]).toEqual([null, 'suspends']);
    expect(m.cells[2]).toEqual(['limits', 'suspends']);
  });

  it('property: dimensions, and every cell is the reach answer', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, dayArb, fc.integer({ min: 0, max: 8 }), (cs, t, k) => {
        const m = reachMatrix(cs, t, { k });
        expect(m.cells).toHaveLength(cs.length);
        expect(m.domains.length).toBeLessThanOrEqual(k);
        m.cells.forEach((row, i) => {
          expect(row).toHaveLength(m.domains.length);
          row.forEach((cell, j) => expect(cell).toBe(reach(cs.find((c) => c.domain === m.communities[i])!, m.domains[j]!, t).state));
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('nodeSize', () => {
  it('3 + 3·√n, rounded: area about in proportion to the count', () => {
    expect([0, 1, 4, 25, 2].map(nodeSize)).toEqual([3, 6, 9, 18, 7.2]);
    expect([-1, Number.NaN, Infinity].map(nodeSize)).toEqual([3, 3, 3]);
  });
  it('property: never smaller for more', () => {
    fc.assert(fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        expect(nodeSize(Math.min(a, b))).toBeLessThanOrEqual(nodeSize(Math.max(a, b)));
      }),
    );
  });
});

describe('reachMatrix after the readings', () => {
  it('a published list read before the day still reaches what it did not list (the same answer as every view)', () => {
    const matrix = reachMatrix(servers, '2026-11-26', { domains: ['threads.net'] });
    expect(matrix.cells.map((r) => r[0])).toEqual(['suspends', 'reaches', 'suspends', 'unknown']);
  });
});
