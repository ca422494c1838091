/**
 * The matrix summed by column: for each of its domains, how many of the rows kept are in each state towards it
 * (a community's own column left out). The matrix embed draws these as one bar a domain; its full table is the
 * same matrix's cells.
 */
import type { StateCounts } from '../reach/state.ts';
import type { ReachMatrix } from './matrix.ts';

/** One column's counts. */
export interface ColumnCounts {
  /** The column's domain. */
  domain: string;
  /** How many kept rows are in each state towards it. */
  counts: StateCounts;
}

/** Each column's counts over the rows `keep` says to keep (every row when it is omitted), in the matrix's column order. */
export function columnCounts(matrix: Pick<ReachMatrix, 'domains' | 'cells'>, keep?: (row: number) => boolean): ColumnCounts[] {
  const out = matrix.domains.map((domain): ColumnCounts => ({ domain, counts: { suspends: 0, limits: 0, reaches: 0, unknown: 0 } }));
  matrix.cells.forEach((row, i) => {
    if (keep && !keep(i)) return;
    row.forEach((state, j) => {
      if (state !== null && out[j]) out[j].counts[state]++;
    });
  });
  return out;
}
