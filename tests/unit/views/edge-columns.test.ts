/** The full graph files' edge columns: one writer, one reader. */
import { describe, expect, it } from 'vitest';
import { edgeColumnWriter, readEdgeColumns, type EdgeColumns } from '../../../src/lib/views/edge-columns.ts';

const read = (runs: unknown[], targets: unknown[]) => {
  const out: [number, number, number][] = [];
  readEdgeColumns(runs, targets, (k, s, t) => out.push([k, s, t]));
  return out;
};

describe('edge columns', () => {
  it('write runs of one source and targets as steps, and read back the same edges in order', () => {
    const edges: [number, number][] = [[0, 3], [0, 5], [0, 9], [2, 1], [2, 4], [7, 0]];
    const columns: EdgeColumns = { sources: [], targets: [] };
    const write = edgeColumnWriter(columns);
    for (const [s, t] of edges) write(s, t);
    expect(columns).toEqual({ sources: [0, 3, 2, 2, 7, 1], targets: [3, 2, 4, 1, 3, 0] });
    expect(read(columns.sources, columns.targets)).toEqual(edges.map(([s, t], k) => [k, s, t]));
  });
  it('reads a source or target that is not an integer as NaN, and stops where a column ends', () => {
    expect(read(['0', 2, 1, 1], [1, 2.5, 4])).toEqual([[0, NaN, 1], [1, NaN, NaN], [2, 1, 4]]);
    expect(read([0, 5], [1, 1])).toEqual([[0, 0, 1], [1, 0, 2]]);
    expect(read([0], [1])).toEqual([]);
  });
});
