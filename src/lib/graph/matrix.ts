/** The comparison matrix: communities × the most-acted-on domains, with the state in each cell. */
import { actedOnPrepared } from '../reach/acted-on.ts';
import { prepareAll } from '../reach/domain-reach.ts';
import { decidePrepared } from '../reach/decide.ts';
import type { ReachState } from '../reach/state.ts';
import type { GraphCommunity } from './types.ts';

/** Options for the matrix. */
export interface MatrixOptions {
  /** How many domains: the K most acted on (by `acting` on the day, then by `ever`, then by name). Default 20. */
  k?: number;
  /** The columns, chosen by hand instead (e.g. notable domains), kept in the order given. */
  domains?: readonly string[];
}

/** A matrix as of a day. */
export interface ReachMatrix {
  /** The day. */
  day: string;
  /** The rows: every curated community, sorted by domain. */
  communities: string[];
  /** The columns. */
  domains: string[];
  /** `cells[row][column]`: the row community's state towards the column domain; null where they are the same server. */
  cells: (ReachState | null)[][];
}

/** Every curated community against the K domains most acted on on `day` (or the `domains` given). */
export function reachMatrix(servers: readonly GraphCommunity[], day: string, options: MatrixOptions = {}): ReachMatrix {
  const prepared = prepareAll(servers);
  const domains = options.domains ? [...options.domains] : actedOnPrepared(prepared, day).slice(0, Math.max(0, options.k ?? 20)).map((r) => r.domain);
  const cells = prepared.map((p) => domains.map((d) => (d === p.community.domain ? null : decidePrepared(p, d, day).state)));
  return { day, communities: prepared.map((p) => p.community.domain), domains, cells };
}
