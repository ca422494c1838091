/**
 * Edges written column by column, as the full graph's files hold them (`/data/graph/min-<n>.json` and its spans):
 * sources as runs `[source index, how many edges, …]` (the edges come sorted by source), and each target as its
 * step from the previous target of the same source (the first from 0). One writer and one reader for both files.
 */

/** The two columns that place each edge. */
export interface EdgeColumns {
  /** Runs: `[source index, how many edges from it, …]`. */
  sources: number[];
  /** Each edge's target index as a step from the previous edge's target in its run (the first from 0). */
  targets: number[];
}

/** A function appending one edge (its source and target indices, in source order) to `out`'s columns. */
export function edgeColumnWriter(out: EdgeColumns): (source: number, target: number) => void {
  let previous = 0;
  return (source, target) => {
    const runs = out.sources;
    if (runs.length > 0 && runs[runs.length - 2] === source) runs[runs.length - 1]!++;
    else {
      runs.push(source, 1);
      previous = 0;
    }
    out.targets.push(target - previous);
    previous = target;
  };
}

/**
 * Calls `each` with every edge of the columns `runs` and `targets` (untrusted in shape), in order: its position
 * `k` (the index into the files' other columns), its source and its target; a source or a target that is not an
 * integer comes as NaN, for the caller to drop.
 */
export function readEdgeColumns(runs: readonly unknown[], targets: readonly unknown[], each: (k: number, source: number, target: number) => void): void {
  let k = 0;
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const source = Number.isInteger(runs[r]) ? (runs[r] as number) : NaN;
    const count = Number(runs[r + 1]);
    let target = 0;
    for (let j = 0; j < count && k < targets.length; j++, k++) {
      const step = targets[k];
      target = Number.isInteger(step) ? target + (step as number) : NaN;
      each(k, source, target);
    }
  }
}
