/**
 * The matrix (communities × the most acted-on domains) as it was on any day, looked up in precomputed state
 * segments (matrix-history.ts, and the site-wide silence segments of src/lib/map/as-of-history.ts). Types only are
 * imported besides the look-up, so this bundles to the browser on its own; it never decides a state.
 */
import { outsidePeriod } from '../map/period.ts';
import { answerOnDay, type StateSegments } from '../reach/segment-lookup.ts';
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

/** The matrix on a day, with the cells a reader's period left out. */
export interface MatrixOnDay extends ReachMatrix {
  /** With a period: by row and column, true where a known state was not confirmed within it (the cell is `unknown`). */
  stale?: boolean[][];
}

/**
 * The matrix on `day`: each cell the state its segments give that day (its own, else its community's silence;
 * `unknown` for a community with neither), a community's own column staying null. The atlas's own day gives the
 * matrix unchanged ("now": a published list read earlier reaches a domain as of that reading), as the map and the
 * domain page do. With `months` (a reader's period, `?confirmed=`), every day is looked up, the atlas's too, as the
 * domain page does, and a known state not confirmed within the period (src/lib/map/period.ts) is `unknown`, marked
 * in `stale`.
 */
export function matrixOnDay(
  matrix: ReachMatrix,
  history: Pick<MatrixHistory, 'cells'>,
  silence: { communities: Readonly<Record<string, StateSegments>> },
  day: string,
  months?: number,
): MatrixOnDay {
  if (day === matrix.day && months === undefined) return matrix;
  const stale: boolean[][] = [];
  const cells = matrix.communities.map((community, row) => {
    const staleRow: boolean[] = (stale[row] = []);
    return matrix.domains.map((domain, column): ReachState | null => {
      staleRow[column] = false;
      if (matrix.cells[row]?.[column] === null) return null;
      const segments = history.cells[community]?.[domain] ?? silence.communities[community];
      const answer = segments ? answerOnDay(segments, day) : { state: 'unknown' as const };
      if (!outsidePeriod(answer, day, months)) return answer.state;
      staleRow[column] = true;
      return 'unknown';
    });
  });
  const out: MatrixOnDay = { day, communities: matrix.communities, domains: matrix.domains, cells };
  if (months !== undefined) out.stale = stale;
  return out;
}
