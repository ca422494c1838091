/** Which full-graph variants a build makes. */
import { describe, expect, it } from 'vitest';
import { chooseVariants } from '../../../src/lib/views/variant-budget.ts';

const sizes = [
  { minActing: 1, nodes: 90_000, edges: 1_000_000 },
  { minActing: 2, nodes: 40_000, edges: 400_000 },
  { minActing: 3, nodes: 31_000, edges: 60_000 },
  { minActing: 5, nodes: 30_500, edges: 50_000 },
  { minActing: 10, nodes: 30_100, edges: 20_000 },
];

describe('chooseVariants', () => {
  it('builds every variant within the budget (at most, not below), and the default whatever its size', () => {
    expect(chooseVariants([10, 1, 3, 2, 5], sizes, 10, 50_000)).toEqual({ built: [5, 10], withheld: [sizes[0], sizes[1], sizes[2]] });
    expect(chooseVariants([1, 2, 3, 5, 10], sizes, 2, 50_000)).toEqual({ built: [2, 5, 10], withheld: [sizes[0], sizes[2]] });
  });
  it('builds all when all fit, and a threshold it has no size for', () => {
    expect(chooseVariants([1, 2, 3, 5, 10, 20], sizes, 10, 2_000_000)).toEqual({ built: [1, 2, 3, 5, 10, 20], withheld: [] });
  });
  it('names each threshold once', () => {
    expect(chooseVariants([10, 10, 5], sizes, 10, 50_000).built).toEqual([5, 10]);
  });
});
