/**
 * Which variants of the full graph a build makes. Each variant is a page in every language, a JSON file, its
 * spans and its tables; at fediverse scale the inclusive ones are unreadable and enormous (at 30,000 servers,
 * /graph/min-1/ would hold about a million edges in a 66 MB file, and building the twelve variants cost a
 * tenth of the build and most of its memory). So a variant with more edges than `VARIANT_EDGES_AT_MOST` is
 * left out, unless it is the default (which is always built, however large). The graph page says which were
 * left out and how large they would have been.
 */

/**
 * The most edges a variant other than the default is built with: about twice the largest graph the full
 * graph's canvas was measured drawing its first frame within half a second on a 2-core laptop (24,000 edges,
 * `npm run bench`), and three times the curated atlas's largest variant (about 15,000 edges), so every curated
 * variant is built.
 */
export const VARIANT_EDGES_AT_MOST = 50_000;

/** A variant's size: its threshold, and the nodes and edges it would have. */
export interface VariantSize {
  /** Domains kept: those at least this many communities act on. */
  minActing: number;
  /** Its nodes. */
  nodes: number;
  /** Its edges. */
  edges: number;
}

/** The thresholds to build, ascending, and those left out with their sizes. */
export interface VariantChoice {
  /** The thresholds built: the default, and every other within the budget. */
  built: number[];
  /** The thresholds left out, ascending, each with the size it would have had. */
  withheld: VariantSize[];
}

/**
 * Splits `steps` (the thresholds offered, the default `chosen` among them) into those built and those left out
 * for having more than `maxEdges` edges; `sizes` gives every threshold's size (`sizesByMinActing`). A threshold
 * with no size given is built.
 */
export function chooseVariants(steps: readonly number[], sizes: readonly VariantSize[], chosen: number, maxEdges: number = VARIANT_EDGES_AT_MOST): VariantChoice {
  const bySize = new Map(sizes.map((s) => [s.minActing, s]));
  const built: number[] = [];
  const withheld: VariantSize[] = [];
  for (const minActing of [...new Set(steps)].sort((a, b) => a - b)) {
    const size = bySize.get(minActing);
    if (minActing === chosen || !size || size.edges <= maxEdges) built.push(minActing);
    else withheld.push({ ...size });
  }
  return { built, withheld };
}
