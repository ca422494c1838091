/**
 * The full graph's data routes (`/data/graph/min-<n>.json` and `/data/graph/spans/min-<n>.json`): one file per
 * variant built, named by its `minActing`. Both routes list and find their variant here, so they can never name
 * different variants. Pure.
 */
import type { FullGraphs, FullGraphVariant } from './derive.ts';

/** The routes' static paths: one `{ params: { n } }` per variant built, `n` its `minActing`. */
export function variantPaths(graphs: FullGraphs): { params: { n: string } }[] {
  return graphs.variants.map((v) => ({ params: { n: String(v.minActing) } }));
}

/** The variant built for the route parameter `n`; throws a RangeError when no variant built has that `minActing`. */
export function variantNamed(graphs: FullGraphs, n: string | undefined): FullGraphVariant {
  const variant = graphs.variants.find((v) => String(v.minActing) === n);
  if (!variant) throw new RangeError(`no full-graph variant built for min-${String(n)}`);
  return variant;
}
