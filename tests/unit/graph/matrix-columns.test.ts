import { describe, expect, it } from 'vitest';
import { columnCounts } from '../../../src/lib/graph/matrix-columns.ts';

describe('columnCounts', () => {
  const matrix = {
    domains: ['x.example', 'y.example'],
    cells: [
      ['suspends', 'reaches'],
      [null, 'limits'],
      ['unknown', 'suspends'],
    ] as ('suspends' | 'limits' | 'reaches' | 'unknown' | null)[][],
  };

  it('counts every row\'s state in each column, a community\'s own column left out', () => {
    expect(columnCounts(matrix)).toEqual([
      { domain: 'x.example', counts: { suspends: 1, limits: 0, reaches: 0, unknown: 1 } },
      { domain: 'y.example', counts: { suspends: 1, limits: 1, reaches: 1, unknown: 0 } },
    ]);
  });

  it('counts only the rows kept', () => {
    expect(columnCounts(matrix, (row) => row !== 0)).toEqual([
      { domain: 'x.example', counts: { suspends: 0, limits: 0, reaches: 0, unknown: 1 } },
      { domain: 'y.example', counts: { suspends: 1, limits: 1, reaches: 0, unknown: 0 } },
    ]);
  });
});
