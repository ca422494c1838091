/**
 * Which of the matrix's rows are folded into one summary row: a community whose row would say "unknown" in every
 * column on every day the replay can show, so listing it row by row adds nothing but size. A row is folded only when
 * all of these hold, each read from the reach model's answers the matrix is made of (never decided again here):
 * its block list has not been read, so it is unknown towards every domain it has no decision on (the reach model's
 * reason `list-unknown` in `absenceSummary`: listed on /servers/unpublished/); every cell of its row as built is `unknown` (none is its own column); none of its cells has
 * segments of its own (`matrixHistory`: no decision covers a column); and its silence is `unknown` on every day
 * (one segment). A reader's period only turns known answers unknown, so such a row stays unknown under it too.
 */
import { readToken, type StateSegments } from '../reach/segment-lookup.ts';
import type { ReachMatrix } from './matrix.ts';
import type { MatrixHistory } from './matrix-on-day.ts';

/** The matrix with its all-unknown rows taken out, and those rows' communities in the matrix's order. */
export interface FoldedMatrix {
  /** The rows kept, in the matrix's order, with their cells. */
  matrix: ReachMatrix;
  /** The communities folded into the summary row, in the matrix's order. */
  folded: string[];
}

/** True when `segments` say `unknown` on every day. */
function alwaysUnknown(segments: StateSegments | undefined): boolean {
  return segments !== undefined && segments.length === 1 && readToken(segments[0]!).state === 'unknown';
}

/**
 * Folds `matrix`'s rows that are unknown in every column on every day (see the module's note), given the matrix's
 * history, every community's silence segments and the communities whose list has not been read (`listUnknown`).
 */
export function foldMatrix(
  matrix: ReachMatrix,
  history: Pick<MatrixHistory, 'cells'>,
  silence: { communities: Readonly<Record<string, StateSegments>> },
  listUnknown: ReadonlySet<string>,
): FoldedMatrix {
  const communities: string[] = [];
  const cells: ReachMatrix['cells'] = [];
  const folded: string[] = [];
  matrix.communities.forEach((community, i) => {
    const row = matrix.cells[i] ?? [];
    const fold =
      listUnknown.has(community) &&
      row.every((state) => state === 'unknown') &&
      history.cells[community] === undefined &&
      alwaysUnknown(silence.communities[community]);
    if (fold) folded.push(community);
    else {
      communities.push(community);
      cells.push(row);
    }
  });
  return { matrix: { day: matrix.day, communities, domains: matrix.domains, cells }, folded };
}
