/**
 * What the browser needs to show the matrix on any day (`/data/matrix-as-of.json`): the segments of the cells that
 * differ from their community's silence, each known state with the day a source last confirmed it, for a reader's
 * period (matrix-on-day.ts reads them; the silence is `/data/as-of.json`).
 */
import { sameSegments, type SilenceHistory } from '../map/as-of-history.ts';
import { coveringDecisions, type PreparedCommunity } from '../reach/prepare.ts';
import { confirmedSegments } from '../reach/segments.ts';
import type { StateSegments } from '../reach/segment-lookup.ts';
import type { ReachMatrix } from './matrix.ts';
import type { MatrixHistory } from './matrix-on-day.ts';

/**
 * The history of `matrix`'s cells, from the prepared communities (its rows, by domain). Only a community with a
 * decision covering a column's domain can differ there from its silence, so only those cells are asked.
 */
export function matrixHistory(prepared: readonly PreparedCommunity[], matrix: ReachMatrix, silence: Pick<SilenceHistory, 'communities'>): MatrixHistory {
  const byDomain = new Map(prepared.map((p) => [p.community.domain, p]));
  const cells: Record<string, Record<string, StateSegments>> = {};
  for (const community of matrix.communities) {
    const p = byDomain.get(community);
    if (!p) continue;
    for (const domain of matrix.domains) {
      if (domain === community || coveringDecisions(p, domain).length === 0) continue;
      const segments = confirmedSegments(p, domain);
      const quiet = silence.communities[community];
      if (quiet && sameSegments(segments, quiet)) continue;
      (cells[community] ??= {})[domain] = segments;
    }
  }
  return { day: matrix.day, domains: matrix.domains, cells };
}
