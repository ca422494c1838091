import { describe, expect, it } from 'vitest';
import type { FullGraphs } from '../../../src/lib/views/derive.ts';
import { variantNamed, variantPaths } from '../../../src/lib/views/variant-routes.ts';

// Synthetic: two variants built (min-2 and min-5); only `variants` is read.
const graphs = { variants: [{ minActing: 2 }, { minActing: 5 }] } as unknown as FullGraphs;

describe('the full graph data routes', () => {
  it('list one path per variant built, named by its minActing', () => {
    expect(variantPaths(graphs)).toEqual([{ params: { n: '2' } }, { params: { n: '5' } }]);
  });
  it('find the variant a path names', () => {
    expect(variantNamed(graphs, '5')).toBe(graphs.variants[1]);
  });
  it('refuse a path naming no variant built, instead of writing an empty file', () => {
    expect(() => variantNamed(graphs, '3')).toThrow(RangeError);
    expect(() => variantNamed(graphs, undefined)).toThrow(/min-undefined/);
  });
});
