/**
 * The matrix (communities × the most acted-on domains) as it was on any day, looked up in precomputed state
 * segments (matrix-history.ts, and the site-wide silence segments of src/lib/map/as-of-history.ts). Types only are
 * imported besides the look-up, so this bundles to the browser on its own; it never decides a state.
 */
import { stateOnDay, type StateSegments } from '../reach/segment-lookup.ts';
import type { ReachState } from '../reach/state.ts';
import type { ReachMatrix } from './matrix.ts';

/** The matrix's cells over time: only the cells whose segments differ from their community's silence. */
export interface MatrixHistory {
  /** The atlas's day: the matrix as built is that day's (answered "now"). */
  day: string;
  /** The columns, in the matrix's order. */
  domains: string[];
  /** Segments by community, then by column domain, for the cells that differ from the community's silence. */
  cells: Record<string, Record<string, StateSegments>>;
}

/**
 * The matrix on `day`: each cell the state its segments give that day (its own, else its community's silence;
 * `unknown` for a community with neither), a community's own column staying null. The atlas's own day gives the
 * matrix unchanged ("now": a published list read earlier reaches a domain as of that reading), as the map and the
 * domain page do.
 */
export function matrixOnDay(
  matrix: ReachMatrix,
  history: Pick<MatrixHistory, 'cells'>,
  silence: { communities: Readonly<Record<string, StateSegments>> },
  day: string,
): ReachMatrix {
  if (day === matrix.day) return matrix;
  const cells = matrix.communities.map((community, row) =>
    matrix.domains.map((domain, column): ReachState | null => {
      if (matrix.cells[row]?.[column] === null) return null;
      const segments = history.cells[community]?.[domain] ?? silence.communities[community];
      return segments ? stateOnDay(segments, day) : 'unknown';
    }),
  );
  return { day, communities: matrix.communities, domains: matrix.domains, cells };
}
